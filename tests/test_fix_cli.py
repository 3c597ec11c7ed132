"""``profstandards fix``: the safe fixes on real exports, shown, written atomically, never
dropping a value; re-validating shows the fixed findings gone."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from profstandards import fixes, function_codes, model
from profstandards.validation import validate_file
from profstandards.xmlio.reader import read_file
from tests.conftest import CORPUS, PRETTY_2017, corpus_file

FIXABLE = {"PS103", "PS701", "PS711", "PS713"}


def _copy(src, tmp_path):
    target = tmp_path / src.name
    shutil.copy(src, target)
    return target


def _codes(path) -> Counter:
    return Counter(f.code for f in validate_file(path).findings)


@pytest.mark.parametrize("prefix, fixed", [
    ("ps4_06.001_2022", {"PS103"}),
    ("ps4_06.001_export2017", {"PS103", "PS701", "PS713"}),
    ("ps566_06.028_2015-10-05_export", {"PS701"}),
    ("ps27_", {"PS711"}),
    ("ps565_", {"PS713"}),
])
def test_fix_removes_its_findings_and_nothing_else(cli, tmp_path, prefix, fixed):
    target = _copy(corpus_file(prefix), tmp_path)
    before = _codes(target)
    assert fixed <= set(before)
    result = cli("fix", target)
    assert result.exit_code == 0, result.output
    shown = {line.split()[1] for line in result.stdout.splitlines()}
    assert shown == fixed
    assert all(line.startswith(f"{target}:") for line in result.stdout.splitlines())
    after = _codes(target)
    assert not fixed & set(after)
    for code in set(before) - FIXABLE:
        if code not in ("PS404", "PS405", "PS406"):  # skills/knowledge are read after unswap
            assert after[code] == before[code], code


def test_fix_keeps_the_layout(cli, tmp_path):
    compact = _copy(corpus_file("ps4_06.001_2022"), tmp_path)
    pretty = _copy(PRETTY_2017, tmp_path)
    cli("fix", compact, pretty)
    assert compact.read_bytes().count(b"\n") == 5
    assert pretty.read_bytes().count(b"\n") > 500
    assert cli("fix", "--style", "pretty", compact).exit_code == 0


def test_dry_run_writes_nothing_and_exits_1(cli, tmp_path):
    target = _copy(corpus_file("ps4_06.001_2022"), tmp_path)
    original = target.read_bytes()
    result = cli("fix", "--dry-run", target)
    assert result.exit_code == 1 and "PS103" in result.stdout and "--dry-run" in result.stderr
    assert target.read_bytes() == original


def test_nothing_to_fix(cli, tmp_path):
    target = _copy(corpus_file("ps1090_"), tmp_path)
    original = target.read_bytes()
    result = cli("fix", target)
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_bytes() == original


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name[:20])
def test_safe_fixes_never_lose_a_word(path):
    document = read_file(path).document
    fixed, _ = fixes.apply_safe(document)
    assert _words(fixed) == _words(document)
    assert _items(fixed) >= _items(document)


def test_split_only_when_unambiguous():
    assert fixes.split_parts("Методы анализа\r\nМетоды синтеза") == ["Методы анализа",
                                                                    "Методы синтеза"]
    assert fixes.split_parts("Управляющий директор\r\n\nУправления") is None  # blank line
    assert fixes.split_parts("Методы анализа\r\nи синтеза") is None  # a wrapped sentence
    assert fixes.split_parts("Одна строка") is None


def _words(document: model.Document) -> Counter:
    words: Counter = Counter()
    for node in model.walk(document):
        if isinstance(node, model.Item):
            words.update(function_codes.fold(node.text).split())
        elif not isinstance(node, model.Seq | model.Document):
            for name in model.text_fields(node):
                words.update(function_codes.fold(getattr(node, name)).split())
    return words


def _items(document: model.Document) -> int:
    return sum(1 for node in model.walk(document) if isinstance(node, model.Item))
