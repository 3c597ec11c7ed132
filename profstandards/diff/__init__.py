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
from profstandards.render.layouts import DEFAULT

FORMATS = ("text", "json", "html", "docx-table", "docx-redline")
BINARY = frozenset({"docx-table", "docx-redline"})


def render(comparison: Comparison, fmt: str, *, color: bool = False,
           author: str | None = None, date: datetime | None = None,
           layout: str = DEFAULT) -> str | bytes:
    """The comparison in format ``fmt`` (text for the first three, bytes for Word);
    ``layout`` is the макет of the redline."""
    if fmt == "text":
        from profstandards.diff import text
        return text.render(comparison, color=color)
    if fmt == "json":
        from profstandards.diff import json
        return json.render(comparison)
    if fmt == "html":
        from profstandards.diff import html
        return html.render(comparison)
    if fmt == "docx-table":
        from profstandards.diff import docx_table
        return docx_table.render(comparison)
    if fmt == "docx-redline":
        from profstandards.diff import redline
        return redline.render(comparison, author or redline.AUTHOR, date, layout)
    raise ValueError(f"unknown format {fmt!r}")


__all__ = ["FORMATS", "BINARY", "Comparison", "compare", "render"]
