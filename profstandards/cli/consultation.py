"""``profstandards consultation``: the package for a public consultation of a draft."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    collect_or_exit,
    lang_option,
    read_all,
    write_or_exit,
)
from profstandards.i18n import Msg
from profstandards.render import unique_stems
from profstandards.render.layouts import DEFAULT, LAYOUTS

WRITTEN = Msg("записан: {path}", "written: {path}")
BAD_PERIOD = Msg("конец обсуждения ({end}) раньше начала ({start})",
                 "the consultation ends ({end}) before it starts ({start})")
DATE_FORMATS = ["%d.%m.%Y", "%Y-%m-%d"]


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
@click.option("--layout", type=click.Choice(sorted(LAYOUTS)), default=DEFAULT, show_default=True,
              help="Макет проекта: maket-2013 или maket-446n.")
@click.option("--normalize", is_flag=True,
              help="Сначала применить безопасные исправления (как у export).")
@lang_option
def consultation(path: str, output: str, start, end, contact: str, layout: str,
                 normalize: bool) -> None:
    """Подготовить пакет для публичного обсуждения проекта стандарта.

    В каталоге -o для каждого стандарта из PATH появятся: проект в виде
    опубликованного стандарта с пустым грифом и пометкой «ПРОЕКТ» (…_draft.docx),
    таблица замечаний и предложений с пронумерованными строками по разделам, ОТФ и
    ТФ (…_comments.docx) и сопроводительное уведомление со сроками обсуждения
    (…_cover-note.docx). Коды выхода: 0 — готово, 2 — файл не прочитан или неверный вызов.
    """
    if end < start:
        click.echo(BAD_PERIOD(start=f"{start:%d.%m.%Y}", end=f"{end:%d.%m.%Y}"), err=True)
        sys.exit(EXIT_INPUT)
    # Imported here: python-docx and jinja2 cost every other command 0.1 s at start-up.
    from profstandards.render.consultation import Consultation, package

    period = Consultation(start.date(), end.date(), contact)
    standards, names, failed = read_all(collect_or_exit([path]), normalize)
    if failed:
        sys.exit(EXIT_INPUT)
    for standard, stem in zip(standards, unique_stems(standards, names), strict=True):
        for name, data in package(standard, period, layout, stem).items():
            target = Path(output) / name
            write_or_exit(target, data)
            click.echo(WRITTEN(path=target))
    sys.exit(EXIT_OK)
