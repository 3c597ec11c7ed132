"""Revision comparison: a domain diff of two versions of a professional standard.

``compare(old, new)`` (two :class:`~profstandards.model.Document`) gives a
:class:`~profstandards.diff.changes.Comparison`.  Modules: :mod:`.textdiff` (word
diffs, the editorial test), :mod:`.align` and :mod:`.match` (pairing),
:mod:`.compare` (the change list), :mod:`.changes` (the change model).
"""

from __future__ import annotations

from profstandards.diff.changes import Comparison
from profstandards.diff.compare import compare

__all__ = ["Comparison", "compare"]
