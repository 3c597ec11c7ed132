"""Benchmark: DOCX export of the largest corpus standard and of the whole corpus.

Both run in the same process, alternately, several rounds; the best round of each is
compared.  Baseline: the least python-docx work that puts every value of the standard
into a document — ``Document()``, one ``add_paragraph`` per value, ``save`` — i.e. no
layout at all.  Ours: ``DocxRenderer().render`` — the whole printed layout (tables,
merges, styles, sections, contents, notes) and the deterministic package.  The HTML
export and a cold command-line run (process start and imports) are timed as well.

    python benchmarks/export_docx.py [DIR ...]   # default: tests/fixtures/corpus
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

from profstandards import model
from profstandards.render import html
from profstandards.render.docx import DocxRenderer
from profstandards.xmlio import reader

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 2.0  # for a standard of 50+ ТФ
ROUNDS = 7


def values(standard: model.Standard) -> list[str]:
    """Every text value of the standard (what the baseline writes)."""
    out = []
    for node in model.walk(standard):
        if isinstance(node, model.Item):
            out.append(node.text)
        elif not isinstance(node, model.Seq):
            out += [getattr(node, name) for name in model.text_fields(node)]
    return out


def baseline(standard: model.Standard) -> bytes:
    document = docx.Document()
    for text in values(standard):
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def best(func, standards: list[model.Standard]) -> tuple[float, float]:
    runs = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for standard in standards:
            func(standard)
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def main(argv: list[str]) -> int:
    dirs = argv or [str(ROOT / "tests" / "fixtures" / "corpus")]
    paths = sorted(p for d in dirs for p in Path(d).rglob("*.xml"))
    standards = [s for p in paths for s in reader.read_file(p).document.standards]
    largest = max(standards, key=lambda s: sum(1 for _ in s.work_functions()))
    wordiest = max(standards, key=lambda s: len(values(s)))
    renderer = DocxRenderer()
    renderer.render(largest)  # warm up: imports, template, caches
    print(f"corpus: {len(paths)} files, {len(standards)} standards; best of {ROUNDS} rounds")
    for label, s in (("most ТФ", largest), ("most values", wordiest)):
        print(f"{label:11}: reg. {s.registration_number} {s.general.code}, {len(s.functions)} ОТФ, "
              f"{sum(1 for _ in s.work_functions())} ТФ, {len(values(s))} values")
    rows = []
    for scope, group in (("most ТФ", [largest]), ("most values", [wordiest]),
                         ("corpus", standards)):
        rows += [(f"{scope}, baseline (plain paragraphs)", best(baseline, group)),
                 (f"{scope}, profstandards DOCX", best(renderer.render, group)),
                 (f"{scope}, profstandards HTML", best(html.render, group))]
    for label, (fastest, median) in rows:
        print(f"{label:40}: {fastest * 1000:8.1f} ms  (median {median * 1000:.1f})")
    for i, scope in enumerate(("most ТФ", "most values", "corpus")):
        ratio = rows[3 * i + 1][1][0] / rows[3 * i][1][0]
        print(f"ratio DOCX / baseline, {scope:17}: {ratio:8.2f}x")
    source = next(p for p in paths if largest in reader.read_file(p).document.standards)
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "profstandards", "export", str(source), "-o", out],
                       capture_output=True, check=True)
        cold = time.perf_counter() - start
    print(f"cold CLI export of the largest file      : {cold * 1000:8.1f} ms "
          "(process start + imports included)")
    worst = max(rows[1][1][0], rows[4][1][0], cold)
    print(f"target: <= {TARGET_SECONDS:.1f} s for a standard of 50+ ТФ: "
          f"{'met' if worst <= TARGET_SECONDS else 'MISSED'} ({worst:.2f} s)")
    return 0 if worst <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
