"""The Word redline: the export's layout of the new version with every difference a
native tracked change; accepting all gives exactly what ``export`` gives for the new
version, rejecting all what it gives for the old one (read on the document XML the way
Word reads it, see tests/ooxml_view.py: paragraph texts, and tables row by row, cell by
cell)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest

from profstandards import model
from profstandards.diff import compare, redline
from profstandards.xmlio import reader
from tests import ooxml_view as view
from tests.conftest import PRETTY_2017, corpus_file
from tests.helpers import ORIGINAL, gf, reads_as_the_exports

W = view.W
REG4_2013, REG4_2022 = "ps4_06.001_2013", "ps4_06.001_2022"
PAIRS = {
    "reg4 2013 → 2022": (REG4_2013, REG4_2022),
    "reg4 2022 → 2013": (REG4_2022, REG4_2013),
    "reg4 2017 export → 2013": (PRETTY_2017.name, REG4_2013),
    "reg566 swapped → correct": ("ps566_06.028_2015-10-05_export2020",
                                 "ps566_06.028_2015-10-05.xml"),
    "two unrelated standards": ("ps27_", "ps146_"),
}
DATE = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)


def load(prefix: str) -> model.Document:
    return reader.load(corpus_file(prefix))




def check(old: model.Document, new: model.Document, layout: str = "maket-2013",
          **options) -> bytes:
    result = compare(old, new, **options)
    out = redline.render(result, author="Эксперт", date=DATE, layout=layout)
    reads_as_the_exports(result, out, layout)
    return out


@pytest.mark.parametrize("normalize", [False, True], ids=["as is", "normalized"])
@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_accept_all_is_the_new_export_and_reject_all_the_old_one(pair, normalize):
    old, new = (load(p) for p in PAIRS[pair])
    out = check(old, new, normalize=normalize)
    marks = view.revisions(out)
    if normalize and pair.startswith("reg566"):
        assert marks == []  # the only difference was the export fault
        return
    assert marks, "a real revision has tracked changes"
    ids = [m.get(f"{W}id") for m in marks]
    assert len(ids) == len(set(ids))
    assert {m.get(f"{W}author") for m in marks} == {"Эксперт"}
    assert {m.get(f"{W}date") for m in marks} == {"2024-05-17T09:30:00Z"}


def test_the_446n_layout():
    out = check(load(REG4_2013), load(REG4_2022), layout="maket-446n")
    assert "Справочная информация" in view.paragraphs(out, view.ACCEPT)


def test_changed_values_are_word_diffs_in_their_paragraph():
    out = check(load(REG4_2013), load(REG4_2022))
    accepted, rejected = view.paragraphs(out, view.ACCEPT), view.paragraphs(out, view.REJECT)
    assert "3.2.5. Трудовая функция" in accepted  # B/05.4 is the fifth ТФ of 3.2 now
    assert "Осуществление сборки однородных программных модулей в программный проект" \
        not in rejected
    action = "Оценка и согласование сроков выполнения поставленных задач"
    paragraph = next(p for p in view.body(out).iter(f"{W}p")
                     if view.text(p, view.ACCEPT) == action)
    assert [r.text for r in paragraph.findall(f"{W}del/{W}r/{W}delText")] == ["согласовывание"]
    assert [t.text for t in paragraph.findall(f"{W}ins/{W}r/{W}t")] == ["согласование"]
    assert [t.text for t in paragraph.findall(f"{W}r/{W}t")] == ["Оценка и ", " сроков "
                                                                  "выполнения поставленных задач"]


def funcmap(out: bytes):
    return next(t for t in view.body(out).iter(f"{W}tbl")
                if "Обобщенные трудовые функции" in "".join(t.itertext()))


def row_of(table, text: str):
    return next(tr for tr in table.iter(f"{W}tr") if text in "".join(tr.itertext()))


def test_an_added_work_function_is_inserted_rows_and_paragraphs_in_its_place():
    out = check(load(REG4_2013), load(REG4_2022))
    name = "Осуществление сборки однородных программных модулей в программный проект"
    row = row_of(funcmap(out), name)
    assert row.find(f"{W}trPr/{W}ins") is not None
    accepted = view.paragraphs(out, view.ACCEPT)
    heading = accepted.index("3.2.6. Трудовая функция")
    assert accepted.index("3.2.5. Трудовая функция") < heading < accepted.index(
        "3.3. Обобщенная трудовая функция")
    for p in view.body(out).iter(f"{W}p"):
        if view.text(p, view.ACCEPT) == "3.2.6. Трудовая функция":
            # the heading of a whole ТФ is the first row of its table, tracked as the row
            assert p.getparent().getparent().find(f"{W}trPr/{W}ins") is not None
            assert p.find(f"{W}ins/{W}r/{W}t") is not None


def test_a_removed_work_function_is_deleted_where_it_stood():
    out = check(load(REG4_2022), load(REG4_2013))
    name = "Осуществление сборки однородных программных модулей в программный проект"
    row = row_of(funcmap(out), name)
    assert row.find(f"{W}trPr/{W}del") is not None
    assert row.find(f".//{W}t") is None and row.find(f".//{W}delText") is not None
    rejected = view.paragraphs(out, view.REJECT)
    assert rejected.index("3.2.5. Трудовая функция") < rejected.index(
        "3.2.6. Трудовая функция") < rejected.index("3.3. Обобщенная трудовая функция")
    assert "3.2.6. Трудовая функция" not in view.paragraphs(out, view.ACCEPT)


def test_identical_versions_have_no_revisions():
    out = check(ORIGINAL, copy.deepcopy(ORIGINAL))
    assert view.revisions(out) == []


def test_moved_and_inserted_blocks_and_emptied_lists():
    new = copy.deepcopy(ORIGINAL)
    moved = gf(new, "B").functions.items.pop(0)
    moved.code = "C/08.7"
    gf(new, "C").functions.items.append(moved)
    last = gf(new, "A").functions.items[-1]
    last.knowledge.items = []  # the cell now holds one dash
    last.skills.items = last.skills.items[:1]  # the cell's last paragraphs are deleted
    first = gf(new, "A").functions.items[0]
    first.labor_actions.items.insert(0, model.Item("Новое первое трудовое действие"))
    gf(new, "E").job_titles.items.append(copy.deepcopy(gf(new, "E").job_titles.items[0]))
    gf(new, "E").job_titles.items[-1].text = "Архитектор системного программного обеспечения"
    gf(new, "E").okz.items = []  # the classifier group goes, the table keeps its other rows
    del new.standards[0].functions.items[3]  # the whole ОТФ D
    check(ORIGINAL, new)
    check(new, ORIGINAL)


def test_no_paragraph_mark_is_both_inserted_and_deleted():
    """LibreOffice reads such a mark as one of the two: the settling of a cell's last
    paragraph moves runs instead."""
    for old, new in ((REG4_2013, REG4_2022), (REG4_2022, REG4_2013)):
        out = check(load(old), load(new))
        for rpr in view.body(out).iter(f"{W}rPr"):
            assert rpr.find(f"{W}ins") is None or rpr.find(f"{W}del") is None


def test_deleted_text_is_del_text_and_only_there():
    out = check(load(REG4_2022), load(REG4_2013))
    root = view.body(out)
    assert all(t.getparent().getparent().tag == f"{W}del" for t in root.iter(f"{W}delText"))
    assert not any(r.getparent().tag == f"{W}del" and r.find(f"{W}t") is not None
                   for r in root.iter(f"{W}r"))
