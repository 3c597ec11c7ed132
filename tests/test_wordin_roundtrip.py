"""Export → import gives back every printed value, in order: every corpus standard in both
layouts, and Hypothesis-generated standards.  What the print cannot carry is listed in
:mod:`tests.word_values` and normalised on both sides; nothing else is.  Generated
standards may have borrowed functions (``model.Origin``), which the 2013 layout prints."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from profstandards import model
from profstandards.render.layouts import LAYOUTS
from profstandards.xmlio import reader
from tests import strategies
from tests.conftest import CORPUS
from tests.word_docs import export, imported
from tests.word_values import normal, printed_values


def assert_round_trip(standard, layout: str) -> None:
    result = imported(export(standard, layout))
    assert len(result.document.standards) == 1
    back = result.document.standards[0]
    assert printed_values(back, layout) == printed_values(standard, layout)
    assert result.unplaced == []
    assert result.disagreements == []
    assert result.outside == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_every_corpus_standard_comes_back_from_its_export(path, layout):
    for standard in reader.read_file(path).document.standards:
        assert_round_trip(standard, layout)


@st.composite
def borrowing(draw) -> model.Standard:
    """A generated standard whose ОТФ and ТФ may be borrowed (an origin of any text)."""
    standard = draw(strategies.standard)
    origin = st.none() | st.builds(model.Origin, strategies.text, strategies.text)
    for gf in standard.functions:
        gf.origin = draw(origin)
        for wf in gf.functions:
            wf.origin = draw(origin)
    return standard


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(standard=borrowing())
@example(standard=model.Standard(  # a date that is only a note mark: it reads as one
    "", "", "", "¹", model.GeneralInfo("", "", "", model.Seq([]), None), model.Seq([]),
    model.Developers(model.ResponsibleDeveloper("", "", ""), model.Seq([]))))
def test_generated_standards_come_back_from_their_export(standard, layout):
    assert_round_trip(standard, layout)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_borrowed_functions_come_back_in_the_2013_layout(layout):
    from tests.word_docs import standard

    original = standard()
    original.functions[1].origin = model.Origin("A", "530")
    original.functions[0].functions[2].origin = model.Origin("B/02.5", "1090")
    back = imported(export(original, layout)).document.standards[0]
    borrowed = [(gf.origin, [wf.origin for wf in gf.functions]) for gf in back.functions]
    if LAYOUTS[layout].origin_tables:
        assert borrowed[1][0] == model.Origin("A", "530")
        assert borrowed[0][1][2] == model.Origin("B/02.5", "1090")
        assert sum(o is not None for gf, wfs in borrowed for o in [gf, *wfs]) == 2
    else:  # the 446н layout prints no «Происхождение» rows
        assert all(o is None for gf, wfs in borrowed for o in [gf, *wfs])


def test_the_comparison_is_not_vacuous():
    # A single changed value, a dropped item or swapped items are caught.
    from tests.word_docs import standard

    original = standard()
    values = printed_values(original)
    assert len(values) > 300
    changed = standard()
    changed.functions[0].functions[0].labor_actions.items[0].text += "!"
    assert printed_values(changed) != values
    dropped = standard()
    del dropped.functions[0].job_titles.items[0]
    assert printed_values(dropped) != values
    swapped = standard()
    skills = swapped.functions[0].functions[0].skills.items
    skills[0], skills[1] = skills[1], skills[0]
    assert printed_values(swapped) != values


def test_only_what_the_print_cannot_carry_is_normalised():
    assert normal(" a \r\n\r\n b ") == "a\nb"
    assert normal("–") == normal("-") == normal("") == ""
    assert normal("a\u00a0b") == "a b"
    assert normal("a b") != normal("ab")
    assert normal("A/01.3") != normal("А/01.3")  # look-alike letters are not normalised


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_blank_generalized_functions_stay_apart(layout):
    # Found by Hypothesis: two ОТФ printed all «-» in the map are two, not one repeated.
    def blank() -> model.GeneralizedFunction:
        empty = model.Seq
        return model.GeneralizedFunction("", "", "", empty(), empty(), empty(), empty(),
                                         empty(), None, None, None, None, None, None, empty())
    from tests.word_docs import standard

    original = standard()
    original.functions.items = [blank(), blank()]
    assert_round_trip(original, layout)
