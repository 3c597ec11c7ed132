"""``profstandards diff``: what changed between two versions of a standard."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from profstandards import diff as differ
from profstandards.cli.click_ru import bilingual, english
from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    fail,
    lang_option,
    write_or_exit,
)
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.render.layouts import DEFAULT, LAYOUTS

USAGE = Msg("нужны два файла: старая и новая редакция (или --textconv ФАЙЛ)",
            "two files are needed: the old and the new version (or --textconv FILE)")
NEEDS_OUTPUT = Msg("для --format {fmt} нужен -o ФАЙЛ (или -o - для вывода в stdout)",
                   "--format {fmt} needs -o FILE (or -o - for stdout)")
BAD_DATE = Msg("--date: ожидается дата ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTчч:мм:сс, а не «{value}»",
               "--date: expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, not '{value}'")
NOT_A_STANDARD = Msg("не выгрузка реестра, показан как есть: {reason}",
                     "not a registry export, shown as is: {reason}")


@click.command("diff")
@click.argument("paths", nargs=-1, required=True, metavar="OLD NEW")
@click.option("--format", "fmt", type=click.Choice(list(differ.FORMATS)), default="text",
              show_default=True, help=bilingual("Формат результата.",
                                                "Output format."))
@click.option("-o", "--output", help=bilingual("Куда писать: файл или «-» (stdout).",
                                               "Where to write: a file or '-' (stdout)."))
@click.option("--normalize", is_flag=True,
              help=bilingual("Сначала исправить ошибки выгрузки реестра в обеих редакциях "
                             "(умения и знания наоборот, кириллица в кодах, пробелы, склеенные "
                             "элементы).",
                             "First fix the registry export's faults in both versions (skills "
                             "and knowledge swapped, Cyrillic letters in codes, whitespace, "
                             "merged items)."))
@click.option("--order", is_flag=True,
              help=bilingual("Считать изменением и перестановку элементов списка.",
                             "Count a reordering of list items as a change too."))
@click.option("--color/--no-color", default=None,
              help=bilingual("Цвет в текстовом выводе (по умолчанию — если вывод в терминал).",
                             "Colour in the text output (default: when writing to a terminal)."))
@click.option("--author", default="profstandards", show_default=True,
              help=bilingual("Автор исправлений в docx-redline.",
                             "Author of the tracked changes in docx-redline."))
@click.option("--date", "date_text", help=bilingual("Дата исправлений в docx-redline (по "
                                                    "умолчанию — сейчас), ГГГГ-ММ-ДД[Tчч:мм:сс].",
                                                    "Date of the tracked changes in docx-redline "
                                                    "(default: now), YYYY-MM-DD[Thh:mm:ss]."))
@click.option("--layout", type=click.Choice(sorted(LAYOUTS)), default=DEFAULT, show_default=True,
              help=bilingual("Макет docx-redline: maket-2013 (приказ № 147н) или maket-446n.",
                             "Layout of docx-redline: maket-2013 (order No. 147n) or maket-446n."))
@click.option("--textconv", is_flag=True,
              help=bilingual("Вывести один файл построчно (для git diff: "
                             "diff.<драйвер>.textconv).",
                             "Print one file as lines (for git diff: diff.<driver>.textconv)."))
@lang_option
@english("""Compare two versions of a professional standard (OLD → NEW).

    Generalized and work functions are matched by code, then by name: a renumbered or moved
    work function is shown as such, not as a deletion and an addition. Each change is either
    editorial or substantive. Exit codes: 0 — no differences, 1 — differences found, 2 — a file
    could not be read or bad usage.
    """)
def diff(paths: tuple[str, ...], fmt: str, output: str | None, normalize: bool, order: bool,
         color: bool | None, author: str, date_text: str | None, layout: str,
         textconv: bool) -> None:
    """Сравнить две редакции профессионального стандарта (OLD → NEW).

    ОТФ и ТФ сопоставляются по кодам, затем по наименованиям: перенумерованная или
    перенесённая ТФ показывается как таковая, а не как удаление и добавление.
    Каждое изменение — редакционное или по существу. Коды выхода: 0 — различий нет,
    1 — есть различия, 2 — файл не прочитан или неверный вызов.
    """
    if textconv:
        _textconv(paths)
        return
    if len(paths) != 2:
        click.echo(USAGE(), err=True)
        sys.exit(EXIT_INPUT)
    if fmt in differ.BINARY and not output:
        click.echo(NEEDS_OUTPUT(fmt=fmt), err=True)
        sys.exit(EXIT_INPUT)
    date = _date(date_text)
    try:
        comparison = differ.compare_files(*paths, normalize=normalize, order=order)
    except InputError as e:
        fail(e)
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    use_color = to_terminal if color is None else color
    result = differ.render(comparison, fmt, color=use_color, author=author, date=date,
                           layout=layout)
    write_or_exit(output, result, use_color)
    total, swap_hint = differ.notes(comparison)
    if fmt != "text" or output not in (None, "-"):
        click.echo(total, err=True)
    if swap_hint:
        click.echo(swap_hint, err=True)
    sys.exit(EXIT_OK if comparison.identical else EXIT_FINDINGS)



def _date(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        click.echo(BAD_DATE(value=text), err=True)
        sys.exit(EXIT_INPUT)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _textconv(paths: tuple[str, ...]) -> None:
    """One file as lines for git; a file that is not a registry export passes through
    unchanged (with a note on stderr), so that ``git diff`` keeps working on other XML."""
    if len(paths) != 1:
        click.echo(USAGE(), err=True)
        sys.exit(EXIT_INPUT)
    try:
        text = differ.textconv(paths[0])
    except InputError as e:
        try:
            raw = Path(paths[0]).read_bytes()
        except OSError:
            fail(e)
        click.echo(f"{paths[0]}: {NOT_A_STANDARD(reason=e.message())}", err=True)
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return
    click.echo(text, nl=False)
