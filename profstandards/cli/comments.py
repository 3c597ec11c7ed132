"""``profstandards comments collect|apply``: reviews → сводка → new revision."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards.cli.click_ru import Group, bilingual, english
from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    fail,
    jobs_option,
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


@click.group("comments", cls=Group)
@lang_option
@english("""Public consultation comments: a summary from the reviews, and applying the accepted
    ones.

    collect builds the summary from copies of the draft with Word comments and tracked changes
    and from filled-in comment tables; apply makes the changes of the summary rows the
    developer accepted in the standard.
    """)
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
              help=bilingual("Файл сводки (.docx или .json); «-» — в stdout (для --format json).",
                             "Summary file (.docx or .json); '-' for stdout (with --format "
                             "json)."))
@click.option("--format", "fmt", type=click.Choice(["docx", "json"]), default=None,
              help=bilingual("docx — сводка в Word (по умолчанию), json — для программ; по "
                             "умолчанию по расширению -o.",
                             "docx: the summary in Word (the default), json: for programs; by "
                             "default chosen by the extension of -o."))
@jobs_option
@lang_option
@english("""Collect the summary of comments and proposals from reviews of the draft
    STANDARD.xml.

    REVIEW: copies of the draft (DOCX from profstandards consultation/export) with Word
    comments or tracked changes, filled-in comment tables; DOC, RTF and ODT are opened via
    LibreOffice. Each comment is tied to a section, generalized or work function, field and
    item by the draft's hidden marks, or without them by the text; what cannot be tied goes to
    the section «Не сопоставлено» (not matched). Exit codes: 0 — the summary is written, 2 — a
    file could not be read, a review of another standard, or bad usage (nothing written).
    """)
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
@click.option("-o", "--output", required=True, help=bilingual("Новая редакция стандарта (XML).",
                                                              "The new version of the standard "
                                                              "(XML)."))
@lang_option
@english("""Apply to STANDARD.xml the summary rows the developer accepted.

    Each row is applied whose column «Решение разработчика» (developer's decision) says
    «принято» (accepted) or «принято частично» (partly accepted) and whose «Предлагаемая
    редакция» (proposed wording) is filled in: a value is replaced; an item is replaced,
    removed («Исключить», delete) or added. Prints what was applied and what could not be, with
    the reason. The file is written in the same layout (compact like the registry, or
    indented). Exit codes: 0 — all applied, 1 — not all, 2 — a file could not be read, the
    summary's header was changed, or bad usage (nothing written).
    """)
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
