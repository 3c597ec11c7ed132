"""A standard as plain lines: one value per line, labelled, ОТФ and ТФ in code order.

Used as git's ``textconv`` (``profstandards diff --textconv FILE``), so that ``git diff``
of two registry exports shows changed values instead of one changed 60 KB line, with
the ТФ as hunk headers (the lines that start in column 0); and by the reports to show
the content of a whole ОТФ/ТФ that was added or removed.
"""

from __future__ import annotations

from collections.abc import Iterator

from profstandards import fields, model
from profstandards.diff.align import unit_text
from profstandards.diff.changes import (
    Change,
    Codes,
    Kind,
    Section,
    StandardDiff,
    Target,
)
from profstandards.diff.labels import FIELDS, SECTIONS, TARGETS, codes_label
from profstandards.diff.match import by_code
from profstandards.fields import GF_LISTS, GF_UNITS, WF_LISTS
from profstandards.i18n import Msg
from profstandards.markup import unescape

INDENT = "  "
LEVEL = Msg("уровень", "level")
ORDER = Msg("Приказ Минтруда {number} от {date}", "Mintrud order {number} of {date}")


def one_line(text: str) -> str:
    """A value on one line: line breaks inside it (escaped ones, «<br />», too) become
    « ⏎ »."""
    text = unescape(text)
    return " ⏎ ".join(part.strip() for part in text.replace("\r\n", "\n").split("\n")) \
        if "\n" in text or "\r" in text else text


def _label(target: Target, field: str) -> str:
    return FIELDS[(target, field)].render()


def _list(target: Target, field: str, seq: model.Seq | None) -> Iterator[str]:
    for entry in seq or ():
        text = unit_text(entry) if isinstance(entry, model.ClassifierUnit) else entry.text
        yield f"{_label(target, field)}: {one_line(text)}"


def function_title(node: model.GeneralizedFunction | model.WorkFunction) -> str:
    target = Target.GF if isinstance(node, model.GeneralizedFunction) else Target.WF
    return (f"{TARGETS[target].render()} {node.code} «{one_line(node.name)}» "
            f"({LEVEL.render()} {node.level})")


def gf_lines(gf: model.GeneralizedFunction) -> Iterator[str]:
    """The ОТФ's own content (not its ТФ), one labelled value per line."""
    for attr in GF_LISTS + GF_UNITS:
        yield from _list(Target.GF, attr, getattr(gf, attr))


def wf_lines(wf: model.WorkFunction) -> Iterator[str]:
    for attr in WF_LISTS:
        yield from _list(Target.WF, attr, getattr(wf, attr))


def standard_lines(std: model.Standard) -> Iterator[str]:
    yield f"{_label(Target.STANDARD, 'name')}: {one_line(std.name)}"
    yield f"{_label(Target.STANDARD, 'registration_number')}: {std.registration_number}"
    yield ORDER.render({"number": std.order_number or "—", "date": std.approval_date or "—"})
    yield SECTIONS[Section.I].render()
    general = std.general
    for attr in fields.names(fields.G, fields.TEXT):
        yield f"{INDENT}{_label(Target.GENERAL, attr)}: {one_line(getattr(general, attr))}"
    for attr in fields.GENERAL_UNITS:
        yield from (INDENT + line for line in _list(Target.GENERAL, attr, getattr(general, attr)))
    yield SECTIONS[Section.III].render()
    for gf in by_code(std.functions.items):
        yield function_title(gf)
        yield from (INDENT + line for line in gf_lines(gf))
        for wf in by_code(gf.functions.items):
            yield function_title(wf)
            yield from (INDENT + line for line in wf_lines(wf))
    yield SECTIONS[Section.IV].render()
    responsible = std.developers.responsible
    for attr in fields.names(fields.R, fields.TEXT):
        yield f"{INDENT}{_label(Target.DEVELOPERS, attr)}: {one_line(getattr(responsible, attr))}"
    for attr in fields.names(fields.D, fields.ITEMS):
        yield from (INDENT + line for line in _list(Target.DEVELOPERS, attr,
                                                     getattr(std.developers, attr)))


def render(document: model.Document) -> str:
    """Every standard of a document as lines (a blank line between standards)."""
    return "\n\n".join("\n".join(standard_lines(s)) for s in document.standards) + "\n"


class Functions:
    """Finds the ОТФ/ТФ a change is about from the codes the change carries."""

    def __init__(self, diff: StandardDiff) -> None:
        self.nodes: dict[tuple[str, int, str], model.Function] = {}
        self.partner: dict[tuple[int, str], str] = {}  # (side, ОТФ code) -> partner's code
        fm = diff.functions
        if fm is None:
            return
        for i, j in fm.gf.pairs:
            self.partner[0, fm.old_gf[i].code] = fm.new_gf[j].code
            self.partner[1, fm.new_gf[j].code] = fm.old_gf[i].code
        for side, gfs, wfs in ((0, fm.old_gf, fm.old_works), (1, fm.new_gf, fm.new_works)):
            for gf in gfs:
                self.nodes.setdefault(("gf", side, gf.code), gf)
            for wf in wfs:
                self.nodes.setdefault(("wf", side, wf.code), wf)

    def node(self, kind: str, codes: Codes, side: int) -> model.Function | None:
        code = codes[side]
        return self.nodes.get((kind, side, code)) if code is not None else None

    def gf_pair(self, change: Change) -> Codes:
        """The ОТФ a change is shown under: for a ТФ, the ОТФ it is in now (and that
        ОТФ's old code), or where it was if it is gone."""
        old, new = change.gf
        if new is not None:
            return self.partner.get((1, new)), new
        return old, self.partner.get((0, old)) if old is not None else None

    def title(self, change: Change, kind: str) -> str:
        """«ТФ B/04.5 → B/05.4 «name»» for a group header (new name where it exists)."""
        codes = change.wf if kind == "wf" else self.gf_pair(change)
        node = self.node(kind, codes, 1) or self.node(kind, codes, 0)
        target = TARGETS[Target.WF if kind == "wf" else Target.GF].render()
        name = f" «{one_line(node.name)}»" if node is not None else ""
        return f"{target} {codes_label(codes)}{name}"

    def content(self, change: Change) -> list[str]:
        """The lines of a whole ОТФ/ТФ that a change adds or removes ([] otherwise)."""
        if change.field or change.kind not in (Kind.ADDED, Kind.REMOVED):
            return []
        side = 1 if change.kind is Kind.ADDED else 0
        if change.target is Target.WF:
            node = self.node("wf", change.wf, side)
            return list(wf_lines(node)) if isinstance(node, model.WorkFunction) else []
        if change.target is Target.GF:
            node = self.node("gf", change.gf, side)
            if isinstance(node, model.GeneralizedFunction):
                return [f"{LEVEL.render().capitalize()}: {node.level}", *gf_lines(node)]
        return []
