"""A borrowed ОТФ/ТФ keeps its origin through reading and writing, in both styles, and
the file stays valid against the schema."""

from __future__ import annotations

import pytest

from profstandards import model
from profstandards.validation import validate_file
from profstandards.xmlio import reader, writer
from tests.conftest import corpus_file


@pytest.mark.parametrize("style", ["pretty", "registry"])
def test_origin_round_trips_and_stays_schema_valid(style, tmp_path):
    doc = reader.read_file(corpus_file("ps4_06.001_2022")).document
    std = doc.standards[0]
    std.functions[0].origin = model.Origin("A", "12")
    std.functions[1].functions[0].origin = model.Origin('B/01.5 "x" & <y>?>', "530")
    data = writer.dumps(doc, style)
    assert b'<?profstandards-origin code="A" registration_number="12"?>' in data
    back = reader.read_bytes(data)
    assert back.problems == []
    assert back.document == doc
    assert back.document.standards[0].functions[1].functions[0].origin.code == \
        'B/01.5 "x" & <y>?>'
    assert writer.dumps(back.document, style) == data
    path = tmp_path / "borrowed.xml"
    path.write_bytes(data)
    assert [f for f in validate_file(path).findings if f.code < "PS100"] == []


def test_a_malformed_origin_instruction_is_a_problem_not_a_silent_loss():
    data = corpus_file("ps4_06.001_2022").read_bytes().replace(
        b"<GeneralizedWorkFunction>", b"<GeneralizedWorkFunction><?profstandards-origin A?>", 1)
    problems = reader.read_bytes(data).problems
    assert len(problems) == 1 and "profstandards-origin" in problems[0].message()
