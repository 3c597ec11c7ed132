"""Reading standards for the commands that print or rewrite them.

``validate`` reads anything and reports what is wrong.  The other commands need a model
they can trust: :func:`for_documents` (``export``, ``consultation``) refuses a file whose
values would not all reach the document, :func:`complete` (``diff``, ``comments``) does
the same for a comparison, and :func:`lossless` (``fmt``, ``fix``) refuses anything the
model would not write back.  Every refusal is an :class:`~profstandards.errors.InputError`
naming the file; what a person should know but is no error (swapped lists, the safe
fixes applied) goes to ``notice``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from profstandards import files, fixes, model, swap
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.xmlio import reader

Notice = Callable[[str], object]

LOSSY = Msg(
    "файл не соответствует формату реестра, в документ попало бы не всё: {first} "
    "(всего замечаний: {count}; подробности — profstandards validate)",
    "the file does not follow the registry format and the document would miss something: "
    "{first} ({count} problem(s); run profstandards validate for all of them)",
)
SWAPPED = Msg(
    "{path}: похоже, умения и знания в файле перепутаны местами (так выгружал реестр до "
    "2020 г.); --normalize вернёт их на место",
    "{path}: skills and knowledge look swapped (as registry exports before 2020 had them); "
    "--normalize puts them back",
)
NO_STANDARDS = Msg("в файле нет ни одного стандарта", "the file holds no standard")
NORMALIZED = Msg("{path}: безопасных исправлений: {count}", "{path}: {count} safe fix(es)")


def ignore(_: str) -> None:
    """A notice nobody reads (the default for library callers)."""
    return None


def for_documents(path: str | Path, normalize: bool = False,
                  notice: Notice = ignore) -> list[model.Standard]:
    """The standards of ``path`` for a document: a file whose values would not all reach
    the document (unknown, repeated or misplaced elements, stray text, attributes) is
    refused with :class:`InputError`; missing elements (printed «-»), elements out of
    order and comments are fine.  ``normalize`` applies the safe fixes first; without
    it, swapped skills/knowledge are pointed out."""
    result = reader.read_file(path)
    lossy = [p for p in result.problems if p.msg not in reader.HARMLESS]
    if lossy:
        first = lossy[0]
        raise InputError(str(path), LOSSY, first.line, first.column, first=first.message(),
                         count=len(lossy))
    document = result.document
    if not document.standards:
        raise InputError(str(path), NO_STANDARDS)
    if normalize:
        document, changes = fixes.apply_safe(document)
        if changes:
            notice(NORMALIZED(path=path, count=len(changes)))
    elif any(swap.detect(standard).swapped for standard in document.standards):
        notice(SWAPPED(path=path))
    return list(document.standards)


@dataclass
class Loaded:
    """The standards of several files: each with the path of the file it came from (output
    names are made from it where a standard's own do not tell it apart), and the files that
    could not be read."""

    standards: list[model.Standard] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def all_for_documents(paths: Iterable[str | Path], normalize: bool = False,
                      notice: Notice = ignore) -> Loaded:
    """:func:`for_documents` of every file; an unreadable one is kept in ``errors``."""
    loaded = Loaded()
    for path in paths:
        try:
            read = for_documents(path, normalize, notice)
        except InputError as e:
            loaded.errors.append(e)
            continue
        loaded.standards += read
        loaded.sources += [str(path)] * len(read)
    return loaded


def complete(path: str | Path) -> model.Document:
    """The model of a file that holds all the file's values (for a comparison or a review);
    otherwise :class:`InputError` (see :func:`reader.check_complete`)."""
    result = reader.read_file(path)
    reader.check_complete(result)
    return result.document


def lossless(path: str | Path) -> tuple[bytes, reader.ReadResult]:
    """The bytes and the model of a file that can be rewritten without losing anything;
    otherwise :class:`InputError`."""
    data = files.read_bytes(path)
    result = reader.read_bytes(data, str(path))
    reader.check_lossless(result)
    return data, result
