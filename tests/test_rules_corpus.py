"""The rules over the 25 genuine registry exports: the known faults are found, and no rule
fires on most real standards."""

from __future__ import annotations

from collections import Counter

import pytest

from profstandards.validation import validate_file
from tests.conftest import CORPUS, PRETTY_2017, corpus_file

SWAPPED_2020 = "ps566_06.028_2015-10-05_export2020-02_skills-knowledge-swapped.xml"


@pytest.fixture(scope="module")
def results():
    return {p.name: validate_file(p).findings for p in CORPUS}


def codes_in(results, name: str) -> Counter:
    return Counter(f.code for f in results[name])


def test_cyrillic_letters_in_codes(results):
    for prefix, letters in (("ps4_06.001_2022", {"\u0410", "\u0412", "\u0421"}),
                            ("ps1644_", {"\u0410"})):
        found = [f for f in results[corpus_file(prefix).name] if f.code == "PS103"]
        assert found, prefix
        assert {f.params["letters"] for f in found} <= letters
        assert all(f.line and f.column for f in found)
    assert codes_in(results, PRETTY_2017.name)["PS103"] == 8  # С, С/01.5, С/02.5, А/01.3…А/05.3


def test_level_in_code_of_reg_4_2013(results):
    (f,) = [f for f in results[corpus_file("ps4_06.001_2013").name] if f.code == "PS202"]
    assert f.params == {"code": "B/04.5", "in_code": 5, "level": 4}


def test_swap_only_in_the_two_swapped_exports(results):
    swapped = {name for name, found in results.items() if any(f.code == "PS701" for f in found)}
    assert swapped == {PRETTY_2017.name, SWAPPED_2020}
    for name in swapped:
        assert codes_in(results, name)["PS701"] == 1
        # one finding per standard, not one per skill or knowledge item
        assert not {"PS404", "PS405", "PS406"} & set(codes_in(results, name))


def test_old_okved_codes_and_misfiled_codes(results):
    assert codes_in(results, corpus_file("ps148_").name)["PS508"] == 3  # 72.30 twice, 72.60
    misfiled = {f.params["code"] for f in results[corpus_file("ps190_").name]
                if f.code == "PS506"}
    assert misfiled == {"2131"}  # ОКЗ code in ListOKVED
    (f,) = [f for f in results[corpus_file("ps882_").name] if f.code == "PS506"]
    assert f.params["code"] == "230105"  # ОКСО code in ListOKZ of an ОТФ


def test_merged_lines_and_broken_lines(results):
    assert codes_in(results, corpus_file("ps27_").name)["PS711"] == 1
    (f,) = [f for f in results[corpus_file("ps102_").name] if f.code == "PS714"]
    assert f.params["text"] == "высшего образования - бакалавриат"


def test_the_2017_export_lacks_order_and_date(results):
    found = codes_in(results, PRETTY_2017.name)
    assert found["PS111"] == found["PS112"] == 1
    assert found["PS713"] == 1  # "06.001 "


def test_no_rule_fires_on_most_real_standards(results):
    files = Counter(code for found in results.values() for code in {f.code for f in found})
    assert max(files.values()) <= len(CORPUS) // 3, files.most_common(3)


def test_a_clean_modern_export_has_no_findings(results):
    assert results[corpus_file("ps1090_").name] == []
