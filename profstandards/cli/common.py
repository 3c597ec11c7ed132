"""What every command shares: exit codes, ``--lang``, one-line errors, file collection."""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NoReturn

import click

from profstandards import files, fixes, i18n, model, swap
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.xmlio import reader

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def lang_option(func: Callable) -> Callable:
    """``--lang ru|en`` (default: ``$PROFSTANDARDS_LANG`` or ``ru``), applied before the rest."""

    def set_lang(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
        i18n.set_lang(value)
        return value

    return click.option(
        "--lang", type=click.Choice(i18n.LANGUAGES),
        default=lambda: i18n.env_lang(lambda text: click.echo(text, err=True)),
        expose_value=False, is_eager=True, callback=set_lang,
        help="Язык сообщений: ru (по умолчанию) или en; по умолчанию берётся из "
             "переменной окружения PROFSTANDARDS_LANG.",
    )(func)


def report_error(error: InputError) -> None:
    """One line on stderr: ``file:line:col: message``."""
    click.echo(error.render(), err=True)


def fail(error: InputError) -> NoReturn:
    report_error(error)
    sys.exit(EXIT_INPUT)


def collect_or_exit(paths: Iterable[str], exclude: Iterable[str] = ()) -> list[Path]:
    """The XML files named by ``paths``; a missing path or empty directory exits 2."""
    try:
        return files.collect(paths, exclude)
    except InputError as e:
        fail(e)


CANNOT_WRITE = Msg("не удалось записать файл: {detail}", "cannot write the file: {detail}")


def write_or_exit(path: str | Path | None, data: bytes | str, color: bool | None = None) -> None:
    """The one way a command writes its output.

    ``None`` or ``"-"``: to stdout (text through click, so ``color`` applies; bytes as
    they are).  Otherwise the file is written atomically, its directory made if
    missing; any failure is one line naming the file, and exit code 2.
    """
    if path is None or str(path) == "-":
        if isinstance(data, str):
            click.echo(data, nl=False, color=color)
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        return
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # a file stands where a directory of the path should be
            raise NotADirectoryError(errno.ENOTDIR, "not a directory") from None
        files.write_atomic(path, raw)
    except OSError as e:
        fail(InputError(str(path), CANNOT_WRITE, detail=files.os_error(e)))


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


def read_standards(path: Path, normalize: bool = False) -> list[model.Standard]:
    """The standards of ``path`` for a document: a file whose values would not all reach
    the document (unknown, repeated or misplaced elements, stray text, attributes) is
    refused with :class:`InputError`; missing elements (printed «-»), elements out of
    order and comments are fine.  ``normalize`` applies the safe fixes first; without
    it, swapped skills/knowledge are warned of."""
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
            click.echo(NORMALIZED(path=path, count=len(changes)), err=True)
    elif any(swap.detect(standard).swapped for standard in document.standards):
        click.echo(SWAPPED(path=path), err=True)
    return list(document.standards)


def read_all(sources: list[Path], normalize: bool = False
             ) -> tuple[list[model.Standard], list[str], bool]:
    """:func:`read_standards` of every file: the standards, for each the name of the file
    it came from (a draft with neither number nor code is named after it), and whether
    some file could not be read (each reported on stderr)."""
    standards: list[model.Standard] = []
    names: list[str] = []
    failed = False
    for path in sources:
        try:
            read = read_standards(path, normalize)
        except InputError as e:
            report_error(e)
            failed = True
            continue
        standards += read
        names += [path.stem] * len(read)
    return standards, names, failed


def read_lossless(path: Path) -> tuple[bytes, reader.ReadResult] | None:
    """The bytes and the model of a file that can be rewritten without losing anything;
    otherwise report why on stderr (one line) and return ``None``."""
    try:
        data = files.read_bytes(path)
        result = reader.read_bytes(data, str(path))
        reader.check_lossless(result)
    except InputError as e:
        report_error(e)
        return None
    return data, result
