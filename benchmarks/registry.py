"""Benchmark: the registry index at registry size — ``registry build``, ``registry search``
and ``validate --registry`` (issue 11: build ≤ 60 s on two cores, a search ≤ 50 ms,
``validate --registry`` ≤ 100 ms more than without, memory flat in the number of files).

The corpus (25 genuine exports) is replicated into a temporary directory until it holds
``--standards`` standards (default 1,700, the size of the registry) or ``--megabytes``
(default 250), whichever is more: each copy gets its own registration number and code
and — so that the vocabulary, the item signatures and the candidates are not those of 25
standards repeated — every tenth Russian word of its texts is replaced by another word
form from pymorphy3's dictionary (a different one in each copy).

Printed: build time (fresh, then a no-op re-run and a re-run after 20 files changed),
peak memory of the build process and of its workers for a quarter of the files and for
all of them, database size; search latency in process (mean and worst of 30 queries)
and from the command line; ``validate`` of single standards with and without the
registry, in process (best of 3) and from the command line.

    python benchmarks/registry.py [--standards N] [--megabytes M] [--jobs J] [--keep DIR]
"""

from __future__ import annotations

import argparse
import itertools
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from profstandards import morph  # noqa: E402
from profstandards.registry.search import search  # noqa: E402
from profstandards.registry.store import Registry  # noqa: E402
from profstandards.rules import Selection  # noqa: E402
from profstandards.validation import validate_file  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
CLI = [sys.executable, "-m", "profstandards"]
QUERIES = ["монтажа учебного оборудования", "разработка баз данных", "резервное копирование",
           "анализ требований к программному обеспечению", "тестирование", "охрана труда",
           "настройка сетевых устройств", "руководство разработкой", "защита информации",
           "документирование", "управление проектами", "инженерно-экологические изыскания",
           "большие данные", "интерфейс пользователя", "контроль качества"]
_WORD = re.compile(r"(?<![<\w/])[А-Яа-яЁё]{4,}")
_NUMBER = re.compile(rb"<RegistrationNumber>[^<]*</RegistrationNumber>")
_CODE = re.compile(rb"<CodeKindProfessionalActivity>[^<]*</CodeKindProfessionalActivity>")


def word_pool(size: int = 200_000) -> list[str]:
    """Distinct Russian word forms from pymorphy3's dictionary."""
    seen: dict[str, None] = {}
    for word, *_ in itertools.islice(morph.analyzer().dictionary.iter_known_words(),
                                     0, 6_000_000, 7):
        if word.isalpha() and len(word) > 3 and "а" <= word[0] <= "я":
            seen.setdefault(word, None)
            if len(seen) == size:
                break
    return list(seen)


