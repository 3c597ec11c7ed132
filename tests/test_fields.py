"""The field table agrees with the model and the registry format, and walks a standard
in printed order."""

from __future__ import annotations

import dataclasses

from profstandards import fields, model
from profstandards.xmlio import reader, spec
from tests.conftest import CORPUS

STRUCTURE = {"general", "functions", "developers", "responsible", "source", "footnotes_list",
             "loc", "locs"}


def test_every_value_attribute_of_the_model_is_in_the_table_once():
    for owner, cls in fields.OWNER_CLASSES.items():
        attrs = [f.name for f in dataclasses.fields(cls) if f.name not in STRUCTURE]
        assert sorted(fields.names(owner)) == sorted(attrs), owner
        # Printed order: the model's order, but the origin row right after the header.
        table = list(fields.names(owner))
        if "origin" in attrs:
            attrs.remove("origin")
            attrs.insert(3, "origin")
        assert table == attrs, owner


def test_keys_are_unique_and_labels_present():
    keys = [f.key for f in fields.FIELDS]
    assert len(keys) == len(set(keys))
    for f in fields.FIELDS:
        assert f.label.ru and f.label.en, f.key
        assert f.optional == (f.shape in (fields.UNITS, fields.ORIGIN)
                              and f.key != "general.okz")


def test_spec_maps_every_model_attribute_onto_the_table():
    """Every TEXT/LIST element of the format fills a field of the table, and every field
    of the table is filled by one element."""
    owner_of = {cls: owner for owner, cls in fields.OWNER_CLASSES.items()}
    filled: set[tuple[fields.Owner, str]] = set()

    def visit(el: spec.El, owner: fields.Owner | None) -> None:
        for child in el.children:
            if child.kind is spec.Kind.NODE and child.cls in owner_of:
                visit(child, owner_of[child.cls])
            elif child.kind is spec.Kind.WRAP:
                visit(child, owner)
            elif child.kind is spec.Kind.LIST and child.item.kind is spec.Kind.NODE \
                    and child.item.cls in owner_of:
                visit(child, owner)  # the standards of a file, the ОТФ or ТФ of a list
            elif child.kind in (spec.Kind.TEXT, spec.Kind.LIST):
                assert owner is not None, child.tag
                assert fields.find(owner, child.attr) is not None, (owner, child.tag)
                filled.add((owner, child.attr))

    visit(spec.ROOT, None)
    # The origin of a borrowed function is a processing instruction, not an element.
    assert filled == {(f.owner, f.name) for f in fields.FIELDS if f.shape is not fields.ORIGIN}


def test_values_walk_every_text_of_a_real_standard_in_order():
    for path in CORPUS[:5]:
        for std in reader.read_file(path).document.standards:
            vals = list(fields.values(std))
            items = sum(len(getattr(node, f.name)) for owner, node in fields.owners(std)
                        for f in fields.of(owner, fields.ITEMS))
            assert sum(v.field.shape is fields.ITEMS for v in vals) == items
            wf_codes = [v.text for v in vals if v.field.key == "wf.code"]
            assert wf_codes == [wf.code for _, wf in std.work_functions()]
            for v in vals:
                if v.field.shape is fields.ITEMS:
                    assert isinstance(v.node, model.Item) and v.text == v.node.text
