"""Hypothesis strategies: random but well-formed models of the format."""

from __future__ import annotations

from hypothesis import strategies as st

from profstandards import model

# Any character XML 1.0 can carry (no C0 controls but TAB/LF/CR, no surrogates,
# no U+FFFE/U+FFFF), with the ones the writer must escape made likely.
_XML_CHARS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(32) if c not in (9, 10, 13)] + ["\ufffe",
                                                                                "\uffff"],
)
text = st.one_of(
    st.just(""),
    st.sampled_from(["-", "–", " ", "и", "или", "\r\n", "A & B", "<br />", "«кавычки»"]),
    st.text(_XML_CHARS, max_size=30),
    st.text(st.sampled_from("Абв &<>\"'\r\n\t"), max_size=12),
)


def seq(item, min_size=0, max_size=3):
    return st.builds(model.Seq, st.lists(item, min_size=min_size, max_size=max_size))


items = seq(st.builds(model.Item, text))
unit = st.builds(model.ClassifierUnit, text, text)
units = seq(unit)
optional_units = st.none() | units

work_function = st.builds(
    model.WorkFunction, code=text, name=text, level=text, labor_actions=items, skills=items,
    knowledge=items, other_characteristics=items, footnotes_list=st.booleans(),
)
generalized = st.builds(
    model.GeneralizedFunction, code=text, name=text, level=text, job_titles=items,
    education=items, experience=items, admission_conditions=items,
    other_characteristics=items, okz=optional_units, eks=optional_units,
    okpdtr=optional_units, okso=optional_units, oknpo=optional_units,
    oksvnk=optional_units, functions=seq(work_function, max_size=2),
)
standard = st.builds(
    model.Standard, name=text, registration_number=text, order_number=text,
    approval_date=text,
    general=st.builds(model.GeneralInfo, text, text, text, units, optional_units),
    functions=seq(generalized, max_size=2),
    developers=st.builds(model.Developers, st.builds(model.ResponsibleDeveloper, text, text,
                                                     text), items),
)
document = st.builds(
    model.Document, standards=seq(standard, min_size=1, max_size=2),
    namespaces=st.sampled_from([model.REGISTRY_NAMESPACES, model.REGISTRY_NAMESPACES[::-1],
                                ()]),
)
