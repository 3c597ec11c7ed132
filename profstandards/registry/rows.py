"""A registry file as the rows of the index: what a ``registry build`` worker returns.

The worker reads one file (every standard in it), walks each standard with the field
table (:mod:`profstandards.fields`) and returns plain tuples — no model objects — so
that what crosses between processes is small and the parent only inserts.

Per standard: one standard row, a row per ОТФ/ТФ (``functions``), a row per text the
search and the comparison need (``entries``: the standard's name, kind of activity and
purpose; each ОТФ/ТФ name; each list item of an ОТФ/ТФ, with its lemmas and signature)
and a row per classifier unit (``units``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from profstandards import fields, files, model
from profstandards.errors import InputError
from profstandards.fields import Owner, Shape
from profstandards.registry.text import Lemmatizer, signature
from profstandards.xmlio import reader

# Entry kinds: the standard itself, an ОТФ or ТФ name, a list item of an ОТФ/ТФ.
STANDARD, GF, WF, ITEM = "standard", "gf", "wf", "item"
KINDS = (STANDARD, GF, WF, ITEM)
_STANDARD_TEXTS = (fields.get(Owner.STANDARD, "name"),
                   fields.get(Owner.GENERAL, "kind_of_activity"),
                   fields.get(Owner.GENERAL, "purpose"))
_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*")

# (local id, parent local id or None, kind, code, name, level, origin code, origin reg. no.)
FunctionRow = tuple[int, "int | None", str, str, str, str, "str | None", "str | None"]
# (function local id or None, kind, field key, index, text, lemmas joined by spaces,
#  signature or None)
EntryRow = tuple["int | None", str, str, int, str, str, "int | None"]
# (function local id or None, classifier list name, code, name)
UnitRow = tuple["int | None", str, str, str]


@dataclass(slots=True)
class StandardRows:
    """One standard: (registration number, code, name, order number, approval date as
    written, approval date ISO or ""), its functions, entries and classifier units."""

    head: tuple[str, str, str, str, str, str]
    functions: list[FunctionRow] = field(default_factory=list)
    entries: list[EntryRow] = field(default_factory=list)
    units: list[UnitRow] = field(default_factory=list)


@dataclass(slots=True)
class FileRows:
    """What a worker returns for one file (``error``: why it was not read)."""

    path: str
    digest: str
    size: int
    standards: list[StandardRows] = field(default_factory=list)
    forms: list[tuple[str, str]] = field(default_factory=list)
    error: InputError | None = None


def digest(data: bytes) -> str:
    """The content hash that decides whether a file is indexed again."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def iso_date(text: str) -> str:
    """«18.11.2013» → «2013-11-18»; "" for anything else."""
    m = _DATE.fullmatch(text)
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else ""


_LEMMATIZER = Lemmatizer()  # one per process: a worker remembers every word it has seen


def read_file(path: str) -> FileRows:
    """The rows of every standard in the file ``path`` (run in a worker process)."""
    try:
        data = files.read_bytes(path)
    except InputError as e:
        return FileRows(path, "", 0, error=e)
    try:
        document = reader.read_bytes(data, path, check=False).document
    except InputError as e:
        return FileRows(path, digest(data), len(data), error=e)
    out = FileRows(path, digest(data), len(data),
                   [standard_rows(s, _LEMMATIZER) for s in document.standards])
    out.forms = _LEMMATIZER.take_new()
    return out


def standard_rows(standard: model.Standard, lemmatizer: Lemmatizer) -> StandardRows:
    """The rows of one standard (see the module docstring)."""
    rows = StandardRows((standard.registration_number.strip(), standard.general.code.strip(),
                         standard.name.strip(), standard.order_number.strip(),
                         standard.approval_date.strip(), iso_date(standard.approval_date)))

    def entry(function: int | None, kind: str, f: fields.Field, index: int,
              text: str) -> None:
        if not text.strip():
            return
        lemmas = lemmatizer.lemmas(text)
        sig = signature(lemmas) if kind != STANDARD else None
        rows.entries.append((function, kind, f.key, index, text.strip(), " ".join(lemmas),
                             sig))

    for f in _STANDARD_TEXTS:
        entry(None, STANDARD, f, 0, f.text(standard if f.owner is Owner.STANDARD
                                            else standard.general))
    for f in fields.of(Owner.GENERAL, Shape.UNITS):
        for unit in f.units(standard.general) or ():
            rows.units.append((None, f.name, unit.code.strip(), unit.name.strip()))

    def function(owner: Owner, node: model.Function, parent: int | None) -> int:
        local = len(rows.functions)
        kind = GF if owner is Owner.GF else WF
        origin = node.origin
        rows.functions.append((local, parent, kind, node.code.strip(),
                               node.name.strip(), node.level.strip(),
                               origin.code.strip() if origin else None,
                               origin.registration_number.strip() if origin else None))
        entry(local, kind, fields.get(owner, "name"), 0, node.name)
        for f in fields.of(owner, Shape.ITEMS):
            for i, item in enumerate(f.items(node)):
                entry(local, ITEM, f, i, item.text)
        for f in fields.of(owner, Shape.UNITS):
            for unit in f.units(node) or ():
                rows.units.append((local, f.name, unit.code.strip(), unit.name.strip()))
        return local

    for gf in standard.functions:  # an ОТФ, then its ТФ (the order of fields.owners)
        group = function(Owner.GF, gf, None)
        for wf in gf.functions:
            function(Owner.WF, wf, group)
    return rows
