"""Benchmark: ``profstandards validate`` over a registry-size batch of files.

The genuine exports of ``tests/fixtures/corpus`` are copied into a temporary directory
until there are ``--files`` of them (default 1,700, about the size of the registry).
Measured, each as a whole command-line run (process start included), wall clock:

* the floor: bare lxml parse + our XSD of every file, on one process and on two;
* ``validate`` with ``--jobs 1`` and ``--jobs 2``, over one file, the first 100 and all
  of them: wall time, time per further file, and the peak memory of the whole process
  tree (the command and its workers, sampled every 10 ms): the sum of resident sets
  (pages the workers share with the parent counted in each) and of proportional sets.

Targets (issue 13): validate ≤ 4 × the two-process floor; peak ≤ 150 MB; time per file
the same at 100 and at 1,700 files.  The copies repeat 25 standards, so the
morphology's per-word caches warm up faster than on a real registry.

    python benchmarks/registry_scale.py [--files N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.xml"))
FLOOR_RATIO = 4.0
PEAK_MB = 150.0


def replicate(target: Path, count: int) -> list[Path]:
    """``count`` files in ``target``: the corpus over and over, in subdirectories of 100."""
    paths = []
    for i in range(count):
        source = CORPUS[i % len(CORPUS)]
        path = target / f"{i // 100:02d}" / f"{i:04d}_{source.name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, path)
        paths.append(path)
    return paths


def _bare(paths: list[str]) -> int:
    """Bare lxml parse + our XSD of ``paths`` (one process's share of the floor)."""
    from lxml import etree

    from profstandards.xmlio.xsd import generate

    schema = etree.XMLSchema(etree.fromstring(generate().encode()))
    return sum(bool(schema.validate(etree.parse(p))) for p in paths)


def floor(paths: list[Path], jobs: int) -> float:
    """Wall time of the bare floor on ``jobs`` processes (started fresh, as a command is)."""
    names = [str(p) for p in paths]
    start = time.perf_counter()
    if jobs == 1:
        subprocess.run([sys.executable, "-c", "import sys; from benchmarks.registry_scale "
                        "import _bare; _bare(sys.argv[1:])", *names], check=True, cwd=ROOT)
    else:
        parts = [names[i::jobs] for i in range(jobs)]
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(_bare, parts))
    return time.perf_counter() - start


def _tree_rss(pid: int) -> tuple[int, int]:
    """Resident set size and proportional set size (shared pages divided among the
    processes that share them), in bytes, of process ``pid`` and all its descendants."""
    rss = pss = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup", encoding="ascii") as rollup:
                for line in rollup:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as kids:
                    todo += [int(k) for k in kids.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return rss, pss


def validate(directory: Path, jobs: int) -> tuple[float, float, float]:
    """Wall time (s), peak tree RSS and PSS (MB) of ``profstandards validate --jobs N DIR``."""
    command = [sys.executable, "-m", "profstandards", "validate", "--no-config",
               "--jobs", str(jobs), str(directory)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = peak_pss = 0
    while process.poll() is None:
        rss, pss = _tree_rss(process.pid)
        peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        time.sleep(0.01)
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"validate failed with exit code {process.returncode}")
    return elapsed, peak / 1e6, peak_pss / 1e6


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1700)
    parser.add_argument("--keep", type=Path, help="generate the files here and keep them")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="profstandards-scale-"))
    try:
        everything = work / "all"
        paths = replicate(everything, args.files)
        size = sum(p.stat().st_size for p in paths) / 1e6
        first = work / "first100"
        first.mkdir(exist_ok=True)
        for path in paths[:100]:
            target = first / path.name
            if not target.exists():
                target.symlink_to(path)
        print(f"{len(paths)} files, {size:.0f} MB (the {len(CORPUS)} corpus files repeated)")
        floors = {jobs: floor(paths, jobs) for jobs in (1, 2)}
        for jobs, seconds in floors.items():
            print(f"floor, bare lxml parse + XSD, {jobs} process(es): {seconds:6.2f} s")
        ok = True
        for jobs in (1, 2):
            one, _, _ = validate(paths[0], jobs)  # process start, imports, dictionaries
            small, _, _ = validate(first, jobs)
            whole, peak, peak_pss = validate(everything, jobs)
            ratio = whole / floors[2]
            per_small = (small - one) / 99 * 1000
            per_whole = (whole - one) / (len(paths) - 1) * 1000
            print(f"validate --jobs {jobs}: {whole:6.2f} s = {ratio:4.1f} x the two-process "
                  f"floor (target <= {FLOOR_RATIO}); peak RSS {peak:.0f} MB (target <= "
                  f"{PEAK_MB:.0f}), PSS {peak_pss:.0f} MB; one file {one:.2f} s; per further "
                  f"file {per_small:.1f} ms over 100 files, {per_whole:.1f} ms over {len(paths)}")
            ok = ok and ratio <= FLOOR_RATIO and peak <= PEAK_MB
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
