"""``profstandards import``: a standard in Word (DOCX, DOC, RTF, ODT) → registry XML."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards import parallel
from profstandards.cli.click_ru import bilingual, english
from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    fail,
    lang_option,
    write_or_exit,
)
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.wordin import report
from profstandards.wordin.convert import Conversion, convert_job
from profstandards.xmlio import writer

WRITTEN = Msg("записан: {path}", "written: {path}")
SEVERAL = Msg("файлов несколько: -o должен быть каталогом", "several files: -o must be a directory")


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False),
                metavar="FILE...")
@click.option("-o", "--output", metavar="OUT",
              help=bilingual("XML-файл (один вход) или каталог (несколько). По умолчанию — рядом "
                             "с документом: ФАЙЛ.xml.",
                             "An XML file (one input) or a directory (several). Default: next to "
                             "the document, FILE.xml."))
@click.option("--style", type=click.Choice(writer.STYLES), default="pretty", show_default=True,
              help=bilingual("pretty — элемент на строке, для правки; registry — компактно, как "
                             "реестр.",
                             "pretty: an element per line, for editing; registry: compact, like "
                             "the registry."))
@click.option("--fix", is_flag=True,
              help=bilingual("Применить безопасные исправления (буквы-двойники в кодах, пробелы, "
                             "склеенные элементы списков).",
                             "Apply the safe fixes (look-alike letters in codes, whitespace, "
                             "merged list items)."))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help=bilingual("Отчёт: text — для людей (stderr), json — в "
                                                "stdout.",
                                                "Report: text for people (stderr), json to "
                                                "stdout."))
@lang_option
@english("""Convert a standard from Word (DOCX; DOC, RTF, ODT via LibreOffice) to registry XML.

    Values are read by the labels of the layout (2013 and 446n). Then the XML is checked as by
    validate; each finding names the Word cell its value came from. Exit codes: 0 — everything
    placed; 1 — the XML is written, but some text was not placed (it is listed) or sections II
    and III disagree; 2 — a file could not be read, is not a standard, or bad usage.
    """)
def import_(files: tuple[str, ...], output: str | None, style: str, fix: bool,
            fmt: str) -> None:
    """Перевести стандарт из Word (DOCX; DOC, RTF, ODT — через LibreOffice) в XML реестра.

    Значения читаются по подписям макета (2013 г. и 446н). Потом XML проверяется, как в
    validate; у каждой находки указана ячейка Word, откуда значение. Коды выхода: 0 —
    всё размещено; 1 — XML записан, но часть текста не размещена (перечислена) или
    разделы II и III расходятся; 2 — файл не прочитан, это не стандарт или неверный вызов.
    """
    targets = _targets([Path(p) for p in files], output)
    jobs = [(str(path), str(target), style, fix) for path, target in targets]
    conversions: list[Conversion] = []
    for conversion, (_, target) in zip(parallel.imap(convert_job, jobs), targets, strict=True):
        conversions.append(conversion)
        if conversion.failed is None:
            write_or_exit(target, conversion.xml)
        if fmt == "text":
            for line in report.finding_lines(conversion):
                click.echo(line)
            for line in report.report_lines(conversion):
                click.echo(line, err=True)
    if fmt == "json":
        click.echo(report.as_json(conversions), nl=False)
    if any(c.failed is not None for c in conversions):
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_OK if all(c.complete for c in conversions) else EXIT_FINDINGS)


def _targets(paths: list[Path], output: str | None) -> list[tuple[Path, Path]]:
    """Each input with its XML: ``-o`` is the file for one input, the directory for
    several (a directory, or a name ending in «/», for one input too)."""
    if output is None:
        return [(p, p.with_suffix(".xml")) for p in paths]
    out = Path(output)
    directory = out.is_dir() or output.endswith(("/", "\\"))
    if len(paths) > 1 and not directory:
        if out.suffix.lower() == ".xml":
            fail(InputError(output, SEVERAL))
        directory = True
    if directory:
        return [(p, out / (p.stem + ".xml")) for p in paths]
    return [(paths[0], out)]
