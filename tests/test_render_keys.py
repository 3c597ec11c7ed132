"""Keys of the values: each leads back to the value it printed (for a revision compare)."""

from __future__ import annotations

import copy

import pytest

from profstandards.render.blocks import Key, Para
from profstandards.render.keys import resolve
from profstandards.render.layouts import LAYOUTS
from profstandards.render.maket import build
from profstandards.xmlio.reader import read_file
from tests.conftest import CORPUS, corpus_file

DERIVED = {"approval_date", "area"}  # printed as «6» июля 2020 г.; derived from the code


def keyed_runs(page):
    for section in page.sections:
        for block in section.blocks:
            paras = [block] if isinstance(block, Para) else [
                p for row in block.rows for cell in row.cells for p in cell.paras]
            for p in paras:
                yield from (run for run in p.runs if run.key is not None)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name[:24])
def test_every_key_resolves_to_the_text_it_printed(path):
    standard = read_file(path).document.standards[0]
    for layout in LAYOUTS.values():
        runs = list(keyed_runs(build(standard, layout)))
        assert len(runs) > 100
        for run in runs:
            if run.key.field in DERIVED:
                continue
            got = resolve(standard, run.key)
            if got is None:  # the «-» of an empty list
                assert run.text == "" and run.key.index is None, run.key
            else:
                assert got == run.text, run.key


def test_resolve_finds_the_value_of_another_version():
    old = read_file(corpus_file("ps4_06.001_2022")).document.standards[0]
    new = copy.deepcopy(old)
    new.functions[1].functions[0].skills.items[2].text = "Новое умение"
    key = Key("B/01.4", "skills", 2)
    assert (resolve(old, key), resolve(new, key)) == (
        old.functions[1].functions[0].skills[2].text, "Новое умение")
    assert resolve(old, Key("A/01.3", "name")) == old.functions[0].functions[0].name
    assert old.functions[0].functions[0].code.startswith("А")  # Cyrillic А in the file
    assert resolve(old, Key("Z/01.1", "name")) is None
    assert resolve(old, Key("B/01.4", "skills", 999)) is None
    assert resolve(old, Key("general", "okz", 0, "code")) == old.general.okz[0].code
    assert resolve(old, Key("developers", "head_name")) == "Платыгин Д. Н."
