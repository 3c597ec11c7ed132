"""What every command shares: exit codes, ``--lang``, one-line errors, file collection."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NoReturn

import click

from profstandards import files, i18n
from profstandards.errors import InputError
from profstandards.xmlio import reader

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def lang_option(func: Callable) -> Callable:
    """``--lang ru|en`` (default: ``$PROFSTANDARDS_LANG`` or ``ru``), applied before the rest."""

    def set_lang(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
        i18n.set_lang(value)
        return value

    return click.option(
        "--lang", type=click.Choice(i18n.LANGUAGES), show_default=True,
        default=lambda: os.environ.get("PROFSTANDARDS_LANG", "ru"),
        expose_value=False, is_eager=True, callback=set_lang,
        help="Язык сообщений: ru (по умолчанию) или en.",
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


def read_lossless(path: Path) -> tuple[bytes, reader.ReadResult] | None:
    """The bytes and the model of a file that can be rewritten without losing anything;
    otherwise report why on stderr (one line) and return ``None``."""
    try:
        data = path.read_bytes()
        result = reader.read_bytes(data, str(path))
        reader.check_lossless(result)
    except OSError as e:
        report_error(InputError(str(path), reader.UNREADABLE, detail=e.strerror or str(e)))
        return None
    except InputError as e:
        report_error(e)
        return None
    return data, result
