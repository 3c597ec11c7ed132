"""What ``fix`` does to one file: read it losslessly, apply the safe fixes, write it back
in the style it had (or the one asked for).  The fixes themselves are pure functions of
the model in :mod:`profstandards.fixes`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from profstandards import fixes, loading
from profstandards.xmlio import writer

STYLES = ("keep", *writer.STYLES)


@dataclass
class FixResult:
    """One file's safe fixes and, if there were any, its new bytes."""

    path: str
    changes: list[fixes.Change] = field(default_factory=list)
    data: bytes | None = None  # the rewritten file; None when nothing changed


def fix_file(path: str | Path, style: str = "keep") -> FixResult:
    """The safe fixes of ``path`` and the file rewritten with them (``style``: ``keep`` the
    file's own layout, or ``pretty``/``registry``).  Raises
    :class:`~profstandards.errors.InputError` for a file that cannot be rewritten without
    losing something."""
    data, result = loading.lossless(path)
    document, changes = fixes.apply_safe(result.document)
    if not changes:
        return FixResult(str(path))
    chosen = style if style != "keep" else writer.style_of(data)
    return FixResult(str(path), changes, writer.dumps(document, chosen))


def rule_codes() -> dict[str, str]:
    """The rule each safe fix answers (fix name → rule code), from the catalogue."""
    from profstandards.rules import catalogue

    return {r.fix: r.code for r in catalogue() if r.fix}
