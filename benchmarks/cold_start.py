"""Benchmark: how long the command line takes to start, against a bare interpreter.

Each command runs as a whole new process, alternately with ``python -c pass`` (the same
interpreter, so the same site-packages), several rounds; the best run of each is
compared.  Targets (issue 13): ``--help`` and ``--version`` ≤ 3 ×; ``validate`` of one
small file ≤ 6 ×.  The package is byte-compiled first (an installed copy is; with
``PYTHONDONTWRITEBYTECODE`` set, a checkout would recompile changed modules at every
start).  ``validate`` is timed three ways: with every rule and no morphology cache on
disk (the wording rules load the pymorphy3 dictionaries: the cold figure, the one held
to the target); with every rule and a warm cache (a methodologist validating the same
standard again, the editor loop: see ``profstandards/morph_cache.py``); and with the
rule families that need no morphology.

    python benchmarks/cold_start.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL = min((ROOT / "tests" / "fixtures" / "corpus").glob("*.xml"), key=lambda p: p.stat().st_size)
CACHE = tempfile.mkdtemp(prefix="profstandards-bench-")
OFF, WARM = {"PROFSTANDARDS_CACHE_DIR": ""}, {"PROFSTANDARDS_CACHE_DIR": CACHE}
COMMANDS = {  # label: (arguments, environment, target)
    "--help": (["--help"], OFF, 3.0),
    "--version": (["--version"], OFF, 3.0),
    "validate, one small file": (["validate", "--no-config", str(SMALL)], OFF, 6.0),
    "  the same, warm cache": (["validate", "--no-config", str(SMALL)], WARM, 6.0),
    "validate, no morphology": (["validate", "--no-config", "--select", "PS0,PS1,PS2,PS3,PS5",
                                 str(SMALL)], OFF, 6.0),
}


def run(args: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, check=False, env={**os.environ, **(env or {})})
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
        for label, (args, env, _) in COMMANDS.items():
            best[label] = min(best[label],
                              run([sys.executable, "-m", "profstandards", *args], env))
    base = best["python -c pass"]
    print(f"best of {rounds}; python -c pass: {base * 1000:.0f} ms; small file: {SMALL.name}")
    ok = True
    for label, (_, _, target) in COMMANDS.items():
        ratio = best[label] / base
        print(f"{label:<26} {best[label] * 1000:6.0f} ms  {ratio:4.1f} x  (target <= {target})")
        ok = ok and ratio <= target
    return 0 if ok else 1


if __name__ == "__main__":
    try:
        raise SystemExit(main(sys.argv[1:]))
    finally:
        shutil.rmtree(CACHE, ignore_errors=True)
