"""``profstandards validate``: check files against the format (and, later, the rules)."""

from __future__ import annotations

import sys

import click

from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    collect_or_exit,
    fail,
    lang_option,
)
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.report import FORMATS
from profstandards.report import text as text_report
from profstandards.validation import validate_file
from profstandards.xmlio.schema import Schema

BAD_SCHEMA = Msg("не удалось загрузить XSD: {detail}", "cannot load the XSD: {detail}")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="Формат отчёта.")
@click.option("--schema", "schema_path", type=click.Path(dir_okay=False),
              help="Проверять по другому XSD вместо встроенного.")
@lang_option
def validate(paths: tuple[str, ...], fmt: str, schema_path: str | None) -> None:
    """Проверить файлы (или каталоги с *.xml): схема формата реестра.

    Сообщает все ошибки каждого файла: файл:строка:столбец: уровень код сообщение.
    Коды выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — файл не прочитан или
    неверный вызов.
    """
    targets = collect_or_exit(paths)
    schema = None
    if schema_path:
        try:
            schema = Schema.from_file(schema_path)
        except Exception as e:  # noqa: BLE001 - any XSD problem is a usage error
            fail(InputError(schema_path, BAD_SCHEMA, detail=str(e).splitlines()[0]))
    results = [validate_file(path, schema) for path in targets]
    click.echo(FORMATS[fmt](results), nl=False)
    if fmt == "text":
        click.echo(text_report.summary(results), err=True)
    if any(r.error for r in results):
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if any(r.errors for r in results) else EXIT_OK)
