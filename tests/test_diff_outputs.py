"""The outputs of a comparison: text, JSON (against its schema), HTML, the Word table."""

from __future__ import annotations

import io
import json
import re

import docx
import jsonschema
from lxml import html as lxml_html

from profstandards import i18n
from profstandards.diff import compare, render
from profstandards.diff.changes import Kind
from profstandards.xmlio import reader
from tests.conftest import corpus_file
from tests.helpers import DIFF_SCHEMA as SCHEMA

OLD = reader.load(corpus_file("ps4_06.001_2013"))
NEW = reader.load(corpus_file("ps4_06.001_2022"))
RESULT = compare(OLD, NEW)
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_text_groups_by_section_gf_and_tf_with_word_diffs():
    out = render(RESULT, "text")
    lines = out.splitlines()
    assert lines[0].startswith("--- ") and "679н от 18.11.2013" in lines[0]
    assert lines[1].startswith("+++ ") and "424н от 20.07.2022" in lines[1]
    assert "ТФ: сопоставлено 15 (было 15, стало 16); перенумеровано 1" in out
    assert lines.index("I. Общие сведения") < lines.index(
        "III. Характеристика обобщенных трудовых функций")
    assert "  ТФ B/04.5 → B/05.4 «Исправление дефектов программного кода, зафиксированных " \
           "в базе данных дефектов»" in lines
    assert "    ~ Трудовые действия, п. 4: Оценка и [-согласовывание-]{+согласование+} сроков " \
           "выполнения поставленных задач" in lines
    assert "    # Код ТФ (перенумеровано): B/04.[-5-]{+4+}" not in lines  # code is one token
    assert any(line.startswith("    # Код ТФ (перенумеровано): ") for line in lines)
    assert not ANSI.search(out)
    coloured = render(RESULT, "text", color=True)
    assert ANSI.search(coloured) and "[-" not in coloured
    assert ANSI.sub("", coloured).count("\n") == out.count("\n")


def test_text_in_english():
    i18n.set_lang("en")
    out = render(RESULT, "text")
    assert "WF: 15 matched (15 old, 16 new); 1 renumbered" in out
    assert "III. Generalized work functions" in out and "Трудовые действия" not in out


def test_json_follows_its_schema_and_says_everything():
    data = json.loads(render(RESULT, "json"))
    jsonschema.validate(data, SCHEMA)
    assert data["identical"] is False
    std = data["standards"][0]
    assert std["summary"]["total"] == len(RESULT.changes) == len(std["changes"])
    assert {"level": "wf", "old": "B/04.5", "new": "B/05.4"} in std["mapping"]
    assert {"level": "wf", "old": None, "new": "B/06.4"} in std["mapping"]
    for change in std["changes"]:
        ops = change["ops"]
        if ops:  # the edit script gives back both texts
            assert "".join(t for o, t in ops if o != "+") == change["old"]
            assert "".join(t for o, t in ops if o != "-") == change["new"]
    renumbered = next(c for c in std["changes"] if c["kind"] == "renumbered")
    assert renumbered["path"] == ["III", "B", "B/05.4", "code"]
    assert renumbered["codes"]["wf"] == {"old": "B/04.5", "new": "B/05.4"}
    assert renumbered["line"]["old"] > 0 and renumbered["line"]["new"] > 0
    same = json.loads(render(compare(OLD, OLD), "json"))
    jsonschema.validate(same, SCHEMA)
    assert same["identical"] is True and same["standards"][0]["changes"] == []


