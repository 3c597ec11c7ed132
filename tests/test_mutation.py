"""Mutation test: thousands of broken variants of real files; the CLI never crashes.

Each variant is a genuine export with one random defect: an element deleted,
duplicated, swapped with its neighbour, moved, renamed (to another tag of the
format, to its container's name, to garbage), its text corrupted, an attribute,
comment or stray text added, or its bytes damaged (flipped, cut, inserted).
For every variant ``validate`` and ``fmt --check`` must end with exit 0, 1 or 2 and
no uncaught exception; and the reader and the XSD must agree on structure.
"""

from __future__ import annotations

import os
import random

import pytest

from profstandards.rules import Selection
from profstandards.validation import validate_file
from profstandards.xmlio import reader
from profstandards.xmlio.writer import dumps
from tests.mutations import variant

ROUNDS = int(os.environ.get("PROFSTANDARDS_MUTATIONS", "2000"))


@pytest.mark.slow
def test_cli_survives_thousands_of_mutations(cli, tmp_path):
    rng = random.Random(20261126)
    path = tmp_path / "m.xml"
    outcomes: dict[int, int] = {}
    for _ in range(ROUNDS):
        data = variant(rng)
        path.write_bytes(data)
        for command in (("validate", "--format", "json"), ("fmt", "--check")):
            result = cli(*command, path)
            assert result.exception is None or isinstance(result.exception, SystemExit), (
                command, data[:200], result.exc_info)
            assert result.exit_code in (0, 1, 2)
            assert "Traceback" not in result.output
        outcomes[result.exit_code] = outcomes.get(result.exit_code, 0) + 1
        _reader_and_schema_agree(path, data)
    assert len(outcomes) >= 2  # the variants really differ in outcome


def _reader_and_schema_agree(path, data: bytes) -> None:
    validation = validate_file(path, selection=Selection(select=("PS0",)))  # the XSD layer
    if validation.error is not None:
        return
    result = reader.read_bytes(data, str(path))
    structural = [p for p in result.problems if p.msg is not reader.P_COMMENT]
    codes = {f.code for f in validation.findings}
    if not validation.findings:
        assert structural == [], [p.message("en") for p in structural]
    if not result.problems:
        # Nothing lost: the only schema errors left are bad values, and a rewrite is exact.
        assert codes <= {"PS007"}, codes
        for style in ("registry", "pretty"):
            assert reader.read_bytes(dumps(result.document, style)).document == result.document
