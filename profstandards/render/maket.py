"""A standard laid out as the printed макет: title block, sections I–IV (V), notes.

:func:`build` turns a :class:`~profstandards.model.Standard` into a
:class:`~profstandards.render.blocks.Page`.  All knowledge of the printed layout is
here (what follows what, labels, captions, column widths, merged cells, note
marks); the layout profile (:mod:`~profstandards.render.layouts`) supplies what
differs between the 2013 and the 446н макет.  Section II, the functional map, is
derived from section III: the XML has no section II.

Column widths are in cm for an 18 cm wide portrait text area and a 26.7 cm wide
landscape one (A4 with 1.5 cm side margins), after the measured printed copies
(``shared/corpus/printed/SOURCES.md``).
"""

from __future__ import annotations

from collections.abc import Iterable

from profstandards import model
from profstandards.render import values
from profstandards.render.blocks import Cell, Key, Page, Para, Row, Run, Section, Table, para
from profstandards.render.layouts import Layout
from profstandards.render.parts import caption, code_key, item_paras, label
from profstandards.render.section3 import FunctionsBuilder

STAMP = ("УТВЕРЖДЕН", "приказом Министерства", "труда и социальной защиты",
         "Российской Федерации")
BLANK_DATE = "«__» ____________ 20__ г."
BLANK_NUMBER = "____"
TITLE = "ПРОФЕССИОНАЛЬНЫЙ СТАНДАРТ"
SECTION_I = "I. Общие сведения"
SECTION_II = ("II. Описание трудовых функций, входящих в профессиональный стандарт "
              "(функциональная карта вида профессиональной деятельности)")
SECTION_III = "III. Характеристика обобщенных трудовых функций"
SECTION_IV = "IV. Сведения об организациях – разработчиках профессионального стандарта"
SECTION_V = "V. Сокращения, используемые в профессиональном стандарте"
SUB_41 = "4.1. Ответственная организация-разработчик"
SUB_42 = "4.2. Наименования организаций-разработчиков"

PORTRAIT_WIDTH = 18.0
# The functional map without and with the column of job titles (446н); 26.7 cm.
MAP_WIDTHS = {False: [1.4, 7.0, 3.0, 10.5, 1.8, 3.0], True: [1.3, 5.6, 2.4, 5.0, 7.8, 1.8, 2.8]}


def build(standard: model.Standard, layout: Layout, *, draft: bool = False) -> Page:
    """The page model of ``standard`` in ``layout``; ``draft``: blank approval stamp."""
    return _Builder(standard, layout, draft).page()


def units_grid(units: Iterable[model.ClassifierUnit], scope: str, field: str,
               per_row: int) -> list[list[Cell]]:
    """Code and name cells of classifier units, ``per_row`` pairs a row, «-» filling up."""
    cells: list[Cell] = []
    for i, unit in enumerate(units):
        cells += [Cell([para(unit.code, key=Key(scope, field, i, "code"))]),
                  Cell([para(unit.name, key=Key(scope, field, i, "name"))])]
    width = 2 * per_row
    if not cells or len(cells) % width:
        cells += [Cell([para(values.DASH)]) for _ in range(width - len(cells) % width)]
    return [cells[i:i + width] for i in range(0, len(cells), width)]


