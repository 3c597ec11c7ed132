"""The Word redline: native tracked changes; accepting all gives the new version,
rejecting all the old one (checked on the document XML, see tests/ooxml_view.py)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest

from profstandards.diff import compare, redline
from profstandards.xmlio import reader
from tests import ooxml_view as view
from tests.conftest import PRETTY_2017, corpus_file
from tests.test_diff_match import ORIGINAL, gf

W = view.W
PAIRS = {
    "reg4 2013 → 2022": ("ps4_06.001_2013", "ps4_06.001_2022"),
    "reg4 2017 → 2013": (PRETTY_2017.name, "ps4_06.001_2013"),
    "reg566 swapped → correct": ("ps566_06.028_2015-10-05_export2020",
                                 "ps566_06.028_2015-10-05.xml"),
    "two unrelated standards": ("ps27_", "ps146_"),
}


def check(old, new, **options) -> bytes:
    out = redline.render(compare(old, new, **options), author="Эксперт",
                         date=datetime(2024, 5, 17, 9, 30, tzinfo=UTC))
    assert view.paragraphs(out, view.ACCEPT) == \
        view.paragraphs(redline.render_version(new), view.ACCEPT)
    assert view.paragraphs(out, view.REJECT) == \
        view.paragraphs(redline.render_version(old), view.ACCEPT)
    return out


@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_accept_all_is_new_and_reject_all_is_old(pair):
    old, new = (reader.load(corpus_file(p)) for p in PAIRS[pair])
    out = check(old, new)
    marks = view.revisions(out)
    assert marks, "a real revision has tracked changes"
    ids = [m.get(f"{W}id") for m in marks]
    assert len(ids) == len(set(ids))
    assert {m.get(f"{W}author") for m in marks} == {"Эксперт"}
    assert {m.get(f"{W}date") for m in marks} == {"2024-05-17T09:30:00Z"}


def test_the_versions_texts_are_in_their_views():
    old = reader.load(corpus_file("ps4_06.001_2013"))
    new = reader.load(corpus_file("ps4_06.001_2022"))
    out = check(old, new)
    accepted, rejected = view.paragraphs(out, view.ACCEPT), view.paragraphs(out, view.REJECT)
    for std, texts in ((new.standards[0], accepted), (old.standards[0], rejected)):
        for _, wf in std.work_functions():
            assert wf.name in texts
            assert all(item.text in texts for item in wf.labor_actions)
    assert "Осуществление сборки однородных программных модулей в программный проект" \
        not in rejected
    assert "3.2.5. Трудовая функция" in accepted  # B/05.4 is the fifth ТФ of 3.2 now
    ins = view.body(out).findall(f".//{W}ins/{W}r/{W}t")
    assert any(t.text.strip() == "компьютерного" for t in ins)


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
    gf(new, "E").job_titles.items.append(copy.deepcopy(gf(new, "E").job_titles.items[0]))
    gf(new, "E").job_titles.items[-1].text = "Архитектор системного программного обеспечения"
    del new.standards[0].functions.items[3]  # the whole ОТФ D
    check(ORIGINAL, new)
    check(new, ORIGINAL)


def test_normalized_redline_has_no_revisions_for_an_export_fault():
    old = reader.load(corpus_file("ps566_06.028_2015-10-05_export2020"))
    new = reader.load(corpus_file("ps566_06.028_2015-10-05.xml"))
    out = redline.render(compare(old, new, normalize=True))
    assert view.revisions(out) == []
