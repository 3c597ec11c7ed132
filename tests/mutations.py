"""Broken variants of real files, shared by the mutation test and the findings snapshot.

Each variant is a genuine export with one random defect: an element deleted,
duplicated, swapped with its neighbour, moved, renamed (to another tag of the
format, to its container's name, to garbage), its text corrupted, an attribute,
comment or stray text added, or its bytes damaged (flipped, cut, inserted).
"""

from __future__ import annotations

import contextlib
import random

from lxml import etree

from profstandards.xmlio import spec
from tests.conftest import CORPUS

SMALL = sorted(CORPUS, key=lambda p: p.stat().st_size)[:8]
TAGS = sorted({el.tag for el, _ in spec.walk()})
JUNK = ["<", "&", "]]>", "&#0;", "\x00", "\ufeff", "Ж", "<!--", "\r", "&amp"]


def tree_mutation(rng: random.Random, root: etree._Element) -> None:
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


def byte_mutation(rng: random.Random, data: bytes) -> bytes:
    pos = rng.randrange(len(data))
    kind = rng.randrange(4)
    if kind == 0:
        return data[:pos]
    if kind == 1:
        return data[:pos] + bytes([rng.randrange(256)]) + data[pos + 1:]
    if kind == 2:
        return data[:pos] + rng.choice(JUNK).encode("utf-8") + data[pos:]
    return data[:pos] + data[pos + rng.randrange(1, 50):]


def variant(rng: random.Random) -> bytes:
    """One broken variant of a small corpus file."""
    data = rng.choice(SMALL).read_bytes()
    if rng.random() < 0.35:
        return byte_mutation(rng, data)
    root = etree.fromstring(data)
    with contextlib.suppress(ValueError):  # lxml refuses to nest an element in itself
        tree_mutation(rng, root)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")
