"""Revision comparison: a domain diff of two versions of a professional standard.

``compare(old, new)`` (two :class:`~profstandards.model.Document`) gives a
:class:`~profstandards.diff.changes.Comparison`; :func:`render` turns it into one of
:data:`FORMATS`.  Modules: :mod:`.textdiff` (word diffs, the editorial test),
:mod:`.align` and :mod:`.match` (pairing), :mod:`.compare` (the change list),
:mod:`.changes` (the change model) and one module per output format; the Word redline
(:mod:`.redline`) is the export's layout (:mod:`profstandards.render`) of both versions
at once, paired as the comparison paired them.
"""

from __future__ import annotations

from datetime import datetime

from profstandards.diff.changes import Comparison
from profstandards.diff.compare import compare
from profstandards.formats import Formats
from profstandards.render.layouts import DEFAULT

FORMATS = Formats({
    "text": "profstandards.diff.text",
    "json": "profstandards.diff.json",
    "html": "profstandards.diff.html",
    "docx-table": "profstandards.diff.docx_table",
    "docx-redline": "profstandards.diff.redline",
})
BINARY = frozenset({"docx-table", "docx-redline"})


def render(comparison: Comparison, fmt: str, *, color: bool = False,
           author: str | None = None, date: datetime | None = None,
           layout: str = DEFAULT) -> str | bytes:
    """The comparison in format ``fmt`` (text for the first three, bytes for Word);
    ``color`` is for the text report, ``author``, ``date`` and ``layout`` (the макет) for
    the redline."""
    options: dict[str, object] = {"color": color, "date": date, "layout": layout}
    if author:
        options["author"] = author
    result: str | bytes = FORMATS[fmt](comparison, **options)
    return result


__all__ = ["FORMATS", "BINARY", "Comparison", "compare", "render"]
