"""Speed work must not change a finding: the corpus and broken variants against a snapshot."""

from __future__ import annotations

import difflib

import pytest

from tests.findings_snapshot import SNAPSHOT, snapshot


@pytest.mark.slow
def test_findings_are_those_of_the_snapshot():
    expected = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    actual = snapshot()
    diff = list(difflib.unified_diff(expected, actual, "snapshot", "now", lineterm="", n=0))
    assert not diff, ("findings changed; if on purpose, regenerate with "
                      "`python -m tests.findings_snapshot`:\n" + "\n".join(diff[:40]))
