"""What ``fmt`` does to one file: its canonical bytes, and whether they differ from the
file's own.

:func:`check_paths` is the library side of ``profstandards fmt --check``: every file's
verdict, in input order, on several processes (see :mod:`profstandards.parallel`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from profstandards import files, i18n, parallel
from profstandards.errors import InputError
from profstandards.xmlio import reader, writer


@dataclass(frozen=True)
class Checked:
    """Whether a file would change if rewritten, or why it cannot be rewritten."""

    path: str
    changed: bool = False
    error: InputError | None = None


def reformat(data: bytes, source: str, style: str = "pretty") -> bytes:
    """The canonical bytes of a file's ``data`` in ``style``; :class:`InputError` if the
    model would not hold everything the file has."""
    result = reader.read_bytes(data, source)
    reader.check_lossless(result)
    return writer.dumps(result.document, style)


def check_file(path: str | Path, style: str = "pretty") -> Checked:
    """Whether the file at ``path`` is already canonical in ``style``."""
    try:
        data = files.read_bytes(path)
        return Checked(str(path), reformat(data, str(path), style) != data)
    except InputError as e:
        return Checked(str(path), error=e)


def check_paths(paths: Iterable[str | Path], style: str = "pretty",
                jobs: int | None = None) -> Iterator[Checked]:
    """:func:`check_file` of every path, in input order, on ``jobs`` processes."""
    return parallel.imap(partial(_check, style, i18n.get_lang()), [str(p) for p in paths],
                         jobs)


def _check(style: str, lang: str, path: str) -> Checked:
    i18n.set_lang(lang)  # a worker renders messages in the parent's language
    return check_file(path, style)
