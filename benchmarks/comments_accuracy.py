"""Measurement: how often a reviewer's comment lands on the right element.

For every standard of the corpus, 40 values are drawn at random (seeded) from those the
draft prints; each gets a Word comment (python-docx's comments API) on its section III
(or only) printing, and every 4th list item also a tracked change by another author —
its first word typed over (``tests/review_files.py``).  The review is collected as is
(anchors) and with every bookmark stripped (placed by text), and each row is compared
with the value commented or changed: section, ОТФ/ТФ code, field, item.

    python benchmarks/comments_accuracy.py [N]   # N values per standard, default 40
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from profstandards.comments import anchors  # noqa: E402
from profstandards.comments.collect import read_review  # noqa: E402
from profstandards.comments.locate import element_of  # noqa: E402
from profstandards.render.blocks import Key  # noqa: E402
from profstandards.render.docx import DocxRenderer  # noqa: E402
from profstandards.xmlio import reader  # noqa: E402
from tests.conftest import COMPACT  # noqa: E402
from tests.review_files import Review  # noqa: E402


def printings(review: Review) -> dict[str, int]:
    """Base anchor name → how many times the draft prints the value."""
    out: dict[str, int] = {}
    from docx.oxml.ns import qn
    for mark in review.body.iter(qn("w:bookmarkStart")):
        name = mark.get(qn("w:name"))
        if anchors.is_value_anchor(name):
            base = anchors.strip_occurrence(name)
            out[base] = out.get(base, 0) + 1
    return out


def main(per_standard: int = 40) -> None:
    rng = random.Random(10)
    totals = {"anchors": [0, 0, 0], "no anchors": [0, 0, 0]}  # right, wrong, not placed
    with tempfile.TemporaryDirectory() as tmp:
        for path in COMPACT:
            standard = reader.read_file(path).document.standards[0]
            draft = DocxRenderer(draft=True).render(standard)
            review = Review(draft)
            counts = printings(review)
            keys = [k for k in anchors.keys(standard) if anchors.base_name(k) in counts
                    and k.field not in ("approval_date", "order_number")]
            chosen = rng.sample(keys, min(per_standard, len(keys)))
            want = {}
            for n, key in enumerate(chosen):
                text = f"Замечание {n}"
                occurrence = counts[anchors.base_name(key)]
                review.comment_on(key, text, "Иванов", occurrence)
                row = Key(key.scope, key.field, key.index)
                want[text] = element_of(row, standard)
                words = " ".join(r.text or "" for r in review.runs(key, occurrence)).split()
                if n % 4 == 0 and key.index is not None and key.part is None and words \
                        and len(words[0]) > 3:
                    new = review.replace_words(key, words[0], f"ИЗМЕНЕНО{n}", "Петров", occurrence)
                    want[new] = want[text]
            files = {"anchors": review.save()}
            bare = Review(files["anchors"])
            bare.strip_anchors()
            files["no anchors"] = bare.save()
            for kind, data in files.items():
                target = Path(tmp) / f"{path.stem}-{kind}.docx"
                target.write_bytes(data)
                got = {e.comment or e.proposed_text: e.element
                       for e in read_review(standard, target)}
                right = sum(got.get(t) == w for t, w in want.items())
                missing = sum(got.get(t) is None for t in want)
                totals[kind][0] += right
                totals[kind][1] += len(want) - right - missing
                totals[kind][2] += missing
                wrong = [(t, str(w), str(got.get(t))) for t, w in want.items()
                         if got.get(t) is not None and got.get(t) != w]
                lost = [(t, str(w)) for t, w in want.items() if got.get(t) is None]
                if wrong or lost:
                    print(f"{path.name} {kind}: wrong {wrong[:2]} not placed {lost[:2]}")
    for kind, (right, wrong, missing) in totals.items():
        total = right + wrong + missing
        placed = right + wrong
        print(f"{kind:10}: {total} comments and changes, right {right} ({right / total:.1%}), "
              f"wrong {wrong}, not placed {missing}; precision {right / max(placed, 1):.1%}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
