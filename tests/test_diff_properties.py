"""Properties of the comparison on random models and on randomly revised real standards.

* any two documents compare, every output renders, JSON fits its schema;
* a document compared with itself has no changes;
* the redline always gives the new version's export when accepted and the old one's
  when rejected;
* every edit made to a real standard shows up in the change list.
"""

from __future__ import annotations

import copy
import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from profstandards import model
from profstandards.diff import compare, redline, render
from profstandards.diff.changes import Kind
from profstandards.xmlio import reader
from tests.conftest import corpus_file
from tests.helpers import DIFF_SCHEMA as SCHEMA
from tests.helpers import reads_as_the_exports
from tests.strategies import document

SETTINGS = settings(max_examples=15, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def redline_reads_both_ways(result) -> None:
    reads_as_the_exports(result, redline.render(result))


@SETTINGS
@given(document, document)
def test_any_two_documents_compare_and_render(a, b):
    assert compare(a, copy.deepcopy(a)).identical
    result = compare(a, b)
    for fmt in ("text", "html"):
        assert render(result, fmt)
    jsonschema.validate(json.loads(render(result, "json")), SCHEMA)
    redline_reads_both_ways(result)


BASE = reader.load(corpus_file("ps148_"))
EDITS = st.lists(st.tuples(st.sampled_from(["reword", "insert", "delete", "rename", "renumber",
                                            "move", "level", "drop", "first", "empty",
                                            "unit", "etks", "org"]),
                           st.integers(0, 10_000)), min_size=1, max_size=5)


def revise(edits: list[tuple[str, int]]) -> tuple[model.Document, list[str], list[str]]:
    """A revised copy of reg. 148 and the texts the edits added and removed."""
    doc = copy.deepcopy(BASE)
    std = doc.standards[0]
    touched: list[model.Item | model.WorkFunction] = []  # reworded, inserted, renamed
    removed: list[tuple[model.WorkFunction | None, str]] = []
    for n, (edit, k) in enumerate(edits):
        gfs = std.functions.items
        pairs = list(std.work_functions())
        if not pairs:
            break
        gf, wf = pairs[k % len(pairs)]
        items = wf.labor_actions.items
        if edit == "reword" and items:
            item = items[k % len(items)]
            item.text += f" и проверка результата {n}"
            touched.append(item)
        elif edit == "insert":
            item = model.Item(f"Согласование графика работ с руководителем № {n}")
            items.insert(k % (len(items) + 1), item)
            touched.append(item)
        elif edit == "delete" and len(items) > 1:
            removed.append((wf, items.pop(k % len(items)).text))
        elif edit == "rename":
            wf.name = f"{wf.name} и сопровождение {n}"
            touched.append(wf)
        elif edit == "renumber":
            wf.code = f"{gf.code}/{50 + n:02d}.{wf.level}"
        elif edit == "move" and len(gfs) > 1:
            target = gfs[(gfs.index(gf) + 1) % len(gfs)]
            gf.functions.items.remove(wf)
            wf.code = f"{target.code}/{60 + n:02d}.{wf.level}"
            target.functions.items.append(wf)
        elif edit == "level":
            wf.level = str(9 - int(wf.level))
            wf.code = wf.code[:-1] + wf.level
        elif edit == "drop" and len(gf.functions) > 1:
            gf.functions.items.remove(wf)
            removed.append((None, wf.name))
        # Edits the redline lays out in other ways (first rows of a group, dashes,
        # classifier groups, numbered rows); the change list is checked elsewhere.
        elif edit == "first" and wf.skills.items:
            del wf.skills.items[0]
        elif edit == "empty":
            wf.knowledge.items = []
        elif edit == "unit" and gf.okz is not None and gf.okz.items:
            del gf.okz.items[k % len(gf.okz.items)]
        elif edit == "etks":
            eks = gf.eks if gf.eks is not None else model.Seq()
            eks.items.insert(k % (len(eks.items) + 1), model.ClassifierUnit("§ 33", "Оператор"))
            gf.eks = eks
        elif edit == "org":
            std.developers.organizations.items.insert(0, model.Item(f"ООО «Новая» № {n}"))
    present = {id(x) for _, w in std.work_functions() for x in (w, *w.labor_actions)}
    added = [x.text if isinstance(x, model.Item) else x.name for x in touched
             if id(x) in present]
    original = {x for _, w in BASE.standards[0].work_functions()
                for x in (w.name, *w.labor_actions.texts())}
    # an item deleted from a ТФ that was then dropped is reported with the whole ТФ
    kept = {id(w) for _, w in std.work_functions()}
    return doc, added, [t for wf, t in removed if t in original
                        and (wf is None or id(wf) in kept)]


@SETTINGS
@given(EDITS)
def test_every_edit_of_a_real_standard_is_reported(edits):
    doc, added, removed = revise(edits)
    result = compare(BASE, doc)
    assert result.identical == (doc == BASE)
    news = {c.new for c in result.changes}
    olds = {c.old for c in result.changes}
    assert all(text in news for text in added)
    assert all(text in olds for text in removed)
    stats = result.standards[0].wf_stats
    dropped = sum(1 for edit, _ in edits if edit == "drop")
    assert stats.removed <= dropped and stats.added == 0  # edits never lose a ТФ's identity
    assert all(c.kind is not Kind.SWAPPED for c in result.changes)
    redline_reads_both_ways(result)
