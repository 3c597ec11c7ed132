"""Shared domain helpers: look-alike letters, the skills/knowledge swap, safe fixes."""

from __future__ import annotations

from profstandards import fixes, function_codes, model, swap
from profstandards.xmlio.reader import read_bytes, read_file
from profstandards.xmlio.writer import dumps
from tests.conftest import CORPUS, PRETTY_2017, corpus_file

SWAPPED = {PRETTY_2017.name,
           "ps566_06.028_2015-10-05_export2020-02_skills-knowledge-swapped.xml"}


def test_codes():
    assert function_codes.fold("\u0410/01.3") == "A/01.3"
    assert function_codes.lookalikes_in("\u0421/02.5") == ["\u0421"]
    assert function_codes.parse_tf_code("A/01.5") == function_codes.TFCode("A", 1, 5)
    assert str(function_codes.parse_tf_code("D/57.7")) == "D/57.7"
    assert function_codes.parse_tf_code("A/1.5") is None
    assert function_codes.level_of(" 5") == 5 and function_codes.level_of("V") is None


def test_swap_is_detected_in_the_two_swapped_exports_and_nowhere_else():
    found = {p.name for p in CORPUS if swap.detect(read_file(p).document.standards[0]).swapped}
    assert found == SWAPPED


def test_unswapping_the_2020_export_gives_the_correct_export():
    swapped = read_file(corpus_file("ps566_06.028_2015-10-05_export")).document
    correct = read_file(corpus_file("ps566_06.028_2015-10-05.xml")).document
    fixed, changes = fixes.unswap_skills_knowledge(swapped)
    assert len(changes) == 1
    assert fixed == correct
    assert swapped != correct  # the input is not modified


def test_fold_code_letters_fixes_reg_4_of_2022():
    doc = read_file(corpus_file("ps4_06.001_2022")).document
    fixed, changes = fixes.fold_code_letters(doc)
    assert changes and all(c.field == "code" for c in changes)
    assert all(not function_codes.lookalikes_in(wf.code)
               for _, wf in fixed.standards[0].work_functions())
    assert changes[0].loc.line == 4 and changes[0].loc.column > 0
    assert "кириллические" in changes[0].message()


def test_split_merged_items_keeps_every_line():
    doc = read_file(corpus_file("ps27_")).document
    fixed, changes = fixes.split_merged_items(doc)
    assert len(changes) == 1
    before = sum(len(wf.knowledge) for _, wf in doc.standards[0].work_functions())
    after = sum(len(wf.knowledge) for _, wf in fixed.standards[0].work_functions())
    assert after == before + 1
    texts = [k.text for _, wf in fixed.standards[0].work_functions() for k in wf.knowledge]
    assert "Формализованные языки программирования" in texts


def test_strip_spaces_and_apply_safe_round_trip():
    doc = read_file(PRETTY_2017).document
    fixed, changes = fixes.apply_safe(doc)
    kinds = {c.fix for c in changes}
    assert {"unswap_skills_knowledge", "fold_code_letters", "strip_spaces"} <= kinds
    assert fixed.standards[0].general.code == "06.001"
    again = read_bytes(dumps(fixed, "pretty")).document
    assert again == fixed
    assert fixes.apply_safe(fixed)[1] == []  # idempotent


def test_walk_visits_every_item():
    doc = read_file(corpus_file("ps148_")).document
    items = [n for n in model.walk(doc) if isinstance(n, model.Item)]
    total = sum(len(s) for _, wf in doc.standards[0].work_functions()
                for s in (wf.labor_actions, wf.skills, wf.knowledge, wf.other_characteristics))
    assert len(items) > total
