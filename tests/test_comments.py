"""``comments collect`` and ``comments apply`` on review files made the way reviewers make
them: Word comments through python-docx's comments API, tracked changes written as Word
writes them, a filled comments form, the same reviews with the anchors stripped; the
сводка filled in and applied, the result compared with ``diff``.  (LibreOffice-made
reviews: ``test_comments_libreoffice.py``.)"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import docx
import jsonschema
import pytest
from docx.text.paragraph import Paragraph

from profstandards import diff as differ
from profstandards.comments import anchors, entries, svodka
from profstandards.comments.collect import collect
from profstandards.office import W, open_bytes
from profstandards.render import maket
from profstandards.render.blocks import Key
from profstandards.render.consultation import Consultation, package
from profstandards.render.docx import DocxRenderer
from profstandards.xmlio import reader
from tests.conftest import corpus_file
from tests.review_files import (
    IVANOV,
    NEW_SKILL,
    PETROV,
    STANDARD,
    Review,
    commented,
    element,
    tracked,
)

SCHEMA = json.loads((Path(__file__).parents[1] / "schemas" / "comments.schema.json").read_text())


@pytest.fixture(scope="module")
def standard():
    return reader.read_file(STANDARD).document.standards[0]


@pytest.fixture(scope="module")
def draft(standard) -> bytes:
    return DocxRenderer(draft=True).render(standard)








def json_of(svodka_) -> dict:
    data = json.loads(svodka_.as_json())
    jsonschema.validate(data, SCHEMA)
    return data


def rows(tmp_path, standard_path, *files: tuple[str, bytes]):
    paths = []
    for name, data in files:
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    return collect(standard_path, paths)


# --- anchors ------------------------------------------------------------------------------

def bookmarks(data: bytes) -> list[str]:
    body = open_bytes(data, "x.docx").document
    return [b.get(f"{{{W}}}name") for b in body.iter(f"{{{W}}}bookmarkStart")]


@pytest.mark.parametrize("layout", ["maket-2013", "maket-446n"])
def test_every_value_carries_an_anchor_named_by_its_key(standard, draft, layout):
    names = bookmarks(DocxRenderer(layout).render(standard))
    values = [n for n in names if anchors.is_value_anchor(n)]
    assert len(names) == len(set(names))  # unique, as Word requires
    assert all(len(n) <= 40 and n.replace("_", "").isalnum() and n.isascii() for n in names)
    known = anchors.table(standard)
    keys = {anchors.resolve(n, known) for n in values}
    assert set(anchors.keys(standard)) <= keys  # every value of the standard is anchored
    # The draft leaves the approval date and the order number blank.
    in_draft = {anchors.resolve(n, {}) for n in bookmarks(draft) if anchors.is_value_anchor(n)}
    assert set(anchors.keys(standard)) - in_draft == {
        Key("standard", "approval_date"), Key("standard", "order_number")}


def test_anchor_names_decode_back_to_keys_also_for_awkward_codes():
    for key in [Key("A/01.6", "labor_actions", 2), Key("A", "okso", 0, "code"),
                Key("general", "purpose"), Key("developers", "organizations", 12),
                Key("Б/01.5", "knowledge", 3), Key("a/1.1", "name"), Key("standard", "name"),
                Key("A/01.6.1", "other_characteristics", 0), Key("general", "area", None, "name")]:
        name = anchors.name(key)
        assert anchors.parse(name) == key, name
        assert anchors.parse(anchors.name(key, 3)) is None or \
            anchors.resolve(anchors.name(key, 3), {}) == key
    # LibreOffice renames a bookmark it finds in deleted text: «…_Copy_1».
    assert anchors.resolve("_pv_Bs02d7_skills_1_Copy_1", {}) == Key("B/02.7", "skills", 1)
    assert anchors.resolve("_pv_A_name_x3", {}) == Key("A", "name")
    long = Key("ОЧЕНЬ ДЛИННЫЙ КОД ФУНКЦИИ/01.6", "labor_actions", 2)
    assert anchors.name(long).startswith("_pv_h") and len(anchors.name(long, 12)) <= 40
    assert anchors.resolve(anchors.name(long, 2), {anchors.base_name(long): long}) == long


def test_export_stays_deterministic_and_the_form_rows_carry_the_keys(standard):
    period = Consultation(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    one, two = package(standard, period), package(standard, period)
    assert one == two
    form = next(data for name, data in one.items() if name.endswith("_comments.docx"))
    marks = {b.get(f"{{{W}}}name")
             for b in open_bytes(form, "f").document.iter(f"{{{W}}}bookmarkStart")}
    assert {"_pv_As01d6_code", "_pv_As01d6_name", "_pv_A_code", "_ps_s1", "_ps_s4",
            "_ps_s3_1_1"} <= marks


# --- collect --------------------------------------------------------------------------------

def test_comments_land_on_their_values_labels_and_headings(tmp_path, standard, draft):
    review, expected = commented(draft)
    result = rows(tmp_path, STANDARD, ("ivanov.docx", review))
    got = [(e.element, e.comment) for e in result.entries]
    assert sorted(got, key=str) == sorted(expected, key=str)
    assert result.unmapped == []
    by_comment = {e.comment: e for e in result.entries}
    skills = by_comment[f"Изложить в редакции: «{NEW_SKILL}»"]
    assert skills.proposed_text == NEW_SKILL
    assert skills.draft_text == standard.functions[0].functions[0].skills[0].text.strip()
    three = by_comment["Три пункта дублируют друг друга"].draft_text
    assert three.split("\n") == [k.text.strip() for k in
                                 standard.functions[0].functions[2].knowledge[:3]]
    assert all(e.author == IVANOV and e.source == "ivanov.docx" and e.date for e in
               result.entries)
    assert [e.comment for e in result.entries][0] == "Наименование стандарта неудачное"


def test_tracked_changes_give_the_whole_value_draft_and_proposed(tmp_path, standard, draft):
    review, expected = tracked(draft)
    result = rows(tmp_path, STANDARD, ("petrov.docx", review))
    got = [(e.element, e.proposed_text) for e in result.entries]
    assert sorted(got, key=str) == sorted(expected, key=str)
    assert result.unmapped == []
    first = next(e for e in result.entries if e.element.code == "B/01.7")
    assert first.draft_text == standard.functions[1].functions[0].labor_actions[0].text.strip()
    assert first.comment == "Термин «методология» шире"
    assert all(e.author == PETROV and e.date == "2025-03-14" for e in result.entries)


@pytest.mark.parametrize("make", [commented, tracked])
def test_reviews_without_anchors_are_placed_by_their_text(tmp_path, draft, make):
    review, _ = make(draft)
    anchored = rows(tmp_path, STANDARD, ("with.docx", review))
    stripped = Review(review)
    assert stripped.strip_anchors() > 2000
    bare = rows(tmp_path, STANDARD, ("with.docx", stripped.save()))
    assert [(e.element, e.comment, e.proposed_text) for e in bare.entries] == \
        [(e.element, e.comment, e.proposed_text) for e in anchored.entries]
    assert bare.unmapped == []


def test_unplaceable_remarks_are_listed_not_dropped(tmp_path, draft):
    review = Review(draft)
    review.strip_anchors()
    review.doc.add_paragraph("Общее замечание рецензента, которого нет в проекте.")
    last = review.doc.paragraphs[-1]
    review.doc.add_comment(last.runs, "Просим продлить срок обсуждения", author="Сидоров")
    result = rows(tmp_path, STANDARD, ("sidorov.docx", review.save()))
    assert [(e.element, e.draft_text, e.comment, e.source) for e in result.unmapped] == [
        (None, "Общее замечание рецензента, которого нет в проекте.",
         "Просим продлить срок обсуждения", "sidorov.docx")]
    data = json_of(result)
    assert data["unmapped"][0]["id"] == len(data["entries"]) + 1


def test_identical_remarks_of_one_author_are_merged(tmp_path, draft):
    review, expected = commented(draft)
    result = rows(tmp_path, STANDARD, ("a.docx", review), ("b.docx", review))
    assert len(result.entries) == len(expected)
    assert {e.source for e in result.entries} == {"a.docx, b.docx"}


def fill_form(form: bytes, standard) -> tuple[bytes, list[tuple]]:
    """A filled comments form: typed into the pre-filled rows, a row added, an element
    named more precisely, the draft column holding a value's text."""
    doc = docx.Document(io.BytesIO(form))
    table = doc.tables[0]
    by_element = {row.cells[1].text: row for row in table.rows}
    expected = []
    row = by_element["3.1.1. Трудовая функция A/01.6"]
    row.cells[3].text = "Функция перегружена"
    row.cells[5].text = "ООО «Ромашка»"
    expected.append((element("III", "A/01.6"), "Функция перегружена", None, "ООО «Ромашка»"))
    added = table.add_row()  # a second remark to the same element: a row below, element empty
    row._tr.addnext(added._tr)
    added.cells[3].text = "И ещё одно замечание"
    expected.append((element("III", "A/01.6"), "И ещё одно замечание", None, "form"))
    row = by_element["3.2.1. Трудовая функция B/01.7"]
    row.cells[1].text = "ТФ B/01.7, Трудовые действия, п. 3"
    row.cells[3].text = "Лишнее слово"
    row.cells[4].text = "Новая редакция трудового действия"
    expected.append((element("III", "B/01.7", "labor_actions", 3), "Лишнее слово",
                     "Новая редакция трудового действия", "form"))
    skill = standard.functions[2].functions[0].skills[4].text
    row = by_element["3.3.1. Трудовая функция C/01.8"]
    row.cells[2].text = skill
    row.cells[3].text = "Умение устарело"
    row.cells[4].text = "Исключить"
    expected.append((element("III", "C/01.8", "skills", 5), "Умение устарело", "", "form"))
    row = by_element["Наименование профессионального стандарта"]
    row.cells[3].text = "Короче"
    row.cells[4].text = "Специалист по данным"
    expected.append((element("I", None, "name"), "Короче", "Специалист по данным", "form"))
    row = by_element[maket.SECTION_IV]
    row.cells[3].text = "Указать адреса"
    expected.append((element("IV"), "Указать адреса", None, "form"))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue(), expected


