"""``profstandards validate``: the format (XSD) and the methodology rules, for people and CI."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards import classifiers as user_classifiers
from profstandards import config, files, morph_cache, okved
from profstandards.cli.click_ru import bilingual, english
from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    collect_or_exit,
    exclude_option,
    fail,
    jobs_option,
    lang_option,
    progress,
)
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.report import FORMATS
from profstandards.report import text as text_report
from profstandards.rules import PROFILES, Selection
from profstandards.rules.engine import DEFAULT_PROFILE
from profstandards.validation import load_schema, validate_paths

BAD_SCHEMA = Msg("не удалось загрузить XSD: {detail}", "cannot load the XSD: {detail}")
PROGRESS = Msg("Проверка", "Checking")
OPTION = "--select/--ignore"


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text",
              show_default=True,
              help=bilingual("Формат отчёта: text — для людей и редакторов, json, junit (отчёт "
                             "CI), sarif (code scanning), github (аннотации GitHub Actions).",
                             "Report format: text for people and editors, json, junit (CI "
                             "report), sarif (code scanning), github (GitHub Actions "
                             "annotations)."))
@click.option("--profile", type=click.Choice(PROFILES), default=None,
              help=bilingual("registry — опубликованный стандарт (по умолчанию); draft — проект: "
                             "регистрационный номер, номер и дата приказа могут быть пусты.",
                             "registry: a published standard (the default); draft: a draft, "
                             "whose registration number and order number and date may be empty."))
@click.option("--select", multiple=True, metavar="CODES",
              help=bilingual("Проверять только эти правила: коды или префиксы через запятую "
                             "(PS1,PS301).",
                             "Check only these rules: codes or prefixes, comma-separated "
                             "(PS1,PS301)."))
@click.option("--ignore", multiple=True, metavar="CODES",
              help=bilingual("Не проверять эти правила: коды или префиксы через запятую.",
                             "Do not check these rules: codes or prefixes, comma-separated."))
@click.option("--strict", is_flag=True, default=None,
              help=bilingual("Предупреждения тоже дают код выхода 1.",
                             "Warnings give exit code 1 too."))
@click.option("--classifiers", type=click.Path(), metavar="PATH",
              help=bilingual("Каталог классификаторов: ОКВЭД2 Росстата новее встроенного и/или "
                             "CSV ОКЗ, ОКПДТР, ОКСО (okz*.csv, okpdtr*.csv, okso*.csv: "
                             "code;name;edition) — тогда коды сверяются с ними; или один файл "
                             "ОКВЭД2.",
                             "Classifiers directory: Rosstat's OKVED2 newer than the built-in "
                             "one and/or CSV files of OKZ, OKPDTR, OKSO (okz*.csv, okpdtr*.csv, "
                             "okso*.csv: code;name;edition), against which codes are then "
                             "checked; or a single OKVED2 file."))
@click.option("--registry", "registry_path", type=click.Path(dir_okay=False), metavar="FILE",
              help=bilingual("База реестра (profstandards registry build): правила PS8xx — "
                             "повторы ОТФ/ТФ других стандартов, заимствования, наименования по "
                             "классификаторам.",
                             "Registry database (profstandards registry build): rules PS8xx: "
                             "generalized and work functions repeating other standards, "
                             "borrowings, names per the classifiers."))
@exclude_option
@click.option("--config", "config_path", type=click.Path(dir_okay=False), metavar="FILE",
              help=bilingual("Файл настроек вместо найденного .profstandards.toml / "
                             "pyproject.toml.",
                             "Settings file instead of the .profstandards.toml / pyproject.toml "
                             "found."))
@click.option("--no-config", is_flag=True, help=bilingual("Не читать файлы настроек.",
                                                          "Read no settings files."))
@click.option("--schema", "schema_path", type=click.Path(dir_okay=False),
              help=bilingual("Проверять по другому XSD вместо встроенного.",
                             "Check against another XSD instead of the built-in one."))
@jobs_option
@lang_option
@english("""Check files (or directories of *.xml): the registry format's schema and the
    methodology rules.

    Reports every finding of each file: file:line:column: severity CODE message. The rules are
    listed by profstandards rules (and docs/rules.md). Exit codes: 0 — no errors (warnings are
    allowed unless --strict is given), 1 — errors found, 2 — a file could not be read or bad
    usage.
    """)
def validate(paths: tuple[str, ...], fmt: str, profile: str | None, select: tuple[str, ...],
             ignore: tuple[str, ...], strict: bool | None, classifiers: str | None,
             registry_path: str | None, exclude: tuple[str, ...], config_path: str | None,
             no_config: bool, schema_path: str | None, jobs: int | None) -> None:
    """Проверить файлы (или каталоги с *.xml): схема формата реестра и правила методики.

    Сообщает все находки каждого файла: файл:строка:столбец: уровень КОД сообщение.
    Список правил — profstandards rules (и docs/rules.md). Коды выхода: 0 — ошибок
    нет (предупреждения допустимы, если не задан --strict), 1 — есть ошибки, 2 — файл
    не прочитан или неверный вызов.
    """
    try:
        settings = _settings(config_path, no_config, Path(paths[0]))
        selection = Selection(
            profile=profile or settings.profile or DEFAULT_PROFILE,
            select=_codes(select, OPTION) or settings.select or ("PS",),
            ignore=_codes(ignore, OPTION) or settings.ignore,
            severity=settings.severity,
            okved=classifiers or settings.classifiers,
            registry=registry_path or settings.registry,
        )
        if selection.okved is not None:
            # a bad location or file is a usage error, before any file is checked
            okved.load(selection.okved)
            user_classifiers.load_all(selection.okved)
        if selection.registry is not None:
            from profstandards.registry import store

            # Likewise a database that is not one; closed again, so that no worker
            # process inherits an open SQLite connection (each opens its own).
            store.Registry(selection.registry).close()
    except InputError as e:
        fail(e)
    strict = settings.strict if strict is None else strict
    targets = collect_or_exit(paths, (*settings.exclude, *exclude))
    if schema_path:
        try:
            load_schema(schema_path)  # a bad XSD is a usage error, before any file
        except Exception as e:  # noqa: BLE001 - any XSD problem is a usage error
            fail(InputError(schema_path, BAD_SCHEMA, detail=str(e).splitlines()[0]))
    morph_cache.enable()  # an editor runs validate again and again on the same words
    results = list(progress(validate_paths(targets, schema_path, selection, jobs),
                            len(targets), PROGRESS))
    click.echo(FORMATS[fmt](results, strict=strict), nl=False)
    if fmt == "text":
        click.echo(text_report.summary(results), err=True)
    if any(r.error for r in results):
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if any(r.failed(strict) for r in results) else EXIT_OK)


def _settings(config_path: str | None, no_config: bool, first: Path) -> config.Config:
    """The settings: ``--config``, or the file found from the first PATH upwards."""
    if no_config:
        return config.Config()
    if config_path:
        if not Path(config_path).is_file():
            raise InputError(config_path, files.NO_SUCH)
        return config.load(Path(config_path))
    start = first if first.is_dir() else first.parent
    return config.load(config.find(start.resolve()))


def _codes(values: tuple[str, ...], option: str) -> tuple[str, ...]:
    codes = config.split_codes(values)
    for code in codes:
        config.check_code(code, option)
    return codes

