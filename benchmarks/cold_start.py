"""Benchmark: how long the command line takes to start, against a bare interpreter.

Each command runs as a whole new process, alternately with ``python -c pass`` (the same
interpreter, so the same site-packages), several rounds; the best run of each is
compared.  Targets (issue 13): ``--help`` and ``--version`` ≤ 3 ×; ``validate`` of one
small file ≤ 6 ×.  The package is byte-compiled first (an installed copy is; with
``PYTHONDONTWRITEBYTECODE`` set, a checkout would recompile changed modules at every
start).  ``validate`` is timed twice: with every rule (the wording rules load
the pymorphy3 dictionaries) and with the rule families that need no morphology.

    python benchmarks/cold_start.py [--rounds N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL = min((ROOT / "tests" / "fixtures" / "corpus").glob("*.xml"), key=lambda p: p.stat().st_size)
COMMANDS = {
    "--help": (["--help"], 3.0),
    "--version": (["--version"], 3.0),
    "validate, one small file": (["validate", "--no-config", str(SMALL)], 6.0),
    "validate, no morphology": (["validate", "--no-config", "--select", "PS0,PS1,PS2,PS3,PS5",
                                 str(SMALL)], 6.0),
}


def run(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, check=False)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args(argv).rounds
    import profstandards

    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    str(Path(profstandards.__file__).parent)], check=True)
    bare = [sys.executable, "-c", "pass"]
    best = {label: float("inf") for label in ["python -c pass", *COMMANDS]}
    for _ in range(rounds):
        best["python -c pass"] = min(best["python -c pass"], run(bare))
        for label, (args, _) in COMMANDS.items():
            best[label] = min(best[label], run([sys.executable, "-m", "profstandards", *args]))
    base = best["python -c pass"]
    print(f"best of {rounds}; python -c pass: {base * 1000:.0f} ms; small file: {SMALL.name}")
    ok = True
    for label, (_, target) in COMMANDS.items():
        ratio = best[label] / base
        print(f"{label:<26} {best[label] * 1000:6.0f} ms  {ratio:4.1f} x  (target <= {target})")
        ok = ok and ratio <= target
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