class _Builder:
    def __init__(self, standard: model.Standard, layout: Layout, draft: bool) -> None:
        self.s = standard
        self.layout = layout
        self.draft = draft
        self.notes = values.Notes()

    def page(self) -> Page:
        first = Section([*self.title_block(), *self.section1()])
        functional_map = Section(self.section2(), landscape=True)
        functions = FunctionsBuilder(self.layout, self.notes)
        rest = Section([Para([Run(SECTION_III)], "heading1", "center", anchor="s3"),
                        *functions.section3(self.s.functions),
                        *self.section4(), *self.section5(), *self.endnotes()])
        return Page(self.s.name, [first, functional_map, rest], self.draft)

    # --- title block -----------------------------------------------------------------

    def title_block(self) -> list[Para | Table]:
        s = self.s
        blocks: list[Para | Table] = [Para([Run(line)], "stamp") for line in STAMP]
        blocks.append(Para([Run("от "), *self.approval()], "stamp"))
        blocks.append(Para([Run(TITLE)], "title"))
        blocks.append(Para([Run(s.name, Key("standard", "name"))], "name"))
        number = [para(s.registration_number, "regnum", key=Key("standard",
                                                               "registration_number"))]
        if not s.registration_number.strip():
            number = [para("", "regnum")]
        blocks.append(Table("regnum", [4.5], [
            Row([Cell(number, border="box", valign="center")]),
            Row([caption("Регистрационный номер")]),
        ], border="none", align="right", keep=True))
        blocks.append(Para([Run("Содержание")], "toc-heading"))
        blocks += self.contents()
        return blocks

    def approval(self) -> list[Run]:
        """«6» июля 2020 г. № 405н — or blanks for a draft or a missing part."""
        s = self.s
        date = values.long_date(s.approval_date) or s.approval_date.strip()
        number = s.order_number.strip()
        runs = [Run(date, Key("standard", "approval_date")) if date and not self.draft
                else Run(BLANK_DATE)]
        runs.append(Run(" № "))
        runs.append(Run(s.order_number, Key("standard", "order_number"))
                    if number and not self.draft else Run(BLANK_NUMBER))
        return runs

    def contents(self) -> list[Para]:
        lines = [Para([Run(SECTION_I)], "toc1", toc_target="s1"),
                 Para([Run(SECTION_II)], "toc1", toc_target="s2"),
                 Para([Run(SECTION_III)], "toc1", toc_target="s3")]
        for i, gf in enumerate(self.s.functions, 1):
            lines.append(Para([Run(f"3.{i}. Обобщенная трудовая функция «"),
                               Run(gf.name, Key(code_key(gf.code), "name")), Run("»")],
                              "toc2", toc_target=f"s3.{i}"))
        lines.append(Para([Run(SECTION_IV)], "toc1", toc_target="s4"))
        if self.layout.toc_subsections:
            lines += [Para([Run(SUB_41)], "toc2", toc_target="s4.1"),
                      Para([Run(SUB_42)], "toc2", toc_target="s4.2")]
        if self.layout.abbreviations:
            lines.append(Para([Run(SECTION_V)], "toc1", toc_target="s5"))
        return lines

    # --- section I -------------------------------------------------------------------

    def section1(self) -> list[Para | Table]:
        g = self.s.general
        blocks: list[Para | Table] = [Para([Run(SECTION_I)], "heading1", "left", anchor="s1")]
        blocks.append(Table("activity", [14.2, 0.6, 3.2], [
            Row([Cell([para(g.kind_of_activity, key=Key("general", "kind_of_activity"))],
                      border="bottom", valign="bottom"),
                 Cell([para()]),
                 Cell([para(g.code, align="center", key=Key("general", "code"))],
                      border="box", valign="center")]),
            Row([caption("(наименование вида профессиональной деятельности)"), Cell([para()]),
                 caption("Код")]),
        ], border="none", keep=True))
        blocks.append(label(self.layout.purpose_label))
        blocks.append(Table("purpose", [PORTRAIT_WIDTH], [
            Row([Cell([para(g.purpose, key=Key("general", "purpose"))])])]))
        blocks.append(label("Группа занятий:"))
        okz_note = self.notes.mark("ОКЗ")
        blocks.append(Table("okz", [2.5, 6.5, 2.5, 6.5], [
            *(Row(cells) for cells in units_grid(g.okz, "general", "okz", 2)),
            Row([caption("(код ОКЗ)", okz_note), caption("(наименование)"),
                 caption("(код ОКЗ)"), caption("(наименование)")]),
        ]))
        if self.layout.area_block:
            area = values.area_of(g.code)
            code, name = area or (values.DASH, values.DASH)
            blocks.append(label("Отнесение к области профессиональной деятельности:"))
            blocks.append(Table("area", [3.9, 14.1], [
                Row([Cell([para(code, key=Key("general", "area", part="code"))]),
                     Cell([para(name, key=Key("general", "area", part="name"))])]),
                Row([caption("(код ОПД)"),
                     caption("(наименование области профессиональной деятельности)")]),
            ]))
        blocks.append(label("Отнесение к видам экономической деятельности:"))
        okved_note = self.notes.mark("ОКВЭД")
        blocks.append(Table("okved", [3.9, 14.1], [
            *(Row(cells) for cells in units_grid(g.okved or (), "general", "okved", 1)),
            Row([caption("(код ОКВЭД)", okved_note),
                 caption("(наименование вида экономической деятельности)")]),
        ]))
        return blocks

    # --- section II: the functional map ---------------------------------------------------

    def section2(self) -> list[Para | Table]:
        titles = self.layout.map_job_titles
        widths = MAP_WIDTHS[titles]
        otf_heads = ["код", "наименование", "уровень квалификации"]
        if titles:
            otf_heads.append("возможные наименования должностей, профессий рабочих")
        tf_heads = ["наименование", "код", "уровень (подуровень) квалификации"]
        rows = [
            Row([Cell([para("Обобщенные трудовые функции", "head")], colspan=len(otf_heads)),
                 Cell([para("Трудовые функции", "head")], colspan=3)], header=True),
            Row([Cell([para(h, "head")], valign="center") for h in otf_heads + tf_heads],
                header=True),
        ]
        for gf in self.s.functions:
            scope = code_key(gf.code)
            span = max(1, len(gf.functions))
            otf = [Cell([para(gf.code, align="center", key=Key(scope, "code"))], rowspan=span),
                   Cell([para(gf.name, key=Key(scope, "name"))], rowspan=span),
                   Cell([para(gf.level, align="center", key=Key(scope, "level"))],
                        rowspan=span)]
            if titles:
                otf.append(Cell(item_paras(gf.job_titles, scope, "job_titles", "cell"),
                                rowspan=span))
            tfs = [self.map_tf(wf) for wf in gf.functions] or [
                [Cell([para(values.DASH)]) for _ in range(3)]]
            rows.append(Row(otf + tfs[0]))
            rows += [Row(cells) for cells in tfs[1:]]
        return [Para([Run(SECTION_II)], "heading1", "center", anchor="s2"),
                Table("funcmap", widths, rows)]

    @staticmethod
    def map_tf(wf: model.WorkFunction) -> list[Cell]:
        scope = code_key(wf.code)
        return [Cell([para(wf.name, key=Key(scope, "name"))]),
                Cell([para(wf.code, align="center", key=Key(scope, "code"))]),
                Cell([para(wf.level, align="center", key=Key(scope, "level"))])]

    # --- section IV, V and the notes -------------------------------------------------------

    def section4(self) -> list[Para | Table]:
        d = self.s.developers
        r = d.responsible
        blocks: list[Para | Table] = [
            Para([Run(SECTION_IV)], "heading1", "center", anchor="s4"),
            Para([Run(SUB_41)], "heading3", anchor="s4.1"),
            Table("responsible", [9.0, 9.0], [
                Row([Cell([para(r.organization, key=Key("developers", "organization"))],
                          colspan=2)]),
                Row([Cell([para(r.head_position, key=Key("developers", "head_position"))]),
                     Cell([para(r.head_name, key=Key("developers", "head_name"))])]),
            ]),
            Para([Run(SUB_42)], "heading3", anchor="s4.2"),
        ]
        rows = [Row([Cell([para(str(i), align="center")]),
                     Cell([para(org.text, key=Key("developers", "organizations", i - 1))])])
                for i, org in enumerate(d.organizations, 1)]
        if not rows:
            rows = [Row([Cell([para(values.DASH, align="center")]),
                         Cell([para("", key=Key("developers", "organizations"))])])]
        blocks.append(Table("developers", [1.0, 17.0], rows))
        return blocks

    def section5(self) -> list[Para]:
        if not self.layout.abbreviations:
            return []
        # The registry XML has no list of abbreviations.
        return [Para([Run(SECTION_V)], "heading1", "center", anchor="s5"),
                para(values.DASH, "text")]

    def endnotes(self) -> list[Para]:
        notes = self.notes.items()
        if not notes:
            return []
        return [Para([], "noterule"),
                *(Para([Run(n, sup=True), Run(" " + text)], "note") for n, text in notes)]


