"""Word in: a professional standard laid out in the макет (DOCX; DOC, RTF, ODT through
LibreOffice) read into the model, with where each value came from.

* :mod:`.grid` — the body as paragraphs and tables with merged cells resolved;
* :mod:`.text` — a paragraph's text (tabs, breaks, special spaces, note marks);
* :mod:`.labels` — labels and headings matched leniently (field labels from
  :mod:`profstandards.fields`);
* :mod:`.reader` — the walk from heading to heading; the parts' readers:
  :mod:`.title`, :mod:`.general` (section I), :mod:`.funcmap` (section II and its
  cross-check with section III), :mod:`.functions` (section III), :mod:`.developers`
  (section IV, V, notes);
* :mod:`.result` — :class:`ImportResult`, places in Word (:class:`Where`);
* :mod:`.convert` — the whole step of ``profstandards import``: read, fix, write XML,
  validate, findings pointed back at Word.

:func:`read_package` and :func:`read_file` give an :class:`ImportResult`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from profstandards import model, office
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.wordin import grid
from profstandards.wordin.reader import Walk
from profstandards.wordin.result import ImportResult, Where

__all__ = ["ImportResult", "Where", "read_file", "read_package"]

NOT_A_STANDARD = Msg(
    "это не профессиональный стандарт: не найдены ни разделы I–III макета, ни обобщённые "
    "трудовые функции",
    "not a professional standard: neither the sections I–III of the layout nor any "
    "generalized work function found",
)
NO_TABLES = Msg(
    "это не профессиональный стандарт: в документе нет ни одной таблицы, а макет стандарта "
    "состоит из таблиц (PDF, преобразованный в Word, или текст без макета?)",
    "not a professional standard: the document has no table at all, and the layout of a "
    "standard is made of tables (a PDF converted to Word, or text without the layout?)",
)


def read_file(path: str | Path) -> ImportResult:
    """The standard(s) of a Word-like file (``.docx`` directly; ``.doc``, ``.rtf``,
    ``.odt`` converted by LibreOffice first).  Raises :class:`InputError` for an
    unreadable file or one that is not a professional standard."""
    return read_package(office.load(path))


def read_package(package: office.Package) -> ImportResult:
    """The standard(s) of an opened DOCX package."""
    with _without_cycle_collection():
        return _read(package)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """The import makes many small objects and no reference cycles: the cyclic garbage
    collector would only walk them again and again (a third of the time), so it is paused
    meanwhile (and restarted after, whatever happens)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


MAIN = "word/document.xml"


def _read(package: office.Package) -> ImportResult:
    raw = package.read(MAIN)
    root = office.parse_part(raw, package.source, MAIN)
    if root.find(f"{{{office.W}}}body") is None:
        raise InputError(package.source, office.NO_BODY)
    if root.find(f".//{{{office.W}}}tbl") is None:  # every value of the layout is in a table
        raise InputError(package.source, NO_TABLES)
    walk = Walk()
    walk.read(grid.lines(grid.read_body(root, raw)))
    standards = [s for s in walk.standards() if _is_standard(s)]
    if not standards:
        raise InputError(package.source, NOT_A_STANDARD)
    document = model.Document(model.Seq(standards), namespaces=model.REGISTRY_NAMESPACES,
                              source=package.source)
    return ImportResult(package.source, document, walk.ctx.unplaced, walk.outside_report(),
                        walk.ctx.disagreements)


def _is_standard(standard: model.Standard) -> bool:
    g = standard.general
    return bool(standard.functions.items) or bool(g.kind_of_activity or g.code or g.okz.items)
