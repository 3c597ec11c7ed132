"""What ``export`` does: standards read for print (see :mod:`profstandards.loading`),
optionally marked with the origins a registry recognises, rendered as DOCX or HTML in
the printed layout, and named stably from their own numbers or their source files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from profstandards import loading, model
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.render import unique_stems

FORMATS = ("docx", "html")
IN_FILE = Msg("{source} (рег. № {number})", "{source} (reg. No. {number})")
BORROWED = Msg("{name}: по реестру заимствованных ОТФ/ТФ: {count}",
               "{name}: borrowed GWF/WF found in the registry: {count}")


@dataclass(frozen=True)
class Options:
    fmt: str = "docx"  # docx or html
    layout: str | None = None  # None: the default макет
    draft: bool = False  # blank stamp, «ПРОЕКТ»
    normalize: bool = False  # the safe fixes first
    registry: str | None = None  # a registry database: origins of borrowed ОТФ/ТФ


@dataclass(frozen=True)
class Planned:
    """One document to write: the standard, the file it came from (``label`` also names
    which standard of a multi-standard file), and its file name without extension."""

    standard: model.Standard
    source: str
    label: str
    stem: str


def plan(paths: Iterable[str | Path], options: Options,
         notice: loading.Notice = loading.ignore) -> tuple[list[Planned], list[InputError]]:
    """The documents the files make, and the errors of files that could not be read.
    Raises :class:`~profstandards.errors.InputError` for a registry that cannot be
    opened (before any file is read)."""
    registry = None
    if options.registry is not None:
        from profstandards.registry.store import Registry

        registry = Registry(options.registry)
    loaded = loading.all_for_documents(paths, options.normalize, notice)
    standards = loaded.standards
    if registry is not None:
        from profstandards.registry import compare

        marked = []
        for standard, source in zip(standards, loaded.sources, strict=True):
            standard, added = compare.with_origins(standard, registry)
            if added:
                notice(BORROWED(name=source, count=added))
            marked.append(standard)
        standards = marked
    stems = unique_stems(standards, loaded.sources)
    planned = [Planned(standard, source, _label(standard, source, loaded.sources), stem)
               for standard, source, stem in zip(standards, loaded.sources, stems, strict=True)]
    return planned, loaded.errors


def render(standard: model.Standard, options: Options) -> bytes:
    """The standard as a document (python-docx and jinja2 are imported only here)."""
    from profstandards.render.layouts import DEFAULT

    layout = options.layout or DEFAULT
    if options.fmt == "html":
        from profstandards.render import html

        return html.render(standard, layout, draft=options.draft).encode("utf-8")
    from profstandards.render.docx import DocxRenderer

    return DocxRenderer(layout, draft=options.draft).render(standard)


def render_all(planned: list[Planned], options: Options) -> Iterator[tuple[Planned, bytes]]:
    for item in planned:
        yield item, render(item.standard, options)


def _label(standard: model.Standard, source: str, sources: list[str]) -> str:
    """The input a document comes from: the file, and which standard of it where the
    file holds several."""
    if sources.count(source) < 2:
        return source
    number = standard.registration_number.strip() or standard.general.code.strip() or "—"
    return IN_FILE(source=source, number=number)
