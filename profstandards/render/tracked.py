"""Word's tracked changes (``w:ins``/``w:del`` with author and date) for a page that
lays out two versions at once (:func:`~profstandards.render.maket.build_versions`).

The DOCX writer (:mod:`~profstandards.render.docx`) writes such a page as it writes any
other and asks a :class:`Tracker` to mark what one version has alone: runs
(:meth:`~Tracker.wrap`), paragraph marks (:meth:`~Tracker.mark`) and table rows
(:meth:`~Tracker.row`); a text both versions have, differently, becomes its word-level
diff (:meth:`~Tracker.changed`).  So «Accept all» in Word gives the new version and
«Reject all» the old one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from docx.oxml.ns import qn
from lxml import etree

from profstandards.render import ooxml
from profstandards.render.blocks import Status

Op = tuple[str, str]  # ("=" kept | "-" deleted | "+" inserted, text)
W_R, W_P, W_T = qn("w:r"), qn("w:p"), qn("w:t")
W_INS, W_DEL, W_RPR, W_PPR = qn("w:ins"), qn("w:del"), qn("w:rPr"), qn("w:pPr")
DELETED_TAGS = {W_T: qn("w:delText"), qn("w:instrText"): qn("w:delInstrText")}
TAGS = {Status.INS: "w:ins", Status.DEL: "w:del"}
OPS = {"-": Status.DEL, "+": Status.INS}


def replace_all(old: str, new: str) -> list[Op]:
    """The plainest edit script: the old text deleted, the new one inserted."""
    return [op for op in (("-", old), ("+", new)) if op[1]]


@dataclass(frozen=True)
class Revisions:
    """Who made the changes and when; ``words`` splits a changed text into kept, deleted
    and inserted pieces (the revision comparison gives its word diff)."""

    author: str
    date: datetime
    words: Callable[[str, str], list[Op]] = field(default=replace_all)


class Tracker:
    """Writes the revisions of one document (their ids are unique within it)."""

    def __init__(self, revisions: Revisions) -> None:
        self.author = revisions.author
        self.date = revisions.date.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.words = revisions.words
        self.next_id = 1

    def revision(self, status: Status) -> etree._Element:
        element = ooxml.el(TAGS[status], id=str(self.next_id), author=self.author,
                           date=self.date)
        self.next_id += 1
        return element

    # -- runs ---------------------------------------------------------------------------

    def wrap(self, p: etree._Element, start: int, status: Status) -> None:
        """Mark the runs of ``p`` from child ``start`` on as inserted or deleted."""
        group = None
        for child in list(p)[start:]:
            if child.tag != W_R:
                group = None
                continue
            if group is None:
                group = self.revision(status)
                child.addprevious(group)
            group.append(child)
            if status is Status.DEL:
                _deleted(child)

    def changed(self, p: etree._Element, old: str, new: str, sup: bool = False) -> None:
        """A text both versions have, differently: its word diff."""
        for op, piece in self.words(old, new):
            r = ooxml.text_run(piece, sup)
            if op not in OPS:
                p.append(r)
                continue
            group = self.revision(OPS[op])
            group.append(r)
            if OPS[op] is Status.DEL:
                _deleted(r)
            p.append(group)

    # -- structure ------------------------------------------------------------------------

    def mark(self, p: etree._Element, status: Status) -> None:
        """Mark the paragraph mark of ``p``: a paragraph of one version only."""
        ppr = p.find(W_PPR)
        rpr = ppr.find(W_RPR)
        if rpr is None:
            rpr = ooxml.el("w:rPr")
            ppr.append(rpr)
        rpr.insert(0, self.revision(status))  # CT_ParaRPr: before any formatting

    def row(self, tr: etree._Element, status: Status) -> None:
        """Mark a table row that is in one version only (last in ``w:trPr``)."""
        tr.find(qn("w:trPr")).append(self.revision(status))

    def settle(self, container: etree._Element) -> None:
        """Make the paragraphs of ``container`` (the body or a table cell) read right in
        both versions.

        The last paragraph's mark ends the container and cannot be tracked.  If that
        paragraph is in one version only, the paragraphs it follows that are in that
        version only are passed over, and the one before them takes its place: a
        paragraph of both versions has its mark tracked instead (so the other version
        joins it to the end, leaving no empty paragraph); a paragraph of the other
        version only gives its runs to the last paragraph (no mark is ever tracked as
        both inserted and deleted, which LibreOffice does not read).
        """
        paragraphs = [child for child in container if child.tag == W_P]
        if not paragraphs:
            return
        last = paragraphs[-1]
        status = _mark_status(last)
        if status is Status.KEEP:
            return
        rpr = last.find(W_PPR).find(W_RPR)
        for revision in rpr.findall(W_INS) + rpr.findall(W_DEL):
            rpr.remove(revision)
        for p in reversed(paragraphs[:-1]):
            other = _mark_status(p)
            if other is status:
                continue
            if p.find(f"{W_PPR}/{qn('w:sectPr')}") is not None:
                return  # never join across a section break
            if other is Status.KEEP:
                self.mark(p, status)
            else:
                anchor = last.find(W_PPR)
                for child in [c for c in p if c.tag != W_PPR]:
                    anchor.addnext(child)
                    anchor = child
                container.remove(p)
            return


def _deleted(r: etree._Element) -> None:
    """A run's texts as deleted text."""
    for child in r:
        tag = DELETED_TAGS.get(child.tag)
        if tag:
            child.tag = tag


def _mark_status(p: etree._Element) -> Status:
    """In which versions the paragraph mark of ``p`` is."""
    rpr = p.find(f"{W_PPR}/{W_RPR}")
    if rpr is None:
        return Status.KEEP
    if rpr.find(W_INS) is not None:
        return Status.INS
    return Status.DEL if rpr.find(W_DEL) is not None else Status.KEEP