def test_html_is_self_contained_with_links_from_the_summary_to_each_change():
    page = render(RESULT, "html")
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//script | //link | //img | //iframe | //object")
    assert "http://" not in page.replace("http://www.w3.org", "") and "url(" not in page
    rows = tree.xpath("//table[@class='changes']//tr[@id]")
    assert len(rows) == len(RESULT.changes)
    ids = {el.get("id") for el in tree.xpath("//*[@id]")}
    links = [a.get("href") for a in tree.xpath("//a[starts-with(@href, '#')]")]
    assert all(link[1:] in ids for link in links)
    index = tree.xpath("//details//a/@href")
    assert sorted(index) == sorted("#" + row.get("id") for row in rows)
    summary_links = tree.xpath("//table[@class='summary']//a/@href")
    assert summary_links == ["#s1-I", "#s1-III", "#s1-IV"]
    assert tree.xpath("//del[text()='согласовывание']") and \
        tree.xpath("//ins[text()='согласование']")
    # text is escaped, not interpreted
    evil = compare(OLD, NEW)
    evil.standards[0].changes[0].new = "<script>alert(1)</script>"
    assert "<script>" not in render(evil, "html")


def test_docx_table_is_the_consultation_table():
    document = docx.Document(io.BytesIO(render(RESULT, "docx-table")))
    section = document.sections[0]
    assert section.page_width > section.page_height  # A4 landscape
    table = document.tables[0]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == ["Структурный элемент", "Редакция от 18.11.2013", "Редакция от 20.07.2022",
                      "Комментарий"]
    assert len(table.rows) == len(RESULT.changes) + 1
    row = next(r for r in table.rows[1:] if "B/04.5 → B/05.4 › Код ТФ" in r.cells[0].text)
    assert [c.text for c in row.cells[1:]] == ["B/04.5", "B/05.4",
                                               "По существу: перенумеровано"]
    struck = [r.text for c in table.rows[1:] for p in c.cells[1].paragraphs for r in p.runs
              if r.font.strike]
    assert "согласовывание" in struck
    added = next(r for r in table.rows[1:] if r.cells[0].text == "III. ОТФ B › ТФ B/06.4")
    assert "Трудовые действия: " in added.cells[2].text  # the whole new ТФ is shown


def test_docx_table_has_the_exports_properties_and_the_same_bytes_each_time():
    import time
    import zipfile

    first = render(RESULT, "docx-table")
    time.sleep(1.1)  # a clock in the file would show now
    assert render(RESULT, "docx-table") == first
    props = docx.Document(io.BytesIO(first)).core_properties
    assert (props.author, props.last_modified_by, props.revision) == ("", "", 1)
    assert props.title == "Сравнительная таблица изменений профессионального стандарта"
    assert props.created.year == 2022  # the date of the new version's order
    names = zipfile.ZipFile(io.BytesIO(first)).namelist()
    assert not [n for n in names if "thumbnail" in n]


def test_every_kind_has_a_name_in_both_languages():
    from profstandards.diff import labels

    for kind in Kind:
        assert labels.KINDS[kind].ru and labels.KINDS[kind].en


def test_a_standard_in_one_file_only_is_said_to_be_on_that_side(tmp_path):
    """The header line of the file without the standard says so, in every language and
    in both directions; the change says «added» or «removed»."""
    from tests.conftest import multi_standard_file

    one, two = tmp_path / "one.xml", tmp_path / "two.xml"
    one.write_bytes(multi_standard_file([corpus_file("ps148_")]))
    two.write_bytes(multi_standard_file([corpus_file("ps148_"), corpus_file("ps27_")]))
    added = compare(reader.load(one), reader.load(two))
    removed = compare(reader.load(two), reader.load(one))
    text = render(added, "text")
    assert f"--- {one}: стандарта в этом файле нет (есть только в новом)" in text
    assert "+ стандарт добавлен: Инженер-программист" in text
    text = render(removed, "text")
    assert f"+++ {one}: стандарта в этом файле нет (есть только в прежнем)" in text
    assert "- стандарт удалён: Инженер-программист" in text
    i18n.set_lang("en")
    assert "the standard is not in this file (only in the old one)" in render(removed, "text")
    assert "the standard is not in this file (only in the new one)" in render(added, "html")
    i18n.set_lang("ru")
    page = render(removed, "html")
    assert "стандарта в этом файле нет (есть только в прежнем)" in page
    assert "нет в новом файле" not in page and "только в новом" not in page
