"""Pairing ОТФ and ТФ: renumbered, moved, level changed, splits, merges, folded codes.

Each test edits a copy of a genuine export (reg. 566, 5 ОТФ, 22 ТФ) the way a revision
does and checks that the comparison names what happened.
"""

from __future__ import annotations

import copy
from collections import Counter

import pytest

from profstandards import model
from profstandards.diff import compare
from profstandards.diff.changes import Class, Kind
from profstandards.xmlio import reader
from tests.conftest import corpus_file
from tests.helpers import ORIGINAL, gf, std, wf


@pytest.fixture
def new() -> model.Document:
    return copy.deepcopy(ORIGINAL)








def kinds(changes, field: str | None = None) -> Counter:
    return Counter(c.kind for c in changes if field is None or c.field == field)


def only(result, **attrs):
    found = [c for c in result.changes if all(getattr(c, k) == v for k, v in attrs.items())]
    assert len(found) == 1, found
    return found[0]


def test_identical_documents_have_no_changes():
    result = compare(ORIGINAL, copy.deepcopy(ORIGINAL))
    assert result.identical and result.changes == []
    stats = result.standards[0].wf_stats
    assert (stats.matched, stats.same_code, stats.added, stats.removed) == (22, 22, 0, 0)


def test_inserted_tf_renumbers_the_following_ones(new):
    a = gf(new, "A")
    for w, code in zip(a.functions.items[1:], ("A/03.6", "A/04.6", "A/05.6"), strict=True):
        w.code = code
    inserted = copy.deepcopy(a.functions.items[0])
    inserted.code, inserted.name = "A/02.6", "Сопровождение системных библиотек"
    for seq in (inserted.labor_actions, inserted.skills, inserted.knowledge):
        seq.items = [model.Item(f"Пункт про библиотеки {k}") for k in range(3)]
    a.functions.items.insert(1, inserted)
    result = compare(ORIGINAL, new)
    stats = result.standards[0].wf_stats
    assert (stats.matched, stats.renumbered, stats.added, stats.removed) == (22, 3, 1, 0)
    renumbered = [(c.wf, c.kind) for c in result.changes if c.field == "code"]
    assert renumbered == [(("A/02.6", "A/03.6"), Kind.RENUMBERED),
                          (("A/03.6", "A/04.6"), Kind.RENUMBERED),
                          (("A/04.6", "A/05.6"), Kind.RENUMBERED)]
    added = only(result, kind=Kind.ADDED, field="")
    assert added.wf == (None, "A/02.6") and added.new == "Сопровождение системных библиотек"
    assert len(result.changes) == 4  # nothing else is reported


def test_tf_moved_to_another_gf(new):
    moved = gf(new, "B").functions.items.pop(3)
    moved.code = "C/08.7"
    gf(new, "C").functions.items.append(moved)
    result = compare(ORIGINAL, new)
    change = only(result, field="code")
    assert change.kind is Kind.MOVED and change.cls is Class.SUBSTANTIVE
    assert change.wf == ("B/04.7", "C/08.7") and change.gf == ("B", "C")
    assert result.standards[0].wf_stats.moved == 1
    assert len(result.changes) == 1


def test_level_change_keeps_the_tf(new):
    w = wf(new, "A/01.6")
    w.code, w.level = "A/01.5", "5"
    result = compare(ORIGINAL, new)
    assert result.standards[0].wf_stats.level_changed == 1
    code = only(result, field="code")
    assert code.kind is Kind.CHANGED and code.wf == ("A/01.6", "A/01.5")
    level = only(result, field="level")
    assert (level.old, level.new, level.cls) == ("6", "5", Class.SUBSTANTIVE)
    assert len(result.changes) == 2


