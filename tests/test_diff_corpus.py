"""The real revisions in the corpus: reg. 4 (2013, 2022, the 2017 export) and reg. 566
(the correct export and the February 2020 one with skills and knowledge swapped)."""

from __future__ import annotations

from collections import Counter

from profstandards.diff import compare
from profstandards.diff.changes import Class, Kind, Section
from profstandards.model import Document, Seq
from profstandards.xmlio import reader
from tests.conftest import PRETTY_2017, corpus_file, multi_standard_file

REG4_2013 = reader.load(corpus_file("ps4_06.001_2013"))
REG4_2022 = reader.load(corpus_file("ps4_06.001_2022"))
REG4_2017 = reader.load(PRETTY_2017)
REG566 = reader.load(corpus_file("ps566_06.028_2015-10-05.xml"))
REG566_SWAPPED = reader.load(corpus_file("ps566_06.028_2015-10-05_export2020"))


def test_reg4_2013_to_2022():
    result = compare(REG4_2013, REG4_2022)
    diff = result.standards[0]
    gf, wf = diff.gf_stats, diff.wf_stats
    assert (gf.matched, gf.same_code, gf.added, gf.removed) == (4, 4, 0, 0)
    assert (wf.old, wf.new, wf.matched, wf.renumbered, wf.added, wf.removed) == \
        (15, 16, 15, 1, 1, 0)
    renumbered = [c for c in result.changes if c.kind is Kind.RENUMBERED]
    assert [(c.wf, c.old, c.new) for c in renumbered] == [
        (("B/04.5", "B/05.4"), "B/04.5", "B/05.4")]
    added = [c for c in result.changes if c.kind is Kind.ADDED and not c.field]
    assert [(c.wf, c.new) for c in added] == [
        ((None, "B/06.4"), "Осуществление сборки однородных программных модулей в "
                           "программный проект")]
    # 2022 writes seven ТФ codes with a Cyrillic letter: editorial, folded for matching
    lookalikes = [c for c in result.changes if c.field == "code" and c.editorial]
    assert len(lookalikes) == 7 and all(c.old[0] == "A" or c.old[0] == "C" for c in lookalikes)
    # every section that changed is there, in the order of the standard
    sections = list(dict.fromkeys(c.section for c in result.changes))
    assert sections == [Section.I, Section.III, Section.IV]
    assert sum(not c.editorial for c in result.changes) > 200
    # a reworded item is one change with its words, not a removal and an addition
    action = next(c for c in result.changes if c.old == "Оценка и согласовывание сроков "
                                                       "выполнения поставленных задач")
    assert action.kind is Kind.CHANGED and ("-", "согласовывание") in action.ops


def test_reg566_swapped_export_is_one_editorial_change_when_normalized():
    raw = compare(REG566_SWAPPED, REG566)
    assert Counter(c.kind for c in raw.changes) == {Kind.SWAPPED: 22}  # one per ТФ
    normalized = compare(REG566_SWAPPED, REG566, normalize=True)
    assert len(normalized.changes) == 1
    change = normalized.changes[0]
    assert (change.kind, change.cls, change.section) == \
        (Kind.NORMALIZED, Class.EDITORIAL, Section.NORMALIZE)
    assert "умения и знания" in change.detail.render(lang="ru")
    assert compare(REG566, REG566_SWAPPED, normalize=True).changes[0].detail.render(
        lang="en").startswith("new version")


def test_reg4_2017_export_to_2013():
    # The 2017 export lists ОТФ and ТФ backwards, spells some codes with Cyrillic
    # letters and has skills and knowledge swapped: none of that is a renumbering.
    result = compare(REG4_2017, REG4_2013)
    diff = result.standards[0]
    assert (diff.wf_stats.matched, diff.wf_stats.same_code, diff.wf_stats.moved) == (15, 15, 0)
    kinds = Counter(c.kind for c in result.changes)
    assert kinds[Kind.SWAPPED] == 15 and Kind.MOVED not in kinds
    normalized = compare(REG4_2017, REG4_2013, normalize=True)
    fixes = [c.field for c in normalized.changes if c.kind is Kind.NORMALIZED]
    assert fixes == ["unswap_skills_knowledge", "fold_code_letters", "strip_spaces"]
    real = [c for c in normalized.changes if c.kind is not Kind.NORMALIZED]
    assert {c.section for c in real} == {Section.I, Section.III}
    assert all(c.field in ("okved", "okso", "okz", "eks") for c in real)


def test_multi_standard_files_pair_by_registration_number(tmp_path):
    old_path, new_path = tmp_path / "old.xml", tmp_path / "new.xml"
    old_path.write_bytes(multi_standard_file([corpus_file("ps4_06.001_2013"),
                                              corpus_file("ps566_06.028_2015-10-05.xml")]))
    new_path.write_bytes(multi_standard_file([corpus_file("ps148_"),
                                              corpus_file("ps566_06.028_2015-10-05.xml"),
                                              corpus_file("ps4_06.001_2022")]))
    result = compare(reader.load(old_path), reader.load(new_path))
    regs = [(d.old and d.old.registration_number, d.new and d.new.registration_number)
            for d in result.standards]
    assert regs == [("566", "566"), ("4", "4"), (None, "148")]
    assert result.standards[0].changes == []
    assert len(result.standards[1].changes) == len(compare(REG4_2013, REG4_2022).changes)
    added = result.standards[2].changes
    assert [(c.kind, c.section) for c in added] == [(Kind.ADDED, Section.TITLE)]


def test_an_empty_file_side_adds_every_standard():
    empty = Document(Seq([]))
    result = compare(empty, REG4_2022)
    assert [(c.kind, c.new) for c in result.changes] == [(Kind.ADDED, "Программист")]
    assert compare(REG4_2022, empty).changes[0].kind is Kind.REMOVED
