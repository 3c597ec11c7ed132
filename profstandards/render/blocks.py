"""The page model: a laid-out standard as paragraphs and tables, before DOCX or HTML.

:mod:`~profstandards.render.maket` builds it from a standard and a layout profile;
:mod:`~profstandards.render.docx` and :mod:`~profstandards.render.html` write it out.
So the layout is decided once and both outputs agree cell for cell.

Every value of the standard is a :class:`Run` with a :class:`Key`; labels of the
layout are runs without one.  Tables are described the HTML way: a cell spanning
rows (``rowspan``) is given once, in its first row.

A page may lay out two versions at once (a redline, see
:mod:`~profstandards.render.versions`): then a paragraph or a table row may be in one
version only (its :class:`Status`), and a run may be in one version only or read
differently in the old one (``Run.old``).  A page of one version has none of this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from profstandards import function_codes


class Status(StrEnum):
    """In which versions a paragraph, a row or a run of a two-version page is."""

    KEEP = "keep"  # in both (or in the only one)
    INS = "ins"  # in the new version only
    DEL = "del"  # in the old version only


@dataclass(frozen=True, slots=True)
class Key:
    """Which value of the standard a run prints: stable across renders and versions.

    ``scope`` is ``"standard"``, ``"general"`` (section I), ``"developers"``
    (section IV), an ОТФ code (``"A"``) or a ТФ code (``"A/01.6"``); ``field`` is
    the model attribute (``"name"``, ``"labor_actions"``, ``"okz"``…); ``index``
    numbers the items of a list from 0 (``None`` for a single value or for the «-»
    of an empty list); ``part`` is ``"code"`` or ``"name"`` of a classifier unit.
    """

    scope: str
    field: str
    index: int | None = None
    part: str | None = None

    def __str__(self) -> str:
        parts = [self.scope, self.field]
        if self.index is not None:
            parts.append(str(self.index))
        if self.part is not None:
            parts.append(self.part)
        return ":".join(parts)


def code_key(code: str) -> str:
    """The key scope of an ОТФ/ТФ code: stripped, Cyrillic look-alikes folded to Latin."""
    return function_codes.fold(code.strip())


@dataclass(slots=True)
class Run:
    text: str  # what the run reads (in every version it is in)
    key: Key | None = None  # set: a value of the standard; None: text of the layout
    sup: bool = False  # a note mark (superscript)
    old: str | None = None  # set: the old version reads this instead of ``text``
    status: Status = Status.KEEP  # a run of a paragraph of both versions in one only


@dataclass(slots=True)
class Para:
    runs: list[Run]
    style: str = "cell"  # a style name of :mod:`profstandards.render.styles`
    align: str | None = None  # left | center | right | both; None: the style's
    anchor: str | None = None  # a target for the table of contents
    toc_target: str | None = None  # a contents line: the anchor whose page it shows
    status: Status = Status.KEEP


def para(text: str = "", style: str = "cell", align: str | None = None,
         key: Key | None = None) -> Para:
    """A one-run paragraph."""
    return Para([Run(text, key)], style, align)


@dataclass(slots=True)
class Cell:
    paras: list[Para]
    colspan: int = 1
    rowspan: int = 1
    border: str | None = None  # None: the table's; "box", "none" or "bottom"
    valign: str = "top"  # top | center | bottom


@dataclass(slots=True)
class Row:
    cells: list[Cell]
    header: bool = False  # repeated at the top of every page
    status: Status = Status.KEEP


@dataclass(slots=True)
class Table:
    kind: str  # what the table is: "funcmap", "otf-header", "tf-items", …
    widths: list[float]  # column widths, cm
    rows: list[Row]
    border: str = "box"  # all cells boxed ("box") or none ("none") unless a cell says
    align: str = "left"  # left | right | center (of the table on the page)
    keep: bool = False  # small table: keep it on one page with what follows


@dataclass(slots=True)
class Section:
    """A run of pages with one orientation (the functional map is landscape)."""

    blocks: list[Para | Table] = field(default_factory=list)
    landscape: bool = False


@dataclass(slots=True)
class Page:
    """A laid-out standard."""

    title: str
    sections: list[Section]
    draft: bool = False
