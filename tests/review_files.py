"""Review files made the way reviewers make them, for the comments tests.

* Word comments through python-docx's own comments API (``Document.add_comment``);
* tracked changes written by hand as Word writes them (``w:ins``/``w:del`` runs, an
  inserted paragraph mark, an inserted table row);
* the anchors stripped (a review retyped or pasted into a new file).

Values are found by their anchors (:mod:`profstandards.comments.anchors`), so a test
says «comment on ТФ A/01.6, labor action 2» and gets exactly that paragraph.
"""

from __future__ import annotations

import copy
import io

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from profstandards.comments import anchors, entries
from profstandards.render import maket
from profstandards.render.blocks import Key
from tests.conftest import corpus_file

AUTHOR_DATE = "2025-03-14T10:00:00Z"


class Review:
    """A draft DOCX opened for editing (python-docx), saved back to bytes."""

    def __init__(self, data: bytes) -> None:
        self.doc = docx.Document(io.BytesIO(data))
        self.body = self.doc.element.body
        self.revision = 100

    def save(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    # --- finding values ---------------------------------------------------------------

    def start(self, key: Key, occurrence: int = 1) -> etree._Element:
        name = anchors.name(key, occurrence)
        for mark in self.body.iter(qn("w:bookmarkStart")):
            if mark.get(qn("w:name")) == name:
                return mark
        raise AssertionError(f"no anchor {name}")

    def runs(self, key: Key, occurrence: int = 1) -> list[etree._Element]:
        """The runs inside a value's anchor."""
        start = self.start(key, occurrence)
        ident = start.get(qn("w:id"))
        out = []
        for sibling in start.itersiblings():
            if sibling.tag == qn("w:bookmarkEnd") and sibling.get(qn("w:id")) == ident:
                return out
            if sibling.tag == qn("w:r"):
                out.append(sibling)
        raise AssertionError("unclosed anchor")

    def paragraph(self, key: Key, occurrence: int = 1) -> etree._Element:
        return self.start(key, occurrence).getparent()

    def paragraph_with(self, text: str, occurrence: int = 1) -> etree._Element:
        """The ``occurrence``-th paragraph that reads ``text`` (page numbers of the contents
        are fields, not text: a contents line reads as its heading)."""
        found = [p for p in self.body.iter(qn("w:p"))
                 if "".join(t.text or "" for t in p.iter(qn("w:t"))) == text]
        if len(found) < occurrence:
            raise AssertionError(f"no paragraph {text!r}")
        return found[occurrence - 1]

    # --- comments -----------------------------------------------------------------------

    def comment(self, runs: list[etree._Element], text: str, author: str) -> None:
        parent = Paragraph(runs[0].getparent(), self.doc._body)
        self.doc.add_comment([Run(r, parent) for r in runs], text, author=author,
                             initials=author[:2])

    def comment_on(self, key: Key, text: str, author: str, occurrence: int = 1) -> None:
        self.comment(self.runs(key, occurrence), text, author)

    def comment_on_text(self, text: str, comment: str, author: str,
                        occurrence: int = 1) -> None:
        p = self.paragraph_with(text, occurrence)
        self.comment(p.findall(qn("w:r")), comment, author)

    def comment_across(self, first: Key, last: Key, text: str, author: str) -> None:
        self.comment([self.runs(first)[0], self.runs(last)[-1]], text, author)

    # --- tracked changes, as Word writes them -------------------------------------------

    def _mark(self, tag: str, author: str) -> etree._Element:
        self.revision += 1
        el = etree.Element(qn(tag))
        el.set(qn("w:id"), str(self.revision))
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), AUTHOR_DATE)
        return el

    @staticmethod
    def _run(text: str, deleted: bool = False) -> etree._Element:
        r = etree.Element(qn("w:r"))
        t = etree.SubElement(r, qn("w:delText" if deleted else "w:t"))
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    def replace_words(self, key: Key, old: str, new: str, author: str,
                      occurrence: int = 1) -> str:
        """Type ``new`` over ``old`` inside a value (tracked); the value's new text."""
        run = self.runs(key, occurrence)[0]
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        before, found, after = text.partition(old)
        assert found, (old, text)
        parts = []
        if before:
            parts.append(self._run(before))
        deletion = self._mark("w:del", author)
        deletion.append(self._run(old, deleted=True))
        insertion = self._mark("w:ins", author)
        insertion.append(self._run(new))
        parts += [deletion, insertion]
        if after:
            parts.append(self._run(after))
        for part in parts:
            run.addprevious(part)
        run.getparent().remove(run)
        return before + new + after

    def delete_value(self, key: Key, author: str) -> None:
        """Select a whole item and delete it (tracked): its text and its paragraph mark."""
        p = self.paragraph(key)
        for run in self.runs(key):
            deletion = self._mark("w:del", author)
            run.addprevious(deletion)
            for t in run.iter(qn("w:t")):
                t.tag = qn("w:delText")
            deletion.append(run)
        _mark_rpr(p).insert(0, self._mark("w:del", author))

    def new_paragraph_after(self, key: Key, text: str, author: str) -> None:
        """Cursor at the end of a value, Enter, type (tracked): the value's paragraph mark
        is new, the new paragraph's text is inserted."""
        p = self.paragraph(key)
        new = copy.deepcopy(p)
        for child in list(new):
            if child.tag != qn("w:pPr"):
                new.remove(child)
        insertion = self._mark("w:ins", author)
        insertion.append(self._run(text))
        new.append(insertion)
        p.addnext(new)
        _mark_rpr(p).insert(0, self._mark("w:ins", author))

    def new_row_after(self, key: Key, text: str, author: str) -> None:
        """Insert a table row below a value's row and type into its value cell (tracked)."""
        p = self.paragraph(key)
        tc = p.getparent()
        tr = tc.getparent()
        new = copy.deepcopy(tr)
        for cell in new.findall(qn("w:tc")):
            for child in list(cell):
                if child.tag == qn("w:p"):
                    for grand in list(child):
                        if grand.tag != qn("w:pPr"):
                            child.remove(grand)
        cells = new.findall(qn("w:tc"))
        column = tr.findall(qn("w:tc")).index(tc)
        for n, cell in enumerate(cells):
            # LibreOffice types a ZERO WIDTH JOINER into the empty cells of a tracked row.
            insertion = self._mark("w:ins", author)
            insertion.append(self._run(text if n == column else "\u200d"))
            cell.find(qn("w:p")).append(insertion)
        trpr = new.find(qn("w:trPr"))
        trpr.append(self._mark("w:ins", author))
        tr.addnext(new)

    # --- losing the anchors ----------------------------------------------------------------

    def strip_anchors(self) -> int:
        """Remove every bookmark (a review retyped or pasted into a new file)."""
        gone = 0
        for mark in list(self.body.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd"))):
            mark.getparent().remove(mark)
            gone += 1
        return gone


def _mark_rpr(p: etree._Element) -> etree._Element:
    """The paragraph mark's run properties (``w:pPr/w:rPr``), made if missing."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        p.insert(0, ppr)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(ppr, qn("w:rPr"))
    return rpr


# The standard the comments tests review, its reviewers, and their two reviews.
STANDARD = corpus_file("ps1090_")

IVANOV, PETROV = "Иванов И. И.", "Петров П. П."

NEW_SKILL = "Применять методы машинного обучения"


def element(section, code=None, field=None, item=None, new=False):
    return entries.Element(section, code, field, item, new)


def commented(draft: bytes) -> tuple[bytes, list[tuple]]:
    """Иванов's copy: Word comments (python-docx API) on values, labels, headings; with
    the (element, comment) each must give."""
    review = Review(draft)
    expected = []

    def on(key, text, want, occurrence=1):
        review.comment_on(key, text, IVANOV, occurrence)
        expected.append((want, text))

    on(Key("A/01.6", "labor_actions", 1), "Уточнить формулировку",
       element("III", "A/01.6", "labor_actions", 2))
    on(Key("A/01.6", "skills", 0), f"Изложить в редакции: «{NEW_SKILL}»",
       element("III", "A/01.6", "skills", 1))
    on(Key("A/02.6", "name"), "Наименование ТФ в карте длинное",
       element("II", "A/02.6", "name"))  # first printing: the functional map
    on(Key("A/02.6", "name"), "И в разделе III тоже", element("III", "A/02.6", "name"), 2)
    on(Key("general", "okz", 1, "name"), "Не та группа", element("I", None, "okz", 2))
    on(Key("general", "purpose"), "Цель сформулирована узко", element("I", None, "purpose"))
    on(Key("standard", "name"), "Наименование стандарта неудачное",
       element("I", None, "name"))
    on(Key("A", "education", 0), "Достаточно бакалавриата", element("III", "A", "education", 1))
    on(Key("B", "level"), "Уровень завышен", element("III", "B", "level"), 2)
    on(Key("developers", "organizations", 3), "Нет ИНН",
       element("IV", None, "organizations", 4))
    review.comment_across(Key("A/03.6", "knowledge", 0), Key("A/03.6", "knowledge", 2),
                          "Три пункта дублируют друг друга", IVANOV)
    expected.append((element("III", "A/03.6", "knowledge"), "Три пункта дублируют друг друга"))
    review.comment_on_text("Необходимые знания", "Знаний слишком много", IVANOV)
    expected.append((element("III", "A/01.6", "knowledge"), "Знаний слишком много"))
    review.comment_on_text("3.2. Обобщенная трудовая функция", "ОТФ лишняя", IVANOV)
    expected.append((element("III", "B"), "ОТФ лишняя"))
    review.comment_on_text(maket.SECTION_IV, "Разработчиков мало", IVANOV, 2)  # the heading
    expected.append((element("IV"), "Разработчиков мало"))
    review.comment_on_text(maket.SECTION_II, "Карта неполна", IVANOV)  # its contents line
    expected.append((element("II"), "Карта неполна"))
    return review.save(), expected


def tracked(draft: bytes) -> tuple[bytes, list[tuple]]:
    """Петров's copy: tracked changes written as Word writes them; with the (element,
    proposed wording) each must give."""
    review = Review(draft)
    expected = []
    new = review.replace_words(Key("B/01.7", "labor_actions", 0), "возможностях",
                               "преимуществах", PETROV)
    expected.append((element("III", "B/01.7", "labor_actions", 1), new))
    review.comment_on(Key("B/01.7", "labor_actions", 0), "Термин «методология» шире",
                      PETROV)  # the same author on the same value: one row
    review.new_paragraph_after(Key("A/01.6", "knowledge", 2), "Основы статистики", PETROV)
    expected.append((element("III", "A/01.6", "knowledge", 4, True), "Основы статистики"))
    review.delete_value(Key("B/02.7", "skills", 1), PETROV)
    expected.append((element("III", "B/02.7", "skills", 2), ""))
    review.new_row_after(Key("C/01.8", "skills", 14), "Вести переговоры с поставщиками",
                         PETROV)
    expected.append((element("III", "C/01.8", "skills", 16, True),
                     "Вести переговоры с поставщиками"))
    review.replace_words(Key("A/02.6", "other_characteristics"), "-",
                         "Рекомендуется стаж не менее года", PETROV)
    expected.append((element("III", "A/02.6", "other_characteristics", 1, True),
                     "Рекомендуется стаж не менее года"))
    review.replace_words(Key("D", "level"), "8", "7", PETROV, 2)
    expected.append((element("III", "D", "level"), "7"))
    return review.save(), expected
