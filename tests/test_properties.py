"""Property: any model, written in either style and read back, is the same model."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from profstandards.xmlio.reader import read_bytes, read_file
from profstandards.xmlio.writer import dumps
from tests import strategies
from tests.conftest import corpus_file


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.document)
def test_write_then_read_gives_the_same_model(document):
    for style in ("registry", "pretty"):
        data = dumps(document, style)
        again = read_bytes(data, f"{style}.xml").document
        assert again == document, style
        assert dumps(again, style) == data


@settings(max_examples=100, deadline=None)
@given(strategies.text)
def test_any_text_value_survives_both_styles(value):
    document = read_file(corpus_file("ps148_")).document
    wf = document.standards[0].functions[0].functions[0]
    wf.labor_actions.items[0].text = value
    wf.name = value
    for style in ("registry", "pretty"):
        again = read_bytes(dumps(document, style)).document
        wf2 = again.standards[0].functions[0].functions[0]
        assert (wf2.name, wf2.labor_actions[0].text) == (value, value)
