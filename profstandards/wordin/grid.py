"""A Word body as a flat list of blocks: paragraphs, and tables resolved into cell grids.

Word describes a merged cell piecewise: a horizontal merge is one ``w:tc`` with
``w:gridSpan`` (or, in old files, ``w:hMerge`` cells), a vertical merge is a ``w:tc``
in every row it spans, the first with ``w:vMerge="restart"``, the others
``w:vMerge`` (continue).  :func:`read_body` resolves both, so a merged cell is one
:class:`Cell` object that every row it spans refers to (``Slot.continued`` tells the
rows after its first).  Content controls (``w:sdt``) and custom XML wrappers are
looked through.  A table nested in a cell (a developer's header row inside a layout
table) is kept apart: :func:`lines` puts its rows right after the row that holds it.

Locations are page-independent: tables are numbered 1… in body order («7.1» is the
first table nested in table 7), rows 1… within their table, columns 1… over the
distinct cells of a row; paragraphs outside tables are numbered 1… over the non-empty
ones.

:func:`lines` flattens the blocks into what the readers walk: one :class:`Line` per
paragraph or table row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from profstandards.office import W
from profstandards.wordin import text


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC = _w("p"), _w("tbl"), _w("tr"), _w("tc")
GRID_SPAN, V_MERGE, H_MERGE, VAL = _w("gridSpan"), _w("vMerge"), _w("hMerge"), _w("val")
GRID_BEFORE, TABS = _w("gridBefore"), _w("tabs")
MAX_SPAN = 64  # a gridSpan beyond this is nonsense; clamp it


@dataclass(eq=False, slots=True)
class Cell:
    """One (possibly merged) table cell — or a paragraph outside tables (``table == ""``,
    ``row`` its number) — with its paragraphs' texts.  ``used`` holds the indexes of the
    paragraphs a reader has taken (as a value or as the layout's own text)."""

    table: str
    row: int
    column: int  # 1-based among the distinct cells of its first row
    grid: int  # 0-based grid column where it starts
    span: int  # grid columns it covers
    paras: list[str] = field(default_factory=list)
    rows: int = 1  # rows it spans
    nested: list[Table] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    joined: str | None = None  # :attr:`text`, once worked out

    def overlap(self, other: Cell) -> int:
        """How many grid columns this cell and ``other`` share."""
        return max(0, min(self.grid + self.span, other.grid + other.span)
                   - max(self.grid, other.grid))

    @property
    def text(self) -> str:
        """The paragraphs joined by line breaks, blank ones dropped, lines stripped."""
        if self.joined is None:
            paras = self.paras
            self.joined = paras[0].strip() if len(paras) == 1 else \
                "\n".join(line for line in (p.strip() for p in paras) if line)
        return self.joined

    @property
    def lines(self) -> list[str]:
        """The non-blank lines of the cell (paragraphs and line breaks), stripped."""
        return [line.strip() for p in self.paras for line in p.split("\n") if line.strip()]


@dataclass(slots=True)
class Slot:
    """A cell as seen from one row: ``continued`` if it began in an earlier row."""

    cell: Cell
    continued: bool


@dataclass(slots=True)
class Row:
    table: str
    number: int  # 1-based
    slots: list[Slot]


@dataclass(slots=True)
class Table:
    number: str  # "7"; "7.1" for the first table nested in table 7
    rows: list[Row]


@dataclass(slots=True)
class Paragraph:
    number: int  # 1-based over the non-empty paragraphs outside tables
    text: str


Block = Paragraph | Table


class Line:
    """What a reader sees at a time: a paragraph (one slot, ``table == ""``) or a table
    row."""

    __slots__ = ("slots", "table", "row", "cells", "_filled")

    def __init__(self, slots: list[Slot], table: str = "", row: int = 0) -> None:
        self.slots = slots
        self.table = table
        self.row = row
        # The cells that begin in this line (merged cells from above left out).
        self.cells: list[Cell] = [s.cell for s in slots if not s.continued]
        self._filled: list[Cell] | None = None

    def filled(self) -> list[Cell]:
        """The cells that begin here and hold some text."""
        if self._filled is None:
            self._filled = [c for c in self.cells if c.text]
        return self._filled

    def single(self) -> Cell | None:
        """The one cell of the line that holds text, if there is exactly one."""
        filled = self.filled()
        return filled[0] if len(filled) == 1 else None

    def under(self, head: Cell) -> Slot | None:
        """The slot of this line in ``head``'s grid columns (most shared; ``None`` if none):
        the value under a caption or a column head, or above a caption."""
        best: Slot | None = None
        most = 0
        for slot in self.slots:
            shared = slot.cell.overlap(head)
            if shared > most:
                best, most = slot, shared
        return best

    @property
    def continues(self) -> bool:
        """Some cell of the line began in a row above (a label merged down)."""
        return len(self.cells) < len(self.slots)


def read_body(root: etree._Element, raw: bytes) -> list[Block]:
    """The blocks of the body of the main part ``root`` (``w:document``, parsed from
    ``raw``) in order, empty paragraphs left out (one pass of :func:`text.flow`, then
    one of its string)."""
    return _Reader().read(text.flow(root, raw))


@dataclass(slots=True)
class _RawCell:
    span: int = 1
    vmerge: str | None = None
    hmerge: str | None = None
    paras: list[str] = field(default_factory=list)
    nested: list[Table] = field(default_factory=list)


@dataclass(slots=True)
class _RawTable:
    number: str
    rows: list[tuple[int, list[_RawCell]]] = field(default_factory=list)  # (gridBefore, cells)
    nested: int = 0  # tables nested in it so far


def _int(value: str, default: int) -> int:
    try:
        return max(0, min(MAX_SPAN, int(value))) if value else default
    except ValueError:
        return default


_NOT_MARKER = f"[^{text.MARKERS}]"
# One alternative per kind of token, each with the marker that starts it (empty for text).
_TOKEN = re.compile(
    f"({text.PARA})({_NOT_MARKER}*){text.PARA_END}"  # a paragraph of plain text
    f"|({text.CELL})(?:({_NOT_MARKER}*){text.SEP})?"  # a cell, with its merge properties
    f"|({text.CELL_END})()"  # the end of a cell
    f"|({text.ROW})(?:({_NOT_MARKER}*){text.SEP})?"  # a row, with its gridBefore
    f"|([{text.MARKERS}])()"  # any other marker
    f"|()({_NOT_MARKER}+)")  # text between markers (in a paragraph of several parts)


class _Reader:
    """The state of the pass over :func:`text.flow`'s string."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.tables: list[_RawTable] = []  # open tables, innermost last
        self.cells: list[_RawCell] = []  # open cells, innermost last
        self.para: list[str] | None = None
        self.mode = ""  # SUP or SYM while in one
        self.count = {"table": 0, "para": 0}

    def read(self, flow: str) -> list[Block]:
        cells = self.cells
        for plain, words, cell, props, end, _, row, before, marker, _, _, part in \
                _TOKEN.findall(flow):
            if plain:
                if cells:
                    cells[-1].paras.append(words)
                else:
                    self.paragraph(words)
            elif cell:
                cells.append(_RawCell())
                if props:
                    self.properties(props)
            elif end:
                if cells:
                    done = cells.pop()
                    if self.tables and self.tables[-1].rows:
                        self.tables[-1].rows[-1][1].append(done)
            elif row:
                self.row(before)
            elif marker:
                self.marker(marker)
            else:
                self.text(part)
        return self.blocks

    def text(self, value: str) -> None:
        if self.para is not None:
            if self.mode == text.SUP:
                value = text.superscript(value)
            elif self.mode == text.SYM:
                value = text.symbol(value)
            self.para.append(value)

    def properties(self, props: str) -> None:
        """The merge properties of the cell just begun: «span|vMerge|hMerge»."""
        cell = self.cells[-1]
        span, vmerge, hmerge = (props.split("|") + ["", ""])[:3]
        cell.span = max(1, _int(span, 1))
        cell.vmerge = (vmerge[1:] or "continue") if vmerge else None
        cell.hmerge = (hmerge[1:] or "continue") if hmerge else None

    def row(self, grid_before: str | None) -> None:
        if self.tables:
            self.tables[-1].rows.append((_int(grid_before or "", 0), []))

    def marker(self, token: str) -> None:
        if token == text.PARA:
            self.para = []
        elif token == text.PARA_END:  # a paragraph of several parts: superscripts, symbols
            self.paragraph(text.clean("".join(self.para or ())))
        elif token in (text.SUP, text.SYM):
            self.mode = token
        elif token in (text.SUP_END, text.SYM_END):
            self.mode = ""
        elif token == text.TABLE:
            self.open_table()
        elif token == text.TABLE_END and self.tables:
            self.close_table()

    def paragraph(self, value: str) -> None:
        self.para = None
        self.mode = ""
        if self.cells and self.tables:
            self.cells[-1].paras.append(value)
        elif value.strip():
            self.count["para"] += 1
            self.blocks.append(Paragraph(self.count["para"], value))

    def open_table(self) -> None:
        if self.cells and self.tables:
            outer = self.tables[-1]
            outer.nested += 1
            number = f"{outer.number}.{outer.nested}"
        else:
            self.count["table"] += 1
            number = str(self.count["table"])
        self.tables.append(_RawTable(number))

    def close_table(self) -> None:
        raw = self.tables.pop()
        table = _resolve(raw)
        if self.cells and self.tables:
            self.cells[-1].nested.append(table)
        else:
            self.blocks.append(table)


def lines(blocks: list[Block]) -> list[Line]:
    """The blocks as lines: a paragraph is a line of one cell; a table gives its rows,
    each followed by the rows of the tables nested in it."""
    out: list[Line] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            cell = Cell("", block.number, 0, 0, 1, [block.text])
            out.append(Line([Slot(cell, False)]))
        else:
            _table_lines(block, out)
    return out


def _table_lines(table: Table, out: list[Line]) -> None:
    for row in table.rows:
        out.append(Line(row.slots, table.number, row.number))
        for slot in row.slots:
            if not slot.continued:
                for inner in slot.cell.nested:
                    _table_lines(inner, out)


def _resolve(raw: _RawTable) -> Table:
    """A table's raw rows resolved into rows of distinct cells (see the module docstring)."""
    number = raw.number
    rows: list[Row] = []
    above: dict[int, Cell] = {}  # grid column → the cell that covers it in the row above
    for r, (col, tcs) in enumerate(raw.rows, 1):
        slots: list[Slot] = []
        here: dict[int, Cell] = {}
        for tc in tcs:
            span = tc.span
            cell: Cell | None = None
            continued = False
            if tc.vmerge is not None and tc.vmerge != "restart":
                cell = above.get(col)
                if cell is not None and cell.grid == col:
                    continued = True
                    cell.rows = max(cell.rows, r - cell.row + 1)
                else:
                    cell = None
            if cell is None and tc.hmerge is not None and tc.hmerge != "restart" \
                    and slots and not slots[-1].continued:
                cell = slots[-1].cell  # old-style horizontal merge: widen the cell on the left
                cell.span += span
                cell.paras += [p for p in tc.paras if p.strip()]
                cell.joined = None
                cell.nested += tc.nested
                for c in range(col, col + span):
                    here[c] = cell
                col += span
                continue
            if cell is None:
                cell = Cell(number, r, len(slots) + 1, col, span, tc.paras, nested=tc.nested)
            else:
                if any(p.strip() for p in tc.paras):
                    cell.paras += tc.paras  # text typed into a merged-away cell is kept
                    cell.joined = None
                cell.nested += tc.nested
            slots.append(Slot(cell, continued))
            for c in range(col, col + span):
                here[c] = cell
            col += span
        above = here
        rows.append(Row(number, r, slots))
    return Table(number, rows)
