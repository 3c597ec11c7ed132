"""The tracked-change writer: how a text that differs between two versions becomes Word
revisions (``w:ins``/``w:del``), with author and date.

Every text of a redline goes through :meth:`TrackedWriter.text` as a *slot*
``(old, new)``: equal texts give plain runs; a text only in the new version an
inserted run; only in the old one a deleted run; two different texts their word-level
diff.  Whole paragraphs and table rows that exist in one version only get their mark
or row tracked (:meth:`mark`, :meth:`row`), so that Word's «Accept all» gives exactly
the new version and «Reject all» exactly the old one.  The writer knows nothing of
professional standards: a layout (:mod:`.layout`) decides what text goes where.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import _Row
from docx.text.paragraph import Paragraph

from profstandards.diff.textdiff import DELETE, INSERT, KEEP, word_ops

Slot = tuple[str | None, str | None]  # (old text, new text); None: absent in that version


class Status(Enum):
    KEEP = "keep"  # in both versions
    INS = "ins"  # in the new version only
    DEL = "del"  # in the old version only


def status_of(old: object, new: object) -> Status:
    if old is None:
        return Status.INS
    return Status.DEL if new is None else Status.KEEP


class TrackedWriter:
    def __init__(self, author: str, date: datetime) -> None:
        self.author = author
        self.date = date.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_id = 1

    # -- text -------------------------------------------------------------------

    def text(self, paragraph: Paragraph, slot: Slot, *, bold: bool = False,
             size: float | None = None) -> None:
        """Write ``slot`` into ``paragraph`` — the one way a text gets into a redline."""
        old, new = slot
        if old == new:
            if old:
                self._run(paragraph, old, bold, size)
            return
        if old is None or new is None:
            text = new if old is None else old
            if text:
                self._tracked(paragraph, INSERT if old is None else DELETE, text, bold, size)
            return
        for op, piece in word_ops(old, new):
            if op == KEEP:
                self._run(paragraph, piece, bold, size)
            else:
                self._tracked(paragraph, op, piece, bold, size)

    def _run(self, paragraph: Paragraph, text: str, bold: bool, size: float | None):
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        return run

    def _tracked(self, paragraph: Paragraph, op: str, text: str, bold: bool,
                 size: float | None) -> None:
        run = self._run(paragraph, text, bold, size)._r
        wrapper = self._revision("w:ins" if op == INSERT else "w:del")
        run.addprevious(wrapper)
        wrapper.append(run)
        if op == DELETE:
            for t in run.findall(qn("w:t")):
                t.tag = qn("w:delText")

    def _revision(self, tag: str):
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date)
        self.next_id += 1
        return element

    # -- structure ----------------------------------------------------------------

    def mark(self, paragraph: Paragraph, status: Status) -> None:
        """Track the paragraph's mark: a paragraph only in one version."""
        if status is not Status.KEEP:
            self._mark(paragraph._p, "w:ins" if status is Status.INS else "w:del")

    def _mark(self, p, tag: str) -> None:
        p_pr = p.get_or_add_pPr()
        r_pr = p_pr.find(qn("w:rPr"))
        if r_pr is None:
            r_pr = OxmlElement("w:rPr")
            p_pr.append(r_pr)
        if r_pr.find(qn(tag)) is not None:
            return
        # CT_ParaRPr: ins, then del, first in the element.
        ins = r_pr.find(qn("w:ins"))
        if tag == "w:del" and ins is not None:
            ins.addnext(self._revision(tag))
        else:
            r_pr.insert(0, self._revision(tag))

    def row(self, row: _Row, status: Status) -> None:
        """Track a table row that is in one version only."""
        if status is not Status.KEEP:
            row._tr.get_or_add_trPr().append(
                self._revision("w:ins" if status is Status.INS else "w:del"))

    def settle(self, container) -> None:
        """Make the paragraphs of ``container`` (a body or a table cell) read right in
        both versions.

        The last paragraph's mark ends the container and cannot be tracked.  If that
        paragraph exists only in the old version, the mark of the last paragraph before
        it that the new version shows is tracked as deleted instead, so accepting leaves
        no empty paragraph behind (and the same, mirrored, for an inserted one).
        """
        paragraphs = [child for child in container if child.tag == qn("w:p")]
        if not paragraphs:
            return
        last = paragraphs[-1]
        status = _mark_status(last)
        if status is Status.KEEP:
            return
        r_pr = last.pPr.find(qn("w:rPr"))
        for mark in r_pr.findall(qn("w:ins")) + r_pr.findall(qn("w:del")):
            r_pr.remove(mark)
        # The neighbour must be visible in the version the last paragraph is not in.
        wanted = (Status.KEEP, Status.INS) if status is Status.DEL else (Status.KEEP, Status.DEL)
        for p in reversed(paragraphs[:-1]):
            if _mark_status(p) in wanted:
                self._mark(p, "w:del" if status is Status.DEL else "w:ins")
                return


def _mark_status(p) -> Status:
    p_pr = p.pPr
    r_pr = p_pr.find(qn("w:rPr")) if p_pr is not None else None
    if r_pr is None:
        return Status.KEEP
    ins, deleted = r_pr.find(qn("w:ins")) is not None, r_pr.find(qn("w:del")) is not None
    if ins and deleted:
        return Status.KEEP  # settled already: marked both ways
    if ins:
        return Status.INS
    return Status.DEL if deleted else Status.KEEP
