"""Benchmark: `profstandards diff` against xmldiff (default options) on a real revision.

Default pair: reg. 4 «Программист», the 2013 standard and its 2022 revision (both in
tests/fixtures/corpus).  Both tools run in this process on the same two files: xmldiff's
``main.diff_files`` with default options (its edit script), and what ``profstandards
diff`` does (strict read of both files, the domain comparison, the text report).  Our
word-level caches are emptied before every run, so each run starts cold.  Reported:
best and median times, their ratio, and the number of operations each reports (xmldiff's
edit actions, our changes).  A cold command-line run is timed separately.

xmldiff is not a dependency of profstandards; install it with the ``bench`` extra:

    .venv/bin/pip install -e ".[bench]"
    .venv/bin/python benchmarks/diff_vs_xmldiff.py [OLD.xml NEW.xml]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from profstandards.diff import compare, text, textdiff
from profstandards.xmlio import reader

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
PAIR = (CORPUS / "ps4_06.001_2013-11-18.xml", CORPUS / "ps4_06.001_2022-07-20.xml")
TARGET_SPEEDUP, TARGET_OPS = 100.0, 1 / 3


def ours(old: Path, new: Path) -> tuple[float, int, Counter]:
    textdiff.clear_caches()
    start = time.perf_counter()
    comparison = compare(reader.load(old, strict=True), reader.load(new, strict=True))
    text.render(comparison)
    elapsed = time.perf_counter() - start
    changes = comparison.changes
    return elapsed, len(changes), Counter(c.kind.value for c in changes)


def theirs(old: Path, new: Path) -> tuple[float, int, Counter]:
    from xmldiff import main

    start = time.perf_counter()
    actions = main.diff_files(str(old), str(new))
    elapsed = time.perf_counter() - start
    return elapsed, len(actions), Counter(type(a).__name__ for a in actions)


def main(argv: list[str]) -> int:
    try:
        import xmldiff  # noqa: F401
    except ImportError:
        print("xmldiff is not installed: .venv/bin/pip install -e \".[bench]\"")
        return 2
    old, new = (Path(p) for p in argv) if len(argv) == 2 else PAIR
    rounds_theirs, rounds_ours = 3, 30
    xd = [theirs(old, new) for _ in range(rounds_theirs)]
    us = [ours(old, new) for _ in range(rounds_ours)]
    x_best, u_best = min(t for t, _, _ in xd), min(t for t, _, _ in us)
    x_ops, x_kinds = xd[0][1], xd[0][2]
    u_ops, u_kinds = us[0][1], us[0][2]
    print(f"pair: {old.name} -> {new.name}")
    print(f"xmldiff (default options)  : {x_best * 1000:9.1f} ms best of {rounds_theirs} "
          f"(median {statistics.median(t for t, _, _ in xd) * 1000:.1f}), "
          f"{x_ops} actions {dict(x_kinds)}")
    print(f"profstandards diff (lib)   : {u_best * 1000:9.1f} ms best of {rounds_ours} "
          f"(median {statistics.median(t for t, _, _ in us) * 1000:.1f}), "
          f"{u_ops} changes {dict(u_kinds)}")
    speedup, ops = x_best / u_best, u_ops / x_ops
    print(f"speed-up                   : {speedup:9.0f}x  (target >= {TARGET_SPEEDUP:.0f}x)")
    print(f"operations, ours/xmldiff   : {ops:9.2f}   (target <= {TARGET_OPS:.2f})")
    cli = [sys.executable, "-m", "profstandards", "diff", str(old), str(new)]
    start = time.perf_counter()
    subprocess.run(cli, capture_output=True, check=False)
    print(f"cold CLI run               : {(time.perf_counter() - start) * 1000:9.1f} ms "
          "(process start and imports included)")
    return 0 if speedup >= TARGET_SPEEDUP and ops <= TARGET_OPS else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
