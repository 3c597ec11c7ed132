"""A standard laid out as the printed макет: title block, sections I–IV (V), notes.

:func:`build` turns a :class:`~profstandards.model.Standard` into a
:class:`~profstandards.render.blocks.Page`.  All knowledge of the printed layout is
here (what follows what, labels, captions, column widths, merged cells, note
marks); the layout profile (:mod:`~profstandards.render.layouts`) supplies what
differs between the 2013 and the 446н макет.  Section II, the functional map, is
derived from section III: the XML has no section II.

Column widths are in cm for an 18 cm wide portrait text area and a 26.7 cm wide
landscape one (A4 with 1.5 cm side margins), after measured printed copies: the signed
Минтруд scan of reg. 1090, a developer's Word draft and a ГАРАНТ RTF (page images
beside ours in ``docs/pages/``).

:func:`build_versions` lays out two versions of a standard at once (a redline): the
same layout, built from :class:`~profstandards.render.versions.Pair` nodes, with what
one version has alone marked as such (see :mod:`~profstandards.render.versions`).
"""

from __future__ import annotations

from typing import cast

from profstandards import model
from profstandards.render import printing
from profstandards.render.blocks import (
    Cell,
    Key,
    Page,
    Para,
    Row,
    Run,
    Section,
    Table,
    code_key,
    para,
)
from profstandards.render.layouts import Layout, for_standard
from profstandards.render.parts import (
    PLACEHOLDER,
    anchor,
    caption,
    entry_paras,
    grouped_rows,
    item_paras,
    items,
    label,
    run,
    stamp,
    unit_cells,
    unit_entries,
    value,
    zip_runs,
)
from profstandards.render.section3 import FunctionsBuilder, GFEntry
from profstandards.render.versions import (
    Pair,
    Pairing,
    lacking,
    merge_equal,
    pair_up,
    positions,
    same,
    sides,
)

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
NO_FUNCTION = model.WorkFunction("", "", "", model.Seq(), model.Seq(), model.Seq(), model.Seq(),
                                 False)  # the «-» row of an ОТФ without ТФ in the map


def build(standard: model.Standard, layout: Layout, *, draft: bool = False) -> Page:
    """The page model of ``standard`` in ``layout``; ``draft``: blank approval stamp."""
    return _Builder(same(standard), layout, Pairing(), draft).page()


def build_versions(standard: Pair[model.Standard], layout: Layout, pairing: Pairing) -> Page:
    """The page model of two versions of a standard (either may be missing) in
    ``layout``, their elements paired by ``pairing``."""
    return _Builder(standard, layout, pairing, False).page()


def units_grid(node: Pair, scope: str, field: str, per_row: int,
               pairing: Pairing) -> list[Row]:
    """Code and name cells of classifier units, ``per_row`` pairs a row, «-» filling up.

    In two versions a row is in both when it holds the same units in both (their
    texts may differ); other rows are each version's own."""
    entries = unit_entries(node, field, pairing)

    def rows(present) -> list[tuple[int, ...]]:
        ids = [k for k, entry in enumerate(entries) if present(entry) is not None]
        chunks = [tuple(ids[i:i + per_row]) for i in range(0, len(ids), per_row)] or [()]
        return [chunk + (-1,) * (per_row - len(chunk)) for chunk in chunks]

    old = rows(lambda e: e.old) if node.old is not None else []
    new = rows(lambda e: e.new) if node.new is not None else []
    out = []
    for i, j in merge_equal(old, new):
        status = Pair(i, j).status
        cells: list[Cell] = []
        # merge_equal's steps have one side at least: j is set where i is not.
        for k in old[i] if i is not None else new[cast(int, j)]:
            if k < 0:
                cells += [Cell([para(printing.DASH)]), Cell([para(printing.DASH)])]
            else:
                cells += unit_cells(entries[k].only(status), scope, field)
        out.append(Row(cells, status=status))
    return out


