"""Registry XML → model for a file the schema has accepted: the fast path of ``validate``.

The lenient :mod:`reader` checks every child against the format table so that it can
read a broken file and say what the model lost.  A file that passes our XSD (and holds
no comment or processing instruction inside the root) needs none of that: every child
of a node is a known element at its place, every child of a list is its item, a leaf
has no children.  :func:`read_valid` relies on that and takes the values straight from
the tree — it is several times cheaper per element and gives exactly the model (values
and locations) the lenient reader gives for such a file.  :func:`applies` says whether
a parsed file qualifies.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from itertools import islice
from typing import cast

from lxml import etree

from profstandards import model
from profstandards.xmlio import spec
from profstandards.xmlio.parser import Parsed
from profstandards.xmlio.reader import _absent, _absent_children, _steps, document
from profstandards.xmlio.spec import El, Kind

TEXT, LIST, NODE, WRAP = Kind.TEXT, Kind.LIST, Kind.NODE, Kind.WRAP
Loc = model.Loc
Item = model.Item
new = tuple.__new__  # a lazy location without a Python call (as model.Loc.lazy)
_MARKUP = etree.XPath("boolean(//comment() | //processing-instruction())")


def applies(parsed: Parsed, valid: bool) -> bool:
    """Whether :func:`read_valid` may read ``parsed``: it is ``valid`` against our XSD
    and holds no comment or processing instruction inside the root."""
    return valid and not _MARKUP(parsed.root)


def read_valid(parsed: Parsed) -> model.Document:
    """The model of a file for which :func:`applies` holds."""
    root = parsed.root
    columns = parsed.columns
    loc = Loc.lazy(cast(int, root.sourceline) or 0, 0, "/" + root.tag, columns, None)
    values: dict = {}
    locs: dict = {}
    collecting = gc.isenabled()
    gc.disable()  # many small objects, none freed: the collector would only rescan them
    try:
        _node(root, spec.ROOT, loc, values, locs, 1, columns)
    finally:
        if collecting:
            gc.enable()
    return document(parsed, values, locs, loc)


def _node(el: etree._Element, sp: El, loc: Loc, values: dict, locs: dict, ordinal: int,
          columns: model.Columns) -> int:
    """Read the children of node (or wrapper) ``el`` into ``values``/``locs``; return the
    ordinal of the element after its subtree."""
    specs = sp.children
    pairs: Iterable[tuple[etree._Element, El]]
    if len(el) == len(specs):  # every child present: they are the table's, in order
        pairs = zip(el, specs, strict=True)
        seen = -1
    else:
        positions = sp.positions
        pairs = ((child, specs[positions[child.tag]]) for child in el)
        seen = 0
    for child, csp in pairs:
        kind = csp.kind
        tag = csp.tag
        if seen >= 0:
            seen |= 1 << sp.positions[tag]
        if kind is TEXT:
            locs[csp.attr] = new(Loc, (child.sourceline, ordinal, tag, columns, loc))
            values[csp.attr] = child.text or ""
            ordinal += 1
            continue
        child_loc = new(Loc, (child.sourceline, ordinal, tag, columns, loc))
        ordinal += 1
        if kind is LIST:
            item = csp.children[0]
            if item.kind is TEXT:
                values[csp.attr], ordinal = _items(child, item.tag, child_loc, ordinal, columns)
            else:
                values[csp.attr], ordinal = _nodes(child, item, child_loc, ordinal, columns)
        elif kind is NODE:
            child_values: dict = {}
            child_locs: dict = {}
            ordinal = _node(child, csp, child_loc, child_values, child_locs, ordinal, columns)
            values[csp.attr] = cast(type, csp.cls)(**child_values, loc=child_loc, locs=child_locs)
        elif kind is WRAP:
            locs[csp.attr] = child_loc
            ordinal = _node(child, csp, child_loc, values, locs, ordinal, columns)
        else:  # FLAG
            values[csp.attr] = True
            locs[csp.attr] = child_loc
    if seen >= 0:
        for i, csp in enumerate(specs):
            if not seen >> i & 1:
                if csp.kind is WRAP:
                    _absent_children(csp, values, loc)
                else:
                    values[csp.attr] = _absent(csp, loc)
    return ordinal


def _items(el: etree._Element, tag: str, loc: Loc, ordinal: int,
           columns: model.Columns) -> tuple[model.Seq, int]:
    """A text list: its items and the ordinal after them."""
    items: list[model.Item] = []
    append = items.append
    if len(el) > 1:  # XPath steps as lxml's getpath() writes them: indexed when repeated
        for step, child in zip(islice(_steps(tag, len(el)), 1, None), el, strict=False):
            append(Item(child.text or "", new(Loc, (child.sourceline, ordinal, step, columns,
                                                    loc))))
            ordinal += 1
    else:
        for child in el:
            append(Item(child.text or "", new(Loc, (child.sourceline, ordinal, tag, columns,
                                                    loc))))
            ordinal += 1
    return model.Seq(items, loc), ordinal


def _nodes(el: etree._Element, sp: El, loc: Loc, ordinal: int,
           columns: model.Columns) -> tuple[model.Seq, int]:
    """A list of nodes (standards, ОТФ, ТФ, classifier units) and the ordinal after them."""
    items = []
    cls = cast(type, sp.cls)
    steps = islice(_steps(sp.tag, len(el)), 1, None) if len(el) > 1 else (sp.tag,)
    for step, child in zip(steps, el, strict=False):
        item_loc = new(Loc, (child.sourceline, ordinal, step, columns, loc))
        values: dict = {}
        locs: dict = {}
        ordinal = _node(child, sp, item_loc, values, locs, ordinal + 1, columns)
        items.append(cls(**values, loc=item_loc, locs=locs))
    return model.Seq(items, loc), ordinal
