"""For the Word comparison table (:mod:`.docx_table`): an A4 document with the fonts of
a published standard, table helpers python-docx lacks, and saving to bytes.  (The
redline is laid out by :mod:`profstandards.render`.)"""

from __future__ import annotations

import io

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Row

FONT = "Times New Roman"


def new_document(landscape: bool = False) -> Document:
    """An empty A4 document (portrait or landscape), Times New Roman 12, margins as a
    published standard has them (2 cm; 1 cm on the right)."""
    document = docx.Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.top_margin = section.bottom_margin = Mm(20)
    section.right_margin = Mm(10) if not landscape else Mm(20)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    style.paragraph_format.space_after = Pt(0)
    return document


def usable_width(document: Document) -> int:
    section = document.sections[0]
    return int(section.page_width or 0) - int(section.left_margin or 0) \
        - int(section.right_margin or 0)


def grid_table(document: Document, rows: int, widths: list[int]) -> Table:
    """A bordered table with fixed column ``widths`` (EMU)."""
    table = document.add_table(rows=rows, cols=len(widths))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice goes by
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    return table


def repeat_header(row: _Row) -> None:
    """Repeat ``row`` at the top of every page the table runs over."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def to_bytes(document: Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
