"""``profstandards registry``: index a local copy of the registry, search it in Russian.

``build`` wraps :func:`profstandards.registry.index.build`, ``search`` wraps
:func:`profstandards.registry.search.search`.  The checks against the registry are
``validate --registry`` (PS8xx) and ``export --registry``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from profstandards.cli.click_ru import Group, bilingual, english
from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    exclude_option,
    fail,
    jobs_option,
    lang_option,
    report_error,
)
from profstandards.errors import InputError
from profstandards.i18n import Msg

PROGRESS = Msg("Индексация", "Indexing")
SUMMARY = Msg(
    "Файлов: новых {added}, изменённых {changed}, удалённых {removed}, без изменений "
    "{unchanged}; прочитано {indexed}. В базе {db}: стандартов {standards}, "
    "регистрационных номеров {numbers} ({seconds} с)",
    "Files: {added} new, {changed} changed, {removed} removed, {unchanged} unchanged; "
    "{indexed} read. In {db}: {standards} standard(s), {numbers} registration number(s) "
    "({seconds} s)")
NOTHING = Msg("ничего не найдено", "nothing found")
HIT = Msg("{who} «{name}», {where}: {text}", "{who} '{name}', {where}: {text}")
NUMBERED = Msg("рег. № {number}, {code}", "reg. No. {number}, {code}")
DRAFT = Msg("проект", "draft")
DB_HELP = Msg("Файл базы реестра (SQLite).", "Registry database file (SQLite).")


@click.group("registry", cls=Group)
@lang_option
@english("""Registry: an index of registry exports (SQLite), searched in Russian.

    Checking a standard against the registry: profstandards validate --registry FILE; export
    with the marks of borrowed functions: profstandards export --registry FILE.
    """)
def registry() -> None:
    """Реестр: индекс выгрузок реестра (SQLite), поиск по нему по-русски.

    Проверка стандарта по реестру — profstandards validate --registry FILE,
    выгрузка с отметками о заимствовании — profstandards export --registry FILE.
    """


@registry.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              metavar="FILE", help=bilingual(DB_HELP.ru + " Создаётся, если его нет.",
                                             DB_HELP.en + " Created if missing."))
@jobs_option
@exclude_option
@lang_option
@english("""Index files and directories (*.xml) of registry exports into the database FILE.

    A rerun reads only new and changed files (by content) and drops the vanished ones; an
    interrupted build leaves the previous database. Exit codes: 0 — done, 2 — some file could
    not be read (the others are indexed) or bad usage.
    """)
def build(paths: tuple[str, ...], db_path: str, jobs: int | None,
          exclude: tuple[str, ...]) -> None:
    """Проиндексировать файлы и каталоги (*.xml) выгрузок реестра в базу FILE.

    Повторный запуск читает только новые и изменившиеся файлы (по содержимому) и
    убирает исчезнувшие; прерванная сборка оставляет прежнюю базу. Коды выхода:
    0 — готово, 2 — какой-то файл не прочитан (остальные проиндексированы) или
    неверный вызов.
    """
    from profstandards.registry import index

    bar = None

    def plan(total: int) -> None:
        nonlocal bar
        if total > 1 and sys.stderr.isatty():
            bar = click.progressbar(length=total, label=PROGRESS(), file=sys.stderr)
            bar.__enter__()

    try:
        stats = index.build(paths, db_path, jobs=jobs, exclude=exclude, on_plan=plan,
                            tick=lambda n: bar.update(n) if bar is not None else None)
    except InputError as e:
        fail(e)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for error in stats.unreadable:
        report_error(error)
    click.echo(SUMMARY(added=stats.added, changed=stats.changed, removed=stats.removed,
                       unchanged=stats.unchanged, indexed=stats.indexed, db=db_path,
                       standards=stats.standards, numbers=stats.numbers,
                       seconds=f"{stats.seconds:.1f}"), err=True)
    sys.exit(EXIT_INPUT if stats.unreadable else EXIT_OK)


@registry.command("search")
@click.argument("query")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              metavar="FILE", help=bilingual(DB_HELP.ru, DB_HELP.en))
@click.option("--kind", type=click.Choice(["standard", "gf", "wf", "item"]), default=None,
              help=bilingual("Искать только: standard — наименования, виды и цели стандартов; gf "
                             "— наименования ОТФ; wf — наименования ТФ; item — пункты ОТФ/ТФ "
                             "(трудовые действия, умения, знания, требования).",
                             "Search only: standard: names, kinds of activity and purposes of "
                             "standards; gf: names of generalized work functions; wf: names of "
                             "work functions; item: the functions' items (labour actions, "
                             "skills, knowledge, requirements)."))
@click.option("--level", metavar="N", help=bilingual("Только ОТФ/ТФ этого уровня квалификации (и "
                                                     "их пункты).",
                                                     "Only generalized and work functions of "
                                                     "this qualification level (and their "
                                                     "items)."))
@click.option("--limit", "-n", type=click.IntRange(min=1), default=20, show_default=True,
              help=bilingual("Сколько результатов показать.",
                             "How many results to show."))
@click.option("--all-versions", is_flag=True,
              help=bilingual("Искать и в прежних редакциях стандартов (по умолчанию — в "
                             "текущих).",
                             "Search earlier versions of standards too (default: current "
                             "versions only)."))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help=bilingual("text — строка на результат; json — список "
                                                "объектов.",
                                                "text: a line per result; json: a list of "
                                                "objects."))
@lang_option
@english("""Find texts in the registry database that match the query (by lemmas, best first).

    «монтажа учебного оборудования» finds «Монтаж учебного оборудования». Exit codes: 0 —
    found, 1 — nothing found, 2 — bad usage or not a registry database.
    """)
def search(query: str, db_path: str, kind: str | None, level: str | None, limit: int,
           all_versions: bool, fmt: str) -> None:
    """Найти в базе реестра тексты, подходящие к запросу (по леммам, лучшие первыми).

    «монтажа учебного оборудования» находит «Монтаж учебного оборудования». Коды
    выхода: 0 — найдено, 1 — ничего не найдено, 2 — неверный вызов или не та база.
    """
    from profstandards.registry.search import search as run
    from profstandards.registry.store import Registry

    try:
        hits = run(Registry(Path(db_path)), query, kind=kind, level=level, limit=limit,
                   all_versions=all_versions)
    except InputError as e:
        fail(e)
    if fmt == "json":
        click.echo(json.dumps([h.as_json() for h in hits], ensure_ascii=False, indent=1))
    elif not hits:
        click.echo(NOTHING(), err=True)
    for hit in hits if fmt == "text" else ():
        who = NUMBERED.bind(number=hit.registration_number, code=hit.standard_code or "-") \
            if hit.registration_number else DRAFT
        click.echo(HIT(who=who, name=hit.standard_name, where=hit.where, text=hit.text))
    sys.exit(EXIT_OK if hits else EXIT_FINDINGS)
