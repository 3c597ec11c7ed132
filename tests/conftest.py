"""Shared fixtures: the genuine registry exports copied into tests/fixtures/corpus."""

from __future__ import annotations

import http.server
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from profstandards import i18n
from profstandards.cli import main

# No morphology cache on disk unless a test asks for one (in its own directory): every
# run analyses afresh, and nothing is written to the home directory (subprocesses inherit).
os.environ["PROFSTANDARDS_CACHE_DIR"] = ""

# CI draws the same Hypothesis examples on every run (a landing must not depend on luck);
# a local run explores new ones (and keeps what fails in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("PROFSTANDARDS_CI"):
    settings.load_profile("ci")

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS_DIR = FIXTURES / "corpus"
CORPUS = sorted(CORPUS_DIR.glob("*.xml"))
PRETTY_2017 = CORPUS_DIR / "ps4_06.001_export2017_pretty-printed_no-order-date.xml"
COMPACT = [p for p in CORPUS if p != PRETTY_2017]


def corpus_file(prefix: str) -> Path:
    """The one corpus file whose name starts with ``prefix``."""
    matches = [p for p in CORPUS if p.name.startswith(prefix)]
    assert len(matches) == 1, (prefix, matches)
    return matches[0]


def multi_standard_file(paths: list[Path]) -> bytes:
    """A registry download holding several standards, built the way the registry builds
    it: the records of each single export concatenated on the records line."""
    records = []
    for path in paths:
        data = path.read_bytes()
        start = data.index(b"<ProfessionalStandarts>\n") + len(b"<ProfessionalStandarts>\n")
        records.append(data[start:data.index(b"</ProfessionalStandarts>")])
    head = COMPACT[0].read_bytes().split(b"\n")[:3]
    return b"\n".join([*head, b"".join(records) + b"</ProfessionalStandarts>",
                       b"</XMLCardInfo>", b""])


REGISTRY_FILES = ("ps190_", "ps4_06.001_2022", "ps565_", "ps1090_")
"""The corpus files of the small registry the PS8xx tests check against."""


@pytest.fixture(scope="session")
def corpus_registry(tmp_path_factory) -> Path:
    """A registry database (profstandards registry build) of :data:`REGISTRY_FILES`."""
    from profstandards.registry import index

    db = tmp_path_factory.mktemp("registry") / "corpus.db"
    index.build([corpus_file(p) for p in REGISTRY_FILES], db, jobs=1)
    return db


@pytest.fixture(autouse=True)
def _russian() -> None:
    """Every test starts in the default language."""
    i18n.set_lang("ru")
    yield
    i18n.set_lang("ru")


@pytest.fixture
def cli():
    """Run the CLI in-process: ``cli("validate", path) -> click Result``."""
    runner = CliRunner()

    def run(*args: str, input: bytes | None = None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=True)

    return run


@pytest.fixture
def http_server():
    """A local HTTP server that records every request (no request may reach it)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY x "pwned">')

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()
