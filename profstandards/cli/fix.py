"""``profstandards fix``: apply the safe fixes, show each change, write atomically."""

from __future__ import annotations

import sys

import click

from profstandards import fixing
from profstandards.cli.click_ru import bilingual, english
from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    collect_or_exit,
    lang_option,
    report_error,
    write_or_exit,
)
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.report.text import location

DONE = Msg("Файлов: {total}; исправлено файлов: {files}; исправлений: {changes}.",
           "{total} file(s), {files} fixed, {changes} change(s).")
WOULD = Msg("Файлов: {total}; будет исправлено файлов: {files}; исправлений: {changes} "
            "(--dry-run: ничего не записано).",
            "{total} file(s), {files} would be fixed, {changes} change(s) (--dry-run: nothing "
            "written).")


@click.command("fix")
@click.argument("paths", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True,
              help=bilingual("Только показать исправления, ничего не записывая; код 1, если есть "
                             "что исправить.",
                             "Only show the fixes, write nothing; exit code 1 if there is "
                             "something to fix."))
@click.option("--style", type=click.Choice(fixing.STYLES), default="keep", show_default=True,
              help=bilingual("Как записать файл: keep — как был (компактно, как реестр, или с "
                             "отступами), pretty или registry.",
                             "How to write the file: keep: as it was (compact like the registry, "
                             "or indented), pretty or registry."))
@lang_option
@english("""Fix what can be fixed without any risk of changing the meaning.

    Cyrillic look-alike letters in the codes of generalized and work functions, whitespace at
    the edges of values, skills and knowledge swapped by the registry export, list items merged
    with a line break (when the split is unambiguous). Every fix is printed; no element is
    lost; writing is atomic. A file that cannot be rewritten without loss is left alone (exit
    code 2).
    """)
def fix(paths: tuple[str, ...], dry_run: bool, style: str) -> None:
    """Исправить то, что можно исправить без риска изменить смысл.

    Кириллические буквы-двойники в кодах ОТФ/ТФ, пробелы по краям значений, умения и
    знания, перепутанные выгрузкой реестра, элементы списков, склеенные переводом строки
    (если разделение однозначно). Каждое исправление печатается; ни один элемент не
    теряется; запись атомарна. Файл, который нельзя переписать без потерь, не трогается
    (код 2).
    """
    codes = fixing.rule_codes()
    targets = collect_or_exit(paths)
    fixed = total = failed = 0
    for path in targets:
        try:
            result = fixing.fix_file(path, style)
        except InputError as e:
            report_error(e)
            failed += 1
            continue
        changes = result.changes
        for change in changes:
            where = location(str(path), change.loc.line, change.loc.column)
            click.echo(f"{where}: {codes.get(change.fix, '')} {change.message()}")
        if changes:
            fixed += 1
            total += len(changes)
            if not dry_run and result.data is not None:
                write_or_exit(path, result.data)
    summary = WOULD if dry_run else DONE
    click.echo(summary(total=len(targets), files=fixed, changes=total), err=True)
    if failed:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if dry_run and fixed else EXIT_OK)