class _Builder:
    def __init__(self, standard: Pair[model.Standard], layout: Layout, pairing: Pairing,
                 draft: bool) -> None:
        self.s = standard
        self.layout = layout
        self.pairing = pairing
        self.draft = draft
        self.notes = standard.map(lambda _: printing.Notes())
        gfs = pair_up(standard.map(lambda s: s.functions.items), pairing.functions)
        self.functions: list[GFEntry] = [
            (gf, pair_up(gf.map(lambda g: g.functions.items), pairing.work_functions))
            for gf in gfs]

    def page(self) -> Page:
        first = Section([*self.title_block(), *self.section1()])
        functional_map = Section(self.section2(), landscape=True)
        functions = FunctionsBuilder(self.layout, self.notes, self.pairing,
                                     self.s.map(lambda s: for_standard(self.layout,
                                                                       s.approval_date)))
        rest = Section([Para([Run(SECTION_III)], "heading1", "center", anchor="s3"),
                        *functions.section3(self.functions),
                        *self.section4(), *self.section5(), *self.endnotes()])
        for section in (first, functional_map, rest):
            stamp(section.blocks, self.s.status)
        return Page(self.s.one.name, [first, functional_map, rest], self.draft)

    # --- title block -----------------------------------------------------------------

    def title_block(self) -> list[Para | Table]:
        s = self.s
        blocks: list[Para | Table] = [Para([Run(line)], "stamp") for line in STAMP]
        blocks.append(Para([Run("от "), *zip_runs(s.map(self.approval))], "stamp"))
        blocks.append(Para([Run(TITLE)], "title"))
        blocks.append(value(s, "name", Key("standard", "name"), "name"))
        number = [Para(zip_runs(s.map(_registration_number)), "regnum")]
        blocks.append(Table("regnum", [4.5], [
            Row([Cell(number, border="box", valign="center")]),
            Row([caption("Регистрационный номер")]),
        ], border="none", align="right", keep=True))
        blocks.append(Para([Run("Содержание")], "toc-heading"))
        blocks += self.contents()
        return blocks

    def approval(self, s: model.Standard) -> list[Run]:
        """«6» июля 2020 г. № 405н — or blanks for a draft or a missing part."""
        date = printing.long_date(s.approval_date) or s.approval_date.strip()
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
        gfs = [gf for gf, _ in self.functions]
        for gf, i in zip(gfs, positions(gfs), strict=True):
            lines.append(Para([run(i.map(lambda n: f"3.{n}. Обобщенная трудовая функция «")),
                               run(gf.get("name"), Key(code_key(gf.one.code), "name")),
                               Run("»")], "toc2", toc_target=anchor(i.map(lambda n: f"3.{n}")),
                              status=gf.status))
        lines.append(Para([Run(SECTION_IV)], "toc1", toc_target="s4"))
        if self.layout.toc_subsections:
            lines += [Para([Run(SUB_41)], "toc2", toc_target="s4.1"),
                      Para([Run(SUB_42)], "toc2", toc_target="s4.2")]
        if self.layout.abbreviations:
            lines.append(Para([Run(SECTION_V)], "toc1", toc_target="s5"))
        return lines

    # --- section I -------------------------------------------------------------------

    def section1(self) -> list[Para | Table]:
        g = self.s.get("general")
        blocks: list[Para | Table] = [Para([Run(SECTION_I)], "heading1", "left", anchor="s1")]
        blocks.append(Table("activity", [14.2, 0.6, 3.2], [
            Row([Cell([value(g, "kind_of_activity", Key("general", "kind_of_activity"))],
                      border="bottom", valign="bottom"),
                 Cell([para()]),
                 Cell([value(g, "code", Key("general", "code"), align="center")],
                      border="box", valign="center")]),
            Row([caption("(наименование вида профессиональной деятельности)"), Cell([para()]),
                 caption("Код")]),
        ], border="none", keep=True))
        blocks.append(label(self.layout.purpose_label))
        blocks.append(Table("purpose", [PORTRAIT_WIDTH], [
            Row([Cell([value(g, "purpose", Key("general", "purpose"))])])]))
        blocks.append(label("Группа занятий:"))
        okz_note = self.notes.map(lambda n: n.mark("ОКЗ"))
        blocks.append(Table("okz", [2.5, 6.5, 2.5, 6.5], [
            *units_grid(g, "general", "okz", 2, self.pairing),
            Row([caption("(код ОКЗ)", okz_note), caption("(наименование)"),
                 caption("(код ОКЗ)"), caption("(наименование)")]),
        ]))
        if self.layout.area_block:
            area = g.map(lambda x: printing.area_of(x.code) or (printing.DASH, printing.DASH))
            blocks.append(label("Отнесение к области профессиональной деятельности:"))
            blocks.append(Table("area", [3.9, 14.1], [
                Row([Cell([Para([run(area.map(lambda a: a[0]),
                                     Key("general", "area", part="code"))])]),
                     Cell([Para([run(area.map(lambda a: a[1]),
                                     Key("general", "area", part="name"))])])]),
                Row([caption("(код ОПД)"),
                     caption("(наименование области профессиональной деятельности)")]),
            ]))
        blocks.append(label("Отнесение к видам экономической деятельности:"))
        okved_note = self.notes.map(lambda n: n.mark("ОКВЭД"))
        blocks.append(Table("okved", [3.9, 14.1], [
            *units_grid(g, "general", "okved", 1, self.pairing),
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
        for gf, works in self.functions:
            scope = code_key(gf.one.code)
            otf = [Cell([value(gf, "code", Key(scope, "code"), align="center")]),
                   Cell([value(gf, "name", Key(scope, "name"))]),
                   Cell([value(gf, "level", Key(scope, "level"), align="center")])]
            if titles:
                otf.append(Cell(item_paras(gf, scope, "job_titles", "cell", self.pairing)))
            dash = lacking(gf, works)
            if dash.old is not None or dash.new is not None:
                works = [dash.map(lambda _: NO_FUNCTION), *works]
            rows += grouped_rows(otf, [(wf.status, self.map_tf(wf)) for wf in works])
        return [Para([Run(SECTION_II)], "heading1", "center", anchor="s2"),
                Table("funcmap", widths, rows)]

    @staticmethod
    def map_tf(wf: Pair[model.WorkFunction]) -> list[Cell]:
        if wf.one is NO_FUNCTION:
            return [Cell([para(printing.DASH)]) for _ in range(3)]
        scope = code_key(wf.one.code)
        return [Cell([value(wf, "name", Key(scope, "name"))]),
                Cell([value(wf, "code", Key(scope, "code"), align="center")]),
                Cell([value(wf, "level", Key(scope, "level"), align="center")])]

    # --- section IV, V and the notes -------------------------------------------------------

    def section4(self) -> list[Para | Table]:
        d = self.s.get("developers")
        r = d.get("responsible")
        blocks: list[Para | Table] = [
            Para([Run(SECTION_IV)], "heading1", "center", anchor="s4"),
            Para([Run(SUB_41)], "heading3", anchor="s4.1"),
            Table("responsible", [9.0, 9.0], [
                Row([Cell([value(r, "organization", Key("developers", "organization"))],
                          colspan=2)]),
                Row([Cell([value(r, "head_position", Key("developers", "head_position"))]),
                     Cell([value(r, "head_name", Key("developers", "head_name"))])]),
            ]),
            Para([Run(SUB_42)], "heading3", anchor="s4.2"),
        ]
        entries = items(d, "organizations", self.pairing)
        orgs = entry_paras(entries, "developers", "organizations", "cell")
        rows = []
        for entry, at, org in zip(entries, positions(entries), orgs, strict=True):
            number = Pair(None if at.old is None else _number(entry.old, at.old),
                          None if at.new is None else _number(entry.new, at.new))
            rows.append(Row([Cell([Para([run(number)], align="center")]), Cell([org])],
                            status=entry.status))
        blocks.append(Table("developers", [1.0, 17.0], rows))
        return blocks

    def section5(self) -> list[Para]:
        if not self.layout.abbreviations:
            return []
        # The registry XML has no list of abbreviations.
        return [Para([Run(SECTION_V)], "heading1", "center", anchor="s5"),
                para(printing.DASH, "text")]

    def endnotes(self) -> list[Para]:
        notes = pair_up(self.notes.map(lambda n: n.items()), lambda a, b: merge_equal(
            [text for _, text in a], [text for _, text in b]))
        if not notes:
            return []
        return [Para([], "noterule", status=sides(notes).status),
                *(Para([run(note.map(lambda n: n[0]), sup=True), Run(" " + note.one[1])],
                       "note", status=note.status) for note in notes)]


def _registration_number(s: model.Standard) -> list[Run]:
    """The registration number box: empty for a draft without a number."""
    if not s.registration_number.strip():
        return [Run("")]
    return [Run(s.registration_number, Key("standard", "registration_number"))]


def _number(org: model.Item | None, position: int) -> str:
    """The number of a developer organization (the «-» row of an empty list: «-»)."""
    return printing.DASH if org is PLACEHOLDER else str(position)
