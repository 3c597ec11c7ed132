"""The ``profstandards`` command line: thin click commands over the library.

One module per command in this package; this file only lists them.  A command's module
(and the libraries it needs: lxml, python-docx, jinja2, xmlschema, pymorphy3) is
imported only when that command runs, so ``profstandards --help`` starts fast.

Exit codes everywhere: 0 — all good, 1 — findings (errors; for ``fmt --check``, files
that would change; for ``diff``, differences), 2 — usage error or unreadable input.
Bad input is one line on stderr naming the file (and line:column), never a traceback.
"""

from __future__ import annotations

import importlib

import click

from profstandards import __version__
from profstandards.cli import click_ru

# click's texts and our help pages follow our language: Russian unless --lang en /
# PROFSTANDARDS_LANG=en (chosen anew for every run: LazyGroup.parse_args).
click_ru.install()

# name → (module, attribute, one-line help shown by ``profstandards --help``).
COMMANDS: dict[str, tuple[str, str, str]] = {
    "new": ("profstandards.cli.new", "new", click_ru.bilingual(
        "Создать заготовку нового профессионального стандарта.",
        "Create the skeleton of a new professional standard.")),
    "validate": ("profstandards.cli.validate", "validate", click_ru.bilingual(
        "Проверить файлы: схема формата и правила методики.",
        "Check files: the format's schema and the methodology rules.")),
    "fmt": ("profstandards.cli.fmt", "fmt", click_ru.bilingual(
        "Переписать файлы в каноническом виде без потери данных.",
        "Rewrite files in canonical form without losing data.")),
    "fix": ("profstandards.cli.fix", "fix", click_ru.bilingual(
        "Исправить то, что можно исправить без риска изменить смысл.",
        "Fix what can be fixed without any risk of changing the meaning.")),
    "rules": ("profstandards.cli.rules", "rules", click_ru.bilingual(
        "Показать каталог правил проверки или описание правил.",
        "Show the catalogue of checks or the description of rules.")),
    "diff": ("profstandards.cli.diff", "diff", click_ru.bilingual(
        "Сравнить две редакции профессионального стандарта.",
        "Compare two versions of a professional standard.")),
    "export": ("profstandards.cli.export", "export", click_ru.bilingual(
        "Выгрузить стандарты в DOCX или HTML в виде опубликованного стандарта.",
        "Export standards to DOCX or HTML laid out as a published standard.")),
    "consultation": ("profstandards.cli.consultation", "consultation", click_ru.bilingual(
        "Подготовить пакет для публичного обсуждения проекта.",
        "Prepare the package for a draft's public consultation.")),
    "import": ("profstandards.cli.import_", "import_", click_ru.bilingual(
        "Перевести стандарт из Word (DOCX, DOC, RTF, ODT) в XML реестра.",
        "Convert a standard from Word (DOCX, DOC, RTF, ODT) to registry XML.")),
    "registry": ("profstandards.cli.registry", "registry", click_ru.bilingual(
        "Реестр: проиндексировать выгрузки реестра и искать по ним.",
        "Registry: index registry exports and search them.")),
    "comments": ("profstandards.cli.comments", "comments", click_ru.bilingual(
        "Собрать сводку замечаний из отзывов и внести принятые.",
        "Collect the comments from reviews into a summary; apply the accepted ones.")),
}


INTERRUPTED = 130


class LazyGroup(click.Group):
    """A group whose commands are imported on first use (see :data:`COMMANDS`)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module, attr, _ = entry
        command = getattr(importlib.import_module(module), attr)
        assert isinstance(command, click.Command)
        return command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        click_ru.choose_lang(ctx, args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> object:
        """Ctrl-C ends with «Прервано.» and exit code 130 (128 + SIGINT), as shells expect."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo(click_ru.gettext("Aborted!"), err=True)
            ctx.exit(INTERRUPTED)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section(click_ru.gettext("Commands")):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="profstandards")
@click_ru.lang_option
@click_ru.english("""profstandards: professional standards in the XML format of the Ministry of
    Labour's registry: checking, formatting, comparing versions, export to DOCX.""")
def main() -> None:
    """profstandards — профессиональные стандарты в формате XML реестра Минтруда:
    проверка, форматирование, сравнение редакций, выгрузка в DOCX."""
