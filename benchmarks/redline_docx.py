"""Benchmark: `profstandards diff --format docx-redline` against the export of the new
version alone.

Pairs: reg. 4 «Программист» 2013 → 2022 (227 changes) and reg. 566, the export with
skills and knowledge swapped → the correct one (every ТФ's two lists exchanged: the
most revisions in the corpus).  In one process, alternately, several rounds; the best
and the median of each:

* baseline — ``DocxRenderer().render(new)``: the export of the new version (the same
  layout, one version);
* the comparison alone (``compare``, word caches emptied first);
* the redline — ``compare`` and ``redline.render``: both versions laid out at once,
  every difference a tracked change.

A cold command-line run (process start and imports included) is timed as well.

    .venv/bin/python benchmarks/redline_docx.py [OLD.xml NEW.xml]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from profstandards.diff import compare, redline, textdiff
from profstandards.render.docx import DocxRenderer
from profstandards.xmlio import reader

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
PAIRS = [(CORPUS / "ps4_06.001_2013-11-18.xml", CORPUS / "ps4_06.001_2022-07-20.xml"),
         (CORPUS / "ps566_06.028_2015-10-05_export2020-02_skills-knowledge-swapped.xml",
          CORPUS / "ps566_06.028_2015-10-05.xml")]
ROUNDS = 15
DATE = datetime(2024, 1, 1, tzinfo=UTC)


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def bench(old_path: Path, new_path: Path) -> None:
    old, new = reader.load(old_path), reader.load(new_path)

    def export() -> bytes:
        return DocxRenderer().render(new.standards[0])

    def comparison():
        textdiff.clear_caches()
        return compare(old, new)

    def full() -> bytes:
        return redline.render(comparison(), date=DATE)

    times: dict[str, list[float]] = {"export": [], "compare": [], "redline": []}
    for _ in range(ROUNDS):
        for name, func in (("export", export), ("compare", comparison), ("redline", full)):
            times[name].append(timed(func))
    changes = len(comparison().changes)
    data = full()
    print(f"pair: {old_path.name} -> {new_path.name} ({changes} changes, "
          f"{len(data) // 1024} KB redline)")
    for name, label in (("export", "export of the new version (baseline)"),
                        ("compare", "comparison alone"),
                        ("redline", "docx-redline (compare + layout)")):
        print(f"  {label:38}: {min(times[name]) * 1000:7.1f} ms best of {ROUNDS} "
              f"(median {statistics.median(times[name]) * 1000:.1f})")
    ratio = min(times["redline"]) / min(times["export"])
    print(f"  {'ratio redline / export':38}: {ratio:7.2f}x")


def cold_cli(old_path: Path, new_path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "profstandards", "diff", "--format", "docx-redline",
               "-o", str(Path(tmp) / "r.docx"), str(old_path), str(new_path)]
        elapsed = timed(lambda: subprocess.run(cmd, capture_output=True, check=False))
    print(f"cold CLI docx-redline, {old_path.name[:14]}…: {elapsed * 1000:7.1f} ms "
          f"(process start and imports included)")


def main(argv: list[str]) -> int:
    pairs = [tuple(Path(p) for p in argv)] if len(argv) == 2 else PAIRS
    for old_path, new_path in pairs:
        bench(old_path, new_path)
    cold_cli(*pairs[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
