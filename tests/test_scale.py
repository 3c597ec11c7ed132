"""Registry scale: ``--jobs`` gives the serial output byte for byte, Ctrl-C is clean,
the fast reader reads what the lenient one reads, and heavy libraries stay off the
start path."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from profstandards import model
from profstandards.errors import InputError
from profstandards.xmlio import reader, valid_reader
from profstandards.xmlio.parser import parse
from profstandards.xmlio.schema import builtin
from tests.conftest import CORPUS, corpus_file
from tests.helpers import run_fresh
from tests.mutations import variant

HEAVY = ("lxml", "docx", "jinja2", "xmlschema", "pymorphy3")


@pytest.fixture
def batch(tmp_path):
    """Corpus files, a schema-invalid copy, an unreadable file and an empty one."""
    for path in CORPUS[:6]:
        shutil.copy(path, tmp_path / path.name)
    data = corpus_file("ps27_").read_bytes()
    (tmp_path / "renamed.xml").write_bytes(data.replace(b"<LaborActions>", b"<LaborAction>", 1)
                                           .replace(b"</LaborActions>", b"</LaborAction>", 1))
    (tmp_path / "broken.xml").write_bytes(data[: len(data) // 2])
    (tmp_path / "empty.xml").write_bytes(b"")
    return tmp_path


@pytest.mark.parametrize("args", [("validate",), ("validate", "--format", "json"),
                                  ("validate", "--format", "sarif", "--lang", "en"),
                                  ("fmt", "--check")])
def test_jobs_give_the_serial_output_byte_for_byte(cli, batch, args):
    serial = cli(*args, "--jobs", "1", batch)
    parallel = cli(*args, "--jobs", "2", batch)
    assert serial.exit_code == parallel.exit_code == 2  # the unreadable files
    assert parallel.stdout == serial.stdout and parallel.stderr == serial.stderr
    assert serial.stdout.count("\n") >= 6  # every file (or its findings) reported


def test_jobs_with_a_registry_database(cli, batch, corpus_registry):
    """Each worker opens the database itself (none inherits the parent's connection)."""
    args = ("validate", "--format", "json", "--select", "PS8", "--registry", corpus_registry,
            batch)
    serial = cli(*args, "--jobs", "1")
    parallel = cli(*args, "--jobs", "2")
    assert parallel.stdout == serial.stdout and parallel.exit_code == serial.exit_code
    assert '"PS8' in serial.stdout


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_keeps_findings_not_models(batch, jobs):
    from profstandards.validation import validate_file, validate_paths

    paths = sorted(batch.glob("*.xml"))
    results = list(validate_paths(paths, jobs=jobs))
    assert [r.path for r in results] == [str(p) for p in paths]  # input order
    assert all(r.document is None for r in results)
    assert validate_file(corpus_file("ps27_")).document is not None  # one file: the model too


def test_jobs_must_be_positive(cli, batch):
    assert cli("validate", "--jobs", "0", batch).exit_code == 2


@pytest.mark.parametrize("args", [("--help",), ("--version",)])
def test_help_and_version_import_no_heavy_library(tmp_path, args):
    assert not run_fresh(tmp_path, *args).modules & set(HEAVY)


def test_morphology_loaded_only_when_a_rule_needs_it(tmp_path):
    path = str(corpus_file("ps27_"))
    # Codes, levels, content and classifiers need no morphology (wording, swap, expert do).
    assert "pymorphy3" not in run_fresh(tmp_path, "validate", "--select",
                                        "PS0,PS1,PS2,PS3,PS5", path).modules
    assert "pymorphy3" in run_fresh(tmp_path, "validate", path).modules


@pytest.mark.slow
def test_ctrl_c_stops_every_process_without_a_traceback(tmp_path):
    for i in range(40):
        for path in CORPUS:
            shutil.copy(path, tmp_path / f"{i}_{path.name}")
    process = subprocess.Popen(
        [sys.executable, "-m", "profstandards", "validate", "--jobs", "2", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 30
    while not _children(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)  # until the workers are there (and busy)
    workers = _children(process.pid)
    assert workers and process.poll() is None
    time.sleep(0.3)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal does: the whole group
    _, err = process.communicate(timeout=30)
    text = err.decode(errors="replace")
    assert "Traceback" not in text, text[-2000:]
    assert "Прервано" in text and "Проверено файлов" not in text  # stopped, not finished
    assert process.returncode == 130  # 128 + SIGINT, what shells expect
    time.sleep(0.5)
    assert not [pid for pid in workers if os.path.exists(f"/proc/{pid}")]  # none left over


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            return [int(child) for child in f.read().split()]
    except FileNotFoundError:
        return []


def _shape(document: model.Document) -> list:
    return [(type(node).__name__, node.loc, sorted(getattr(node, "locs", {}).items()))
            for node in model.walk(document)]


def test_the_fast_reader_reads_what_the_lenient_reader_reads():
    rng = random.Random(7)
    sources = [(p.name, p.read_bytes()) for p in CORPUS]
    sources += [(f"variant{i}", variant(rng)) for i in range(300)]
    read = 0
    for name, data in sources:
        try:
            parsed = parse(data, name)
        except InputError:
            continue
        if not valid_reader.applies(parsed, builtin().is_valid(parsed.root)):
            continue
        fast = valid_reader.read_valid(parsed)
        lenient = reader.read_parsed(parse(data, name), check=False)
        assert lenient.problems == [], name
        assert fast == lenient.document, name
        assert _shape(fast) == _shape(lenient.document), name  # locations too
        read += 1
    assert read >= len(CORPUS) + 50
