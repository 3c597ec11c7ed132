"""Invisible anchors: a Word bookmark on every value of an exported standard, named by its key.

The export (:mod:`profstandards.render.docx`) wraps each value it prints in a bookmark
whose name encodes the value's :class:`~profstandards.render.blocks.Key`, so that a
reviewer's comment, tracked change or form row can be traced back to the value without
guessing from the text.  Bookmarks print nothing, survive saving in Word and LibreOffice
(``tests/test_comments_libreoffice.py`` proves the LibreOffice part), and a name that
starts with ``_`` is a hidden bookmark in Word (as its own ``_Toc…`` ones), so the
reviewer does not see them in the Insert ▸ Bookmark list.

Word's rules for a name: at most 40 characters, letters, digits and ``_``.  Codes have
«/», «.» and sometimes Cyrillic letters, so a key is spelled::

    _pv_<scope>_<tag>[_<index>][_c|_n][_x<occurrence>]

* ``scope``: ``std`` (title block), ``gen`` (section I), ``dev`` (section IV), or the
  ОТФ/ТФ code with ``/`` → ``s``, ``.`` → ``d``, a lower-case Latin letter ``x`` → ``lx``
  and any other character → ``u`` + 4 hex digits (``A/01.6`` → ``As01d6``).  The
  spelled code uses upper-case letters and digits only apart from these escapes, so
  decoding is unambiguous;
* ``tag``: the field's short tag, derived from the field table (:func:`tag`):
  a one-word attribute is itself (``skills``), a longer one its initials
  (``labor_actions`` → ``la``);
* ``index``: the list index from 0, as in the key; ``c``/``n``: a classifier row's code
  or name;
* ``x<n>``: the n-th printing of the same value (the functional map repeats the ТФ
  names of section III; bookmark names must be unique in a document).

A name longer than 40 characters (only an absurdly long code gives one) is
``_pv_h<hash>`` and is decoded through :func:`table` of the standard instead.
The section headings carry the export's own contents bookmarks ``_ps_s1`` …
``_ps_s3_2_1`` (:func:`section_of_heading`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

from profstandards import fields, model
from profstandards.render.blocks import Key, code_key

PREFIX = "_pv_"
MAX_LENGTH = 40  # Word's limit for a bookmark name
HEADING_PREFIX = "_ps_s"  # the export's contents targets: _ps_s1, _ps_s3_1, _ps_s3_1_2
NAMED_SCOPES = {"standard": "std", "general": "gen", "developers": "dev"}
_SCOPE_NAMES = {v: k for k, v in NAMED_SCOPES.items()}
PARTS = {"code": "c", "name": "n"}
_PART_NAMES = {v: k for k, v in PARTS.items()}
DERIVED_FIELDS = ("area",)  # printed (макет 446н) but computed, not in the field table
_NAME = re.compile(r"_pv_(?P<scope>[A-Za-z0-9]+)_(?P<tag>[a-z]+)(?:_(?P<index>\d+))?"
                   r"(?:_(?P<part>[cn]))?(?:_x(?P<occ>\d+))?")
_HASHED = re.compile(r"_pv_h[0-9a-f]{12}")
_SUFFIX = re.compile(r"(?:_x\d+)?(?:_Copy_\d+)*$")
_ESCAPES = {"/": "s", ".": "d"}
_UNESCAPES = {v: k for k, v in _ESCAPES.items()}


def tag(field: str) -> str:
    """The short tag of a field attribute: ``skills`` → ``skills``, ``labor_actions`` → ``la``."""
    words = field.split("_")
    return words[0] if len(words) == 1 else "".join(w[0] for w in words)


def _field_names() -> tuple[str, ...]:
    return tuple(dict.fromkeys((*(f.name for f in fields.FIELDS), *DERIVED_FIELDS)))


TAGS: dict[str, str] = {name: tag(name) for name in _field_names()}
_FIELDS_BY_TAG: dict[str, str] = {t: name for name, t in TAGS.items()}
if len(_FIELDS_BY_TAG) != len(TAGS):  # pragma: no cover - a new field broke the scheme
    raise RuntimeError("two fields share an anchor tag; give one of them another name")


def _spell_code(code: str) -> str:
    out = []
    for ch in code:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch.isascii() and (ch.isupper() or ch.isdigit()):
            out.append(ch)
        elif ch.isascii() and ch.islower():
            out.append("l" + ch)
        else:
            out.append(f"u{ord(ch):04x}"[:5] if ord(ch) <= 0xFFFF else f"u{0xFFFD:04x}")
    return "".join(out)


def _read_code(spelled: str) -> str | None:
    out = []
    i = 0
    while i < len(spelled):
        ch = spelled[i]
        if ch.isupper() or ch.isdigit():
            out.append(ch)
            i += 1
        elif ch in _UNESCAPES:
            out.append(_UNESCAPES[ch])
            i += 1
        elif ch == "l" and i + 1 < len(spelled) and spelled[i + 1].islower():
            out.append(spelled[i + 1])
            i += 2
        elif ch == "u" and re.fullmatch(r"[0-9a-f]{4}", spelled[i + 1:i + 5] or ""):
            out.append(chr(int(spelled[i + 1:i + 5], 16)))
            i += 5
        else:
            return None
    return "".join(out)


@lru_cache(maxsize=1 << 14)
def base_name(key: Key) -> str:
    """The bookmark name of the first printing of ``key``'s value."""
    scope = NAMED_SCOPES.get(key.scope) or _spell_code(key.scope)
    parts = [PREFIX + scope, TAGS.get(key.field) or tag(key.field)]
    if key.index is not None:
        parts.append(str(key.index))
    if key.part is not None:
        parts.append(PARTS.get(key.part, key.part[:1]))
    name = "_".join(parts)
    if len(name) > MAX_LENGTH - 5 or parse(name) != key:  # room for an occurrence suffix
        name = PREFIX + "h" + hashlib.sha1(str(key).encode()).hexdigest()[:12]
    return name


