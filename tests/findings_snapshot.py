"""The findings of the corpus and of broken variants of it, as a text snapshot.

``validate`` has been made faster more than once (reading values straight from the
tree, shared text walks of the rules, parallel runs); the snapshot pins that none of
it changed a finding: every finding of every corpus file under both profiles, in full,
and a digest of the findings (and of the lossless reader's problems) of each of a few
hundred broken variants.  A change to the rules changes the snapshot on purpose:
regenerate it with ``python -m tests.findings_snapshot`` and review the diff.
"""

from __future__ import annotations

import hashlib
import random
import sys
import tempfile
from pathlib import Path

from profstandards.errors import InputError
from profstandards.rules import PROFILES, Selection
from profstandards.validation import FileResult, validate_file
from profstandards.xmlio import reader
from tests.conftest import CORPUS, FIXTURES
from tests.mutations import variant

SNAPSHOT = FIXTURES / "findings_snapshot.txt"
VARIANTS = 300
SEED = 20260131


def _lines(name: str, result: FileResult) -> list[str]:
    return [f"{name}:{f.line}:{f.column}: {f.severity} {f.code} {f.message('ru')} "
            f"{f.message('en')} {f.xpath}" for f in result.all_findings()]


def _digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def snapshot() -> list[str]:
    """The snapshot's lines, computed now."""
    out = []
    for profile in PROFILES:
        selection = Selection(profile=profile)
        for path in CORPUS:
            out.append(f"# {path.name} ({profile})")
            out += _lines(path.name, validate_file(path, selection=selection))
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.xml"
        for i in range(VARIANTS):
            data = variant(rng)
            path.write_bytes(data)
            findings = _lines("m.xml", validate_file(path))
            try:
                problems = [f"{p.line}:{p.column}: {p.message('en')}"
                            for p in reader.read_bytes(data, "m.xml").problems]
            except InputError as e:
                problems = [e.render()]
            out.append(f"variant {i}: {len(findings)} findings {_digest(findings)}, "
                       f"{len(problems)} problems {_digest(problems)}")
    return out


if __name__ == "__main__":
    SNAPSHOT.write_text("\n".join(snapshot()) + "\n", encoding="utf-8")
    print(f"written {SNAPSHOT}", file=sys.stderr)
