"""The new version as a Word document with every change as a native tracked change.

Generated from our own structural diff (not by comparing two Word files): the layout
(:mod:`.layout`) walks both versions at once and the tracked-change writer
(:mod:`.ooxml`) turns each difference into ``w:ins``/``w:del`` with author and date.
«Accept all» in Word gives the new version, «Reject all» the old one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from docx.enum.text import WD_BREAK

from profstandards import model
from profstandards.diff import docxbase, match
from profstandards.diff.changes import Comparison
from profstandards.diff.layout import Both, Layout
from profstandards.diff.ooxml import TrackedWriter

AUTHOR = "profstandards"


def render(comparison: Comparison, author: str = AUTHOR, date: datetime | None = None,
           ) -> bytes:
    """The redline of every standard of the comparison, one after another."""
    pairs = [(d.old, d.new, d.functions) for d in comparison.standards]
    return _document(pairs, author, date)


def render_version(document: model.Document) -> bytes:
    """One version alone, in the same layout (no revisions): what accepting (or
    rejecting) every change of a redline must give."""
    pairs = [(s, s, None) for s in document.standards]
    return _document(pairs, AUTHOR, None)


def _document(pairs: list[tuple[model.Standard | None, model.Standard | None,
                                match.FunctionMap | None]],
              author: str, date: datetime | None) -> bytes:
    document = docxbase.new_document()
    writer = TrackedWriter(author, date or datetime.now(UTC).replace(microsecond=0))
    layout = Layout(document, writer)
    for k, (old, new, functions) in enumerate(pairs):
        if k:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        layout.standard(Both(old, new), functions or match.functions(old, new))
    document.add_paragraph()  # the body ends with a paragraph both versions have
    writer.settle(document.element.body)
    return docxbase.to_bytes(document)
