"""The DOCX export: every value in order, the functional map, notes, layouts, the hook."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from profstandards import model
from profstandards.render import printing
from profstandards.render.blocks import Table
from profstandards.render.docx import DocxRenderer
from profstandards.render.layouts import LAYOUTS
from profstandards.render.maket import build
from profstandards.xmlio.reader import read_file
from tests import strategies
from tests.conftest import CORPUS, corpus_file
from tests.docx_text import (
    NS,
    W,
    body,
    headers,
    missing_in_order,
    paragraphs,
    printed_values,
    rows,
    table_with,
    tables,
)

BIG_DATA = corpus_file("ps1090_")  # pairs with the official signed scan (docs/pages/)


def standard_of(path) -> model.Standard:
    return read_file(path).document.standards[0]


@pytest.fixture(scope="module")
def big_data() -> tuple[model.Standard, bytes]:
    standard = standard_of(BIG_DATA)
    return standard, DocxRenderer().render(standard)


@pytest.mark.parametrize("layout", ["maket-2013", "maket-446n"])
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name[:24])
def test_every_value_of_the_standard_appears_in_order(path, layout):
    standard = standard_of(path)
    found = paragraphs(DocxRenderer(layout).render(standard))
    expected = printed_values(standard)
    assert len(expected) > 50
    assert missing_in_order(expected, found) is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.standard)
def test_any_standard_renders_with_every_value(standard):
    found = paragraphs(DocxRenderer().render(standard))
    assert missing_in_order(printed_values(standard), found) is None


def test_functional_map_has_one_row_per_work_function_under_two_header_rows(big_data):
    standard, data = big_data
    table = table_with(data, "Обобщенные трудовые функции")
    trs = table.findall("w:tr", NS)
    work_functions = list(standard.work_functions())
    assert len(trs) == 2 + len(work_functions) == 21
    assert [bool(tr.find("w:trPr/w:tblHeader", NS) is not None) for tr in trs[:3]] == [
        True, True, False]
    assert rows(table)[1] == ["код", "наименование", "уровень квалификации", "наименование",
                              "код", "уровень (подуровень) квалификации"]
    # ТФ columns, row by row, in order; the ОТФ cells are merged over their ТФ rows.
    assert [r[-3:] for r in rows(table)[2:]] == [[wf.name, wf.code, wf.level]
                                                 for _, wf in work_functions]
    first_cells = [tr.find("w:tc/w:tcPr/w:vMerge", NS) for tr in trs[2:]]
    restarts = [i for i, m in enumerate(first_cells) if m is not None and m.get(f"{{{W}}}val")
                == "restart"]
    sizes = [len(gf.functions) for gf in standard.functions]
    assert restarts == [sum(sizes[:i]) for i in range(len(sizes))]
    assert all(m is not None for m in first_cells)  # every row is part of a merge (all > 1)


def test_the_map_stands_on_a_landscape_page_between_portrait_ones(big_data):
    _, data = big_data
    sections = list(body(data).iter(f"{{{W}}}sectPr"))
    orientations = [s.find("w:pgSz", NS).get(f"{{{W}}}orient") for s in sections]
    assert orientations == [None, "landscape", None]
    widths = [s.find("w:pgSz", NS).get(f"{{{W}}}w") for s in sections]
    assert widths == ["11906", "16838", "11906"]  # A4
    assert sections[0].find("w:titlePg", NS) is not None  # no number on the title page


def test_title_block_contents_and_notes_as_in_the_official_copy(big_data):
    _, data = big_data
    found = paragraphs(data)
    assert found[:7] == ["УТВЕРЖДЕН", "приказом Министерства", "труда и социальной защиты",
                         "Российской Федерации", "от «6» июля 2020 г. № 405н",
                         "ПРОФЕССИОНАЛЬНЫЙ СТАНДАРТ", "Специалист по большим данным"]
    assert rows(tables(data)[0]) == [["1090"], ["Регистрационный номер"]]
    contents = found[found.index("Содержание") + 1:][:8]
    assert [line.split("«")[0].rstrip("\t") for line in contents] == [
        "I. Общие сведения",
        "II. Описание трудовых функций, входящих в профессиональный стандарт (функциональная "
        "карта вида профессиональной деятельности)",
        "III. Характеристика обобщенных трудовых функций",
        "3.1. Обобщенная трудовая функция ", "3.2. Обобщенная трудовая функция ",
        "3.3. Обобщенная трудовая функция ", "3.4. Обобщенная трудовая функция ",
        "IV. Сведения об организациях – разработчиках профессионального стандарта"]
    # Notes in order of first use, as printed in the signed copy of reg. 1090.
    assert found[-5:] == [f"{n} {printing.NOTE_TEXTS[doc]}" for n, doc in enumerate(
        ["ОКЗ", "ОКВЭД", "ЕКС", "ОКПДТР", "ОКСО"], 1)]
    assert headers(data) == ["2", ""]  # the PAGE field from page 2; nothing on the title page


def test_contents_lines_point_at_bookmarked_headings(big_data):
    _, data = big_data
    tree = body(data)
    targets = [t.text.split()[1] for t in tree.iter(f"{{{W}}}instrText")
               if "PAGEREF" in t.text]
    marks = {b.get(f"{{{W}}}name") for b in tree.iter(f"{{{W}}}bookmarkStart")}
    assert len(targets) == 8 and set(targets) <= marks


def test_classifier_table_merges_the_document_cell_and_marks_first_use(big_data):
    standard, data = big_data
    table = table_with(data, "Наименование документа")
    gf = standard.functions[0]
    body_rows = rows(table)[1:]
    assert [r[0] for r in body_rows] == ["ОКЗ", "ЕКС3", "ОКПДТР4", "ОКСО5"] + [""] * (
        len(gf.okso) - 1)
    assert [r[-2:] for r in body_rows] == [[u.code, u.name] for u in
                                           [*gf.okz, *gf.eks, *gf.okpdtr, *gf.okso]]
    second = [t for t in tables(data) if rows(t)[0][0] == "Наименование документа"][1]
    assert {r[0] for r in rows(second)[1:]} == {"ОКЗ", "ЕКС", "ОКПДТР", "ОКСО", ""}  # no marks


def test_work_function_table_one_item_per_row_label_merged(big_data):
    standard, data = big_data
    wf = standard.functions[0].functions[0]
    table = table_with(data, "Трудовые действия")
    got = rows(table)
    expected = []
    for label, seq in (("Трудовые действия", wf.labor_actions), ("Необходимые умения", wf.skills),
                       ("Необходимые знания", wf.knowledge),
                       ("Другие характеристики", wf.other_characteristics)):
        texts = seq.texts() or [""]
        expected += [[label if i == 0 else "", printing.display(t)] for i, t in enumerate(texts)]
    assert got == expected
    assert got[-1] == ["Другие характеристики", "-"]


def test_origin_rows_and_requirements_of_the_2013_layout(big_data):
    _, data = big_data
    header = table_with(data, "Наименование")
    texts = [cell for row in rows(header) for cell in row]
    assert "Происхождение обобщенной трудовой функции" in texts
    start = texts.index("Оригинал")
    assert texts[start:start + 3] == ["Оригинал", "X", "Заимствовано из оригинала"]
    requirements = table_with(data, "Требования к образованию и обучению")
    assert [r[0] for r in rows(requirements)] == [
        "Требования к образованию и обучению", "Требования к опыту практической работы",
        "Особые условия допуска к работе", "Другие характеристики"]
    assert rows(requirements)[2][1] == "-"  # empty admission conditions print «-»


def test_446n_layout_differences():
    standard = standard_of(BIG_DATA)
    data = DocxRenderer("maket-446n").render(standard)
    found = paragraphs(data)
    for text in ("Краткое описание вида профессиональной деятельности:",
                 "Отнесение к области профессиональной деятельности:",
                 "Пути достижения квалификации",
                 "Справочная информация", "Образование и обучение", "Опыт практической работы",
                 "Возможные наименования должностей, профессий рабочих",
                 "V. Сокращения, используемые в профессиональном стандарте"):
        assert text in found, text
    assert not any(p.startswith("Происхождение") for p in found)
    assert "Дополнительные характеристики" not in found
    area = table_with(data, "06")
    assert rows(area)[0] == ["06", "Связь, информационные и коммуникационные технологии"]
    fmap = rows(table_with(data, "Обобщенные трудовые функции"))
    assert len(fmap[1]) == 7 and fmap[2][3] == "\n".join(standard.functions[0].job_titles.texts())


def test_draft_has_blank_stamp_and_project_mark():
    standard = standard_of(BIG_DATA)
    data = DocxRenderer(draft=True).render(standard)
    found = paragraphs(data)
    assert found[4] == "от «__» ____________ 20__ г. № ____"
    assert "405н" not in "\n".join(found)
    assert "ПРОЕКТ" in headers(data)


def test_output_is_deterministic(big_data):
    standard, data = big_data
    assert DocxRenderer().render(standard) == data


def test_every_value_goes_through_the_overridable_hook():
    standard = standard_of(corpus_file("ps4_06.001_2022"))
    seen = []

    class Recording(DocxRenderer):
        def value(self, paragraph, text, key):
            seen.append((str(key), text))
            paragraph.add_run(f"[{printing.display(text)}]")

    found = paragraphs(Recording().render(standard))
    expected = [f"[{v}]" for v in printed_values(standard)]
    assert missing_in_order(expected, found) is None
    keys = dict(seen)
    first_tf = standard.functions[0].functions[0]
    assert keys["A/01.3:labor_actions:0"] == first_tf.labor_actions[0].text
    assert keys["general:okz:1:name"] == standard.general.okz[1].name
    assert keys["developers:organizations:6"] == standard.developers.organizations[6].text


def test_etks_paragraphs_are_their_own_document_with_their_note():
    standard = standard_of(corpus_file("ps4_06.001_2022"))
    standard.functions[0].eks.items.append(model.ClassifierUnit("§ 33", "Газоспасатель"))
    data = DocxRenderer().render(standard)
    table = table_with(data, "Наименование документа")
    assert [r for r in rows(table) if r[0].startswith("ЕТКС")] == [["ЕТКС4", "§ 33",
                                                                   "Газоспасатель"]]
    assert "4 " + printing.NOTE_TEXTS["ЕТКС"] in paragraphs(data)


def test_empty_classifier_units_and_multiline_values():
    standard = standard_of(corpus_file("ps27_"))  # all its classifier units are empty shells
    standard.functions[0].functions[0].labor_actions.items[0].text = "  Первая строка\r\nвторая "
    data = DocxRenderer().render(standard)
    okz = rows(table_with(data, "-"))
    assert okz[0] == ["-", "-", "-", "-"]
    assert "Первая строка\nвторая" in paragraphs(data)


@pytest.mark.parametrize("layout", ["maket-2013", "maket-446n"])
def test_tables_span_the_text_width(layout):
    page = build(standard_of(BIG_DATA), LAYOUTS[layout])
    for section in page.sections:
        width = 26.7 if section.landscape else 18.0
        for block in section.blocks:
            if isinstance(block, Table) and block.kind != "regnum":
                assert round(sum(block.widths), 2) == width, block.kind
                assert all(sum(c.colspan for c in row.cells) <= len(block.widths)
                           for row in block.rows), block.kind
