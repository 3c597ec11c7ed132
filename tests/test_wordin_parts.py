"""The import's parts: merged cells, paragraph text, labels, the origin row, the title block."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest
from lxml import etree

from profstandards import fields, model
from profstandards.office import W
from profstandards.render import maket
from profstandards.render.blocks import Cell, Row, Table, para
from profstandards.render.docx import DocxRenderer
from profstandards.render.layouts import LAYOUTS
from profstandards.wordin import grid, labels
from profstandards.wordin.title import parse_date
from tests.word_docs import imported, standard

NS = f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def body(xml: str) -> list[grid.Block]:
    data = f"<w:document {NS}><w:body>{xml}</w:body></w:document>".encode()
    return grid.read_body(etree.fromstring(data), data)


def p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def r(text: str, props: str = "") -> str:
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(r(text)) if text else p()}</w:tc>"


def test_paragraph_text():
    sup = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    [para_] = body(p(
        r("a\u00a0b"), "<w:r><w:tab/></w:r>", r("c"), "<w:r><w:br/></w:r>", r("d\u00ad"),
        '<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>',
        '<w:ins><w:r><w:t>+</w:t></w:r></w:ins>', r(" м"), r("3", sup),
        '<w:r><w:br w:type="page"/></w:r>', '<w:r><w:instrText>PAGEREF x</w:instrText></w:r>',
        '<w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink>',
        '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>', '<w:r><w:noBreakHyphen/></w:r>',
        '<w:r><mc:AlternateContent><mc:Choice/><mc:Fallback><w:pict><w:txbxContent>'
        '<w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>',
        '<w:pPr><w:tabs><w:tab w:val="left" w:pos="100"/></w:tabs></w:pPr>'))
    assert para_.text == "a b\tc\nd+ м³link≥-"


def test_note_marks_are_not_text():
    sup = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    blocks = body(p(r("(код ОКЗ"), r("1", sup), r(")")) + p(r("осмотров (обследований) <3>"))
                  + p(r("осмотров ³, и ещё")) + p(r("<1> Общероссийский классификатор")))
    texts = [b.text for b in blocks]
    assert texts == ["(код ОКЗ¹)", "осмотров (обследований)", "осмотров, и ещё",
                     "<1> Общероссийский классификатор"]
    assert labels.norm(texts[0]) == "код окз"


def test_merged_cells_are_resolved_once():
    span2, restart = '<w:gridSpan w:val="2"/>', '<w:vMerge w:val="restart"/>'
    before, hmerge = '<w:gridBefore w:val="1"/>', '<w:hMerge w:val="continue"/>'
    [table] = body(
        "<w:tbl>"
        f"<w:tr>{tc('label', restart)}{tc('a', span2)}</w:tr>"
        f"<w:tr>{tc('', '<w:vMerge/>')}{tc('b')}{tc('c')}</w:tr>"
        f"<w:tr><w:trPr>{before}</w:trPr>{tc('d')}{tc('', hmerge)}</w:tr>"
        "</w:tbl>")
    rows = [[(s.cell.text, s.continued, s.cell.grid, s.cell.span) for s in row.slots]
            for row in table.rows]
    assert rows == [[("label", False, 0, 1), ("a", False, 1, 2)],
                    [("label", True, 0, 1), ("b", False, 1, 1), ("c", False, 2, 1)],
                    [("d", False, 1, 2)]]
    label = table.rows[0].slots[0].cell
    assert label is table.rows[1].slots[0].cell and label.rows == 2
    assert [c.column for c in grid.lines([table])[1].cells] == [2, 3]


def test_nested_tables_follow_their_row():
    inner = f"<w:tbl><w:tr>{tc('Наименование')}{tc('x')}</w:tr></w:tbl>"
    blocks = body(f"<w:tbl><w:tr><w:tc>{inner}{p()}</w:tc></w:tr>"
                  f"<w:tr>{tc('after')}</w:tr></w:tbl>" + p(r("outside")))
    lines = grid.lines(blocks)
    assert [(line.table, line.row, [c.text for c in line.cells]) for line in lines] == [
        ("1", 1, [""]), ("1.1", 1, ["Наименование", "x"]), ("1", 2, ["after"]),
        ("", 0, ["outside"])]


def test_marker_characters_in_the_text_do_not_confuse_the_reader():
    [para_] = body(p(r("a\ue010b\ue011c\ue016")))
    assert para_.text == "abc"


def test_labels_come_from_the_field_table():
    assert labels.field("Трудовые  действия:", fields.Owner.WF).name == "labor_actions"
    assert labels.field("ЕТКС ⁷", fields.Owner.GF).name == "eks"
    assert labels.field("Образование и обучение", fields.Owner.GF).name == "education"
    assert labels.field("Уровень квалификации", fields.Owner.WF).name == "level"
    assert labels.field("Трудовые действия по охране труда", fields.Owner.WF) is None
    assert labels.heading("3.2.1. Трудовая функция", labels.WF_HEADING)
    assert labels.heading("IV. Сведения об организациях – разработчиках "
                          "профессионального стандарта", labels.SECTION_IV)
    assert labels.heading("3.1. Обобщенная трудовая функция «Разработка»", labels.GF_HEADING)
    assert not labels.heading("3.1.1. Трудовая функция", labels.GF_HEADING)


@pytest.mark.parametrize("text,date", [
    ("«6» июля 2020 г.", "06.07.2020"), ("3 июля 2019 г.", "03.07.2019"),
    ("06.07.2020", "06.07.2020"), ("6.7.2020", "06.07.2020"), ("«__» ______202_ г.", ""),
    ("в июле 2020", "в июле 2020")])
def test_approval_dates(text, date):
    assert parse_date(text) == date


def _borrowed(layout_cells) -> bytes:
    """The first ТФ's origin row with cells replaced: ``{index: text}``."""
    page = maket.build(standard(), LAYOUTS["maket-2013"])
    header = next(b for b in page.sections[2].blocks
                  if isinstance(b, Table) and b.kind == "tf-header")
    row = header.rows[2]
    for index, text in layout_cells.items():
        row.cells[index] = Cell([para(text)], colspan=row.cells[index].colspan, border="box")
    renderer = DocxRenderer()
    return renderer.save(renderer.page_document(page))


