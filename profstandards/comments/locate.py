"""Where a piece of a review is in the standard: by its anchor's key, or by its text.

:func:`element_of` turns a value's :class:`~profstandards.render.blocks.Key` into the
сводка's :class:`~profstandards.comments.entries.Element`.  :class:`Matcher` is the
fallback for reviews that lost the anchors (retyped, pasted into a new file, a PDF
turned into Word): it finds the value of the standard (:func:`fields.values`) a
paragraph reads, exactly after normalisation (case, «ё», spaces, hyphenation, list
marks and final punctuation), or else by similarity; where the same text is in several
ОТФ/ТФ (common for knowledge items), the ОТФ/ТФ whose code the review showed last, and
then the next value in printed order, decide.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import cast

from profstandards import fields, function_codes, model
from profstandards.comments.entries import Element
from profstandards.render.blocks import Key, code_key
from profstandards.render.keys import function_of, node_of, resolve
from profstandards.render.printing import display

FUZZY = 0.8  # similarity needed to place a paragraph that is no value's exact text
PART_MIN = 12  # a paragraph this long placed into the one value that contains it
SHORT = 4  # texts shorter than this are placed only inside the current ОТФ/ТФ
_TRIM = " \t\n.,;:!–—-•·*\"'«»“”„()"
_HYPHENATED = re.compile(r"(\w)-\s*\n\s*(\w)")
_MARK_START = frozenset("-–—•·*0123456789")
_MARK = re.compile(r"^(?:[-–—•·*]|\d{1,2}[.)])\s+")
_CODE_LINE = re.compile(r"^(?:код\s*(?:отф|тф)?\s*)?([a-zа-яё]{1,2}(?:/\d{1,2}\.\d+(?:\.\d+)?)?)$")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Text for comparison: lower case, «ё» → «е», soft hyphens and hyphenation at line
    ends removed, spaces collapsed, list marks and final punctuation trimmed."""
    if "\xad" in text or "\u200b" in text:
        text = text.replace("\xad", "").replace("\u200b", "")
    if "\n" in text:
        text = _HYPHENATED.sub(r"\1\2", text)
    text = " ".join(text.lower().replace("ё", "е").split())
    if text[:1] in _MARK_START:
        text = _MARK.sub("", text)
    return text.strip(_TRIM)


def element_of(key: Key, standard: model.Standard, section: str | None = None) -> Element:
    """The element of a value key; ``section`` ``"II"`` for a value printed in the
    functional map (the same value as in section III)."""
    item = key.index + 1 if key.index is not None else None
    if key.scope == "standard" or key.scope == "general":
        return Element("I", None, key.field, item)
    if key.scope == "developers":
        return Element("IV", None, key.field, item)
    node = function_of(standard, key.scope)
    code = node.code if node is not None else key.scope
    return Element("II" if section == "II" else "III", code, key.field, item)


def field_of(key: Key, standard: model.Standard) -> fields.Field | None:
    """The field a key's value is in."""
    if key.scope == "standard":
        owner = fields.Owner.STANDARD
    elif key.scope == "general":
        owner = fields.Owner.GENERAL
    elif key.scope == "developers":
        owner = fields.Owner.DEVELOPERS if key.field == "organizations" \
            else fields.Owner.RESPONSIBLE
    else:
        owner = fields.WF if isinstance(node_of(standard, key.scope), model.WorkFunction) \
            or "/" in key.scope else fields.GF
    return fields.find(owner, key.field)


def list_of(key: Key, standard: model.Standard) -> list[str]:
    """The texts of the list a key's value is in, as printed (a classifier: «code name»)."""
    texts: list[str] = []
    index = 0
    while True:
        text = value_text(standard, Key(key.scope, key.field, index,
                                        "name" if _is_units(key, standard) else None))
        if text is None:
            return texts
        texts.append(text)
        index += 1


def _is_units(key: Key, standard: model.Standard) -> bool:
    f = field_of(key, standard)
    return f is not None and f.shape is fields.Shape.UNITS


def scope_element(scope: str, standard: model.Standard, section: str | None = None) -> Element:
    """The element of a whole ОТФ/ТФ (or section I/IV) by key scope."""
    if scope in ("standard", "general"):
        return Element("I")
    if scope == "developers":
        return Element("IV")
    node = function_of(standard, scope)
    code = node.code if node is not None else scope
    return Element("II" if section == "II" else "III", code)


