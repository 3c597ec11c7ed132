"""Benchmark: importing the exported largest corpus standard from Word, against a bare
python-docx load of the same file.

The largest corpus standard (by file size) is exported to DOCX in each layout; then,
alternately in each of many rounds in one process, (a) the baseline — ``docx.Document(file)``,
python-docx opening and parsing the package, nothing read from it — and (b) ours —
``wordin.read_package(office.open_bytes(...))``: the hardened open, the parse, merged
cells resolved, every value read into the model with its Word place, sections II and
III cross-checked (the import pauses the cyclic garbage collector, see
``wordin.read_package``; each call starts after a full collection).  CPU time of this
process; printed: the best round of each and their ratio, and the median of the rounds'
ratios (steadier on a busy machine).  Target ≤ 3×.

    python benchmarks/import_docx.py [DIR]   # default: tests/fixtures/corpus
"""

from __future__ import annotations

import gc
import io
import statistics
import sys
import time
from pathlib import Path

import docx

from profstandards import office, wordin
from profstandards.render.docx import DocxRenderer
from profstandards.wordin import labels
from profstandards.xmlio import reader

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 25
TARGET = 3.0


def timed(func, data: bytes) -> float:
    gc.collect()  # each starts clean: no collection of the other's garbage on its time
    start = time.process_time()
    func(data)
    return time.process_time() - start


def baseline(data: bytes) -> None:
    docx.Document(io.BytesIO(data))


def ours(data: bytes) -> None:
    labels.clear_caches()  # as in a fresh process: nothing cached from the last round
    wordin.read_package(office.open_bytes(data, "bench.docx"))


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "tests" / "fixtures" / "corpus"
    largest = max(folder.glob("*.xml"), key=lambda p: p.stat().st_size)
    standard = reader.read_file(largest).document.standards[0]
    worst = 0.0
    print(f"{largest.name}: {sum(1 for _ in standard.work_functions())} ТФ")
    for layout in ("maket-2013", "maket-446n"):
        data = DocxRenderer(layout).render(standard)
        result = wordin.read_package(office.open_bytes(data, "bench.docx"))
        assert not result.unplaced, result.unplaced[:3]
        ours(data), baseline(data)  # warm up
        rounds = [(timed(baseline, data), timed(ours, data)) for _ in range(ROUNDS)]
        a, b = min(r[0] for r in rounds), min(r[1] for r in rounds)
        ratio = b / a
        median = statistics.median(o / p for p, o in rounds)
        worst = max(worst, ratio)
        print(f"{layout}: {len(data) // 1024} KB; python-docx load {a * 1000:.1f} ms, "
              f"import {b * 1000:.1f} ms: best {ratio:.2f}×, median of rounds {median:.2f}× "
              f"(target ≤ {TARGET:.0f}×)")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
