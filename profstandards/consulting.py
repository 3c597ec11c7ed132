"""What ``consultation`` does: the drafts read for print (see :mod:`profstandards.loading`),
the «ЗАПОЛНИТЬ» places each still holds (an unfinished draft does not go out unless asked),
and each draft's package — the draft in the printed layout, the comments form and the
cover letter (built by :mod:`profstandards.render.consultation`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from profstandards import loading, model, placeholders
from profstandards.errors import InputError
from profstandards.render import unique_stems


@dataclass(frozen=True)
class Consultation:
    """The consultation period and where remarks go (``contact``: e-mail or address);
    the cover letter's ``date`` and outgoing ``number`` and where the draft is
    ``published`` (a web page), where known."""

    start: dt.date
    end: dt.date
    contact: str = ""
    date: dt.date | None = None
    number: str = ""
    published: str = ""


@dataclass(frozen=True)
class Draft:
    """One draft to send out: the standard, the file it came from, the stem of its
    package's file names and the placeholders it still holds (location, text)."""

    standard: model.Standard
    source: str
    stem: str
    unfinished: list[tuple[model.Loc, str]]


def plan(paths: Iterable[str | Path], normalize: bool = False,
         notice: loading.Notice = loading.ignore) -> tuple[list[Draft], list[InputError]]:
    """The drafts the files hold, and the errors of files that could not be read."""
    loaded = loading.all_for_documents(paths, normalize, notice)
    stems = unique_stems(loaded.standards, loaded.sources)
    drafts = [Draft(standard, source, stem, placeholders.unfinished(standard))
              for standard, source, stem in zip(loaded.standards, loaded.sources, stems,
                                                strict=True)]
    return drafts, loaded.errors


def package(draft: Draft, period: Consultation, layout: str) -> dict[str, bytes]:
    """File name → DOCX bytes of the draft's three documents (python-docx and jinja2
    are imported only here)."""
    from profstandards.render.consultation import package as build

    return build(draft.standard, period, layout, draft.stem)
