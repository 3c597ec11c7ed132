"""The catalogue is one source for ``profstandards rules``, SARIF and docs/rules.md."""

from __future__ import annotations

import json
import re

from profstandards import fixes, rules
from profstandards.findings import Severity
from profstandards.rules import docs
from profstandards.xmlio import schema


def test_docs_rules_md_is_generated_from_the_code():
    assert docs.PATH.read_text(encoding="utf-8") == docs.render(), \
        "docs/rules.md is stale: run python -m profstandards.rules.docs"


def test_every_rule_is_fully_described():
    catalogue = rules.catalogue()
    codes = [r.code for r in catalogue]
    assert len(codes) == len(set(codes)) and codes == sorted(codes)
    assert len(rules.RULES) >= 40
    for r in catalogue:
        assert re.fullmatch(r"PS\d{3}", r.code)
        assert r.code[:3] in rules.AREAS
        assert r.evidence in docs.EVIDENCE, r.code
        for msg in (r.title, r.message, r.about, r.source):
            assert msg.ru.strip() and msg.en.strip(), r.code
            assert set(re.findall(r"\{(\w+)\}", msg.ru)) == set(re.findall(r"\{(\w+)\}", msg.en))
        if r.fix:
            assert getattr(fixes, r.fix) in fixes.SAFE_FIXES


def test_every_evidence_tag_and_fix_is_explained():
    for r in rules.catalogue():
        assert r.evidence in docs.EVIDENCE, r.code
        assert r.fix is None or r.fix in fixes.TITLES, r.code
    assert set(fixes.TITLES) == {f.__name__ for f in fixes.SAFE_FIXES}


def test_unverified_rules_are_never_errors():
    for r in rules.catalogue():
        if r.evidence == "M":
            assert r.severity is not Severity.ERROR, r.code


def test_structural_checks_come_from_the_schema_layer():
    structural = [r.code for r in rules.catalogue() if r.code < "PS100"]
    assert structural == ["PS000", *(c.code for c in schema.CHECKS)]


def test_rules_command(cli):
    result = cli("rules")
    assert result.exit_code == 0
    for r in rules.catalogue():
        assert r.code in result.stdout
    assert "PS103  error    Кириллические буквы в кодах ОТФ и ТФ [fix]" in result.stdout
    detail = cli("rules", "ps103", "--lang", "en")
    assert detail.exit_code == 0 and "Cyrillic letters in OTF/TF codes" in detail.stdout
    # the evidence tag and the fix are explained, not named by a function
    assert "V-practice — from the practice of approved standards" in detail.stdout
    assert "Cyrillic letters in codes are replaced by Latin ones" in detail.stdout
    assert "fold_code_letters" not in detail.stdout
    assert "V-practice — по практике утверждённых стандартов" in cli("rules", "PS103").stdout
    assert cli("rules", "PS999").exit_code == 2
    rows = json.loads(cli("rules", "--format", "json").stdout)
    assert [r["code"] for r in rows] == [r.code for r in rules.catalogue()]
    assert cli("rules", "--format", "markdown").stdout == docs.render()
