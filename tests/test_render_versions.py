"""Two versions laid out at once by the renderer alone (its default pairing, no diff):
one version is the export; two read back as each version's export."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest

from profstandards import model
from profstandards.render.blocks import Status
from profstandards.render.docx import DocxRenderer
from profstandards.render.layouts import LAYOUTS
from profstandards.render.maket import build, build_versions
from profstandards.render.tracked import Revisions
from profstandards.render.versions import Pair, Pairing, same, spans
from profstandards.xmlio.reader import read_file
from tests import ooxml_view as view
from tests.conftest import corpus_file

K, D, I = Status.KEEP, Status.DEL, Status.INS  # noqa: E741 - I for «inserted»


@pytest.mark.parametrize(("statuses", "expected"), [
    ([K, K, D, I], [(0, 4, K)]),
    ([D, K, K], [(0, 1, D), (1, 3, I)]),  # the old first row's text, then the new one's
    ([I, K], [(0, 1, I), (1, 2, D)]),
    ([D, D, I, K, D], [(0, 2, D), (2, 3, I), (3, 5, None)]),
    ([I, I], [(0, 2, I)]),
    ([], []),
])
def test_spans_start_where_each_version_needs_its_first_row(statuses, expected):
    assert spans(statuses) == expected


def standard(prefix: str) -> model.Standard:
    return read_file(corpus_file(prefix)).document.standards[0]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_one_version_is_the_export(layout):
    std = standard("ps1090_")
    assert build_versions(same(std), LAYOUTS[layout], Pairing()) == build(std, LAYOUTS[layout])


def test_two_versions_with_the_default_pairing_read_as_their_exports():
    old = standard("ps1090_")
    new = copy.deepcopy(old)
    gf = new.functions[1]
    gf.name += " и сопровождение"
    del gf.functions.items[0]  # the first ТФ of the ОТФ: its map rows start anew
    gf.functions[0].skills.items.insert(0, model.Item("Новое умение"))
    new.general.okz.items.pop()
    revisions = Revisions("Тест", datetime(2025, 1, 2, tzinfo=UTC))
    out = DocxRenderer(revisions=revisions).render_versions([Pair(old, new)], Pairing())
    for name, std in ((view.ACCEPT, new), (view.REJECT, old)):
        export = DocxRenderer().render(std)
        assert view.paragraphs(out, name) == view.paragraphs(export, view.ACCEPT)
        assert view.tables(out, name) == view.tables(export, view.ACCEPT)
    assert {m.get(f"{view.W}date") for m in view.revisions(out)} == {"2025-01-02T00:00:00Z"}


def test_two_versions_need_revisions():
    old = standard("ps1090_")
    new = copy.deepcopy(old)
    new.name = "Другое наименование"
    with pytest.raises(ValueError, match="revisions"):
        DocxRenderer().render_versions([Pair(old, new)], Pairing())
