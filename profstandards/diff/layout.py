"""What text goes where in a redline: a plain layout of a standard in sections I, III and
IV (the order of the макет, Приказ Минтруда № 147н), drawn from two versions at once.

Every text is a *slot* ``(old, new)`` handed to the tracked-change writer
(:class:`~profstandards.diff.ooxml.TrackedWriter`); a block (ОТФ, ТФ, list item,
classifier row) present in one version only is laid out with the other side ``None``
and its paragraphs and rows marked.  Laying out one version alone is the same call
with the same standard on both sides: no revisions at all.

This module is meant to be replaced by the real DOCX renderer of the project: it keeps
to python-docx and to ``writer.text``/``writer.mark``/``writer.row``/``writer.settle``
so that a renderer taking pairs instead of single values can take its place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table, _Cell

from profstandards import model
from profstandards.diff import align, docxbase
from profstandards.diff.match import FunctionMap
from profstandards.diff.ooxml import Slot, Status, TrackedWriter, status_of

T = TypeVar("T")
EMPTY = "-"  # the макет prints an empty value as a dash
SMALL = 9.0


@dataclass(frozen=True)
class Both(Generic[T]):
    """One element in two versions (either may be missing)."""

    old: T | None
    new: T | None

    @property
    def status(self) -> Status:
        return status_of(self.old, self.new)

    def slot(self, get: Callable[[T], str]) -> Slot:
        return (get(self.old) if self.old is not None else None,
                get(self.new) if self.new is not None else None)


def same(text: str, status: Status) -> Slot:
    """A fixed text (a label) of a block with ``status``."""
    return (None if status is Status.INS else text, None if status is Status.DEL else text)


GF_ROWS = (("job_titles", "Возможные наименования должностей, профессий"),
           ("education", "Требования к образованию и обучению"),
           ("experience", "Требования к опыту практической работы"),
           ("admission_conditions", "Особые условия допуска к работе"),
           ("other_characteristics", "Другие характеристики"))
GF_DOCUMENTS = (("okz", "ОКЗ"), ("eks", "ЕКС/ЕТКС"), ("okpdtr", "ОКПДТР"), ("okso", "ОКСО"),
                ("oknpo", "ОКНПО"), ("oksvnk", "ОКСВНК"))
WF_ROWS = (("labor_actions", "Трудовые действия"), ("skills", "Необходимые умения"),
           ("knowledge", "Необходимые знания"), ("other_characteristics", "Другие характеристики"))


class Layout:
    def __init__(self, document: Document, writer: TrackedWriter) -> None:
        self.doc = document
        self.w = writer
        self.width = docxbase.usable_width(document)

    # -- building blocks -----------------------------------------------------------

    def para(self, slot: Slot, status: Status = Status.KEEP, *, bold: bool = False,
             center: bool = False) -> None:
        paragraph = self.doc.add_paragraph()
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.w.text(paragraph, slot, bold=bold)
        self.w.mark(paragraph, status)

    def table(self, rows: int, fractions: Sequence[float]) -> Table:
        return docxbase.grid_table(self.doc, rows, [int(self.width * f) for f in fractions])

    def fill(self, cell: _Cell, entries: list[Both[str]]) -> None:
        """One paragraph per entry in ``cell``, each present in one or both versions."""
        for k, entry in enumerate(entries):
            paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            self.w.text(paragraph, entry.slot(lambda t: t))
            self.w.mark(paragraph, entry.status)
        self.w.settle(cell._tc)

    def gap(self, status: Status) -> None:
        """An empty paragraph after a table (and between tables, which Word would join)."""
        self.w.mark(self.doc.add_paragraph(), status)

    # -- the standard ------------------------------------------------------------------

    def standard(self, std: Both[model.Standard], functions: FunctionMap) -> None:
        s = std.status
        self.para(same("ПРОФЕССИОНАЛЬНЫЙ СТАНДАРТ", s), s, bold=True, center=True)
        self.para(std.slot(lambda x: x.name), s, bold=True, center=True)
        table = self.table(2, (0.3,))
        table.alignment = 2  # right, as the registration number box of the макет
        self.w.text(table.cell(0, 0).paragraphs[0], std.slot(lambda x: x.registration_number))
        self.w.text(table.cell(1, 0).paragraphs[0], same("Регистрационный номер", s), size=SMALL)
        self.rows(table, s)
        self.general(Both(_get(std.old, "general"), _get(std.new, "general")), s)
        self.section_three(functions, s)
        self.developers(Both(_get(std.old, "developers"), _get(std.new, "developers")), s)

    def rows(self, table: Table, status: Status) -> None:
        for row in table.rows:
            self.w.row(row, status)

    def general(self, g: Both[model.GeneralInfo], s: Status) -> None:
        self.para(same("I. Общие сведения", s), s, bold=True)
        table = self.table(2, (0.75, 0.25))
        self.w.text(table.cell(0, 0).paragraphs[0], g.slot(lambda x: x.kind_of_activity))
        self.w.text(table.cell(0, 1).paragraphs[0], g.slot(lambda x: x.code))
        self.w.text(table.cell(1, 0).paragraphs[0],
                    same("(наименование вида профессиональной деятельности)", s), size=SMALL)
        self.w.text(table.cell(1, 1).paragraphs[0], same("Код", s), size=SMALL)
        self.rows(table, s)
        self.para(same("Основная цель вида профессиональной деятельности:", s), s)
        table = self.table(1, (1.0,))
        self.w.text(table.cell(0, 0).paragraphs[0], g.slot(lambda x: x.purpose))
        self.rows(table, s)
        self.para(same("Группа занятий:", s), s)
        self.units(g, "okz", None, s)
        self.para(same("Отнесение к видам экономической деятельности:", s), s)
        self.units(g, "okved", None, s)

    def units(self, parent: Both, attr: str, document: str | None, s: Status,
              table: Table | None = None) -> None:
        """Classifier rows (code, name) in a table of their own, where an empty list is
        one dash; or, with ``document``, rows of the «Дополнительные характеристики»
        table that name the classifier in a first column (an empty list: no rows)."""
        if table is None:
            table = self.table(0, (0.2, 0.8))
        for unit in _unit_entries(parent, attr, placeholder=document is None):
            cells = table.add_row().cells
            for cell, width in zip(cells, [c.width for c in table.columns], strict=True):
                cell.width = width
            status = unit.status if s is Status.KEEP else s
            values = [unit.slot(lambda u: u.code or EMPTY), unit.slot(lambda u: u.name)]
            if document is not None:
                values.insert(0, same(document, status))
            for cell, slot in zip(cells, values, strict=True):
                self.w.text(cell.paragraphs[0], slot)
            self.w.row(table.rows[-1], status)
        if document is None:
            self.gap(s)

    def section_three(self, fm: FunctionMap, s: Status) -> None:
        self.para(same("III. Характеристика обобщенных трудовых функций", s), s, bold=True)
        numbers = _Numbers()
        for gi, gj in fm.gf_entries():
            gf = Both(fm.old_gf[gi] if gi is not None else None,
                      fm.new_gf[gj] if gj is not None else None)
            number = numbers.next(gf, "3.{}.")
            self.generalized(gf, number)
            tf_numbers = _Numbers()
            for wi, wj in fm.wf_entries(gi, gj):
                wf = Both(fm.old_works[wi] if wi is not None else None,
                          fm.new_works[wj] if wj is not None else None)
                self.work(wf, tf_numbers.next(wf, "{}."), number)

    def generalized(self, gf: Both[model.GeneralizedFunction], number: Slot) -> None:
        s = gf.status
        self.para(_join(number, same("Обобщенная трудовая функция", s)), s, bold=True)
        self.header(gf, s, "Уровень квалификации")
        self.lists(gf, GF_ROWS, s)
        self.para(same("Дополнительные характеристики", s), s)
        table = self.table(1, (0.25, 0.15, 0.6))
        for cell, label in zip(table.rows[0].cells, (
                "Наименование документа", "Код",
                "Наименование базовой группы, должности (профессии) или специальности"),
                strict=True):
            self.w.text(cell.paragraphs[0], same(label, s))
        self.w.row(table.rows[0], s)
        for attr, document in GF_DOCUMENTS:
            self.units(gf, attr, document, s, table)
        self.gap(s)

    def work(self, wf: Both[model.WorkFunction], number: Slot, parent: Slot) -> None:
        s = wf.status
        self.para(_join(_join(parent, number, ""), same("Трудовая функция", s)), s, bold=True)
        self.header(wf, s, "Уровень (подуровень) квалификации")
        self.lists(wf, WF_ROWS, s)
        self.gap(s)

    def lists(self, f: Both, rows: tuple[tuple[str, str], ...], s: Status) -> None:
        """A «label | items» table, one row per text list of the ОТФ/ТФ."""
        table = self.table(len(rows), (0.3, 0.7))
        for row, (attr, label) in zip(table.rows, rows, strict=True):
            self.w.text(row.cells[0].paragraphs[0], same(label, s))
            self.fill(row.cells[1], _text_entries(f, attr))
        self.rows(table, s)

    def header(self, f: Both, s: Status, level: str) -> None:
        """«Наименование | name | Код | code | Уровень | level» in one row."""
        table = self.table(1, (0.16, 0.44, 0.07, 0.1, 0.15, 0.08))
        cells = table.rows[0].cells
        for k, (label, get) in enumerate((("Наименование", lambda x: x.name),
                                          ("Код", lambda x: x.code), (level, lambda x: x.level))):
            self.w.text(cells[2 * k].paragraphs[0], same(label, s), size=SMALL)
            self.w.text(cells[2 * k + 1].paragraphs[0], f.slot(get))
        self.rows(table, s)
        self.gap(s)

    def developers(self, d: Both[model.Developers], s: Status) -> None:
        self.para(same("IV. Сведения об организациях – разработчиках профессионального "
                       "стандарта", s), s, bold=True)
        self.para(same("4.1. Ответственная организация-разработчик", s), s)
        r = Both(_get(d.old, "responsible"), _get(d.new, "responsible"))
        table = self.table(2, (0.5, 0.5))
        table.cell(0, 0).merge(table.cell(0, 1))
        self.w.text(table.cell(0, 0).paragraphs[0], r.slot(lambda x: x.organization))
        self.w.text(table.cell(1, 0).paragraphs[0], r.slot(lambda x: x.head_position))
        self.w.text(table.cell(1, 1).paragraphs[0], r.slot(lambda x: x.head_name))
        self.rows(table, s)
        self.para(same("4.2. Наименования организаций-разработчиков", s), s)
        table = self.table(0, (0.08, 0.92))
        numbers = _Numbers()
        for org in _text_entries(d, "organizations"):
            cells = table.add_row().cells
            status = org.status if s is Status.KEEP else s
            self.w.text(cells[0].paragraphs[0], numbers.next(org, "{}"))
            self.w.text(cells[1].paragraphs[0], org.slot(lambda x: x))
            self.w.row(table.rows[-1], status)
        self.gap(s)


class _Numbers:
    """Counts the blocks of each version, for «3.2.»-style numbers that may differ."""

    def __init__(self) -> None:
        self.old = self.new = 0

    def next(self, block: Both, pattern: str) -> Slot:
        old = new = None
        if block.old is not None:
            self.old += 1
            old = pattern.format(self.old)
        if block.new is not None:
            self.new += 1
            new = pattern.format(self.new)
        return old, new


def _join(a: Slot, b: Slot, sep: str = " ") -> Slot:
    return (None if a[0] is None or b[0] is None else a[0] + sep + b[0],
            None if a[1] is None or b[1] is None else a[1] + sep + b[1])


def _get(node: object, attr: str):
    return getattr(node, attr) if node is not None else None


def _side(node: object, attr: str, get: Callable, empty: list) -> list | None:
    """The entries of list ``attr`` of one version's ``node`` (None: no such node)."""
    if node is None:
        return None
    seq = getattr(node, attr)
    return [get(x) for x in seq] if seq else list(empty)


def _text_entries(parent: Both, attr: str) -> list[Both[str]]:
    """A text list of both versions interleaved; an empty list is printed as a dash."""
    def side(node: object) -> list | None:
        return _side(node, attr, lambda item: item.text, [EMPTY])

    return _merge(side(parent.old), side(parent.new), align.texts)


def _unit_entries(parent: Both, attr: str, placeholder: bool,
                  ) -> list[Both[model.ClassifierUnit]]:
    """The classifier units of both versions interleaved; with ``placeholder`` an empty
    list is one empty unit (printed as a dash), otherwise no rows."""
    empty = [model.ClassifierUnit("", "")] if placeholder else []

    def side(node: object) -> list | None:
        return _side(node, attr, lambda unit: unit, empty)

    return _merge(side(parent.old), side(parent.new), align.units)


def _merge(old: list | None, new: list | None, pair) -> list[Both]:
    """Both versions of a list interleaved (see :func:`align.merge`)."""
    if old is None:
        return [Both(None, x) for x in new or []]
    if new is None:
        return [Both(x, None) for x in old]
    entries = align.merge(len(old), len(new), align.in_order(pair(old, new)))
    return [Both(old[i] if i is not None else None, new[j] if j is not None else None)
            for i, j in entries]
