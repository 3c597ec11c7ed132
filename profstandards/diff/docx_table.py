"""The comparison as a Word «сравнительная таблица» (comparative table), A4 landscape.

The table used in consultations on a revised standard: columns «Структурный элемент»,
«Редакция от <date of the old order>», «Новая редакция», «Комментарий», one row per
change.  Deleted words are struck through in the old column, inserted words are bold
and underlined in the new one; the comment says whether the change is editorial or
substantive and what kind it is.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import _Cell

from profstandards.diff import docxbase, labels
from profstandards.diff.changes import Change, Comparison, StandardDiff
from profstandards.diff.textdiff import DELETE, INSERT, KEEP
from profstandards.diff.textview import Functions
from profstandards.i18n import Msg
from profstandards.markup import unescape
from profstandards.render.docx import EPOCH, approval_datetime

TITLE = Msg("Сравнительная таблица изменений профессионального стандарта",
            "Comparative table of changes to the professional standard")
ELEMENT = Msg("Структурный элемент", "Element")
COMMENT = Msg("Комментарий", "Comment")
NO_DIFFERENCES = Msg("Различий нет.", "No differences.")
WIDTHS = (0.2, 0.34, 0.34, 0.12)
SIZE = Pt(10)


def render(comparison: Comparison, **_: object) -> bytes:
    document = docxbase.new_document(landscape=True)
    width = docxbase.usable_width(document)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(TITLE.render()).bold = True
    for diff in comparison.standards:
        heading = document.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        std = diff.new or diff.old
        heading.add_run(labels.version(std) if std else "").bold = True
        _table(document, diff, [int(width * w) for w in WIDTHS])
    news = [d.new for d in comparison.standards if d.new is not None]
    subject = " ".join(part for std in news[:1] for part in (
        std.general.code.strip(), std.registration_number.strip()) if part)
    date = max((approval_datetime(std.approval_date) for std in news), default=EPOCH)
    return docxbase.to_bytes(document, TITLE.render(), subject, date)


def _table(document, diff: StandardDiff, widths: list[int]) -> None:
    if not diff.changes:
        document.add_paragraph(NO_DIFFERENCES.render())
        return
    table = docxbase.grid_table(document, 1, widths)
    header = table.rows[0]
    docxbase.repeat_header(header)
    for cell, text in zip(header.cells, (
            ELEMENT.render(), labels.edition(diff.old, labels.OLD_EDITION),
            labels.edition(diff.new, labels.NEW_EDITION), COMMENT.render()), strict=True):
        _run(cell.paragraphs[0], text, bold=True)
    functions = Functions(diff)
    for change in diff.changes:
        cells = table.add_row().cells
        for cell, w in zip(cells, widths, strict=True):
            cell.width = w
        _run(cells[0].paragraphs[0], labels.element(change))
        _side(cells[1], change, DELETE, functions)
        _side(cells[2], change, INSERT, functions)
        comment = labels.CLASSES[change.cls].render().capitalize()
        _run(cells[3].paragraphs[0], f"{comment}: {labels.describe(change)}")


def _side(cell: _Cell, change: Change, which: str, functions: Functions) -> None:
    """One version's text of a change in ``cell``: the word diff, with this side's edits
    marked, or the content of a whole added/removed function."""
    paragraph = cell.paragraphs[0]
    if change.ops:
        for op, text in change.ops:
            if op == KEEP:
                _run(paragraph, text)
            elif op == which:
                _run(paragraph, text, strike=op == DELETE, bold=op == INSERT,
                     underline=op == INSERT)
        return
    value = change.old if which == DELETE else change.new
    if value is None:
        return
    marked = (change.new is None) if which == DELETE else (change.old is None)
    _run(paragraph, value, strike=marked and which == DELETE, bold=marked and which == INSERT)
    content = functions.content(change)
    if content and marked:
        for line in content:
            _run(cell.add_paragraph(), line, strike=which == DELETE, bold=which == INSERT)


def _run(paragraph, text: str, bold: bool = False, strike: bool = False,
         underline: bool = False) -> None:
    run = paragraph.add_run(unescape(text).replace("\r\n", "\n"))  # «\n»: a line break
    run.font.size = SIZE
    run.bold = bold or None
    run.font.strike = strike or None
    run.underline = underline or None
