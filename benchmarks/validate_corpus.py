"""Benchmark: `profstandards validate` against bare lxml parse + XSD validation.

All variants run over the same corpus in the same process, alternately, several rounds;
the best round of each is compared.  Baseline: ``lxml.etree.parse`` + the compiled
``lxml.etree.XMLSchema`` of our XSD, i.e. the least any validator of the format has to
do.  Ours, twice: the schema layer only (``--select PS0``: hardened parse, the full
model, the schema gate) and everything ``validate`` does by default (the same plus every
content rule, with the line and column of each finding).

The rules keep process-wide caches per word (morphology) and per code; the best round
runs with them warm, as a batch run over many files does after its first files.  The
first round, with cold caches, is printed too, and a cold command-line run (process
start, imports, pymorphy3 dictionaries) is timed separately.

    python benchmarks/validate_corpus.py [DIR ...]   # default: tests/fixtures/corpus
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from profstandards.rules import Selection
from profstandards.validation import validate_file
from profstandards.xmlio.schema import builtin
from profstandards.xmlio.xsd import generate

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 3.0
SCHEMA_ONLY = Selection(select=("PS0",))


def corpus(dirs: list[str]) -> list[Path]:
    dirs = dirs or [str(ROOT / "tests" / "fixtures" / "corpus")]
    return sorted(p for d in dirs for p in Path(d).rglob("*.xml"))


def timed(run: Callable[[], object]) -> float:
    """CPU time of this thread: on a busy machine less noisy than the wall clock, and
    the same on an idle one (everything here runs in this thread)."""
    start = time.thread_time()
    run()
    return time.thread_time() - start


def main(argv: list[str]) -> int:
    paths = corpus(argv)
    size = sum(p.stat().st_size for p in paths)
    schema = etree.XMLSchema(etree.fromstring(generate().encode()))
    builtin()  # compile ours once, as the baseline's schema is compiled once

    def bare() -> None:
        for path in paths:
            schema.validate(etree.parse(str(path)))

    def schema_only() -> None:
        for path in paths:
            validate_file(path, selection=SCHEMA_ONLY)

    def everything() -> None:
        for path in paths:
            validate_file(path)

    variants = {"bare lxml parse + XSD": bare,
                "validate, schema only (PS0)": schema_only,
                "validate, all rules (default)": everything}
    first = {label: timed(run) for label, run in variants.items()}  # caches cold
    rounds = 15
    times: dict[str, list[float]] = {label: [] for label in variants}
    for _ in range(rounds):
        for label, run in variants.items():
            times[label].append(timed(run))
    print(f"corpus: {len(paths)} files, {size / 1e6:.2f} MB; best of {rounds} rounds")
    base, base_first = min(times["bare lxml parse + XSD"]), first["bare lxml parse + XSD"]
    for label, runs in times.items():
        best = min(runs)
        print(f"{label:<30}: {best * 1000:7.1f} ms  ratio {best / base:5.2f}x  (median "
              f"{statistics.median(runs) * 1000:.1f} ms; first round {first[label] * 1000:.1f} ms,"
              f" {first[label] / base_first:.2f}x)")
    ratio = min(times["validate, all rules (default)"]) / base
    print(f"ratio with all rules: {ratio:.2f}x (target <= {TARGET_RATIO}x)")
    cli = [sys.executable, "-m", "profstandards", "validate", *map(str, paths)]
    start = time.perf_counter()
    subprocess.run(cli, capture_output=True, check=False)
    print(f"cold CLI run, whole corpus: {(time.perf_counter() - start) * 1000:8.1f} ms "
          "(process start, imports and dictionaries included)")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
