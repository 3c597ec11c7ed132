"""Benchmark: `profstandards validate` against bare lxml parse + XSD validation.

Both run over the same corpus in the same process, alternately, several rounds;
the best round of each is compared.  Baseline: ``lxml.etree.parse`` + the
compiled ``lxml.etree.XMLSchema`` of our XSD, i.e. the least any validator of the
format has to do.  Ours: what ``validate`` does per file — hardened parse, element
positions, the full model, the schema gate (and the complete error list where it
fails).  A cold command-line run is timed separately (process start and imports).

    python benchmarks/validate_corpus.py [DIR ...]   # default: tests/fixtures/corpus
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from lxml import etree

from profstandards.validation import validate_file
from profstandards.xmlio.schema import builtin
from profstandards.xmlio.xsd import generate

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 3.0


def corpus(dirs: list[str]) -> list[Path]:
    dirs = dirs or [str(ROOT / "tests" / "fixtures" / "corpus")]
    return sorted(p for d in dirs for p in Path(d).rglob("*.xml"))


def bare_lxml(paths: list[Path], schema: etree.XMLSchema) -> float:
    start = time.perf_counter()
    for path in paths:
        tree = etree.parse(str(path))
        schema.validate(tree)
    return time.perf_counter() - start


def ours(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        validate_file(path)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    paths = corpus(argv)
    size = sum(p.stat().st_size for p in paths)
    schema = etree.XMLSchema(etree.fromstring(generate().encode()))
    builtin()  # compile ours once, as the baseline's schema is compiled once
    rounds = 15
    base, mine = [], []
    for _ in range(rounds):
        base.append(bare_lxml(paths, schema))
        mine.append(ours(paths))
    b, m = min(base), min(mine)
    print(f"corpus: {len(paths)} files, {size / 1e6:.2f} MB; best of {rounds} rounds")
    for label, best, runs in (("bare lxml parse + XSD       ", b, base),
                              ("profstandards validate (lib)", m, mine)):
        print(f"{label}: {best * 1000:8.1f} ms  (median {statistics.median(runs) * 1000:.1f})")
    ratio = m / b
    print(f"ratio                       : {ratio:8.2f}x  (target <= {TARGET_RATIO}x)")
    cli = [sys.executable, "-m", "profstandards", "validate", *map(str, paths)]
    start = time.perf_counter()
    subprocess.run(cli, capture_output=True, check=False)
    print(f"cold CLI run, whole corpus  : {(time.perf_counter() - start) * 1000:8.1f} ms "
          "(process start + imports included)")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
