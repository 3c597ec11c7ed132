"""``profstandards export``: a standard as a Word (DOCX) or HTML file in the printed layout."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards import exporting
from profstandards.cli.click_ru import bilingual, english
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
              show_default=True, help=bilingual("docx — документ Word; html — одна страница для "
                                                "браузера.",
                                                "docx: a Word document; html: a single page for "
                                                "a browser."))
@click.option("-o", "--output",
              help=bilingual("Файл (один стандарт), каталог (по файлу на стандарт) или «-» "
                             "(stdout). По умолчанию — текущий каталог, имя из рег. номера и "
                             "кода: ps1090_06.042.docx.",
                             "A file (one standard), a directory (a file per standard) or '-' "
                             "(stdout). Default: the current directory, the name made of the "
                             "registration number and the code: ps1090_06.042.docx."))
@click.option("--layout", type=click.Choice(sorted(LAYOUTS)), default=DEFAULT, show_default=True,
              help=bilingual("Макет: maket-2013 (приказ № 147н) или maket-446n (новый).",
                             "Layout: maket-2013 (order No. 147n) or maket-446n (the new one)."))
@click.option("--draft", is_flag=True,
              help=bilingual("Проект: пустые дата и номер приказа в грифе, пометка «ПРОЕКТ».",
                             "A draft: the order's date and number left blank in the approval "
                             "stamp, marked «ПРОЕКТ» (draft)."))
@click.option("--normalize", is_flag=True,
              help=bilingual("Сначала применить безопасные исправления (перепутанные умения и "
                             "знания, кириллические буквы в кодах, лишние пробелы).",
                             "Apply the safe fixes first (skills and knowledge swapped, Cyrillic "
                             "letters in codes, extra whitespace)."))
@click.option("--registry", "registry_path", type=click.Path(dir_okay=False), metavar="FILE",
              help=bilingual("База реестра (profstandards registry build): ОТФ/ТФ, повторяющие "
                             "функцию другого стандарта, отмечаются «Заимствовано из оригинала» "
                             "с кодом и регистрационным номером оригинала (макет 2013 г.).",
                             "Registry database (profstandards registry build): generalized and "
                             "work functions that repeat a function of another standard are "
                             "marked «Заимствовано из оригинала» (borrowed from the original) "
                             "with the original's code and registration number (2013 layout)."))
@lang_option
@english("""Export standards to DOCX or HTML laid out as a published standard.

    The approval stamp, the contents, sections I–IV (and V in the 446n layout); the functional
    map (section II) is built from section III; footnotes at the end. A file with several
    standards gives a document per standard. Exit codes: 0 — all exported, 2 — some file could
    not be read or bad usage.
    """)
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