@pytest.mark.parametrize("cells", [
    {2: "", 3: "Заимствовано из оригинала X", 4: "B/02.5", 5: "530"},  # ГАРАНТ: mark in the cell
    {2: "", 4: "B/02.5", 5: "530"},  # no mark at all, the boxes filled
])
def test_a_borrowed_work_function_gets_its_origin(cells):
    result = imported(_borrowed(cells))
    wf = result.document.standards[0].functions[0].functions[0]
    assert (wf.origin.code, wf.origin.registration_number) == ("B/02.5", "530")
    assert result.unplaced == []
    assert all(w.origin is None for _, w in list(result.document.standards[0]
                                                 .work_functions())[1:])


def test_an_original_with_filled_boxes_is_reported_not_guessed():
    result = imported(_borrowed({4: "B/02.5"}))  # «X» still next to «Оригинал»
    assert result.document.standards[0].functions[0].functions[0].origin is None
    assert [u.where.text for u in result.unplaced] == ["B/02.5"]


def test_a_document_without_section_iii_gets_its_functions_from_the_map():
    page = maket.build(standard(), LAYOUTS["maket-2013"])
    page.sections[2].blocks = page.sections[2].blocks[:1]  # section III's heading alone
    renderer = DocxRenderer()
    result = imported(renderer.save(renderer.page_document(page)))
    s = result.document.standards[0]
    original = standard()
    assert [(gf.code, gf.name, gf.level) for gf in s.functions] == \
        [(gf.code, gf.name, gf.level) for gf in original.functions]
    assert [wf.code for _, wf in s.work_functions()] == \
        [wf.code for _, wf in original.work_functions()]
    assert isinstance(s.functions[0], model.GeneralizedFunction)


def test_an_origin_box_that_reads_like_a_mark_is_still_the_code():
    result = imported(_borrowed({2: "", 3: "Заимствовано из оригинала X", 4: "X", 5: "7"}))
    origin = result.document.standards[0].functions[0].functions[0].origin
    assert (origin.code, origin.registration_number) == ("X", "7")


def _rendered(page) -> bytes:
    renderer = DocxRenderer()
    return renderer.save(renderer.page_document(page))


def test_a_header_of_labels_over_values():
    original = standard()
    page = maket.build(original, LAYOUTS["maket-2013"])
    header = next(b for b in page.sections[2].blocks
                  if isinstance(b, Table) and b.kind == "otf-header")
    gf = original.functions[0]
    header.rows[0:1] = [
        Row([Cell([para("Наименование")], colspan=5), Cell([para("Код")]),
             Cell([para("Уровень квалификации")], colspan=3)]),
        Row([Cell([para(gf.name)], colspan=5), Cell([para(gf.code)]),
             Cell([para(gf.level)], colspan=3)])]
    result = imported(_rendered(page))
    back = result.document.standards[0].functions[0]
    assert (back.code, back.name, back.level) == (gf.code, gf.name, gf.level)
    assert result.unplaced == [] and result.disagreements == []


def test_a_map_that_repeats_the_generalized_function_on_every_row():
    page = maket.build(standard(), LAYOUTS["maket-2013"])
    funcmap = next(b for b in page.sections[1].blocks if isinstance(b, Table))
    lead: list[Cell] = []
    repeated = 0
    for row in funcmap.rows[2:]:
        if len(row.cells) == 6:  # the first row of an ОТФ: its three cells span the others
            lead = row.cells[:3]
            for cell in lead:
                cell.rowspan = 1
        else:
            row.cells[0:0] = [Cell(list(cell.paras)) for cell in lead]
            repeated += 1
    assert repeated == sum(len(gf.functions) - 1 for gf in standard().functions)
    result = imported(_rendered(page))
    assert result.disagreements == [] and result.unplaced == []
    assert [len(gf.functions) for gf in result.document.standards[0].functions] == \
        [len(gf.functions) for gf in standard().functions]


def test_contents_without_their_heading_are_not_read_as_the_standard():
    page = maket.build(standard(), LAYOUTS["maket-2013"])
    first = page.sections[0].blocks
    first[:] = [b for b in first if getattr(b, "style", "") != "toc-heading"]
    result = imported(_rendered(page))
    assert len(result.document.standards[0].functions) == len(standard().functions)
    assert result.unplaced == [] and result.disagreements == []


def test_deleted_runs_give_no_tabs_or_breaks():
    [para_] = body(p(r("a"), '<w:del w:id="1" w:author="x"><w:r><w:tab/><w:br/>'
                             '<w:delText>gone</w:delText></w:r></w:del>', r("b")))
    assert para_.text == "ab"
