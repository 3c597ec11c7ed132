"""``comments collect``: every reviewer's file of a public consultation → one сводка.

:func:`collect` reads the standard, then each review (DOCX directly; DOC, RTF, ODT
through LibreOffice, see :func:`profstandards.office.load`) with
:func:`profstandards.comments.review.read`, on several processes when there are many
(:func:`profstandards.parallel.imap`).  It merges identical rows of one author (the same
remark sent twice, in a comment and in the form) and sorts the rows in the standard's
order.  A file that cannot be read or is about another standard fails the whole run
(:class:`ReviewErrors`): a сводка that silently lacks a reviewer is worse than none.
"""

from __future__ import annotations

from pathlib import Path

from profstandards import model, office, parallel
from profstandards.comments import review, stream
from profstandards.comments.entries import Entry, positions, sort_key
from profstandards.comments.locate import norm
from profstandards.comments.svodka import Svodka
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.xmlio import reader

ONE_STANDARD = Msg("в файле {count} стандартов, а нужен один: оставьте в файле стандарт, "
                   "проект которого обсуждался", "the file holds {count} standards; keep only "
                   "the one whose draft was discussed")
NO_STANDARD = Msg("в файле нет ни одного стандарта", "the file holds no standard")


class ReviewErrors(Exception):
    """Some reviews could not be read: each error, one line."""

    def __init__(self, errors: list[InputError]) -> None:
        super().__init__("; ".join(e.render() for e in errors))
        self.errors = errors


def read_standard(path: str | Path) -> tuple[bytes, reader.ReadResult]:
    """The one standard of ``path`` whose values the model holds whole, with its bytes
    (raises :class:`InputError` otherwise)."""
    from profstandards import files

    data = files.read_bytes(path)
    result = reader.read_bytes(data, str(path))
    reader.check_complete(result)
    count = len(result.document.standards)
    if count != 1:
        raise InputError(str(path), ONE_STANDARD if count else NO_STANDARD, count=count)
    return data, result


def read_review(standard: model.Standard, path: str | Path) -> list[Entry]:
    """The rows of one review file (raises :class:`InputError`)."""
    package = office.load(path)
    return review.read(stream.read(package), standard, str(path))


def _one(job: tuple[str, str]) -> tuple[list[Entry], InputError | None]:
    standard_path, path = job
    try:
        standard = read_standard(standard_path)[1].document.standards[0]
        return read_review(standard, path), None
    except InputError as e:
        return [], e


def merge(entries: list[Entry]) -> list[Entry]:
    """Identical rows of one author merged (their files listed together)."""
    seen: dict[tuple, Entry] = {}
    out = []
    for e in entries:
        key = (e.element, norm(e.comment), e.proposed_text, norm(e.author))
        first = seen.get(key)
        if first is None:
            seen[key] = e
            out.append(e)
        elif e.source not in first.source.split(", "):
            first.source = f"{first.source}, {e.source}"
    return out


def collect(standard_path: str | Path, reviews: list[str | Path],
            jobs: int | None = None) -> Svodka:
    """The сводка of ``reviews`` on the standard in ``standard_path`` (see the module
    docstring); raises :class:`InputError` for the standard, :class:`ReviewErrors` for
    reviews."""
    standard = read_standard(standard_path)[1].document.standards[0]
    jobs = 1 if len(reviews) < 4 else jobs
    found: list[Entry] = []
    errors: list[InputError] = []
    for n, (entries, error) in enumerate(parallel.imap(
            _one, [(str(standard_path), str(p)) for p in reviews], jobs)):
        if error is not None:
            errors.append(error)
        for i, entry in enumerate(entries):
            entry.order = (n, i)
            found.append(entry)
    if errors:
        raise ReviewErrors(errors)
    table = positions(standard)
    rows = merge(sorted(found, key=lambda e: (sort_key(e.element, standard, table), e.order)))
    return Svodka(standard, [e for e in rows if e.element is not None],
                  [e for e in rows if e.element is None])