def replicate(target: Path, standards: int, megabytes: int) -> tuple[int, int]:
    """Write copies of the corpus into ``target``; (files, bytes)."""
    sources = [p.read_bytes() for p in sorted(CORPUS.glob("*.xml"))]
    pool = word_pool()
    files = total = 0
    counter = itertools.count()

    def vary(match: re.Match[str]) -> str:
        n = next(counter)
        return pool[(n // 10) % len(pool)] if n % 10 == 0 else match.group(0)

    while files < standards or total < megabytes * 1_000_000:
        data = sources[files % len(sources)]
        n = files + 1
        data = _NUMBER.sub(f"<RegistrationNumber>{90000 + n}</RegistrationNumber>".encode(),
                           data, count=1)
        data = _CODE.sub(f"<CodeKindProfessionalActivity>{50 + n // 1000}.{n % 1000:03d}"
                         "</CodeKindProfessionalActivity>".encode(), data, count=1)
        text = data.decode("utf-8")
        text = _WORD.sub(vary, text)
        data = text.encode("utf-8")
        (target / f"copy{n:05d}.xml").write_bytes(data)
        files += 1
        total += len(data)
    return files, total


_BUILD = """
import resource, sys, time
from profstandards.registry import index
t = time.perf_counter()
index.build(sys.argv[3:], sys.argv[1], jobs=int(sys.argv[2]))
me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(time.perf_counter() - t, me.ru_maxrss, kids.ru_maxrss, me.ru_utime + me.ru_stime,
      kids.ru_utime + kids.ru_stime)
"""


def build(paths: list[Path], db: Path, jobs: int) -> tuple[float, float, float, float, float]:
    """(wall seconds, peak MB of the build process, peak MB of a worker, CPU seconds of the
    build process, CPU seconds of the workers), in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _BUILD, str(db), str(jobs), *map(str, paths)],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout.split()
    return (float(out[0]), int(out[1]) / 1024, int(out[2]) / 1024, float(out[3]),
            float(out[4]))


def load() -> str:
    """The machine's load average over the last minute (others' work slows the timings)."""
    return Path("/proc/loadavg").read_text().split()[0]


def cli_seconds(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([*CLI, *args], capture_output=True, check=False, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--standards", type=int, default=1700)
    parser.add_argument("--megabytes", type=int, default=250)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="generate (or reuse) the copies here")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="registry-bench-"))
    folder = args.keep or tmp / "copies"
    try:
        if not (folder.is_dir() and any(folder.glob("*.xml"))):
            folder.mkdir(parents=True, exist_ok=True)
            start = time.perf_counter()
            count, size = replicate(folder, args.standards, args.megabytes)
            print(f"generated {count} files, {size / 1e6:.0f} MB in "
                  f"{time.perf_counter() - start:.0f} s")
        files = sorted(folder.glob("*.xml"))
        size = sum(p.stat().st_size for p in files)
        print(f"registry: {len(files)} files, {size / 1e6:.0f} MB; jobs {args.jobs}")
        db = tmp / "registry.db"
        quarter = tmp / "quarter.db"
        for name, paths, target in (("a quarter", files[: len(files) // 4], quarter),
                                    ("all files", [folder], db)):
            before = load()
            seconds, parent, worker, cpu, cpu_workers = build(paths, target, args.jobs)
            print(f"build, {name}: {seconds:.1f} s wall (load average {before} → {load()} on "
                  f"{args.jobs} cores; target ≤ 60 s); CPU: build process {cpu:.1f} s, workers "
                  f"{cpu_workers:.1f} s; peak memory: build process {parent:.0f} MB, worker "
                  f"{worker:.0f} MB; database {target.stat().st_size / 1e6:.0f} MB")
        seconds = build([folder], db, args.jobs)[0]
        print(f"re-run, nothing changed: {seconds:.1f} s")
        for path in files[:20]:
            path.write_bytes(path.read_bytes().replace("Трудов".encode(), "трудов".encode(), 1)
                             + b"\n")
        seconds = build([folder], db, args.jobs)[0]
        print(f"re-run, 20 files changed: {seconds:.1f} s")

        registry = Registry(db)
        search(registry, QUERIES[0])  # warm: open, first page cache
        times = []
        for query in QUERIES * 2:
            start = time.perf_counter()
            search(registry, query)
            times.append(time.perf_counter() - start)
        print(f"search in process: mean {statistics.mean(times) * 1000:.1f} ms, worst "
              f"{max(times) * 1000:.1f} ms (target ≤ 50 ms)")
        print(f"search from the command line (process start included): "
              f"{cli_seconds('registry', 'search', QUERIES[1], '--db', str(db)):.2f} s")

        targets = [*sorted((ROOT / "standards").glob("*.xml")),
                   CORPUS / "ps1090_06.042_2020-07-06.xml", files[len(files) // 2]]
        plain, with_registry = Selection(profile="draft"), Selection(profile="draft",
                                                                     registry=str(db))
        for path in targets:
            validate_file(path, selection=with_registry)  # warm: morphology, database pages
            base = min(_timed(lambda p=path: validate_file(p, selection=plain))
                       for _ in range(3))
            more = min(_timed(lambda p=path: validate_file(p, selection=with_registry))
                       for _ in range(3))
            print(f"validate {path.name[:40]:40}: {base * 1000:4.0f} ms, with the registry "
                  f"{more * 1000:4.0f} ms (+{(more - base) * 1000:.0f} ms; target ≤ +100 ms)")
        first = targets[0]
        cold_plain = min(cli_seconds("validate", "--profile", "draft", str(first))
                         for _ in range(2))
        cold_registry = min(cli_seconds("validate", "--profile", "draft", "--registry", str(db),
                                        str(first)) for _ in range(2))
        print(f"validate from the command line, {first.name}: {cold_plain:.2f} s, with the "
              f"registry {cold_registry:.2f} s")
        registry.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
