"""Benchmark: reading one reviewer's file into rows of the сводка.

For the largest standard of the corpus (reg. 233, 52 ТФ) and for reg. 1090, a review is
made as the tests make one (``tests/test_comments.py``: Word comments, tracked changes)
and, from it, a copy without anchors (placed by text).  Each is read, in the same process,
alternately with the baseline, several rounds; the best round of each is compared.

Baseline: the least a reader of Word files does — python-docx opens the file and reads
the text of every paragraph and table cell (``Document``, ``paragraphs``, every cell).
Ours: :func:`profstandards.comments.collect.read_review` — open safely, walk the body
with anchors, comment ranges and revisions, place every comment and change (by anchors
or by text), check that the review is of this standard.

    python benchmarks/comments_collect.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from profstandards.comments.collect import read_review  # noqa: E402
from profstandards.render.blocks import Key, code_key  # noqa: E402
from profstandards.render.docx import DocxRenderer  # noqa: E402
from profstandards.xmlio import reader  # noqa: E402
from tests.conftest import corpus_file  # noqa: E402
from tests.review_files import Review  # noqa: E402

ROUNDS = 5


def baseline(path: Path) -> int:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return len(texts)


def review_of(standard, draft: bytes) -> bytes:
    """Comments on the first item of every list of the first ТФ of every ОТФ, and a
    tracked change in the first labor action of each of them."""
    review = Review(draft)
    for gf in standard.functions:
        wf = gf.functions[0]
        for field in ("labor_actions", "skills", "knowledge"):
            if len(getattr(wf, field)):
                review.comment_on(Key(code_key(wf.code), field, 0), "Уточнить", "Иванов")
        first = wf.labor_actions[0].text.split()[0]
        review.replace_words(Key(code_key(wf.code), "labor_actions", 0), first,
                             "Новое", "Петров")
    return review.save()


def best(func, *args) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        func(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for prefix in ("ps233_", "ps1090_"):
            path = corpus_file(prefix)
            standard = reader.read_file(path).document.standards[0]
            draft = DocxRenderer(draft=True).render(standard)
            anchored = Path(tmp) / f"{prefix}anchored.docx"
            anchored.write_bytes(review_of(standard, draft))
            stripped = Review(anchored.read_bytes())
            stripped.strip_anchors()
            bare = Path(tmp) / f"{prefix}bare.docx"
            bare.write_bytes(stripped.save())
            for name, review in (("anchors", anchored), ("no anchors", bare)):
                rows = len(read_review(standard, review))
                ours, base = best(read_review, standard, review), best(baseline, review)
                print(f"{path.name[:16]:16} {name:10} {rows:3} rows  ours {ours:6.3f} s  "
                      f"python-docx text {base:6.3f} s  ratio {ours / base:4.1f}")


if __name__ == "__main__":
    main()
