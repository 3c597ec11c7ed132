"""The ``profstandards`` command line: thin click commands over the library.

One module per command in this package; this file only assembles the group.
Exit codes everywhere: 0 — all good, 1 — findings (errors; for ``fmt --check``, files
that would change; for ``diff``, differences), 2 — usage error or unreadable input.
Bad input is one line on stderr naming the file (and line:column), never a traceback.
"""

from __future__ import annotations

import click

from profstandards import __version__
from profstandards.cli.consultation import consultation
from profstandards.cli.diff import diff
from profstandards.cli.export import export
from profstandards.cli.fix import fix
from profstandards.cli.fmt import fmt
from profstandards.cli.new import new
from profstandards.cli.rules import rules
from profstandards.cli.validate import validate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="profstandards")
def main() -> None:
    """profstandards — профессиональные стандарты в формате XML реестра Минтруда:
    проверка, форматирование, сравнение редакций, выгрузка в DOCX."""


for command in (new, validate, fmt, fix, rules, diff, export, consultation):
    main.add_command(command)
