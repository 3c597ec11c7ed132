"""``profstandards consultation``: the package for a public consultation of a draft."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards.cli.click_ru import bilingual, english
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
              help=bilingual("Каталог для документов (создаётся, если его нет).",
                             "Directory for the documents (created if missing)."))
@click.option("--start", required=True, type=click.DateTime(DATE_FORMATS),
              help=bilingual("Начало обсуждения: ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.",
                             "Start of the consultation: DD.MM.YYYY or YYYY-MM-DD."))
@click.option("--end", required=True, type=click.DateTime(DATE_FORMATS),
              help=bilingual("Конец обсуждения (включительно).",
                             "End of the consultation (inclusive)."))
@click.option("--contact", default="",
              help=bilingual("Куда направлять замечания (адрес электронной почты или почтовый "
                             "адрес).",
                             "Where to send comments (an e-mail or postal address)."))
@click.option("--published", default="",
              help=bilingual("Где размещён проект (адрес страницы): называется в письме.",
                             "Where the draft is published (the page's address): named in the "
                             "cover letter."))
@click.option("--date", "letter_date", type=click.DateTime(DATE_FORMATS),
              help=bilingual("Дата сопроводительного письма (без неё — пустое место для даты).",
                             "Date of the cover letter (without it, a blank for the date)."))
@click.option("--number", default="",
              help=bilingual("Исходящий номер письма (без него — пустое место для номера).",
                             "Outgoing number of the letter (without it, a blank for the "
                             "number)."))
@click.option("--allow-unfinished", is_flag=True,
              help=bilingual("Создать пакет и для проекта с незаполненными местами «ЗАПОЛНИТЬ».",
                             "Write the package even for a draft with unfilled «ЗАПОЛНИТЬ» (fill "
                             "in) placeholders."))
@click.option("--layout", type=click.Choice(sorted(LAYOUTS)), default=DEFAULT, show_default=True,
              help=bilingual("Макет проекта: maket-2013 или maket-446n.",
                             "Layout of the draft: maket-2013 or maket-446n."))
@click.option("--normalize", is_flag=True,
              help=bilingual("Сначала применить безопасные исправления (как у export).",
                             "Apply the safe fixes first (as export does)."))
@lang_option
@english("""Prepare the package for the public consultation of a draft standard.

    For each standard in PATH, the -o directory receives: the draft laid out as a published
    standard with a blank approval stamp and the «ПРОЕКТ» (draft) mark (…_draft.docx); the
    table of comments and proposals, its rows numbered by section, generalized and work
    function (…_comments.docx); and the developer's cover letter: the grounds and dates of the
    consultation, where the draft is published, where to send comments (…_cover-note.docx). A
    draft with unfilled «ЗАПОЛНИТЬ» (fill in) places is not issued: they are listed, exit code
    1 (--allow-unfinished issues it anyway). Exit codes: 0 — done, 1 — the draft is unfinished,
    2 — a file could not be read or bad usage.
    """)
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
