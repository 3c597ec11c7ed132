"""Section III of the макет: one block per ОТФ (3.N) with one block per ТФ (3.N.M).

Built from :class:`~profstandards.render.versions.Pair` nodes (one version alone is a
node paired with itself): an ОТФ or ТФ of one version only is laid out whole and
marked so; in one of both versions its lists are laid out entry by entry.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from profstandards import fields, model
from profstandards.render import printing
from profstandards.render.blocks import Cell, Key, Para, Row, Run, Status, Table, code_key, para
from profstandards.render.layouts import Layout
from profstandards.render.parts import (
    anchor,
    caption,
    grouped_rows,
    item_paras,
    label,
    run,
    runs,
    stamp,
    unit_cells,
    unit_entries,
    value,
)
from profstandards.render.versions import Pair, Pairing, lacking, positions, sides

LABEL_WIDTHS = [4.7, 13.3]  # label | value tables
# The header row (label | name | «Код» | code | label | level) and the origin row
# (label | «Оригинал» | X | «Заимствовано…» | code | reg. number) share one grid.
HEADER_WIDTHS = [2.6, 1.4, 2.2, 0.9, 3.1, 1.2, 2.0, 3.1, 1.5]
CLASSIFIER_WIDTHS = [3.6, 2.7, 11.7]
CLASSIFIER_HEADS = ("Наименование документа", "Код",
                    "Наименование базовой группы, должности (профессии) или специальности")
# The classifier lists of an ОТФ in printed order: (model attribute, document name).
CLASSIFIERS = tuple((f.name, f.label.ru) for f in fields.of(fields.GF, fields.UNITS))
TF_GROUPS = tuple((f.name, f.label.ru) for f in fields.of(fields.WF, fields.ITEMS))

GFEntry = tuple[Pair[model.GeneralizedFunction], list[Pair[model.WorkFunction]]]
UnitEntry = Pair[tuple[int, model.ClassifierUnit]]


def header_table(kind: str, scope: str, node: Pair, level_label: str,
                 origin: str | None) -> Table:
    """«Наименование [name] Код [code] Уровень … [level]» (labels bare, values boxed) and,
    with ``origin``, the row «Происхождение …: Оригинал X | Заимствовано из оригинала |
    code | reg. number» with its captions.  One table, so that it stays on one page.

    The registry XML does not say whether a function was borrowed: the «X» is next to
    «Оригинал» and the borrowing cells are empty, unless the function carries a
    :class:`model.Origin` (profstandards' processing instruction) — then the «X» follows
    «Заимствовано из оригинала» and the original's code and registration number fill
    the two cells.
    """
    borrowed: model.Origin | None = getattr(node.one, "origin", None)

    def box(field: str, colspan: int = 1, align: str | None = None) -> Cell:
        return Cell([value(node, field, Key(scope, field), align=align)],
                    colspan=colspan, border="box", valign="center")

    def bare(text: str, colspan: int = 1, align: str | None = None) -> Cell:
        return Cell([para(text, "small", align)], colspan=colspan, valign="center")

    def empty(colspan: int, border: str | None = None) -> Cell:
        return Cell([para()], colspan=colspan, border=border)

    rows = [Row([bare("Наименование"), box("name", 4), bare("Код", align="center"),
                 box("code", align="center"), bare(level_label), box("level", align="center")])]
    if origin:
        rows += [
            Row([Cell([para("", "gap")], colspan=9)]),
            Row([bare(f"Происхождение {origin}", 2),
                 Cell([para("Оригинал", "small")], border="box", valign="center"),
                 Cell([para("" if borrowed else "X", align="center")], border="box",
                      valign="center"),
                 Cell([para("Заимствовано из оригинала X" if borrowed
                            else "Заимствовано из оригинала", "small")], border="box",
                      valign="center"),
                 *((Cell([para(borrowed.code, align="center")], colspan=2, border="box",
                             valign="center"),
                    Cell([para(borrowed.registration_number, align="center")], colspan=2,
                         border="box", valign="center"))
                   if borrowed else (empty(2, "box"), empty(2, "box")))]),
            Row([empty(5), caption("Код оригинала", colspan=2),
                 caption("Регистрационный номер профессионального стандарта", colspan=2)]),
        ]
    return Table(kind, HEADER_WIDTHS, rows, border="none", keep=True)


def numbered(number: Pair[Any], text: str) -> Pair[str]:
    """«3.2» + «. Трудовая функция» in each version."""
    return number.map(lambda n: f"{n}{text}")


class FunctionsBuilder:
    """Builds section III; note marks are taken from each version's :class:`printing.Notes`."""

    def __init__(self, layout: Layout, notes: Pair[printing.Notes], pairing: Pairing,
                 editions: Pair[Layout] | None = None) -> None:
        self.layout = layout
        self.notes = notes
        self.pairing = pairing
        # the layout as each version's approval date prints it (labels of the ОТФ block)
        self.editions = editions if editions is not None else Pair(layout, layout)

    def labelled_rows(self, scope: str, node: Pair, fields: list[tuple[str, str | Pair[str]]],
                      ) -> list[Row]:
        """Rows «label | the items of one list, a paragraph each» (a label may read
        differently in the two versions)."""
        return [Row([Cell([Para([run(text)]) if isinstance(text, Pair) else para(text)]),
                     Cell(item_paras(node, scope, field, "cell", self.pairing))])
                for field, text in fields]

    def other_row(self, gf: Pair[model.GeneralizedFunction], scope: str) -> list[Row]:
        """The ОТФ's «Другие характеристики» row in the versions that print it (see
        :func:`~profstandards.render.layouts.for_standard`), marked with those versions."""
        def printed(g: model.GeneralizedFunction | None, edition: Layout | None) -> bool | None:
            if g is None or edition is None:
                return None
            filled = any(t.strip() for t in g.other_characteristics.texts())
            return True if edition.gf_other_row or filled else None

        shown = Pair(printed(gf.old, self.editions.old), printed(gf.new, self.editions.new))
        if shown.old is None and shown.new is None:
            return []
        rows = self.labelled_rows(scope, gf.within(shown),
                                  [("other_characteristics", "Другие характеристики")])
        if gf.old is not None and gf.new is not None:
            for row in rows:
                row.status = shown.status
        return rows

    def section3(self, functions: list[GFEntry]) -> list[Para | Table]:
        blocks: list[Para | Table] = []
        gf_numbers = positions([gf for gf, _ in functions])
        for (gf, works), i in zip(functions, gf_numbers, strict=True):
            number = i.map(lambda n: f"3.{n}")
            blocks += self.generalized(gf, number)
            for wf, j in zip(works, positions(works), strict=True):
                wf_number = Pair(None if j.old is None else f"{number.old}.{j.old}",
                                 None if j.new is None else f"{number.new}.{j.new}")
                blocks += self.work_function(wf, wf_number)
        return blocks

    def generalized(self, gf: Pair[model.GeneralizedFunction], number: Pair[str],
                    ) -> list[Para | Table]:
        layout = self.layout
        scope = code_key(gf.one.code)
        blocks: list[Para | Table] = [
            Para([run(numbered(number, ". Обобщенная трудовая функция"))], "heading2",
                 anchor=anchor(number)),
            header_table("otf-header", scope, gf, "Уровень квалификации",
                         "обобщенной трудовой функции" if layout.origin_tables else None),
        ]
        titles = self.editions.within(gf).map(lambda edition: edition.job_titles_label)
        blocks.append(Table("job-titles", LABEL_WIDTHS, self.labelled_rows(
            scope, gf, [("job_titles", titles)])))
        paths: list[tuple[str, str | Pair[str]]] = [("education", layout.education_label),
                                                    ("experience", layout.experience_label)]
        conditions: list[tuple[str, str | Pair[str]]] = [
            ("admission_conditions", "Особые условия допуска к работе")]
        if layout.qualification_paths:
            blocks.append(label(layout.qualification_paths))
            blocks.append(Table("paths", LABEL_WIDTHS, self.labelled_rows(scope, gf, paths)))
            blocks.append(Table("requirements", LABEL_WIDTHS,
                                self.labelled_rows(scope, gf, conditions)
                                + self.other_row(gf, scope)))
        else:
            blocks.append(Table("requirements", LABEL_WIDTHS,
                                self.labelled_rows(scope, gf, paths + conditions)
                                + self.other_row(gf, scope)))
        blocks.append(label(layout.classifiers_label))
        blocks.append(self.classifiers(gf, scope))
        return stamp(blocks, gf.status)

    def classifiers(self, gf: Pair[model.GeneralizedFunction], scope: str) -> Table:
        """The classifier table; the document cell spans its codes (ЕКС and ЕТКС apart)."""
        rows = [Row([Cell([para(h, align="center")], valign="center")
                     for h in CLASSIFIER_HEADS], header=True)]
        every: list[UnitEntry] = []
        for field, document in CLASSIFIERS:
            entries = unit_entries(gf, field, self.pairing)
            every += entries
            for name, group in _by_document(entries, document):
                note = self.notes.within(sides(group)).map(partial(_mark, name=name))
                lead = [Cell([Para([Run(name), *runs(note, sup=True)])])]
                rows += grouped_rows(lead, [(e.status, unit_cells(e, scope, field))
                                            for e in group])
        dash = lacking(gf, every)
        if dash.old is not None or dash.new is not None:
            rows.append(Row([Cell([para(printing.DASH)]) for _ in CLASSIFIER_HEADS],
                            status=dash.status))
        return Table("classifiers", CLASSIFIER_WIDTHS, rows)

    def work_function(self, wf: Pair[model.WorkFunction], number: Pair[str],
                      ) -> list[Para | Table]:
        scope = code_key(wf.one.code)
        blocks: list[Para | Table] = [
            Para([run(numbered(number, ". Трудовая функция"))], "heading3",
                 anchor=anchor(number)),
            header_table("tf-header", scope, wf, "Уровень (подуровень) квалификации",
                         "трудовой функции" if self.layout.origin_tables else None),
        ]
        rows: list[Row] = []
        for field, text in TF_GROUPS:
            paras = item_paras(wf, scope, field, "item", self.pairing)
            rows += grouped_rows([Cell([para(text)])], [(p.status, [Cell([p])]) for p in paras])
        blocks.append(Table("tf-items", LABEL_WIDTHS, rows))
        return stamp(blocks, wf.status)


def _mark(notes: printing.Notes, name: str) -> str | None:
    """The note mark of a classifier's name («ОКЗ» → «1»)."""
    return notes.mark(name)


def _document(unit: model.ClassifierUnit, document: str) -> str:
    """ЕТКС paragraphs («§ 33») are listed in ``ListEKS`` with the ЕКС positions."""
    return "ЕТКС" if document == "ЕКС" and unit.code.strip().startswith("§") else document


def _by_document(entries: list[UnitEntry], document: str) -> list[tuple[str, list[UnitEntry]]]:
    """Consecutive runs of units by the document they cite, as each version groups them.

    A unit that cites another document in the other version is two entries; where the
    interleaved runs would not group a version as it groups itself, that version's units
    are laid out apart (the old ones deleted, then the new ones inserted)."""
    split: list[UnitEntry] = []
    for entry in entries:
        names = entry.map(lambda pair: _document(pair[1], document))
        if names.old is not None and names.new is not None and names.old != names.new:
            split += [entry.only(Status.DEL), entry.only(Status.INS)]
        else:
            split.append(entry)
    groups = _groups(split, document)
    if not all(_alternate(groups, side) for side in ("old", "new")):
        groups = _groups([e.only(Status.DEL) for e in split if e.old is not None]
                         + [e.only(Status.INS) for e in split if e.new is not None], document)
    return groups


def _groups(entries: list[UnitEntry], document: str) -> list[tuple[str, list[UnitEntry]]]:
    groups: list[tuple[str, list[UnitEntry]]] = []
    for entry in entries:
        name = _document(entry.one[1], document)
        if groups and groups[-1][0] == name:
            groups[-1][1].append(entry)
        else:
            groups.append((name, [entry]))
    return groups


def _alternate(groups: list[tuple[str, list[UnitEntry]]], side: str) -> bool:
    """No two groups one version has follow each other with the same document."""
    names = [name for name, group in groups
             if any(getattr(e, side) is not None for e in group)]
    return all(a != b for a, b in zip(names, names[1:], strict=False))
