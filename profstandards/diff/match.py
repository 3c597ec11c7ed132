"""Which standard, ОТФ and ТФ of the old version is which of the new one.

Standards pair by registration number, then by code.  ОТФ and ТФ pair by their code
with Cyrillic look-alike letters folded (``А/01.3`` is ``A/01.3``), then a ТФ by its
code without the level digit (``A/01.4`` → ``A/01.5``: level changed), then what is
left by how alike the names (or the contents) are — so a renumbered or moved ТФ is
found, not reported as one removal and one addition.  ТФ are matched across the whole
standard, so a ТФ that went to another ОТФ is found too.

Splits and merges are reported where the names make them clear: the names of the
parts are (almost) made of the words of the whole, and together cover it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from profstandards import model
from profstandards.diff.align import NAME_MIN, Pair, by, in_order, merge, pair_up
from profstandards.diff.textdiff import containment, dice, editorial_key, stems
from profstandards.function_codes import fold, parse_tf_code

F = TypeVar("F", model.GeneralizedFunction, model.WorkFunction)

PART = 0.75  # least share of a part's name words found in the whole's name
COVER = 0.75  # least share of the whole's name words the parts must cover together
ALONE = 0.9  # … and no single part may cover this much (that is a rename, not a split)


@dataclass
class Matching(Generic[F]):
    pairs: list[Pair]
    splits: list[tuple[int, list[int]]] = field(default_factory=list)  # old -> new parts
    merges: list[tuple[list[int], int]] = field(default_factory=list)  # old parts -> new


def code_key(code: str) -> str | None:
    return fold(code).strip().upper() or None


def tf_number(code: str) -> tuple[str, int] | None:
    """``A/01.5`` → ``("A", 1)``: a ТФ code without its level digit."""
    parsed = parse_tf_code(fold(code).upper())
    return (parsed.letter, parsed.number) if parsed else None


def _code(f: model.GeneralizedFunction | model.WorkFunction) -> str | None:
    return code_key(f.code)


def _number(f: model.WorkFunction) -> tuple[str, int] | None:
    return tf_number(f.code)


def _content(items: Sequence[model.Seq | None]) -> frozenset[str]:
    return frozenset(editorial_key(i.text) for seq in items if seq for i in seq)


def generalized(old: Sequence[model.GeneralizedFunction],
                new: Sequence[model.GeneralizedFunction]) -> Matching:
    """Pair ОТФ: by code, then by name or by the names of their ТФ."""
    def content(gf: model.GeneralizedFunction) -> frozenset[str]:
        return frozenset(editorial_key(wf.name) for wf in gf.functions)

    return _match(old, new, [by(_code, old, new)], content)


def work(old: Sequence[model.WorkFunction], new: Sequence[model.WorkFunction]) -> Matching:
    """Pair ТФ: by code, by code without the level digit, then by name or content."""
    def content(wf: model.WorkFunction) -> frozenset[str]:
        return _content((wf.labor_actions, wf.skills, wf.knowledge))

    return _match(old, new, [by(_code, old, new), by(_number, old, new)], content)


def _match(old: Sequence[F], new: Sequence[F], stages: list,
           content: Callable[[F], frozenset[str]]) -> Matching:
    old_content: dict[int, frozenset[str]] = {}
    new_content: dict[int, frozenset[str]] = {}

    def sim(i: int, j: int) -> float:
        """Alike names decide; otherwise alike contents may vouch for the pair."""
        by_name = dice(stems(old[i].name), stems(new[j].name))
        if by_name >= NAME_MIN:
            return by_name
        if i not in old_content:
            old_content[i] = content(old[i])
        if j not in new_content:
            new_content[j] = content(new[j])
        return max(by_name, dice(old_content[i], new_content[j]))

    pairs = pair_up(len(old), len(new), stages, sim, NAME_MIN, guard=True)
    matching = Matching(pairs)
    _find_splits(old, new, matching)
    return matching


def _find_splits(old: Sequence[F], new: Sequence[F], matching: Matching) -> None:
    new_of = dict(matching.pairs)
    old_of = {j: i for i, j in matching.pairs}
    added = [j for j in range(len(new)) if j not in old_of]
    removed = [i for i in range(len(old)) if i not in new_of]
    for i in range(len(old)):
        parts = [j for j in added if containment(new[j].name, old[i].name) >= PART]
        if i in new_of:
            parts.append(new_of[i])
        if parts and _is_split(old[i].name, [new[j].name for j in parts]):
            matching.splits.append((i, sorted(parts)))
    for j in range(len(new)):
        parts = [i for i in removed if containment(old[i].name, new[j].name) >= PART]
        if j in old_of:
            parts.append(old_of[j])
        if parts and _is_split(new[j].name, [old[i].name for i in parts]):
            matching.merges.append((sorted(parts), j))


def _is_split(whole: str, parts: list[str]) -> bool:
    """``parts`` (≥ 2) together make ``whole``, and none of them is ``whole`` alone."""
    if len(parts) < 2:
        return False
    words = stems(whole)
    if len(words) < 2:
        return False
    if any(len(stems(p) & words) >= ALONE * len(words) for p in parts):
        return False
    covered = frozenset().union(*(stems(p) for p in parts)) & words
    return len(covered) >= COVER * len(words)


def standards(old: Sequence[model.Standard], new: Sequence[model.Standard]) -> list[Pair]:
    """Pair the standards of two files: by registration number, then by the code of the
    kind of activity; standards with neither pair in file order, and one standard left
    on each side pairs anyway (the user asked to compare these two)."""
    def reg(s: model.Standard) -> str | None:
        return s.registration_number.strip() or None

    def code(s: model.Standard) -> str | None:
        return s.general.code.strip() or None

    def unkeyed(s: model.Standard) -> bool | None:
        return True if reg(s) is None and code(s) is None else None

    pairs = pair_up(len(old), len(new), [by(reg, old, new), by(code, old, new),
                                         by(unkeyed, old, new)], lambda i, j: 0.0, 2.0)
    rest_old = [i for i in range(len(old)) if i not in dict(pairs)]
    rest_new = [j for j in range(len(new)) if j not in {b for _, b in pairs}]
    if len(rest_old) == 1 and len(rest_new) == 1:
        pairs = sorted([*pairs, (rest_old[0], rest_new[0])])
    return pairs


def by_code(functions: Sequence[F]) -> list[F]:
    """ОТФ/ТФ in the order of their folded codes (registry exports are not always
    sorted: the 2017 export lists them backwards)."""
    return sorted(functions, key=lambda f: code_key(f.code) or "")


Entry = tuple[int | None, int | None]


@dataclass
class FunctionMap:
    """The ОТФ and ТФ of two versions of a standard and how they pair.

    ``old_gf``/``new_gf`` are the ОТФ in code order; ``old_wf``/``new_wf`` every ТФ
    with the index of its ОТФ, ОТФ by ОТФ, each in code order.  :meth:`gf_entries` and
    :meth:`wf_entries` give the display sequence of both versions interleaved (see
    :func:`~profstandards.diff.align.merge`): what a redline lays out.
    """

    old_gf: list[model.GeneralizedFunction]
    new_gf: list[model.GeneralizedFunction]
    old_wf: list[tuple[int, model.WorkFunction]]
    new_wf: list[tuple[int, model.WorkFunction]]
    gf: Matching
    wf: Matching

    def __post_init__(self) -> None:
        self.gf_new_of = dict(self.gf.pairs)
        self.gf_old_of = {j: i for i, j in self.gf.pairs}
        self.wf_new_of = dict(self.wf.pairs)
        self.wf_old_of = {j: i for i, j in self.wf.pairs}
        self.old_works = [w for _, w in self.old_wf]
        self.new_works = [w for _, w in self.new_wf]

    def same_parent(self, i: int, j: int) -> bool:
        """Old ТФ ``i`` and new ТФ ``j`` sit in ОТФ that are a pair."""
        return self.gf_new_of.get(self.old_wf[i][0]) == self.new_wf[j][0]

    def gf_entries(self) -> list[Entry]:
        return merge(len(self.old_gf), len(self.new_gf), in_order(self.gf.pairs))

    def wf_entries(self, gi: int | None, gj: int | None) -> list[Entry]:
        """The ТФ of old ОТФ ``gi`` and new ОТФ ``gj`` interleaved (indices into
        ``old_wf``/``new_wf``); pairs in other ОТФ are shown as a deletion here and an
        insertion there."""
        olds = [i for i, (g, _) in enumerate(self.old_wf) if g == gi]
        news = [j for j, (g, _) in enumerate(self.new_wf) if g == gj]
        local_old = {i: k for k, i in enumerate(olds)}
        local_new = {j: k for k, j in enumerate(news)}
        pairs = [(local_old[i], local_new[j]) for i, j in self.wf.pairs
                 if i in local_old and j in local_new]
        return [(None if a is None else olds[a], None if b is None else news[b])
                for a, b in merge(len(olds), len(news), in_order(pairs))]


def functions(old: model.Standard | None, new: model.Standard | None) -> FunctionMap:
    """Pair the ОТФ and the ТФ of two versions of a standard (a missing version has
    none)."""
    old_gf = by_code(old.functions.items) if old is not None else []
    new_gf = by_code(new.functions.items) if new is not None else []
    old_wf = [(k, w) for k, g in enumerate(old_gf) for w in by_code(g.functions.items)]
    new_wf = [(k, w) for k, g in enumerate(new_gf) for w in by_code(g.functions.items)]
    return FunctionMap(old_gf, new_gf, old_wf, new_wf, generalized(old_gf, new_gf),
                       work([w for _, w in old_wf], [w for _, w in new_wf]))