def test_a_code_given_to_another_tf_does_not_hide_the_renumbering(new):
    a = gf(new, "A")
    del a.functions.items[1]  # A/02.6 «Разработка компиляторов…» is gone
    a.functions.items[1].code = "A/02.6"  # A/03.6 takes its code
    a.functions.items[2].code = "A/03.6"  # A/04.6 likewise
    result = compare(ORIGINAL, new)
    removed = only(result, kind=Kind.REMOVED, field="")
    assert removed.wf == ("A/02.6", None)
    assert removed.old == "Разработка компиляторов, загрузчиков, сборщиков"
    assert [c.wf for c in result.changes if c.kind is Kind.RENUMBERED] == [
        ("A/03.6", "A/02.6"), ("A/04.6", "A/03.6")]


def test_cyrillic_code_letters_are_an_editorial_change(new):
    for w in gf(new, "A").functions:
        w.code = w.code.replace("A", "А")  # Cyrillic А
    result = compare(ORIGINAL, new)
    assert kinds(result.changes) == {Kind.CHANGED: 4}
    assert all(c.field == "code" and c.cls is Class.EDITORIAL for c in result.changes)
    assert compare(ORIGINAL, new, normalize=True).changes[0].kind is Kind.NORMALIZED


def test_split_is_reported_where_names_make_it_clear(new):
    a = gf(new, "A")
    compilers = a.functions.items[1]
    part = copy.deepcopy(compilers)
    compilers.name = "Разработка компиляторов"
    part.code, part.name = "A/05.6", "Разработка загрузчиков и сборщиков"
    a.functions.items.append(part)
    result = compare(ORIGINAL, new)
    split = only(result, kind=Kind.SPLIT)
    assert split.wf == ("A/02.6", "A/02.6") and split.related == ("A/02.6", "A/05.6")
    assert "A/05.6" in split.detail.render()
    assert result.standards[0].wf_stats.split == 1


def test_merge_is_reported_where_names_make_it_clear(new):
    c = gf(new, "C")
    writing, control = c.functions.items[2], c.functions.items[3]
    writing.name = ("Написание компонентов операционной системы и контроль соблюдения "
                    "архитектуры")
    writing.labor_actions.items += control.labor_actions.items
    del c.functions.items[3]
    result = compare(ORIGINAL, new)
    merged = only(result, kind=Kind.MERGED)
    assert merged.wf == ("C/03.7", "C/03.7") and set(merged.related) == {"C/03.7", "C/04.7"}


def test_reordering_is_no_change_unless_asked(new):
    w = wf(new, "B/01.7")
    w.knowledge.items.reverse()
    gf(new, "D").functions.items.reverse()
    assert compare(ORIGINAL, new).identical
    moved = compare(ORIGINAL, new, order=True).changes
    assert moved and all(c.kind is Kind.MOVED and c.field == "knowledge" for c in moved)
    assert len(moved) == len(w.knowledge) - 1  # all but one item changed places


def test_swapped_lists_of_one_tf_are_one_change(new):
    w = wf(new, "E/02.7")
    w.skills, w.knowledge = w.knowledge, w.skills
    w.knowledge.items.append(model.Item("Новое знание о внедрении"))
    result = compare(ORIGINAL, new)
    assert kinds(result.changes) == {Kind.SWAPPED: 1, Kind.ADDED: 1}
    assert only(result, kind=Kind.ADDED).new == "Новое знание о внедрении"


def test_editorial_and_substantive_changes_in_items(new):
    w = wf(new, "A/01.6")
    first = w.labor_actions.items[0]
    first.text = "  " + first.text.upper() + "."
    w.skills.items[0].text += " и отлаживать"
    result = compare(ORIGINAL, new)
    assert [(c.field, c.cls) for c in result.changes] == [
        ("labor_actions", Class.EDITORIAL), ("skills", Class.SUBSTANTIVE)]
    skill = result.changes[1]
    assert skill.ops[-1] == ("+", " и отлаживать") and skill.index == (1, 1)


