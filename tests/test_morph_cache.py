"""The morphology cache on disk: a warm run gives the same findings without loading the
dictionaries; a damaged, foreign or unwritable cache changes nothing but speed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from profstandards import morph, morph_cache
from tests.conftest import CORPUS_DIR
from tests.helpers import run_fresh

SMALL = str(CORPUS_DIR / "ps148_06.013_2014-09-08.xml")


def _validate(cache: Path | str, tmp_path: Path, *args: str) -> tuple[str, int, bool]:
    """(stdout, exit code, whether pymorphy3 was loaded) of a validate run in a fresh
    interpreter with the cache in ``cache`` ("" = off)."""
    run = run_fresh(tmp_path, "validate", "--format", "json", "--jobs", "1", *args,
                    env={morph_cache.ENV: str(cache)})
    return run.stdout, run.exit_code, "pymorphy3" in run.modules


def test_a_warm_run_finds_the_same_without_the_dictionaries(tmp_path):
    cache = tmp_path / "cache"
    cold, cold_code, cold_loaded = _validate("", tmp_path, str(CORPUS_DIR))
    first, first_code, first_loaded = _validate(cache, tmp_path, str(CORPUS_DIR))
    warm, warm_code, warm_loaded = _validate(cache, tmp_path, str(CORPUS_DIR))
    assert cold_loaded and first_loaded and not warm_loaded
    assert cold == first == warm and cold_code == first_code == warm_code == 1
    assert any(f["code"].startswith("PS4") for f in json.loads(warm))
    (written,) = cache.glob("morph-*.json")
    stored = json.loads(written.read_text(encoding="utf-8"))
    assert stored["format"] == morph_cache.FORMAT and len(stored["results"]["facts"]) > 500


@pytest.mark.parametrize("content", [
    b"", b"not json", b"[1, 2]", b'{"format": 1, "results": {"facts": [1]}}',
    b'{"format": 1, "results": {"facts": {"\xd0\xb8": [1, 2, 3, 4, 5]}}}',
    b"\x80\x04\x95pickle",
])
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path, content):
    cache = tmp_path / "cache"
    _validate(cache, tmp_path, SMALL)
    (written,) = cache.glob("morph-*.json")
    expected, code, _ = _validate("", tmp_path, SMALL)
    written.write_bytes(content)
    found, found_code, loaded = _validate(cache, tmp_path, SMALL)
    assert (found, found_code) == (expected, code) and loaded
    assert json.loads(written.read_text(encoding="utf-8"))["format"] == morph_cache.FORMAT


def test_an_unwritable_cache_changes_nothing(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    expected, code, _ = _validate("", tmp_path, SMALL)
    found, found_code, _ = _validate(blocker / "cache", tmp_path, SMALL)
    assert (found, found_code) == (expected, code)


def test_the_most_recent_words_are_kept(tmp_path, monkeypatch):
    monkeypatch.setenv(morph_cache.ENV, str(tmp_path))
    monkeypatch.setattr(morph_cache, "LIMIT", 3)
    monkeypatch.setattr(morph_cache, "_enabled", True)
    monkeypatch.setattr(morph_cache, "_stored", None)
    monkeypatch.setattr(morph_cache, "_added", {})
    for word in ("один", "два", "три", "четыре"):
        morph_cache.put("known", word, True)
    morph_cache.save()
    morph_cache.put("known", "два", False)
    morph_cache.save()
    (written,) = tmp_path.glob("morph-*.json")
    kept = json.loads(written.read_text(encoding="utf-8"))["results"]["known"]
    assert kept == {"три": True, "четыре": True, "два": False}


def test_facts_agree_with_the_parses():
    for word in ("проводить", "изучить", "использовать", "монтажа", "охраны", "и", ""):
        parses = morph.parses(word)
        pos, lemma, case, infinitive, perfective = morph.facts(word)
        assert pos == (parses[0][0] if parses else None)
        assert infinitive == any(p[0] == "INFN" for p in parses[:2])
        aspects = {p[1] for p in parses if p[0] == "INFN"}
        assert perfective == (bool(aspects) and "impf" not in aspects)
    assert morph.facts("изучить")[4] and not morph.facts("изучать")[4]
    assert morph.best("охраны") == ("NOUN", "охрана", "gent")
