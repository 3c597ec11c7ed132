"""``profstandards export``: a standard as a Word (DOCX) or HTML file in the printed layout."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards import exporting
from profstandards.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    collect_or_exit,
    fail,
    lang_option,
    notice,
    report_error,
    write_or_exit,
)
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.render.layouts import DEFAULT, LAYOUTS

WRITTEN = Msg("{source} → {path}", "{source} → {path}")
SEVERAL = Msg("документов будет несколько: -o должен быть каталогом (например, «{path}/»)",
              "there will be several documents: -o must be a directory (e.g. '{path}/')")
STDOUT_ONE = Msg("в stdout (-o -) можно выгрузить только один стандарт, а их {count}",
                 "only one standard can go to stdout (-o -), there are {count}")


def targets(stems: list[str], fmt: str, output: str | None, several: bool) -> list[Path] | None:
    """Where each standard goes; ``None``: to stdout.  Exits 2 on an impossible ``-o``.

    ``-o`` names a directory when it is one, ends with «/», or when there are several
    input files or standards (``several``) and it does not end in ``.docx``/``.html``;
    else it is the file.
    """
    count = len(stems)
    several = several or count > 1
    if output == "-":
        if count > 1:
            click.echo(STDOUT_ONE(count=count), err=True)
            sys.exit(EXIT_INPUT)
        return None
    if output is None:
        directory = Path(".")
    elif Path(output).is_dir() or output.endswith(("/", "\\")) or (
            several and Path(output).suffix.lower() != f".{fmt}"):
        directory = Path(output)
    elif several:
        click.echo(SEVERAL(path=Path(output).with_suffix("")), err=True)
        sys.exit(EXIT_INPUT)
    else:
        return [Path(output)]
    return [directory / f"{stem}.{fmt}" for stem in stems]


@click.command("export")
@click.argument("paths", nargs=-1, required=True)
@click.option("--to", "fmt", type=click.Choice(exporting.FORMATS), default="docx",
              show_default=True, help="docx — документ Word; html — одна страница для браузера.")
@click.option("-o", "--output",
              help="Файл (один стандарт), каталог (по файлу на стандарт) или «-» (stdout). "
                   "По умолчанию — текущий каталог, имя из рег. номера и кода: ps1090_06.042.docx.")
@click.option("--layout", type=click.Choice(sorted(LAYOUTS)), default=DEFAULT, show_default=True,
              help="Макет: maket-2013 (приказ № 147н) или maket-446n (новый).")
@click.option("--draft", is_flag=True,
              help="Проект: пустые дата и номер приказа в грифе, пометка «ПРОЕКТ».")
@click.option("--normalize", is_flag=True,
              help="Сначала применить безопасные исправления (перепутанные умения и знания, "
                   "кириллические буквы в кодах, лишние пробелы).")
@click.option("--registry", "registry_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="База реестра (profstandards registry build): ОТФ/ТФ, повторяющие "
                   "функцию другого стандарта, отмечаются «Заимствовано из оригинала» с кодом "
                   "и регистрационным номером оригинала (макет 2013 г.).")
@lang_option
def export(paths: tuple[str, ...], fmt: str, output: str | None, layout: str, draft: bool,
           normalize: bool, registry_path: str | None) -> None:
    """Выгрузить стандарты в DOCX или HTML в виде опубликованного стандарта.

    Гриф утверждения, содержание, разделы I–IV (в макете 446н — и V), функциональная
    карта (раздел II) строится по разделу III, сноски — в конце. Из файла с несколькими
    стандартами получается по документу на стандарт. Коды выхода: 0 — всё выгружено,
    2 — какой-то файл не прочитан или неверный вызов.
    """
    sources = collect_or_exit(paths)
    options = exporting.Options(fmt, layout, draft, normalize, registry_path)
    try:
        planned, errors = exporting.plan(sources, options, notice)
    except InputError as e:
        fail(e)
    for error in errors:
        report_error(error)
    if not planned:
        sys.exit(EXIT_INPUT)
    where = targets([p.stem for p in planned], fmt, output, len(sources) > 1)
    for i, (item, data) in enumerate(exporting.render_all(planned, options)):
        write_or_exit(None if where is None else where[i], data)
        if where is not None:
            click.echo(WRITTEN(source=item.label, path=where[i]))
    sys.exit(EXIT_INPUT if errors else EXIT_OK)