def name(key: Key, occurrence: int = 1) -> str:
    """The bookmark name of the ``occurrence``-th printing of ``key``'s value."""
    base = base_name(key)
    return base if occurrence == 1 else f"{base}_x{occurrence}"


def is_value_anchor(bookmark: str) -> bool:
    return bookmark.startswith(PREFIX)


def parse(bookmark: str) -> Key | None:
    """The key a value anchor names (``None``: not one, or a hashed one: see :func:`table`)."""
    m = _NAME.fullmatch(bookmark)
    if not m:
        return None
    spelled = m["scope"]
    scope = _SCOPE_NAMES.get(spelled) or _read_code(spelled)
    field = _FIELDS_BY_TAG.get(m["tag"])
    if scope is None or field is None:
        return None
    index = int(m["index"]) if m["index"] is not None else None
    part = _PART_NAMES[m["part"]] if m["part"] else None
    return Key(scope, field, index, part)


def strip_occurrence(bookmark: str) -> str:
    """The base name of any printing's bookmark name (also of LibreOffice's renamed
    copy ``…_Copy_1``, which it makes of a bookmark in deleted text)."""
    return _SUFFIX.sub("", bookmark)


class Namer:
    """Unique bookmark names for the values of one document, in printing order."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, key: Key) -> str:
        base = base_name(key)
        n = self.seen.get(base, 0) + 1
        self.seen[base] = n
        return base if n == 1 else f"{base}_x{n}"


def keys(standard: model.Standard) -> Iterable[Key]:
    """The key of every value of ``standard`` (:func:`fields.values`), as printed."""
    for value in fields.values(standard):
        if value.field.shape is fields.Shape.ORIGIN:
            continue  # the borrowing cells are printed empty: no anchor
        scope = code_key(value.scope) if value.field.owner in (fields.GF, fields.WF) \
            else value.scope
        yield Key(scope, value.field.name, value.index, value.part)


def table(standard: model.Standard) -> dict[str, Key]:
    """Base bookmark name → key for every value of ``standard`` (decodes hashed names too)."""
    return {base_name(key): key for key in keys(standard)}


def resolve(bookmark: str, known: dict[str, Key]) -> Key | None:
    """The key of a value anchor: by ``known`` (:func:`table`), else by decoding it."""
    base = strip_occurrence(bookmark)
    return known.get(base) or (None if _HASHED.fullmatch(base) else parse(base))


def section_of_heading(bookmark: str) -> tuple[str, tuple[int, ...]] | None:
    """A heading bookmark of the export → (section, numbers): ``_ps_s3_1_2`` →
    ``("III", (1, 2))`` (ОТФ 3.1, its ТФ 2), ``_ps_s4_1`` → ``("IV", (1,))``."""
    if not bookmark.startswith(HEADING_PREFIX):
        return None
    parts = bookmark[len(HEADING_PREFIX):].split("_")
    if not all(p.isdigit() for p in parts) or not parts[0] or not 1 <= int(parts[0]) <= 5:
        return None
    return ("I", "II", "III", "IV", "V")[int(parts[0]) - 1], tuple(int(p) for p in parts[1:])