def value_text(standard: model.Standard, key: Key, whole_row: bool = True) -> str | None:
    """The value under a key as the model has it (``""`` for the «-» of an empty list);
    a classifier row's part gives the row, «code name», unless not ``whole_row``."""
    if key.index is None and key.part is None:
        node = node_of(standard, key.scope)
        if node is not None and key.scope == "developers" and key.field != "organizations":
            node = standard.developers.responsible
        value = getattr(node, key.field, None) if node is not None else None
        if value is None or isinstance(value, model.Seq):
            return "" if not value else None
    if whole_row and key.part is not None and key.index is not None:
        code = resolve(standard, Key(key.scope, key.field, key.index, "code"))
        name = resolve(standard, Key(key.scope, key.field, key.index, "name"))
        if code is None and name is None:
            return None
        return " ".join(display(t) for t in (code or "", name or "") if t.strip())
    return resolve(standard, key)


class Matcher:
    """The values of one standard, looked up by text (see the module docstring)."""

    def __init__(self, standard: model.Standard) -> None:
        self.standard = standard
        self.keys: list[Key] = []
        self.texts: list[str] = []
        self.exact: dict[str, list[int]] = {}
        self.scopes: dict[str, str] = {}  # normalised code → key scope
        for value in fields.values(standard):
            if value.field.shape is fields.Shape.ORIGIN:
                continue
            owner = value.field.owner
            scope = code_key(value.scope) if owner in (fields.GF, fields.WF) else value.scope
            if owner in (fields.GF, fields.WF):
                self.scopes[norm(function_codes.fold(value.scope))] = scope
            key = Key(scope, value.field.name, value.index, value.part)
            self._add(key, value.text)
            if value.part == "name":  # a classifier row retyped on one line: «code name»
                code = cast(model.ClassifierUnit, value.node).code  # parts: units only
                self._add(key, f"{code} {value.text}")

    def _add(self, key: Key, text: str) -> None:
        n = norm(text)
        if not n:
            return
        self.exact.setdefault(n, []).append(len(self.keys))
        self.keys.append(key)
        self.texts.append(n)

    def scope_of_line(self, text: str) -> str | None:
        """The key scope of an ОТФ/ТФ whose code ``text`` is (``A/01.6``, «Код A/01.6»)."""
        if len(text) > 30:
            return None
        m = _CODE_LINE.match(norm(function_codes.fold(text.upper())))
        return self.scopes.get(m[1]) if m else None

    def find(self, text: str, scope: str | None = None, cursor: int = -1,
             fuzzy: bool = False) -> tuple[int, Key] | None:
        """The value ``text`` reads (its position and key), preferring the ОТФ/ТФ
        ``scope`` and then the first value after position ``cursor``."""
        n = norm(text)
        if not n:
            return None
        found = self._choose(self.exact.get(n, []), scope, cursor, len(n))
        if found is not None or not fuzzy:
            return found
        return self._similar(n, scope, cursor)

    def _choose(self, candidates: list[int], scope: str | None, cursor: int,
                length: int) -> tuple[int, Key] | None:
        if not candidates:
            return None
        inside = [i for i in candidates if scope is not None and self.keys[i].scope == scope]
        if not inside and length < SHORT and not (len(candidates) == 1 and length >= 3):
            return None  # «6», «-»: only inside the ОТФ/ТФ; «562» if it is the only one
        pool = inside or candidates
        after = [i for i in pool if i > cursor]
        best = after[0] if after else pool[0]
        return best, self.keys[best]

    def _similar(self, n: str, scope: str | None, cursor: int) -> tuple[int, Key] | None:
        if len(n) < SHORT * 2:
            return None
        scored: list[tuple[float, int]] = []
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(n)  # analysed once; each value is set as the first sequence
        for i, text in enumerate(self.texts):
            if len(n) >= PART_MIN and n in text:
                score = max(0.85, len(n) / len(text))
            elif len(text) >= PART_MIN and text in n:
                score = len(text) / len(n)
            else:
                if 2 * min(len(n), len(text)) < FUZZY * (len(n) + len(text)):
                    continue
                matcher.set_seq1(text)
                if matcher.quick_ratio() < FUZZY:
                    continue
                score = matcher.ratio()
            if score >= FUZZY:
                bonus = 0.05 if scope is not None and self.keys[i].scope == scope else 0.0
                scored.append((score + bonus, i))
        if not scored:
            return None
        top = max(s for s, _ in scored)
        best = [i for s, i in scored if s >= top - 1e-9]
        after = [i for i in best if i > cursor]
        chosen = after[0] if after else best[0]
        return chosen, self.keys[chosen]
