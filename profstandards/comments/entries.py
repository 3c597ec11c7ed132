"""The rows of the сводка: which element of the standard, what the reviewer said or proposed.

An :class:`Element` names a place in the standard the way the сводка and the JSON do:
section, ОТФ/ТФ code, field, item number from 1.  :func:`describe` writes it as the
сводка's «Структурный элемент проекта» (``Раздел III, ТФ A/01.6, Трудовые действия,
п. 3``) and :func:`parse` reads such a text back — also as a developer or a reviewer
typed it (``ТФ A/01.6 трудовые действия п.3``), so a row placed by hand is applied too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from profstandards import fields, function_codes, model
from profstandards.render.blocks import code_key
from profstandards.render.keys import function_of, node_of

SECTIONS = ("I", "II", "III", "IV", "V")
WHOLE = "Проект в целом"
SECTION_WORD = "Раздел"
NEW_AFTER = "новый пункт после п. {n}"
NEW_FIRST = "новый пункт в начале"
GF_WORD, WF_WORD = "ОТФ", "ТФ"


@dataclass(frozen=True)
class Element:
    """A place in the standard: ``section`` (``None``: the draft as a whole), the ОТФ/ТФ
    ``code`` as the XML has it, the model ``field`` (``None``: the whole section, ОТФ or
    ТФ), the ``item`` number from 1 (``None``: the whole value or list).  ``new``: a new
    item proposed at position ``item`` (after item ``item - 1``)."""

    section: str | None
    code: str | None = None
    field: str | None = None
    item: int | None = None
    new: bool = False

    def as_json(self) -> dict[str, object]:
        return {"section": self.section, "code": self.code, "field": self.field,
                "item": self.item}


@dataclass
class Entry:
    """One row of the сводка (``element`` ``None``: not placed, «не сопоставлено»)."""

    element: Element | None
    draft_text: str | None
    comment: str
    proposed_text: str | None  # None: only a comment; "": remove the element
    author: str
    date: str | None
    source: str
    order: tuple = field(default=(), compare=False)  # where in the file it was found

    def as_json(self, number: int) -> dict[str, object]:
        return {"id": number, "element": None if self.element is None else
                self.element.as_json(), "draft_text": self.draft_text,
                "comment": self.comment, "proposed_text": self.proposed_text,
                "author": self.author, "date": self.date, "source": self.source}


def owner_of(element: Element, standard: model.Standard | None = None) -> fields.Owner | None:
    """Which model node ``element`` is on."""
    if element.code is not None:
        node = node_of(standard, code_key(element.code)) if standard is not None else None
        if node is not None:
            return fields.WF if isinstance(node, model.WorkFunction) else fields.GF
        return fields.WF if "/" in element.code else fields.GF
    if element.section == "IV":
        return fields.Owner.DEVELOPERS if element.field == "organizations" \
            else fields.Owner.RESPONSIBLE
    if element.section == "I" and element.field is not None:
        return fields.Owner.GENERAL if fields.find(fields.Owner.GENERAL, element.field) or \
            element.field == "area" else fields.Owner.STANDARD
    return None


def field_of(element: Element, standard: model.Standard | None = None) -> fields.Field | None:
    owner = owner_of(element, standard)
    if owner is None or element.field is None:
        return None
    return fields.find(owner, element.field)


def describe(element: Element | None, standard: model.Standard | None = None) -> str:
    """«Структурный элемент проекта»: ``Раздел III, ТФ A/01.6, Трудовые действия, п. 3``."""
    if element is None:
        return ""
    if element.section is None:
        return WHOLE
    f = field_of(element, standard)
    if f is not None and f.owner is fields.Owner.STANDARD:
        return f.label.ru
    parts = [f"{SECTION_WORD} {element.section}"]
    if element.code is not None:
        owner = owner_of(element, standard)
        parts.append(f"{WF_WORD if owner is fields.WF else GF_WORD} {element.code}")
    if element.field is not None:
        parts.append(f.label.ru if f is not None else element.field)
    if element.item is not None:
        if element.new:
            parts.append(NEW_AFTER.format(n=element.item - 1) if element.item > 1
                         else NEW_FIRST)
        else:
            parts.append(f"п. {element.item}")
    return ", ".join(parts)


# --- reading an element back ----------------------------------------------------------

_SECTION = re.compile(r"\bраздел\w*\s+(IV|V|III|II|I)\b|^\s*(IV|V|III|II|I)\s*\.", re.I)
_CODE_WORDS = r"(?:ОТФ|ТФ|обобщенн\w+\s+трудов\w+\s+функци\w+|трудов\w+\s+функци\w+)"
_NAMED_CODE = re.compile(r"(?<!\w)(?i:" + _CODE_WORDS + r")\s*(?:(?i:код)\s*)?"
                         r"([A-ZА-ЯЁ]{1,2}(?:/\d{1,2}\.\d+(?:\.\d+)?)?)(?![\w/])")
_TF_CODE = re.compile(r"(?<![\w/])([A-ZА-ЯЁ]{1,2}/\d{1,2}\.\d+(?:\.\d+)?)(?![\w/])")
_NEW = re.compile(r"нов\w*\s+(?:пункт|строк|элемент)\w*(?:\s+(?:после\s+(?:п\.|пункта|строки)"
                  r"\s*(\d+)|в\s+начале))?", re.I)
_ITEM = re.compile(r"(?:\bп\.|\bпункт\w*|\bстрок\w*|№)\s*(\d+)", re.I)


def _labels(f: fields.Field) -> list[str]:
    out = [f.label.ru, *f.aliases]
    if f.short is not None:
        out.append(f.short.ru)
    return [label.lower().replace("ё", "е") for label in out]


def _find_field(text: str, owners: tuple[fields.Owner, ...]
                ) -> tuple[fields.Field, int] | None:
    """The field whose label (the longest one found) ``text`` names, and where it ends."""
    low = text.lower().replace("ё", "е")
    best: tuple[int, fields.Field, int] | None = None
    for f in fields.FIELDS:
        if f.owner not in owners or f.shape is fields.Shape.ORIGIN:
            continue
        for label in _labels(f):
            m = re.search(r"(?<!\w)" + re.escape(label) + r"(?!\w)", low)
            if m and (best is None or len(label) > best[0]):
                best = (len(label), f, m.end())
    return (best[1], best[2]) if best else None


def field_by_label(text: str, owners: tuple[fields.Owner, ...]) -> fields.Field | None:
    """The field of ``owners`` whose printed label ``text`` holds (the longest found)."""
    found = _find_field(text, owners)
    return found[0] if found else None


def parse(text: str, standard: model.Standard | None = None) -> Element | None:
    """An element from its description (see the module docstring); ``None`` if the text
    names none.  With ``standard``, codes are matched to its ОТФ/ТФ (Cyrillic look-alike
    letters folded) and given as the XML has them."""
    text = " ".join(text.split())
    if not text:
        return None
    if text.lower().startswith(WHOLE.lower()):
        return Element(None)
    m = _SECTION.search(text)
    section = (m[1] or m[2]).upper() if m else None
    code = None
    found = _NAMED_CODE.search(text) or _TF_CODE.search(text)
    if found:
        code = function_codes.fold(found[1].upper())
        if standard is not None:
            node = function_of(standard, code_key(code))
            code = node.code if node is not None else code
    if code is not None:
        probe = Element(section or "III", code)
        owners: tuple[fields.Owner, ...] = (owner_of(probe, standard) or fields.GF,)
    elif section == "IV":
        owners = (fields.Owner.RESPONSIBLE, fields.Owner.DEVELOPERS)
    elif section in ("I", None):
        owners = (fields.Owner.STANDARD, fields.Owner.GENERAL) if section else \
            tuple(fields.Owner)
    else:
        owners = ()
    rest = text[found.end():] if found else text
    located = _find_field(rest, owners)
    f = located[0] if located else None
    if code is None and f is None and section is None:
        return None
    if section is None:
        section = "III" if code is not None else \
            "IV" if f is not None and f.section == "IV" else "I"
    element = Element(section, code, f.name if f else None)
    if f is None or f.shape not in (fields.Shape.ITEMS, fields.Shape.UNITS):
        return element
    tail = rest[located[1]:] if located else rest
    new = _NEW.search(tail)
    if new:
        after = int(new[1]) if new[1] else 0
        return replace(element, item=after + 1, new=True)
    item = _ITEM.search(tail)
    return replace(element, item=int(item[1])) if item and int(item[1]) > 0 else element


# --- order --------------------------------------------------------------------------------

def positions(standard: model.Standard) -> dict[tuple, int]:
    """Printed position of every (section, scope, field, item) prefix, for sorting rows."""
    out: dict[tuple, int] = {}
    n = 0
    for owner, node in fields.owners(standard):
        scope = code_key(node.code) if isinstance(node, model.Function) else owner.value
        out.setdefault((scope,), n)
        for f in fields.of(owner):
            n += 1
            out.setdefault((scope, f.name), n)
            count = len(f.items(node)) if f.shape is fields.Shape.ITEMS else \
                len(f.units(node) or ()) if f.shape is fields.Shape.UNITS else 0
            for i in range(count):
                    n += 1
                    out[(scope, f.name, i + 1)] = n
        n += 1
    return out


def sort_key(element: Element | None, standard: model.Standard,
             table: dict[tuple, int]) -> tuple:
    """Rows in the standard's order: sections I, II, III, IV, V; within them the printed
    order of the values; a new item after the item it follows."""
    if element is None:
        return (9,)
    if element.section is None:
        return (0,)
    rank = SECTIONS.index(element.section) + 1
    owner = owner_of(element, standard)
    scope = code_key(element.code) if element.code is not None else \
        "developers" if owner is fields.Owner.RESPONSIBLE else owner.value if owner else ""
    if element.field is None:
        return (rank, table.get((scope,), -1), 0)
    item = element.item - 1 if element.new and element.item else element.item
    position = table.get((scope, element.field, item)) if item else None
    if position is None:
        position = table.get((scope, element.field), table.get((scope,), 10 ** 6))
    return (rank, position, 1 + element.new)
