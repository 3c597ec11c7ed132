"""The page model: a laid-out standard as paragraphs and tables, before DOCX or HTML.

:mod:`~profstandards.render.maket` builds it from a standard and a layout profile;
:mod:`~profstandards.render.docx` and :mod:`~profstandards.render.html` write it out.
So the layout is decided once and both outputs agree cell for cell.

Every value of the standard is a :class:`Run` with a :class:`Key`; labels of the
layout are runs without one.  Tables are described the HTML way: a cell spanning
rows (``rowspan``) is given once, in its first row.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(slots=True)
class Run:
    text: str
    key: Key | None = None  # set: a value of the standard; None: text of the layout
    sup: bool = False  # a note mark (superscript)


@dataclass(slots=True)
class Para:
    runs: list[Run]
    style: str = "cell"  # a style name of :mod:`profstandards.render.styles`
    align: str | None = None  # left | center | right | both; None: the style's
    anchor: str | None = None  # a target for the table of contents
    toc_target: str | None = None  # a contents line: the anchor whose page it shows


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
