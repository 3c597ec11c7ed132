"""Compare two versions of a standard (or two files of standards) into a change list.

:func:`compare` pairs the standards of two documents, optionally normalizes both
sides with the safe fixes (``--normalize``), pairs their ОТФ and ТФ (:mod:`.match`),
aligns every list (:mod:`.align`) and records each difference as a
:class:`~profstandards.diff.changes.Change`, in the order of the new version.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TypedDict, Unpack

from profstandards import fields, model
from profstandards.diff import align, match, normalization
from profstandards.diff.changes import (
    Change,
    Class,
    Codes,
    Comparison,
    FunctionStats,
    Kind,
    Section,
    StandardDiff,
    Target,
)
from profstandards.diff.textdiff import Op, editorial_key, is_editorial, word_ops
from profstandards.fields import GF_LISTS, GF_UNITS, WF_LISTS
from profstandards.i18n import Msg

SPLIT_INTO = Msg("на {codes}", "into {codes}")
MERGED_FROM = Msg("из {codes}", "from {codes}")
def compare(old: model.Document, new: model.Document, *, normalize: bool = False,
            order: bool = False) -> Comparison:
    """All differences between two documents, standard by standard."""
    olds, news = old.standards.items, new.standards.items
    pairs = match.standards(olds, news)
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    diffs: list[StandardDiff] = []
    for i, j in sorted(pairs, key=lambda p: p[1]):
        diffs.append(compare_standards(olds[i], news[j], normalize=normalize, order=order))
    for i, std in enumerate(olds):
        if i not in paired_old:
            diffs.append(_whole_standard(std, None))
    for j, std in enumerate(news):
        if j not in paired_new:
            diffs.append(_whole_standard(None, std))
    return Comparison(old.source, new.source, diffs, normalized=normalize, order=order)


def compare_standards(old: model.Standard, new: model.Standard, *, normalize: bool = False,
                      order: bool = False) -> StandardDiff:
    notes: list[Change] = []
    if normalize:
        old, old_fixes = normalization.normalize(old)
        new, new_fixes = normalization.normalize(new)
        notes = normalization.changes(old_fixes, new_fixes)
    result = _StandardDiffer(old, new, order).run()
    result.changes[:0] = notes
    return result


def _whole_standard(old: model.Standard | None, new: model.Standard | None) -> StandardDiff:
    std = new or old
    assert std is not None
    change = Change(Kind.ADDED if new else Kind.REMOVED, Class.SUBSTANTIVE, Section.TITLE,
                    Target.STANDARD, "", old=old.name if old else None,
                    new=new.name if new else None, lines=_lines(old, new))
    return StandardDiff(old, new, [change])


def _lines(old: model.Node | None, new: model.Node | None, attr: str | None = None,
           ) -> tuple[int, int]:
    return (old.where(attr).line if old is not None else 0,
            new.where(attr).line if new is not None else 0)


class _Details(TypedDict, total=False):
    """The fields of a :class:`Change` after its place (what :meth:`_StandardDiffer.add`
    passes on as they are)."""

    old: str | None
    new: str | None
    ops: list[Op]
    index: tuple[int | None, int | None]
    lines: tuple[int, int]
    related: tuple[str, ...]
    detail: Msg | None


@dataclass(frozen=True)
class _Ctx:
    """Where the changes being recorded are: section, node kind and ОТФ/ТФ codes."""

    section: Section
    target: Target
    gf: Codes = (None, None)
    wf: Codes = (None, None)


class _StandardDiffer:
    def __init__(self, old: model.Standard, new: model.Standard, order: bool) -> None:
        self.old, self.new, self.order = old, new, order
        self.out: list[Change] = []

    def add(self, ctx: _Ctx, kind: Kind, cls: Class, field: str,
            **kw: Unpack[_Details]) -> None:
        self.out.append(Change(kind, cls, ctx.section, ctx.target, field, ctx.gf, ctx.wf,
                               **kw))

    def run(self) -> StandardDiff:
        functions = match.functions(self.old, self.new)
        result = StandardDiff(self.old, self.new, functions=functions)
        result.gf_stats, result.wf_stats = _stats(functions)
        if self.old == self.new:
            return result
        o, n = self.old, self.new
        title = _Ctx(Section.TITLE, Target.STANDARD)
        self.text(title, "name", o, n)
        self.text(title, "registration_number", o, n)
        general = _Ctx(Section.I, Target.GENERAL)
        for attr in fields.names(fields.G, fields.TEXT):
            self.text(general, attr, o.general, n.general)
        for attr in fields.GENERAL_UNITS:
            self.units(general, attr, getattr(o.general, attr), getattr(n.general, attr))
        self.functions(result)
        developers = _Ctx(Section.IV, Target.DEVELOPERS)
        for attr in fields.names(fields.R, fields.TEXT):
            self.text(developers, attr, o.developers.responsible, n.developers.responsible)
        for attr in fields.names(fields.D, fields.ITEMS):
            self.items(developers, attr, getattr(o.developers, attr),
                       getattr(n.developers, attr))
        result.changes = self.out
        result.swap_hint = any(c.kind is Kind.SWAPPED for c in self.out)
        return result

    # -- values ------------------------------------------------------------------

    def text(self, ctx: _Ctx, attr: str, old: model.Node, new: model.Node) -> None:
        a, b = getattr(old, attr), getattr(new, attr)
        if a == b:
            return
        kind, cls = _classify(a, b)
        self.add(ctx, kind, cls, attr, old=a, new=b, ops=word_ops(a, b),
                 lines=(old.where(attr).line, new.where(attr).line))

    def items(self, ctx: _Ctx, attr: str, old: model.Seq | None, new: model.Seq | None,
              ) -> None:
        a, b = _content(old), _content(new)
        ta, tb = [x.text for x in a], [x.text for x in b]
        if ta != tb:
            self.sequence(ctx, attr, a, b, ta, tb, align.texts(ta, tb))

    def units(self, ctx: _Ctx, attr: str, old: model.Seq | None, new: model.Seq | None,
              ) -> None:
        a = old.items if old is not None else []
        b = new.items if new is not None else []
        if a != b:
            self.sequence(ctx, attr, a, b, [align.unit_text(u) for u in a],
                          [align.unit_text(u) for u in b], align.units(a, b))

    def sequence(self, ctx: _Ctx, attr: str, a: list, b: list, ta: list[str], tb: list[str],
                 pairs: list[align.Pair]) -> None:
        """Record the changes of one aligned list, in the order of the new version."""
        kept = align.in_order(pairs)
        old_of = {j: i for i, j in pairs}
        paired_old = set(old_of.values())
        for i, j in align.merge(len(a), len(b), kept):
            if j is None:
                assert i is not None  # align.merge never yields (None, None)
                if i in paired_old:
                    continue  # moved: reported where it now stands
                cls = Class.EDITORIAL if not editorial_key(ta[i]) else Class.SUBSTANTIVE
                self.add(ctx, Kind.REMOVED, cls, attr, old=ta[i], index=(i + 1, None),
                         lines=(a[i].loc.line, 0))
                continue
            if i is None and j not in old_of:
                cls = Class.EDITORIAL if not editorial_key(tb[j]) else Class.SUBSTANTIVE
                self.add(ctx, Kind.ADDED, cls, attr, new=tb[j], index=(None, j + 1),
                         lines=(0, b[j].loc.line))
                continue
            i = old_of[j]
            moved = self.order and (i, j) not in kept
            if ta[i] == tb[j] and not moved:
                continue
            kind, cls = _classify(ta[i], tb[j])
            if moved:
                kind = Kind.MOVED
            self.add(ctx, kind, cls, attr, old=ta[i], new=tb[j], ops=word_ops(ta[i], tb[j]),
                     index=(i + 1, j + 1), lines=(a[i].loc.line, b[j].loc.line))

    # -- ОТФ and ТФ --------------------------------------------------------------

    def functions(self, result: StandardDiff) -> None:
        """ОТФ by ОТФ in display order, each followed by its ТФ; a ТФ that moved is
        reported in its new place, a removed one in its old place."""
        fm = result.functions
        assert fm is not None
        for gi, gj in fm.gf_entries():
            if gi is not None and gj is None and gi in fm.gf_new_of:
                continue  # out of order: reported with its partner
            if gj is not None and gj in fm.gf_old_of:
                gi = fm.gf_old_of[gj]
            og = fm.old_gf[gi] if gi is not None else None
            ng = fm.new_gf[gj] if gj is not None else None
            self.notes(fm.gf, fm.old_gf, fm.new_gf, gi, gj, lambda i, j: _Ctx(
                Section.III, Target.GF, gf=(_code(fm.old_gf, i), _code(fm.new_gf, j))))
            if og is not None and ng is not None:
                self.gf(og, ng)
            else:
                self.whole(_Ctx(Section.III, Target.GF, gf=(_code(fm.old_gf, gi),
                                                            _code(fm.new_gf, gj))), og, ng)
            for wi, wj in fm.wf_entries(gi, gj):
                if wi is not None and wj is None and wi in fm.wf_new_of:
                    continue  # moved or out of order: reported where it now stands
                if wi is None and wj is not None:
                    wi = fm.wf_old_of.get(wj)
                self.work_function(fm, wi, wj)

    def work_function(self, fm: match.FunctionMap, wi: int | None, wj: int | None) -> None:
        def ctx(i: int | None, j: int | None) -> _Ctx:
            """The ТФ's codes, and those of its ОТФ on both sides (the ОТФ's partner
            where the ТФ itself is on one side only)."""
            gi = fm.old_wf[i][0] if i is not None else None
            gj = fm.new_wf[j][0] if j is not None else None
            if gi is None and gj is not None:
                gi = fm.gf_old_of.get(gj)
            if gj is None and gi is not None:
                gj = fm.gf_new_of.get(gi)
            return _Ctx(Section.III, Target.WF, gf=(_code(fm.old_gf, gi), _code(fm.new_gf, gj)),
                        wf=(_code(fm.old_works, i), _code(fm.new_works, j)))

        olds, news = fm.old_works, fm.new_works
        self.notes(fm.wf, olds, news, wi, wj, ctx)
        if wi is not None and wj is not None:
            self.wf(ctx(wi, wj), olds[wi], news[wj], fm.same_parent(wi, wj))
        else:
            self.whole(ctx(wi, wj), olds[wi] if wi is not None else None,
                       news[wj] if wj is not None else None)

    def whole(self, ctx: _Ctx, old: model.Function | None, new: model.Function | None
              ) -> None:
        """A whole ОТФ/ТФ added or removed."""
        self.add(ctx, Kind.REMOVED if new is None else Kind.ADDED, Class.SUBSTANTIVE, "",
                 old=old.name if old is not None else None,
                 new=new.name if new is not None else None,
                 lines=_lines(old, new))

    def notes(self, m: match.Matching, olds: list, news: list, i: int | None, j: int | None,
              ctx) -> None:
        """The split of old function ``i`` and the merge into new function ``j``."""
        new_of = dict(m.pairs)
        old_of = {b: a for a, b in m.pairs}
        for whole, parts in m.splits:
            if whole == i:
                codes = tuple(news[p].code for p in parts)
                self.add(ctx(i, new_of.get(i)), Kind.SPLIT, Class.SUBSTANTIVE, "", old=olds[i].name,
                         related=codes, detail=SPLIT_INTO.bind(codes=", ".join(codes)),
                         lines=(olds[i].loc.line, 0))
        for parts, whole in m.merges:
            if whole == j:
                codes = tuple(olds[p].code for p in parts)
                self.add(ctx(old_of.get(j), j), Kind.MERGED, Class.SUBSTANTIVE, "",
                         new=news[j].name, related=codes,
                         detail=MERGED_FROM.bind(codes=", ".join(codes)),
                         lines=(0, news[j].loc.line))

    def gf(self, o: model.GeneralizedFunction, n: model.GeneralizedFunction) -> None:
        ctx = _Ctx(Section.III, Target.GF, gf=(o.code, n.code))
        if o == n:
            return
        self.code(ctx, o, n, Kind.RENUMBERED)
        self.text(ctx, "name", o, n)
        self.text(ctx, "level", o, n)
        for attr in GF_LISTS:
            self.items(ctx, attr, getattr(o, attr), getattr(n, attr))
        for attr in GF_UNITS:
            self.units(ctx, attr, getattr(o, attr), getattr(n, attr))

    def wf(self, ctx: _Ctx, o: model.WorkFunction, n: model.WorkFunction,
           same_parent: bool) -> None:
        if o == n and same_parent:
            return
        if not same_parent:
            kind = Kind.MOVED
        elif match.tf_number(o.code) != match.tf_number(n.code):
            kind = Kind.RENUMBERED
        else:
            kind = Kind.CHANGED
        self.code(ctx, o, n, kind)
        if not same_parent and match.code_key(o.code) == match.code_key(n.code):
            self.add(ctx, Kind.MOVED, Class.SUBSTANTIVE, "", old=o.name, new=n.name,
                     lines=_lines(o, n))
        self.text(ctx, "name", o, n)
        self.text(ctx, "level", o, n)
        old = {attr: getattr(o, attr) for attr in WF_LISTS}
        if _swapped(o, n):
            self.add(ctx, Kind.SWAPPED, Class.SUBSTANTIVE, "skills/knowledge",
                     lines=_lines(o, n))
            old["skills"], old["knowledge"] = o.knowledge, o.skills
        for attr in WF_LISTS:
            self.items(ctx, attr, old[attr], getattr(n, attr))

    def code(self, ctx: _Ctx, o: model.Function, n: model.Function, kind: Kind) -> None:
        a, b = o.code, n.code
        if a == b:
            return
        if match.code_key(a) == match.code_key(b):
            kind, cls = Kind.CHANGED, Class.EDITORIAL
        else:
            cls = Class.SUBSTANTIVE
        self.add(ctx, kind, cls, "code", old=a, new=b, ops=word_ops(a, b),
                 lines=_lines(o, n, "code"))


def _content(seq: model.Seq | None) -> list[model.Item]:
    """The items of a text list; a list of only dashes («-», «–») is printed like an
    empty one («-» in the cell), so it counts as empty."""
    if seq is None or all(not editorial_key(item.text) for item in seq):
        return []
    return seq.items


def _code(functions: list, index: int | None) -> str | None:
    return functions[index].code if index is not None else None


def _classify(old: str, new: str) -> tuple[Kind, Class]:
    if is_editorial(old, new):
        return Kind.CHANGED, Class.EDITORIAL
    if not old.strip():
        return Kind.ADDED, Class.SUBSTANTIVE
    if not new.strip():
        return Kind.REMOVED, Class.SUBSTANTIVE
    return Kind.CHANGED, Class.SUBSTANTIVE


def _swapped(o: model.WorkFunction, n: model.WorkFunction) -> bool:
    """The ТФ's skills and knowledge are (mostly) each other's lists in the other version."""
    def common(a: model.Seq, b: model.Seq) -> int:
        return sum((Counter(a.texts()) & Counter(b.texts())).values())

    straight = common(o.skills, n.skills) + common(o.knowledge, n.knowledge)
    crossed = common(o.skills, n.knowledge) + common(o.knowledge, n.skills)
    total = max(len(o.skills) + len(o.knowledge), len(n.skills) + len(n.knowledge))
    return crossed > straight and 2 * crossed >= total > 0


def _stats(fm: match.FunctionMap) -> tuple[FunctionStats, FunctionStats]:
    """How the ОТФ and the ТФ of the two versions paired."""
    out = []
    for m, olds, news, same_parent, number in (
            (fm.gf, fm.old_gf, fm.new_gf, lambda i, j: True, match.code_key),
            (fm.wf, fm.old_works, fm.new_works, fm.same_parent,
             match.tf_number)):
        s = FunctionStats(old=len(olds), new=len(news), matched=len(m.pairs),
                          added=len(news) - len(m.pairs), removed=len(olds) - len(m.pairs),
                          split=len(m.splits), merged=len(m.merges))
        for i, j in m.pairs:
            a, b = olds[i], news[j]
            s.same_code += match.code_key(a.code) == match.code_key(b.code)
            if not same_parent(i, j):
                s.moved += 1
            elif number(a.code) != number(b.code):
                s.renumbered += 1
            s.level_changed += a.level.strip() != b.level.strip()
        out.append(s)
    return out[0], out[1]
