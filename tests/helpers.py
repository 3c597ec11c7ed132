"""Helpers several test modules share (test modules never import each other)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from profstandards import model
from profstandards.diff.changes import Comparison
from profstandards.render.docx import DocxRenderer
from profstandards.xmlio import reader
from tests import ooxml_view as view
from tests.conftest import corpus_file

# Inputs every command must refuse in one line with exit code 2.
BAD_INPUTS = {
    "empty.xml": b"",
    "garbage.xml": bytes(range(256)) * 4,
    "malformed.xml": b"<?xml version='1.0'?>\n<XMLCardInfo><a></b></XMLCardInfo>",
    "wrong_root.xml": b"<?xml version='1.0'?>\n<html/>",
    "encoding.xml": b"<?xml version='1.0' encoding='klingon-8'?>\n<XMLCardInfo/>",
    "latin.xml": "<?xml version='1.0'?>\n<XMLCardInfo>Привет</XMLCardInfo>".encode("cp1251"),
    "laughs.xml": b'<!DOCTYPE a [<!ENTITY a "aa">]><XMLCardInfo>&a;</XMLCardInfo>',
}


# The JSON schema of ``diff --format json``.
DIFF_SCHEMA = json.loads((Path(__file__).parents[1] / "schemas" / "diff.schema.json").read_text())

# A directory of user-supplied classifier CSVs (ОКЗ, ОКПДТР, ОКСО) for --classifiers.
USER_CLASSIFIERS = str(Path(__file__).parent / "fixtures" / "classifiers" / "user")


# A standard to alter in diff tests, and its ОТФ/ТФ by code.
ORIGINAL = reader.load(corpus_file("ps566_06.028_2015-10-05.xml"))


def std(document: model.Document) -> model.Standard:
    return document.standards[0]


def gf(document: model.Document, code: str) -> model.GeneralizedFunction:
    return next(g for g in std(document).functions if g.code == code)


def wf(document: model.Document, code: str) -> model.WorkFunction:
    return next(w for _, w in std(document).work_functions() if w.code == code)


def reads_as_the_exports(result: Comparison, out: bytes, layout: str = "maket-2013") -> None:
    """Accept all = the export of every new version, reject all = of every old one."""
    for name, side in ((view.ACCEPT, "new"), (view.REJECT, "old")):
        exports = [DocxRenderer(layout).render(std) for d in result.standards
                   if (std := getattr(d, side)) is not None]
        assert view.paragraphs(out, name) == [
            text for data in exports for text in view.paragraphs(data, view.ACCEPT)], name
        assert view.tables(out, name) == [
            table for data in exports for table in view.tables(data, view.ACCEPT)], name
        # no empty paragraph or table is left where a block of the other version stood
        assert view.structure(out, name) == "".join(
            view.structure(data, view.ACCEPT) for data in exports), name


_FRESH_RUN = """
import sys
from profstandards.cli import main
code = 0
try:
    main(sys.argv[2:])
except SystemExit as e:
    code = e.code if isinstance(e.code, int) else int(e.code is not None)
with open(sys.argv[1], "w") as f:
    f.write(f"{code}\\n" + " ".join(sorted({m.split('.')[0] for m in sys.modules})))
"""


@dataclass
class FreshRun:
    stdout: str
    exit_code: int
    modules: set[str]  # the top-level modules the run imported


def run_fresh(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> FreshRun:
    """The command line run in a new interpreter (its own imports, its own start-up),
    with ``env`` added to this process's environment."""
    probe = tmp_path / "fresh-run.txt"
    out = subprocess.run([sys.executable, "-c", _FRESH_RUN, str(probe), *args],
                         capture_output=True, text=True, env={**os.environ, **(env or {})},
                         check=False)
    code, modules = probe.read_text().split("\n", 1)
    return FreshRun(out.stdout, int(code), set(modules.split()))