def test_a_dash_is_an_empty_list(new):
    for g in std(new).functions:
        g.admission_conditions.items = [model.Item("–")]
    for _, w in std(new).work_functions():
        w.other_characteristics.items = []
    assert compare(ORIGINAL, new).identical


def test_whole_gf_added_and_removed(new):
    functions = std(new).functions.items
    old_e = functions.pop()
    fresh = copy.deepcopy(old_e)
    fresh.code, fresh.name = "F", "Сопровождение встроенных систем реального времени"
    for k, w in enumerate(fresh.functions, 1):
        w.code, w.name = f"F/0{k}.7", f"Отладка встроенных систем, этап {k}"
        for seq in (w.labor_actions, w.skills, w.knowledge):
            seq.items = [model.Item(f"Встроенные системы, пункт {k}.{n}") for n in range(2)]
    functions.append(fresh)
    result = compare(ORIGINAL, new)
    counted = Counter((c.kind, c.target.value) for c in result.changes)
    assert counted == {(Kind.REMOVED, "gf"): 1, (Kind.ADDED, "gf"): 1,
                       (Kind.REMOVED, "wf"): 2, (Kind.ADDED, "wf"): 2}


# --- a matching code needs evidence of content (PAIR_MIN) --------------------------------

def _texts(seq: model.Seq) -> list[str]:
    return [i.text for i in seq]


def test_a_same_code_pair_needs_half_its_names_or_items_alike(new):
    """At PAIR_MIN the pair holds, below it the same code is a removal and an addition:
    the boundary is checked with items made exactly half (then a quarter) alike."""
    from profstandards.diff.align import PAIR_MIN
    from profstandards.diff.match import evidence

    original = wf(ORIGINAL, "A/01.6")
    other = wf(ORIGINAL, "C/02.7")
    items = original.labor_actions.items + original.skills.items + original.knowledge.items
    foreign = other.labor_actions.items + other.skills.items + other.knowledge.items
    assert len(foreign) >= len(items) // 2
    for keep, paired in ((len(items) // 2, True), (len(items) // 4, False)):
        doc = copy.deepcopy(ORIGINAL)
        target = wf(doc, "A/01.6")
        target.name = other.name  # names no evidence at all
        mixed = [model.Item(i.text) for i in items[:keep]] + \
            [model.Item(i.text) for i in foreign[:len(items) - keep]]
        target.labor_actions = model.Seq(mixed)
        target.skills, target.knowledge = model.Seq([]), model.Seq([])
        share = evidence(original, target)
        assert (share >= PAIR_MIN) is paired, share
        stats = compare(ORIGINAL, doc).standards[0].wf_stats
        assert (stats.removed, stats.added) == ((0, 0) if paired else (1, 1))


def test_a_rewrite_reusing_the_codes_is_removals_and_additions():
    """Every ТФ of reg. 4 replaced by one of reg. 566 (same trade) under the old code
    with a new level: no «level changed» pair, no item-by-item changes."""
    from profstandards.model import Document, Seq
    from tests.rewrite import rewrite

    base = reader.load(corpus_file("ps4_06.001_2022")).standards[0]
    donor = std(ORIGINAL)
    for names in (False, True):
        result = compare(Document(Seq([base])), Document(Seq([rewrite(base, donor,
                                                                       names=names)])))
        stats = result.standards[0].wf_stats
        assert (stats.matched, stats.level_changed, stats.removed, stats.added) == \
            (0, 0, 16, 16)
        whole = [c for c in result.changes if c.target.value == "wf"]
        assert all(not c.field for c in whole) and len(whole) == 32
        gf_stats = result.standards[0].gf_stats
        if not names:  # the ОТФ keep their names: still pairs, with nothing changed but ТФ
            assert gf_stats.matched == 4
            assert not [c for c in result.changes if c.target.value == "gf"]
        else:  # ОТФ renamed too: only those whose names are still half alike pair
            assert gf_stats.matched < 4
