"""The change model: what the comparison of two versions of a standard yields.

A :class:`Change` is one difference a reviewer would name: a field rewritten, a list
item added, a ТФ renumbered.  Each has a *kind* (what happened), a *class* (editorial:
only spaces, punctuation, letter case, ё/е or look-alike letters; or substantive), the
*section* of the standard it is in, the ОТФ/ТФ codes it belongs to on both sides and,
for a rewritten text, the word-level edit script.  Outputs render a list of changes;
nothing here knows about an output format.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from profstandards import model
from profstandards.diff.match import FunctionMap
from profstandards.diff.textdiff import Op
from profstandards.i18n import Msg


class Kind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"  # a ТФ now in another ОТФ; with --order, a list item in another place
    RENUMBERED = "renumbered"  # an ОТФ/ТФ code changed within the same parent
    SPLIT = "split"  # one old ОТФ/ТФ became several (a note next to their own changes)
    MERGED = "merged"  # several old ОТФ/ТФ became one
    SWAPPED = "swapped"  # a ТФ's skills and knowledge lists exchanged wholesale
    NORMALIZED = "normalized"  # --normalize fixed one side (a registry export fault)


class Class(StrEnum):
    EDITORIAL = "editorial"
    SUBSTANTIVE = "substantive"


class Section(StrEnum):
    TITLE = "title"  # the standard's name and registration number
    I = "I"  # noqa: E741 - the section's own name
    III = "III"
    IV = "IV"
    NORMALIZE = "normalize"


class Target(StrEnum):
    """The kind of node a change is about."""

    STANDARD = "standard"
    GENERAL = "general"
    GF = "gf"  # ОТФ
    WF = "wf"  # ТФ
    DEVELOPERS = "developers"


Codes = tuple[str | None, str | None]  # (old, new); None where the side does not exist
NO_CODES: Codes = (None, None)


@dataclass(slots=True)
class Change:
    kind: Kind
    cls: Class
    section: Section
    target: Target
    field: str  # model attribute ("name", "labor_actions", "okz", …); "" = the whole node
    gf: Codes = NO_CODES  # ОТФ codes as written on each side
    wf: Codes = NO_CODES  # ТФ codes as written on each side
    old: str | None = None
    new: str | None = None
    ops: list[Op] = dataclasses.field(default_factory=list)
    index: tuple[int | None, int | None] = (None, None)  # 1-based position in its list
    lines: tuple[int, int] = (0, 0)  # source lines (0: unknown)
    related: tuple[str, ...] = ()  # codes of the other parts of a split or merge
    detail: Msg | None = None  # a further explanation for people

    @property
    def editorial(self) -> bool:
        return self.cls is Class.EDITORIAL

    def code(self, which: str) -> str | None:
        """The most specific code on side ``which`` (``"old"``/``"new"``)."""
        i = 0 if which == "old" else 1
        return self.wf[i] or self.gf[i]

    @property
    def path(self) -> tuple[str | int, ...]:
        """Where the change is: section, ОТФ code, ТФ code, field, item number (new side
        where it exists)."""
        parts: list[str | int] = [self.section.value]
        for codes in (self.gf, self.wf):
            code = codes[1] if codes[1] is not None else codes[0]
            if code is not None:
                parts.append(code)
        if self.field:
            parts.append(self.field)
        number = self.index[1] if self.index[1] is not None else self.index[0]
        if number is not None:
            parts.append(number)
        return tuple(parts)


@dataclass
class FunctionStats:
    """How the ОТФ (or ТФ) of two versions were paired."""

    old: int = 0
    new: int = 0
    matched: int = 0
    same_code: int = 0  # matched with the same (folded) code
    renumbered: int = 0
    moved: int = 0
    level_changed: int = 0
    added: int = 0
    removed: int = 0
    split: int = 0
    merged: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(vars(self))


@dataclass
class StandardDiff:
    """The comparison of one standard in two versions (either may be missing in a
    multi-standard file: then the whole standard is one added/removed change)."""

    old: model.Standard | None
    new: model.Standard | None
    changes: list[Change] = field(default_factory=list)
    functions: FunctionMap | None = None  # how the ОТФ and ТФ pair (both versions present)
    gf_stats: FunctionStats = field(default_factory=FunctionStats)
    wf_stats: FunctionStats = field(default_factory=FunctionStats)
    swap_hint: bool = False  # one side looks like a swapped export and --normalize is off

    @property
    def registration_number(self) -> str:
        std = self.new or self.old
        return std.registration_number.strip() if std else ""


@dataclass
class Comparison:
    old_source: str
    new_source: str
    standards: list[StandardDiff]
    normalized: bool = False
    order: bool = False

    @property
    def changes(self) -> list[Change]:
        return [c for s in self.standards for c in s.changes]

    @property
    def identical(self) -> bool:
        return not any(s.changes for s in self.standards)


def summary(changes: list[Change]) -> dict[str, object]:
    """Counts: total, per class, per kind, and per section × class."""
    by_section: dict[str, Counter] = {}
    for c in changes:
        by_section.setdefault(c.section.value, Counter())[c.cls.value] += 1
    return {
        "total": len(changes),
        "editorial": sum(c.editorial for c in changes),
        "substantive": sum(not c.editorial for c in changes),
        "by_kind": dict(Counter(c.kind.value for c in changes)),
        "by_section": {s: {"editorial": n["editorial"], "substantive": n["substantive"]}
                       for s, n in by_section.items()},
    }
