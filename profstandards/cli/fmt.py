"""``profstandards fmt``: rewrite files canonically, atomically, without losing a value."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from profstandards import formatting
from profstandards.cli.click_ru import bilingual, english
from profstandards.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    collect_or_exit,
    jobs_option,
    lang_option,
    read_lossless,
    report_error,
    write_or_exit,
)
from profstandards.i18n import Msg
from profstandards.xmlio import writer

REFORMATTED = Msg("переформатирован: {path}", "reformatted: {path}")
WOULD_REFORMAT = Msg("будет переформатирован: {path}", "would reformat: {path}")
UNCHANGED = Msg("Файлов: {total}; изменено: {changed}.", "{total} file(s), {changed} changed.")
CHECK_UNCHANGED = Msg("Файлов: {total}; все уже в каноническом виде.",
                      "{total} file(s), all already canonical.")
CHECK_CHANGED = Msg("Файлов: {total}; будут переформатированы: {changed}.",
                    "{total} file(s), {changed} would be reformatted.")
CHECK_SOME = Msg("Файлов: {total}; в каноническом виде: {canonical}.",
                 "{total} file(s), {canonical} canonical.")
REFUSED = Msg(" Не тронуты (переписать без потерь нельзя, причина — выше): {failed}.",
              " Left alone (cannot be rewritten losslessly, see above): {failed}.")
OUT_MULTI = Msg("с несколькими входными файлами -o должен быть существующим каталогом",
                "with several input files, -o must be an existing directory")


@click.command("fmt")
@click.argument("paths", nargs=-1, required=True)
@click.option("--style", type=click.Choice(writer.STYLES), default="pretty", show_default=True,
              help=bilingual("pretty — с отступами, по элементу в строке (для редактора и git); "
                             "registry — компактно, как выгружает реестр.",
                             "pretty: indented, one element per line (for editors and git); "
                             "registry: compact, as the registry exports."))
@click.option("--check", is_flag=True, help=bilingual("Ничего не менять; код 1, если что-то "
                                                      "изменилось бы.",
                                                      "Change nothing; exit code 1 if anything "
                                                      "would change."))
@click.option("-o", "--output", help=bilingual("Куда писать: файл, «-» (stdout) или каталог.",
                                               "Where to write: a file, '-' (stdout) or a "
                                               "directory."))
@jobs_option
@lang_option
@english("""Rewrite files in canonical form without losing data.

    Writing is atomic (a temporary file, then a rename). A file that cannot be rewritten
    without loss (unknown elements, comments inside the standard) is left alone: exit code 2.
    """)
def fmt(paths: tuple[str, ...], style: str, check: bool, output: str | None,
        jobs: int | None) -> None:
    """Переписать файлы в каноническом виде без потери данных.

    Запись атомарна (временный файл и переименование). Файл, который нельзя
    переписать без потерь (неизвестные элементы, комментарии внутри стандарта),
    не трогается: код выхода 2.
    """
    targets = collect_or_exit(paths)
    out_dir = None
    if output and output != "-" and len(targets) > 1:
        if not Path(output).is_dir():
            click.echo(OUT_MULTI(), err=True)
            sys.exit(EXIT_INPUT)
        out_dir = Path(output)
    changed = failed = 0
    for checked in formatting.check_paths(targets, style, jobs) if check else ():
        if checked.error is not None:
            report_error(checked.error)
            failed += 1
        elif checked.changed:
            changed += 1
            click.echo(WOULD_REFORMAT(path=checked.path))
    for path in () if check else targets:
        loaded = read_lossless(path)
        if loaded is None:
            failed += 1
            continue
        data, result = loaded
        out = writer.dumps(result.document, style)
        if output:
            write_or_exit(output if output == "-" or out_dir is None else out_dir / path.name,
                          out)
            changed += out != data
        elif out != data:
            write_or_exit(path, out)
            changed += 1
            click.echo(REFORMATTED(path=path))
    if output != "-":
        if not check:
            summary = UNCHANGED
        elif changed:
            summary = CHECK_CHANGED
        else:
            summary = CHECK_SOME if failed else CHECK_UNCHANGED
        line = summary(total=len(targets), changed=changed,
                       canonical=len(targets) - changed - failed)
        click.echo(line + (REFUSED(failed=failed) if failed else ""), err=True)
    if failed:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if check and changed else EXIT_OK)
