"""Mutation test: thousands of broken variants of real files; the CLI never crashes.

Each variant is a genuine export with one random defect: an element deleted,
duplicated, swapped with its neighbour, moved, renamed (to another tag of the
format, to its container's name, to garbage), its text corrupted, an attribute,
comment or stray text added, or its bytes damaged (flipped, cut, inserted).
For every variant ``validate`` and ``fmt --check`` must end with exit 0, 1 or 2 and
no uncaught exception; and the reader and the XSD must agree on structure.
"""

from __future__ import annotations

import contextlib
import os
import random

from lxml import etree

from profstandards.rules import Selection
from profstandards.validation import validate_file
from profstandards.xmlio import reader, spec
from profstandards.xmlio.writer import dumps
from tests.conftest import CORPUS

ROUNDS = int(os.environ.get("PROFSTANDARDS_MUTATIONS", "2000"))
SMALL = sorted(CORPUS, key=lambda p: p.stat().st_size)[:8]
TAGS = sorted({el.tag for el, _ in spec.walk()})
JUNK = ["<", "&", "]]>", "&#0;", "\x00", "\ufeff", "Ж", "<!--", "\r", "&amp"]


def _tree_mutation(rng: random.Random, root: etree._Element) -> None:
    elements = list(root.iter(etree.Element))[1:]
    el = rng.choice(elements)
    parent = el.getparent()
    kind = rng.randrange(9)
    if kind == 0:
        parent.remove(el)
    elif kind == 1:
        parent.insert(parent.index(el) + 1, etree.fromstring(etree.tostring(el)))
    elif kind == 2 and el.getnext() is not None:
        el.getnext().addnext(el)  # swap with the next sibling
    elif kind == 3:
        el.tag = rng.choice(TAGS + [el.tag + "s", el.tag[:-1] or "X", "Foo"])
    elif kind == 4:
        el.text = "".join(rng.choice(JUNK[1:2] + ["x", " ", "5", "А", "-"]) for _ in range(5))
    elif kind == 5:
        rng.choice(elements).append(el)  # move somewhere else (into itself: ValueError)
    elif kind == 6:
        el.set(rng.choice(["id", "code", "level"]), "1")
    elif kind == 7:
        el.addprevious(etree.Comment(" note "))
    else:
        el.tail = rng.choice(["stray", " ", "\n\t"])


def _byte_mutation(rng: random.Random, data: bytes) -> bytes:
    pos = rng.randrange(len(data))
    kind = rng.randrange(4)
    if kind == 0:
        return data[:pos]
    if kind == 1:
        return data[:pos] + bytes([rng.randrange(256)]) + data[pos + 1:]
    if kind == 2:
        return data[:pos] + rng.choice(JUNK).encode("utf-8") + data[pos:]
    return data[:pos] + data[pos + rng.randrange(1, 50):]


def _variant(rng: random.Random) -> bytes:
    data = rng.choice(SMALL).read_bytes()
    if rng.random() < 0.35:
        return _byte_mutation(rng, data)
    root = etree.fromstring(data)
    with contextlib.suppress(ValueError):  # lxml refuses to nest an element in itself
        _tree_mutation(rng, root)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def test_cli_survives_thousands_of_mutations(cli, tmp_path):
    rng = random.Random(20261126)
    path = tmp_path / "m.xml"
    outcomes: dict[int, int] = {}
    for _ in range(ROUNDS):
        data = _variant(rng)
        path.write_bytes(data)
        for command in (("validate", "--format", "json"), ("fmt", "--check")):
            result = cli(*command, path)
            assert result.exception is None or isinstance(result.exception, SystemExit), (
                command, data[:200], result.exc_info)
            assert result.exit_code in (0, 1, 2)
            assert "Traceback" not in result.output
        outcomes[result.exit_code] = outcomes.get(result.exit_code, 0) + 1
        _reader_and_schema_agree(path, data)
    assert len(outcomes) >= 2  # the variants really differ in outcome


def _reader_and_schema_agree(path, data: bytes) -> None:
    validation = validate_file(path, selection=Selection(select=("PS0",)))  # the XSD layer
    if validation.error is not None:
        return
    result = reader.read_bytes(data, str(path))
    structural = [p for p in result.problems if p.msg is not reader.P_COMMENT]
    codes = {f.code for f in validation.findings}
    if not validation.findings:
        assert structural == [], [p.message("en") for p in structural]
    if not result.problems:
        # Nothing lost: the only schema errors left are bad values, and a rewrite is exact.
        assert codes <= {"PS007"}, codes
        for style in ("registry", "pretty"):
            assert reader.read_bytes(dumps(result.document, style)).document == result.document
