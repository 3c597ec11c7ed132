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
from pathlib import Path

from profstandards import loading
from profstandards.diff.changes import Comparison, Kind, summary
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


def compare_files(old: str | Path, new: str | Path, *, normalize: bool = False,
                  order: bool = False) -> Comparison:
    """The comparison of two files (raises :class:`~profstandards.errors.InputError` for a
    file whose values the model would not hold whole)."""
    return compare(loading.complete(old), loading.complete(new), normalize=normalize,
                   order=order)


def textconv(path: str | Path) -> str:
    """One file as labelled lines, for ``git diff`` (raises ``InputError`` like
    :func:`compare_files`)."""
    from profstandards.diff import textview

    return textview.render(loading.complete(path))


def notes(comparison: Comparison) -> tuple[str, str | None]:
    """What ``diff`` tells a person beside its output: the totals (or «no differences»),
    and a hint when skills and knowledge are exchanged wholesale (``None`` otherwise)."""
    from profstandards.diff.labels import SWAP_HINT
    from profstandards.diff.text import NO_DIFFERENCES, TOTAL

    changes = comparison.changes
    total = TOTAL.render(summary(changes)) if changes else NO_DIFFERENCES()
    swapped = sum(c.kind is Kind.SWAPPED for c in changes)
    return total, SWAP_HINT(count=swapped) if swapped else None


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


__all__ = ["FORMATS", "BINARY", "Comparison", "compare", "compare_files", "notes", "render",
           "textconv"]
