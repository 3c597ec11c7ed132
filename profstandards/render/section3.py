"""Section III of the макет: one block per ОТФ (3.N) with one block per ТФ (3.N.M)."""

from __future__ import annotations

from profstandards import model
from profstandards.render import values
from profstandards.render.blocks import Cell, Key, Para, Row, Run, Table, para
from profstandards.render.layouts import Layout
from profstandards.render.parts import caption, code_key, item_paras, label

LABEL_WIDTHS = [4.7, 13.3]  # label | value tables
# The header row (label | name | «Код» | code | label | level) and the origin row
# (label | «Оригинал» | X | «Заимствовано…» | code | reg. number) share one grid.
HEADER_WIDTHS = [2.6, 1.4, 2.2, 0.9, 3.1, 1.2, 2.0, 3.1, 1.5]
CLASSIFIER_WIDTHS = [3.6, 2.7, 11.7]
CLASSIFIER_HEADS = ("Наименование документа", "Код",
                    "Наименование базовой группы, должности (профессии) или специальности")
# The classifier lists of an ОТФ in printed order: (model attribute, document name).
CLASSIFIERS = (("okz", "ОКЗ"), ("eks", "ЕКС"), ("okpdtr", "ОКПДТР"), ("okso", "ОКСО"),
               ("oknpo", "ОКНПО"), ("oksvnk", "ОКСВНК"))
TF_GROUPS = (("labor_actions", "Трудовые действия"), ("skills", "Необходимые умения"),
             ("knowledge", "Необходимые знания"),
             ("other_characteristics", "Другие характеристики"))


def header_table(kind: str, scope: str, node: model.GeneralizedFunction | model.WorkFunction,
                 level_label: str, origin: str | None) -> Table:
    """«Наименование [name] Код [code] Уровень … [level]» (labels bare, values boxed) and,
    with ``origin``, the row «Происхождение …: Оригинал X | Заимствовано из оригинала |
    code | reg. number» with its captions.  One table, so that it stays on one page.

    The registry XML does not say whether a function was borrowed, so the «X» is
    always next to «Оригинал» and the two borrowing cells stay empty.
    """

    def box(field: str, colspan: int = 1, align: str | None = None) -> Cell:
        return Cell([para(getattr(node, field), align=align, key=Key(scope, field))],
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
                 Cell([para("X", align="center")], border="box", valign="center"),
                 Cell([para("Заимствовано из оригинала", "small")], border="box",
                      valign="center"),
                 empty(2, "box"), empty(2, "box")]),
            Row([empty(5), caption("Код оригинала", colspan=2),
                 caption("Регистрационный номер профессионального стандарта", colspan=2)]),
        ]
    return Table(kind, HEADER_WIDTHS, rows, border="none", keep=True)


def labelled_rows(scope: str, node: object, fields: list[tuple[str, str]]) -> list[Row]:
    """Rows «label | the items of one list, a paragraph each»."""
    return [Row([Cell([para(text)]),
                 Cell(item_paras(getattr(node, field), scope, field, "cell"))])
            for field, text in fields]


class FunctionsBuilder:
    """Builds section III; note marks are taken from the shared :class:`values.Notes`."""

    def __init__(self, layout: Layout, notes: values.Notes) -> None:
        self.layout = layout
        self.notes = notes

    def section3(self, functions: model.Seq[model.GeneralizedFunction]) -> list[Para | Table]:
        blocks: list[Para | Table] = []
        for i, gf in enumerate(functions, 1):
            blocks += self.generalized(gf, f"3.{i}")
            for j, wf in enumerate(gf.functions, 1):
                blocks += self.work_function(wf, f"3.{i}.{j}")
        return blocks

    def generalized(self, gf: model.GeneralizedFunction, number: str) -> list[Para | Table]:
        layout = self.layout
        scope = code_key(gf.code)
        blocks: list[Para | Table] = [
            Para([Run(f"{number}. Обобщенная трудовая функция")], "heading2", anchor=f"s{number}"),
            header_table("otf-header", scope, gf, "Уровень квалификации",
                         "обобщенной трудовой функции" if layout.origin_tables else None),
        ]
        blocks.append(Table("job-titles", LABEL_WIDTHS, labelled_rows(
            scope, gf, [("job_titles", layout.job_titles_label)])))
        paths = [("education", layout.education_label),
                 ("experience", layout.experience_label)]
        conditions = [("admission_conditions", "Особые условия допуска к работе"),
                      ("other_characteristics", "Другие характеристики")]
        if layout.qualification_paths:
            blocks.append(label(layout.qualification_paths))
            blocks.append(Table("paths", LABEL_WIDTHS, labelled_rows(scope, gf, paths)))
            blocks.append(Table("requirements", LABEL_WIDTHS,
                                labelled_rows(scope, gf, conditions)))
        else:
            blocks.append(Table("requirements", LABEL_WIDTHS,
                                labelled_rows(scope, gf, paths + conditions)))
        blocks.append(label(layout.classifiers_label))
        blocks.append(self.classifiers(gf, scope))
        return blocks

    def classifiers(self, gf: model.GeneralizedFunction, scope: str) -> Table:
        """The classifier table; the document cell spans its codes (ЕКС and ЕТКС apart)."""
        rows = [Row([Cell([para(h, align="center")], valign="center")
                     for h in CLASSIFIER_HEADS], header=True)]
        for field, document in CLASSIFIERS:
            units = list(enumerate(getattr(gf, field) or ()))
            for name, group in _by_document(units, document):
                note = self.notes.mark(name)
                label_runs = [Run(name)] + ([Run(note, sup=True)] if note else [])
                for n, (i, unit) in enumerate(group):
                    cells = [Cell([para(unit.code, key=Key(scope, field, i, "code"))]),
                             Cell([para(unit.name, key=Key(scope, field, i, "name"))])]
                    if n == 0:
                        cells.insert(0, Cell([Para(label_runs)], rowspan=len(group)))
                    rows.append(Row(cells))
        if len(rows) == 1:
            rows.append(Row([Cell([para(values.DASH)]) for _ in CLASSIFIER_HEADS]))
        return Table("classifiers", CLASSIFIER_WIDTHS, rows)

    def work_function(self, wf: model.WorkFunction, number: str) -> list[Para | Table]:
        scope = code_key(wf.code)
        blocks: list[Para | Table] = [
            Para([Run(f"{number}. Трудовая функция")], "heading3", anchor=f"s{number}"),
            header_table("tf-header", scope, wf, "Уровень (подуровень) квалификации",
                         "трудовой функции" if self.layout.origin_tables else None),
        ]
        rows: list[Row] = []
        for field, text in TF_GROUPS:
            items = item_paras(getattr(wf, field), scope, field, "item")
            rows.append(Row([Cell([para(text)], rowspan=len(items)), Cell([items[0]])]))
            rows += [Row([Cell([p])]) for p in items[1:]]
        blocks.append(Table("tf-items", LABEL_WIDTHS, rows))
        return blocks


def _by_document(units: list[tuple[int, model.ClassifierUnit]], document: str):
    """Consecutive runs of units by the document they cite: ЕТКС paragraphs («§ 33»)
    are listed in ``ListEKS`` with the ЕКС positions."""
    groups: list[tuple[str, list[tuple[int, model.ClassifierUnit]]]] = []
    for i, unit in units:
        name = "ЕТКС" if document == "ЕКС" and unit.code.strip().startswith("§") else document
        if groups and groups[-1][0] == name:
            groups[-1][1].append((i, unit))
        else:
            groups.append((name, [(i, unit)]))
    return groups
