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

from profstandards import __version__, i18n
from profstandards.cli import click_ru

# click's own texts follow our language: Russian unless --lang en / PROFSTANDARDS_LANG=en.
i18n.set_lang(i18n.env_lang())
click_ru.install()

# name → (module, attribute, one-line help shown by ``profstandards --help``).
COMMANDS: dict[str, tuple[str, str, str]] = {
    "new": ("profstandards.cli.new", "new",
            "Создать заготовку нового профессионального стандарта."),
    "validate": ("profstandards.cli.validate", "validate",
                 "Проверить файлы: схема формата и правила методики."),
    "fmt": ("profstandards.cli.fmt", "fmt",
            "Переписать файлы в каноническом виде без потери данных."),
    "fix": ("profstandards.cli.fix", "fix",
            "Исправить то, что можно исправить без риска изменить смысл."),
    "rules": ("profstandards.cli.rules", "rules",
              "Показать каталог правил проверки или описание правил."),
    "diff": ("profstandards.cli.diff", "diff",
             "Сравнить две редакции профессионального стандарта."),
    "export": ("profstandards.cli.export", "export",
               "Выгрузить стандарты в DOCX или HTML в виде опубликованного стандарта."),
    "consultation": ("profstandards.cli.consultation", "consultation",
                     "Подготовить пакет для публичного обсуждения проекта."),
    "import": ("profstandards.cli.import_", "import_",
               "Перевести стандарт из Word (DOCX, DOC, RTF, ODT) в XML реестра."),
    "registry": ("profstandards.cli.registry", "registry",
                 "Реестр: проиндексировать выгрузки реестра и искать по ним."),
    "comments": ("profstandards.cli.comments", "comments",
                 "Собрать сводку замечаний из отзывов и внести принятые."),
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
        return click_ru.localize(command)

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


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]},
             options_metavar=click_ru.gettext("[OPTIONS]"),
             subcommand_metavar=click_ru.gettext("COMMAND [ARGS]..."))
@click.version_option(__version__, prog_name="profstandards")
def main() -> None:
    """profstandards — профессиональные стандарты в формате XML реестра Минтруда:
    проверка, форматирование, сравнение редакций, выгрузка в DOCX."""
