"""Benchmark: `profstandards new` (jinja2 template route) against a plain read + write.

``new`` renders ``templates/new-standard.xml.j2``, parses the result, checks it against
the schema, reads it into the model and writes it in the pretty layout.  The baseline
is what ``fmt`` does to the same bytes — parse, read into the model, write — i.e. the
least any tool that emits a canonical file through the model has to do.  The ratio is
the price of the template (and of its safety check); both run in the same process,
best of several rounds, after a first render that compiles the template (timed on its
own: the command line pays it once per run).  A cold command-line run is timed too.

    python benchmarks/new_skeleton.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from profstandards import scaffold
from profstandards.xmlio import reader, writer

SIZES = {"3 ОТФ x 3 ТФ (like our drafts)": (3, 3), "10 ОТФ x 10 ТФ": (10, 10)}
ROUNDS = 30
TARGET_RATIO = 3.0


def outline(otf: int, tf: int) -> scaffold.Outline:
    levels = tuple(min(9, 2 + i) for i in range(otf))
    return scaffold.Outline("Стандарт", "Вид деятельности", "29", levels, (tf,) * otf)


def best(func, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    scaffold._environment.cache_clear()
    start = time.perf_counter()
    scaffold.render(outline(3, 3))
    first = (time.perf_counter() - start) * 1000
    print(f"{'first render (compiles template)':32}: {first:6.2f} ms")
    worst = 0.0
    for label, (otf, tf) in SIZES.items():
        plan = outline(otf, tf)
        data = writer.dumps(scaffold.render(plan), "pretty")
        ours = best(lambda plan=plan: writer.dumps(scaffold.render(plan), "pretty"))
        base = best(lambda data=data: writer.dumps(reader.read_bytes(data).document, "pretty"))
        worst = max(worst, ours / base)
        print(f"{label:32}: new {ours * 1000:6.2f} ms, read+write {base * 1000:6.2f} ms, "
              f"ratio {ours / base:5.2f}x  ({len(data) / 1000:.0f} kB)")
    with tempfile.TemporaryDirectory() as tmp:
        cli = [sys.executable, "-m", "profstandards", "new", "-o", str(Path(tmp) / "x.xml"),
               "--name", "Стандарт", "--activity", "Вид", "--code", "29", "--levels", "2,3,4",
               "--functions", "3"]
        start = time.perf_counter()
        subprocess.run(cli, capture_output=True, check=True)
        print(f"{'cold CLI run, 3 x 3':32}: {(time.perf_counter() - start) * 1000:6.1f} ms "
              "(process start + imports included)")
    print(f"worst ratio {worst:.2f}x (target <= {TARGET_RATIO}x)")
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