def test_a_filled_form_gives_a_row_per_filled_row(tmp_path, standard):
    period = Consultation(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    form = package(standard, period)["ps1090_06.042_comments.docx"]
    filled, expected = fill_form(form, standard)
    result = rows(tmp_path, STANDARD, ("form.docx", filled))
    got = [(e.element, e.comment, e.proposed_text, e.author) for e in result.entries]
    assert sorted(got, key=str) == sorted(expected, key=str)
    data = json_of(result)
    assert all(e["date"] is None for e in data["entries"])


# --- bad input ------------------------------------------------------------------------------

def test_bad_reviews_exit_2_and_nothing_is_written(tmp_path, cli, draft):
    other = reader.read_file(corpus_file("ps4_06.001_2022")).document.standards[0]
    review = Review(DocxRenderer(draft=True).render(other))
    review.comment_on(Key("A/01.3", "labor_actions", 0), "Замечание", IVANOV)
    cases = {"other.docx": review.save(), "text.docx": b"just text", "notes.pdf": b"%PDF-1.4",
             "corrupt.docx": commented(draft)[0][:4000]}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    out = tmp_path / "svodka.docx"
    result = cli("comments", "collect", STANDARD, *(tmp_path / n for n in cases), "-o", out)
    assert result.exit_code == 2
    assert not out.exists()
    lines = result.output.strip().split("\n")
    assert any("other.docx: документ относится к другому стандарту («Программист»)" in line
               for line in lines)
    assert any("text.docx: это не документ Word" in line for line in lines)
    assert any("notes.pdf: неизвестный тип файла .pdf" in line for line in lines)
    assert any("corrupt.docx: повреждённый документ Word" in line for line in lines)
    assert "Traceback" not in result.output


# --- the сводка and apply -------------------------------------------------------------------

def decide(data: bytes, decisions: dict[str, tuple[str, str | None, str | None]]) -> bytes:
    """The developer fills in «Решение разработчика» (and may edit other cells) in Word:
    row number → (decision, new proposed wording or None, new element or None)."""
    doc = docx.Document(io.BytesIO(data))
    for row in doc.tables[0].rows:
        number = row.cells[0].text
        if number in decisions:
            decision, proposed, where = decisions[number]
            row.cells[6].text = decision
            row.cells[7].text = "Обосновано"
            if proposed is not None:
                row.cells[4].text = proposed
            if where is not None:
                row.cells[1].text = where
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_collect_apply_and_diff_show_exactly_the_accepted_rows(tmp_path, cli, standard, draft):
    (tmp_path / "ivanov.docx").write_bytes(commented(draft)[0])
    (tmp_path / "petrov.docx").write_bytes(tracked(draft)[0])
    out = tmp_path / "svodka.docx"
    result = cli("comments", "collect", STANDARD, tmp_path / "ivanov.docx",
                 tmp_path / "petrov.docx", "-o", out)
    assert result.exit_code == 0, result.output
    as_json = tmp_path / "svodka.json"
    assert cli("comments", "collect", STANDARD, tmp_path / "ivanov.docx",
               tmp_path / "petrov.docx", "-o", as_json).exit_code == 0
    data = json.loads(as_json.read_text())
    jsonschema.validate(data, SCHEMA)
    lines = svodka.read(open_bytes(out.read_bytes(), str(out)))
    assert [line.number for line in lines] == [str(e["id"]) for e in data["entries"]]
    assert svodka.HEADS == ("№ п/п", "Структурный элемент проекта", "Редакция проекта",
                            "Замечание, предложение", "Предлагаемая редакция",
                            "Автор (организация)", "Решение разработчика", "Обоснование")
    number = {(e["element"]["code"], e["element"]["field"], e["element"]["item"],
               e["proposed_text"] is not None): str(e["id"]) for e in data["entries"]}
    accept = {
        number[("A/01.6", "skills", 1, True)]: ("Принято", None, None),  # from a comment
        number[("B/01.7", "labor_actions", 1, True)]: ("принято частично",
                                                       "Разработка методик анализа данных",
                                                       None),
        number[("A/01.6", "knowledge", 4, True)]: ("Принято", None, None),
        number[("B/02.7", "skills", 2, True)]: ("Принято", None, None),
        number[("C/01.8", "skills", 16, True)]: ("Учтено", None, None),
        number[("A/02.6", "other_characteristics", 1, True)]: ("Принято", None, None),
        number[("D", "level", None, True)]: ("Принято.", None, None),
        number[(None, "purpose", None, False)]: ("Принято", "Новая цель вида деятельности",
                                                 None),  # the developer wrote the wording
        number[("A/03.6", "knowledge", None, False)]: ("Принято", "Объединить", None),
        number[("B", "level", None, False)]: ("Не принято", "6", None),
        number[("A/01.6", "labor_actions", 2, False)]: (
            "Принято", "Консультирование заказчика", "ТФ A/01.6, трудовые действия, п. 9"),
        number[("A/01.6", "knowledge", None, False)]: (
            "Принято", "Основы", "ТФ A/09.9, Необходимые знания, п. 1"),
    }
    (tmp_path / "decided.docx").write_bytes(decide(out.read_bytes(), accept))
    new = tmp_path / "new.xml"
    result = cli("comments", "apply", tmp_path / "decided.docx", STANDARD, "-o", new)
    assert result.exit_code == 1, result.output  # two accepted rows cannot be applied
    printed = result.output
    assert "не внесено: предложение относится к разделу, ОТФ или ТФ целиком" not in printed
    # The item number was mistyped, the draft wording finds the item.
    assert "ТФ A/01.6, Трудовые действия, п. 2 — заменено" in printed
    assert "ТФ A/09.9, Необходимые знания, п. 1 — не внесено: такого элемента в стандарте " \
           "нет (A/09.9)" in printed
    assert "Необходимые знания — не внесено: укажите номер пункта" in printed
    assert printed.count("— заменено") + printed.count("— исключено") + \
        printed.count("— добавлено") == 9
    old_doc = reader.load(STANDARD)
    new_doc = reader.load(new)
    comparison = differ.compare(old_doc, new_doc)
    touched = {(c.code("new") or c.code("old"), c.field) for c in comparison.changes}
    assert touched == {("A/01.6", "skills"), ("A/01.6", "labor_actions"),
                       ("B/01.7", "labor_actions"), ("A/01.6", "knowledge"),
                       ("B/02.7", "skills"), ("C/01.8", "skills"),
                       ("A/02.6", "other_characteristics"), ("D", "level"),
                       (None, "purpose")}
    s = new_doc.standards[0]
    a01 = s.functions[0].functions[0]
    assert a01.skills[0].text == NEW_SKILL
    assert a01.labor_actions[1].text == "Консультирование заказчика"
    assert a01.knowledge[3].text == "Основы статистики"
    assert len(a01.knowledge) == len(standard.functions[0].functions[0].knowledge) + 1
    assert s.functions[1].functions[0].labor_actions[0].text == \
        "Разработка методик анализа данных"
    assert s.functions[1].functions[1].skills.texts() == [
        t for i, t in enumerate(standard.functions[1].functions[1].skills.texts()) if i != 1]
    assert s.functions[2].functions[0].skills[15].text == "Вести переговоры с поставщиками"
    assert s.functions[0].functions[1].other_characteristics.texts() == [
        "Рекомендуется стаж не менее года"]
    assert s.functions[3].level == "7"
    assert s.general.purpose == "Новая цель вида деятельности"
    # Written in the input's own style (the registry's compact one).
    assert new.read_bytes().count(b"\n") == STANDARD.read_bytes().count(b"\n")


def test_apply_refuses_a_svodka_with_a_changed_header(tmp_path, cli, draft):
    (tmp_path / "r.docx").write_bytes(commented(draft)[0])
    out = tmp_path / "svodka.docx"
    assert cli("comments", "collect", STANDARD, tmp_path / "r.docx", "-o", out).exit_code == 0
    doc = docx.Document(str(out))
    doc.tables[0].rows[0].cells[6].text = "Решение"
    doc.save(str(tmp_path / "changed.docx"))
    new = tmp_path / "new.xml"
    result = cli("comments", "apply", tmp_path / "changed.docx", STANDARD, "-o", new)
    assert result.exit_code == 2
    assert "заголовок таблицы сводки изменён: графа 7 — «Решение» вместо «Решение " \
           "разработчика»" in result.output
    assert not new.exists()
    result = cli("comments", "apply", tmp_path / "r.docx", STANDARD, "-o", new)
    assert result.exit_code == 2 and "нет таблицы сводки" in result.output
    assert not new.exists()


def test_element_descriptions_read_back():
    for text, want in [
        ("Раздел III, ТФ A/01.6, Трудовые действия, п. 3",
         element("III", "A/01.6", "labor_actions", 3)),
        ("Раздел III, ТФ A/01.6, Трудовые действия, новый пункт после п. 3",
         element("III", "A/01.6", "labor_actions", 4, True)),
        ("ТФ А/01.6 трудовые действия п.3", element("III", "A/01.6", "labor_actions", 3)),
        ("3.1. Обобщенная трудовая функция A", element("III", "A")),
        ("Раздел III, ОТФ B, Возможные наименования должностей, профессий, п. 1",
         element("III", "B", "job_titles", 1)),
        ("Раздел I, Группа занятий, п. 2", element("I", None, "okz", 2)),
        ("IV. Сведения об организациях", element("IV")),
        ("Наименование профессионального стандарта", element("I", None, "name")),
        ("Трудовая функция в целом", None),
        ("Проект в целом", element(None)),
    ]:
        got = entries.parse(text)
        assert got == want, text
        if got is not None and got.section is not None and got.code is not None:
            assert entries.parse(entries.describe(got)) == got


@pytest.mark.parametrize("args", [("comments", "--help"), ("comments", "collect", "--help"),
                                  ("comments", "apply", "--help"), ("comments", "collect")])
def test_comments_help_and_usage_errors_are_russian(cli, args):
    from tests.test_cli_texts import ENGLISH_WORDS
    text = cli(*args).output
    assert not any(word in text for word in ENGLISH_WORDS), text


def test_what_python_docx_edits_keep_of_the_anchors(standard, draft):
    """Saving through python-docx keeps every anchor; editing a run's text keeps its
    anchor; ``paragraph.text = …`` clears the paragraph, anchor included (a value retyped
    that way is placed by its text, or listed as not placed)."""
    before = {n for n in bookmarks(draft) if anchors.is_value_anchor(n)}
    review = Review(draft)
    assert {n for n in bookmarks(review.save()) if anchors.is_value_anchor(n)} == before
    run = review.runs(Key("A/01.6", "skills", 0))[0]
    run.find(f"{{{W}}}t").text += " (уточнено)"
    target = review.paragraph(Key("A/01.6", "skills", 1))
    Paragraph(target, review.doc._body).text = "Совсем другой текст"
    after = {n for n in bookmarks(review.save()) if anchors.is_value_anchor(n)}
    assert before - after == {anchors.name(Key("A/01.6", "skills", 1))}


def test_a_form_of_the_reviewers_own_is_read_by_its_headings(tmp_path, standard):
    """A table retyped in the reviewer's own layout: columns found by their headings,
    elements by what the cells say."""
    doc = docx.Document()
    doc.add_paragraph(f"Замечания к проекту профессионального стандарта «{standard.name}»")
    rows = [("№", "Пункт проекта", "Замечание", "Предложение", "Организация"),
            ("1", "ТФ A/01.6, Трудовые действия, п. 2", "Уточнить", "Новая редакция",
             "ООО «Альфа»"),
            ("2", "3.2.1. Трудовая функция В/01.7", "Слишком широко", "", ""),
            ("3", "Раздел IV", "Добавить разработчиков", "", "ООО «Бета»")]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    doc.save(str(tmp_path / "alfa.docx"))
    result = collect(STANDARD, [tmp_path / "alfa.docx"])
    assert [(e.element, e.comment, e.proposed_text, e.author) for e in result.entries] == [
        (element("III", "A/01.6", "labor_actions", 2), "Уточнить", "Новая редакция",
         "ООО «Альфа»"),
        (element("III", "B/01.7"), "Слишком широко", None, "alfa"),
        (element("IV"), "Добавить разработчиков", None, "ООО «Бета»"),
    ]
    assert result.entries[0].draft_text == \
        standard.functions[0].functions[0].labor_actions[1].text.strip()
