"""The ``profstandards`` command line: thin click commands over the library.

Exit codes everywhere: 0 — all good, 1 — findings (errors; for ``fmt --check``, files
that would change), 2 — usage error or unreadable input.  Bad input is one line on
stderr naming the file (and line:column), never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from profstandards import __version__, files, i18n
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.report import FORMATS
from profstandards.report import text as text_report
from profstandards.validation import validate_file
from profstandards.xmlio import reader, writer
from profstandards.xmlio.schema import Schema

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2

REFORMATTED = Msg("переформатирован: {path}", "reformatted: {path}")
WOULD_REFORMAT = Msg("будет переформатирован: {path}", "would reformat: {path}")
UNCHANGED = Msg("Файлов: {total}; изменено: {changed}.", "{total} file(s), {changed} changed.")
CHECK_UNCHANGED = Msg("Файлов: {total}; все уже в каноническом виде.",
                      "{total} file(s), all already canonical.")
CHECK_CHANGED = Msg("Файлов: {total}; будут переформатированы: {changed}.",
                    "{total} file(s), {changed} would be reformatted.")
OUT_MULTI = Msg("с несколькими входными файлами -o должен быть существующим каталогом",
                "with several input files, -o must be an existing directory")
BAD_SCHEMA = Msg("не удалось загрузить XSD: {detail}", "cannot load the XSD: {detail}")


def _lang_option(func: Callable) -> Callable:
    def set_lang(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
        i18n.set_lang(value)
        return value

    return click.option(
        "--lang", type=click.Choice(i18n.LANGUAGES), show_default=True,
        default=lambda: os.environ.get("PROFSTANDARDS_LANG", "ru"),
        expose_value=False, is_eager=True, callback=set_lang,
        help="Язык сообщений: ru (по умолчанию) или en.",
    )(func)


def _fail(error: InputError) -> None:
    click.echo(f"{error.render()}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="profstandards")
def main() -> None:
    """profstandards — профессиональные стандарты в формате XML реестра Минтруда:
    проверка, форматирование, сравнение редакций, выгрузка в DOCX."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="Формат отчёта.")
@click.option("--schema", "schema_path", type=click.Path(dir_okay=False),
              help="Проверять по другому XSD вместо встроенного.")
@_lang_option
def validate(paths: tuple[str, ...], fmt: str, schema_path: str | None) -> None:
    """Проверить файлы (или каталоги с *.xml): схема формата реестра.

    Сообщает все ошибки каждого файла: файл:строка:столбец: уровень код сообщение.
    Коды выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — файл не прочитан или
    неверный вызов.
    """
    try:
        targets = files.collect(paths)
    except InputError as e:
        _fail(e)
        sys.exit(EXIT_INPUT)
    schema = None
    if schema_path:
        try:
            schema = Schema.from_file(schema_path)
        except Exception as e:  # noqa: BLE001 - any XSD problem is a usage error
            _fail(InputError(schema_path, BAD_SCHEMA, detail=str(e).splitlines()[0]))
            sys.exit(EXIT_INPUT)
    results = [validate_file(path, schema) for path in targets]
    click.echo(FORMATS[fmt](results), nl=False)
    if fmt == "text":
        click.echo(text_report.summary(results), err=True)
    if any(r.error for r in results):
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if any(r.errors for r in results) else EXIT_OK)


@main.command("fmt")
@click.argument("paths", nargs=-1, required=True)
@click.option("--style", type=click.Choice(writer.STYLES), default="pretty", show_default=True,
              help="pretty — с отступами, по элементу в строке (для редактора и git); "
                   "registry — компактно, как выгружает реестр.")
@click.option("--check", is_flag=True, help="Ничего не менять; код 1, если что-то изменилось бы.")
@click.option("-o", "--output", help="Куда писать: файл, «-» (stdout) или каталог.")
@_lang_option
def fmt_command(paths: tuple[str, ...], style: str, check: bool, output: str | None) -> None:
    """Переписать файлы в каноническом виде без потери данных.

    Запись атомарна (временный файл и переименование). Файл, который нельзя
    переписать без потерь (неизвестные элементы, комментарии внутри стандарта),
    не трогается: код выхода 2.
    """
    try:
        targets = files.collect(paths)
    except InputError as e:
        _fail(e)
        sys.exit(EXIT_INPUT)
    out_dir = None
    if output and output != "-" and len(targets) > 1:
        if not Path(output).is_dir():
            click.echo(OUT_MULTI(), err=True)
            sys.exit(EXIT_INPUT)
        out_dir = Path(output)
    changed = failed = 0
    for path in targets:
        try:
            data = path.read_bytes()
            result = reader.read_bytes(data, str(path))
            reader.check_lossless(result)
        except OSError as e:
            _fail(InputError(str(path), reader.UNREADABLE, detail=e.strerror or str(e)))
            failed += 1
            continue
        except InputError as e:
            _fail(e)
            failed += 1
            continue
        out = writer.dumps(result.document, style)
        if check:
            if out != data:
                changed += 1
                click.echo(WOULD_REFORMAT(path=path))
        elif output == "-":
            sys.stdout.flush()
            sys.stdout.buffer.write(out)
            sys.stdout.buffer.flush()
        elif output:
            target = out_dir / path.name if out_dir else Path(output)
            files.write_atomic(target, out)
            changed += out != data
        elif out != data:
            files.write_atomic(path, out)
            changed += 1
            click.echo(REFORMATTED(path=path))
    if output != "-":
        summary = (CHECK_CHANGED if changed else CHECK_UNCHANGED) if check else UNCHANGED
        click.echo(summary(total=len(targets), changed=changed), err=True)
    if failed:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if check and changed else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
