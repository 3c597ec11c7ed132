"""``profstandards consultation``: the package for a public consultation of a draft."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    collect_or_exit,
    lang_option,
    notice,
    report_error,
    write_or_exit,
)
from profstandards.i18n import Msg, clip
from profstandards.render.layouts import DEFAULT, LAYOUTS
from profstandards.report.text import location

WRITTEN = Msg("{source} → {path}", "{source} → {path}")
BAD_PERIOD = Msg("конец обсуждения ({end}) раньше начала ({start})",
                 "the consultation ends ({end}) before it starts ({start})")
DATE_FORMATS = ["%d.%m.%Y", "%Y-%m-%d"]
NOT_FILLED = Msg("не заполнено: «{text}»", "not filled in: '{text}'")
UNFINISHED = Msg("проект не закончен: мест «ЗАПОЛНИТЬ» — {count}; пакет для обсуждения не "
                 "создан (--allow-unfinished — создать всё равно)",
                 "the draft is unfinished: {count} «ЗАПОЛНИТЬ» placeholder(s); no package "
                 "written (--allow-unfinished to write it anyway)")


@click.command("consultation")
@click.argument("path")
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Каталог для документов (создаётся, если его нет).")
@click.option("--start", required=True, type=click.DateTime(DATE_FORMATS),
              help="Начало обсуждения: ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.")
@click.option("--end", required=True, type=click.DateTime(DATE_FORMATS),
              help="Конец обсуждения (включительно).")
@click.option("--contact", default="",
              help="Куда направлять замечания (адрес электронной почты или почтовый адрес).")
@click.option("--published", default="",
              help="Где размещён проект (адрес страницы): называется в письме.")
@click.option("--date", "letter_date", type=click.DateTime(DATE_FORMATS),
              help="Дата сопроводительного письма (без неё — пустое место для даты).")
@click.option("--number", default="",
              help="Исходящий номер письма (без него — пустое место для номера).")
@click.option("--allow-unfinished", is_flag=True,
              help="Создать пакет и для проекта с незаполненными местами «ЗАПОЛНИТЬ».")
@click.option("--layout", type=click.Choice(sorted(LAYOUTS)), default=DEFAULT, show_default=True,
              help="Макет проекта: maket-2013 или maket-446n.")
@click.option("--normalize", is_flag=True,
              help="Сначала применить безопасные исправления (как у export).")
@lang_option
def consultation(path: str, output: str, start, end, contact: str, published: str,
                 letter_date, number: str, allow_unfinished: bool, layout: str,
                 normalize: bool) -> None:
    """Подготовить пакет для публичного обсуждения проекта стандарта.

    В каталоге -o для каждого стандарта из PATH появятся: проект в виде
    опубликованного стандарта с пустым грифом и пометкой «ПРОЕКТ» (…_draft.docx),
    таблица замечаний и предложений с пронумерованными строками по разделам, ОТФ и
    ТФ (…_comments.docx) и сопроводительное письмо разработчика: основание и сроки
    обсуждения, где размещён проект, куда направлять замечания (…_cover-note.docx).
    Проект с незаполненными местами «ЗАПОЛНИТЬ» не выпускается: они перечисляются, код
    выхода 1 (--allow-unfinished — выпустить всё равно). Коды выхода: 0 — готово,
    1 — проект не закончен, 2 — файл не прочитан или неверный вызов.
    """
    if end < start:
        click.echo(BAD_PERIOD(start=f"{start:%d.%m.%Y}", end=f"{end:%d.%m.%Y}"), err=True)
        sys.exit(EXIT_INPUT)
    from profstandards import consulting

    period = consulting.Consultation(start.date(), end.date(), contact,
                                     letter_date.date() if letter_date else None, number,
                                     published)
    drafts, errors = consulting.plan(collect_or_exit([path]), normalize, notice)
    for error in errors:
        report_error(error)
    if errors:
        sys.exit(EXIT_INPUT)
    left = [(draft.source, loc, text) for draft in drafts for loc, text in draft.unfinished]
    if left and not allow_unfinished:
        for source, loc, text in left:
            click.echo(f"{location(source, loc.line, loc.column)}: "
                       f"{NOT_FILLED(text=clip(text, 100))}", err=True)
        click.echo(UNFINISHED(count=len(left)), err=True)
        sys.exit(EXIT_FINDINGS)
    for draft in drafts:
        for name, data in consulting.package(draft, period, layout).items():
            target = Path(output) / name
            write_or_exit(target, data)
            click.echo(WRITTEN(source=draft.source, path=target))
    sys.exit(EXIT_OK)
