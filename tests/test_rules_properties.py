"""Property: the rules run on any model without failing, in both profiles, and every
finding renders in both languages."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from profstandards import fixes, rules
from tests import strategies


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.document)
def test_rules_never_fail(document):
    for profile in rules.PROFILES:
        for f in rules.run(document, rules.Selection(profile=profile), "x.xml"):
            assert rules.get(f.code) is not None
            assert f.message("ru") and f.message("en")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.document)
def test_safe_fixes_are_idempotent_and_remove_their_findings(document):
    fixed, _ = fixes.apply_safe(document)
    assert fixes.apply_safe(fixed)[1] == []
    codes = {f.code for f in rules.run(fixed, rules.Selection(), "x.xml")}
    assert not codes & {"PS103", "PS713"}
