"""What every command shares: exit codes, ``--lang``, one-line errors, file collection."""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NoReturn, TypeVar

import click

from profstandards import files, loading
from profstandards.cli.click_ru import bilingual
from profstandards.cli.click_ru import lang_option as lang_option  # every command has it
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.xmlio import reader

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def jobs_option(func: Callable) -> Callable:
    """``--jobs N``: how many processes share the files (default: every core)."""
    return click.option(
        "-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
        help=bilingual("Сколько процессов делят файлы между собой (по умолчанию — по числу "
                       "ядер; 1 — всё в одном процессе). Вывод от этого не зависит.",
                       "How many processes share the files (default: one per core; 1: all "
                       "in one process). The output does not depend on it."),
    )(func)


def exclude_option(func: Callable) -> Callable:
    """``--exclude GLOB`` (repeatable): files found in directories to leave out."""
    return click.option(
        "--exclude", multiple=True, metavar="GLOB",
        help=bilingual("Пропускать найденные в каталогах файлы по шаблону (можно повторять).",
                       "Skip the files found in directories that match this pattern (may be "
                       "repeated)."),
    )(func)


T = TypeVar("T")


def progress(results: Iterable[T], total: int, label: Msg) -> Iterator[T]:
    """``results`` as they come, with a progress bar on stderr for a batch when stderr is
    a terminal (it advances as each result, in input order, arrives)."""
    if total > 1 and sys.stderr.isatty():
        with click.progressbar(length=total, label=label(), file=sys.stderr) as bar:
            for result in results:
                yield result
                bar.update(1)
    else:
        yield from results


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


def notice(text: str) -> None:
    """A remark for the person at the terminal (stderr), not an error."""
    click.echo(text, err=True)


def read_lossless(path: Path) -> tuple[bytes, reader.ReadResult] | None:
    """:func:`loading.lossless`, or ``None`` after reporting why on stderr (one line)."""
    try:
        return loading.lossless(path)
    except InputError as e:
        report_error(e)
        return None
