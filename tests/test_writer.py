"""Writing back: the registry style gives the same bytes, the pretty style the same model."""

from __future__ import annotations

import os

import pytest

from profstandards import files
from profstandards.xmlio.reader import read_bytes, read_file
from profstandards.xmlio.writer import dumps
from tests.conftest import COMPACT, CORPUS, PRETTY_2017, corpus_file, multi_standard_file


@pytest.mark.parametrize("path", COMPACT, ids=lambda p: p.name)
def test_registry_style_gives_the_same_bytes(path):
    data = path.read_bytes()
    assert dumps(read_bytes(data, str(path)).document, "registry") == data


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_pretty_style_reads_back_to_an_equal_model(path):
    document = read_file(path).document
    pretty = dumps(document, "pretty")
    again = read_bytes(pretty, "pretty.xml")
    assert again.problems == []
    assert again.document == document
    assert dumps(again.document, "pretty") == pretty  # idempotent
    assert dumps(again.document, "registry") == dumps(document, "registry")


def test_pretty_style_is_the_layout_of_the_2017_registry_export():
    # TAB indentation, one element per line; the 2017 file only lacks the final newline.
    assert dumps(read_file(PRETTY_2017).document, "pretty") == PRETTY_2017.read_bytes() + b"\n"


def test_multi_standard_file_round_trips_byte_for_byte():
    data = multi_standard_file([corpus_file(p) for p in ("ps1055", "ps27_", "ps4_06.001_2022")])
    assert dumps(read_bytes(data).document, "registry") == data


def test_registry_style_escapes_what_xml_requires():
    document = read_file(corpus_file("ps148_")).document
    document.standards[0].name = 'A & B <x> "q" \r\nC'
    out = dumps(document, "registry")
    assert b"<NameProfessionalStandart>A &amp; B &lt;x&gt; \"q\" &#13;\nC<" in out
    assert read_bytes(out).document.standards[0].name == 'A & B <x> "q" \r\nC'


def test_prolog_comments_and_schema_binding_survive(tmp_path):
    data = corpus_file("ps148_").read_bytes().replace(
        b'<XMLCardInfo xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        b'xmlns:xsd="http://www.w3.org/2001/XMLSchema"',
        b'<?xml-model href="schemas/profstandard.xsd"?>\n<!-- draft -->\n<XMLCardInfo '
        b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        b'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        b'xsi:noNamespaceSchemaLocation="../schemas/profstandard.xsd"', 1)
    result = read_bytes(data)
    assert result.problems == []
    doc = result.document
    assert doc.prolog == ('<?xml-model href="schemas/profstandard.xsd"?>', "<!-- draft -->")
    assert doc.attributes == (("xsi:noNamespaceSchemaLocation", "../schemas/profstandard.xsd"),)
    for style in ("registry", "pretty"):
        assert read_bytes(dumps(doc, style)).document == doc
    assert dumps(doc, "registry") == data


def test_atomic_write_replaces_whole_file_and_keeps_mode(tmp_path):
    target = tmp_path / "s.xml"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    files.write_atomic(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["s.xml"]  # no temporary left behind


def test_atomic_write_leaves_the_old_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "s.xml"
    target.write_bytes(b"old")

    def boom(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.xml"]
