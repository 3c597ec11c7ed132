"""The new version laid out as a published standard, every change a native Word
tracked change (``w:ins``/``w:del`` with author and date).

Made from our own structural diff, not by comparing two Word files: the printed
layout is the export's (:meth:`DocxRenderer.render_versions
<profstandards.render.docx.DocxRenderer.render_versions>` lays out both versions at
once); this module supplies what the comparison knows — which ОТФ and ТФ are the same
(by code, number or name, a ТФ moved to another ОТФ included), how list items and
classifier rows align, and the word diff of a changed text.  «Accept all» in Word gives
exactly the export of the new version, «Reject all» that of the old one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from profstandards import model
from profstandards.diff import align
from profstandards.diff.changes import Comparison
from profstandards.diff.textdiff import word_ops
from profstandards.render.docx import DocxRenderer
from profstandards.render.layouts import DEFAULT
from profstandards.render.tracked import Revisions
from profstandards.render.versions import Entry, Pair, Pairing

AUTHOR = "profstandards"


class ComparisonPairing(Pairing):
    """The pairing of a comparison: ОТФ and ТФ as :mod:`~profstandards.diff.match`
    paired them, lists as :mod:`~profstandards.diff.align` aligns them."""

    def __init__(self, comparison: Comparison) -> None:
        self.partner: dict[int, object] = {}  # id of an old ОТФ/ТФ -> its new partner
        for diff in comparison.standards:
            fm = diff.functions
            if fm is None or diff.old is None or diff.new is None:
                continue
            for olds, news, matching in ((fm.old_gf, fm.new_gf, fm.gf),
                                         (fm.old_works, fm.new_works, fm.wf)):
                self.partner.update((id(olds[i]), news[j]) for i, j in matching.pairs)

    def functions(self, old: Sequence[model.GeneralizedFunction],
                  new: Sequence[model.GeneralizedFunction]) -> list[Entry]:
        return self._by_partner(old, new)

    def work_functions(self, old: Sequence[model.WorkFunction],
                       new: Sequence[model.WorkFunction]) -> list[Entry]:
        return self._by_partner(old, new)

    def _by_partner(self, old: Sequence, new: Sequence) -> list[Entry]:
        """Pairs out of order (or with a partner elsewhere) are two lone entries."""
        position = {id(x): j for j, x in enumerate(new)}
        pairs = [(i, position[id(partner)]) for i, x in enumerate(old)
                 if (partner := self.partner.get(id(x))) is not None and id(partner) in position]
        return align.merge(len(old), len(new), align.in_order(pairs))

    def items(self, old: Sequence[str], new: Sequence[str]) -> list[Entry]:
        return align.merge(len(old), len(new), align.in_order(align.texts(list(old), list(new))))

    def units(self, old: Sequence[model.ClassifierUnit],
              new: Sequence[model.ClassifierUnit]) -> list[Entry]:
        return align.merge(len(old), len(new), align.in_order(align.units(old, new)))


def render(comparison: Comparison, author: str = AUTHOR, date: datetime | None = None,
           layout: str = DEFAULT, **_: object) -> bytes:
    """The redline of every standard of the comparison, one after another."""
    revisions = Revisions(author, date or datetime.now(UTC).replace(microsecond=0), word_ops)
    versions = [Pair(d.old, d.new) for d in comparison.standards]
    return DocxRenderer(layout, revisions=revisions).render_versions(
        versions, ComparisonPairing(comparison))
