"""``profstandards comments collect|apply``: reviews → сводка → new revision."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards.cli import click_ru
from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    fail,
    lang_option,
    report_error,
    write_or_exit,
)
from profstandards.errors import InputError
from profstandards.i18n import Msg

WRITTEN = Msg("записан: {path} (строк: {rows}, из них не сопоставлено: {unmapped}; файлов: "
              "{files})", "written: {path} ({rows} row(s), {unmapped} not placed; {files} "
              "file(s))")
NOTHING_WRITTEN = Msg("ничего не записано: исправьте или уберите файлы выше",
                      "nothing written: fix or leave out the files above")
APPLIED = Msg("записан: {path} (внесено строк: {applied}, не внесено: {failed})",
              "written: {path} ({applied} row(s) applied, {failed} not)")
NONE_ACCEPTED = Msg("принятых строк с предлагаемой редакцией нет",
                    "no accepted row with a proposed wording")


@click.group("comments", cls=click_ru.Group)
def comments() -> None:
    """Замечания публичного обсуждения: сводка из отзывов и внесение принятых.

    collect — из копий проекта с примечаниями и исправлениями Word и из заполненных
    таблиц замечаний собирает сводку; apply — вносит в стандарт строки сводки,
    принятые разработчиком.
    """


@comments.command("collect")
@click.argument("standard", metavar="STANDARD.xml")
@click.argument("reviews", nargs=-1, required=True, metavar="REVIEW...")
@click.option("-o", "--output", required=True,
              help="Файл сводки (.docx или .json); «-» — в stdout (для --format json).")
@click.option("--format", "fmt", type=click.Choice(["docx", "json"]), default=None,
              help="docx — сводка в Word (по умолчанию), json — для программ; по умолчанию "
                   "по расширению -o.")
@click.option("--jobs", "-j", type=int, default=None,
              help="Сколько файлов читать одновременно (по умолчанию — по числу ядер).")
@lang_option
def collect(standard: str, reviews: tuple[str, ...], output: str, fmt: str | None,
            jobs: int | None) -> None:
    """Собрать сводку замечаний и предложений из отзывов на проект STANDARD.xml.

    REVIEW — копии проекта (DOCX из profstandards consultation/export) с примечаниями
    Word или с записанными исправлениями, заполненные таблицы замечаний; DOC, RTF и ODT
    открываются через LibreOffice. Каждое замечание привязывается к разделу, ОТФ/ТФ,
    полю и пункту по скрытым меткам проекта, а без них — по тексту; что не удалось
    привязать, попадает в раздел «Не сопоставлено». Коды выхода: 0 — сводка записана,
    2 — файл не прочитан, отзыв на другой стандарт или неверный вызов (ничего не
    записано).
    """
    from profstandards.comments.collect import ReviewErrors
    from profstandards.comments.collect import collect as run
    from profstandards.comments.svodka import render

    fmt = fmt or ("json" if output.lower().endswith(".json") or output == "-" else "docx")
    try:
        svodka = run(standard, list(reviews), jobs)
    except InputError as e:
        fail(e)
    except ReviewErrors as e:
        for error in e.errors:
            report_error(error)
        click.echo(NOTHING_WRITTEN(), err=True)
        sys.exit(EXIT_INPUT)
    data = svodka.as_json().encode() if fmt == "json" else render(svodka)
    write_or_exit(output, data)
    click.echo(WRITTEN(path=output, rows=len(svodka.entries) + len(svodka.unmapped),
                       unmapped=len(svodka.unmapped), files=len(reviews)), err=True)
    sys.exit(EXIT_OK)


@comments.command("apply")
@click.argument("svodka", metavar="SVODKA.docx")
@click.argument("standard", metavar="STANDARD.xml")
@click.option("-o", "--output", required=True, help="Новая редакция стандарта (XML).")
@lang_option
def apply(svodka: str, standard: str, output: str) -> None:
    """Внести в STANDARD.xml строки сводки, принятые разработчиком.

    Вносится каждая строка, где в графе «Решение разработчика» написано «принято» или
    «принято частично» и заполнена «Предлагаемая редакция»: значение заменяется, пункт
    заменяется, исключается («Исключить») или добавляется. Печатает внесённое и то, что
    внести не удалось, с причиной. Файл записывается в том же виде (компактно, как
    реестр, или с отступами). Коды выхода: 0 — внесено всё, 1 — не всё, 2 — файл не
    прочитан, сводка с изменённым заголовком или неверный вызов (ничего не записано).
    """
    from profstandards.comments.apply import apply_svodka

    try:
        data, outcomes = apply_svodka(svodka, standard)
    except InputError as e:
        fail(e)
    for outcome in outcomes:
        click.echo(outcome.message())
    if not outcomes:
        click.echo(NONE_ACCEPTED(), err=True)
    write_or_exit(Path(output), data)
    failed = sum(not o.applied for o in outcomes)
    click.echo(APPLIED(path=output, applied=len(outcomes) - failed, failed=failed), err=True)
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)
