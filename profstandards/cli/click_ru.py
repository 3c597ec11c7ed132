"""The command line in the chosen language: click's own texts and our help pages.

click marks its texts with :mod:`gettext` (``_()``/``ngettext()``, bound in each of its
modules at import).  :func:`install` rebinds those names in click's modules to lookups in
:data:`RU` that follow :func:`profstandards.i18n.get_lang`, so ``--lang en`` (or
``PROFSTANDARDS_LANG=en``) keeps click's English and everything else reads Russian.
A text click adds in a later release and missing here stays English.

Our own help texts (docstrings, option ``help=``, the command list) are written in
Russian, which is what click is given; their English is registered next to them with
:func:`bilingual` and :func:`english`, and :class:`HelpFormatter` swaps it in when the
page is written, since the language is known only once ``--lang`` is parsed.
"""

from __future__ import annotations

import copy
import importlib
import inspect
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import click

from profstandards import i18n

RU: dict[str, str] = {
    "Usage:": "Использование:",
    "[OPTIONS]": "[ПАРАМЕТРЫ]",
    "COMMAND [ARGS]...": "КОМАНДА [АРГУМЕНТЫ]...",
    "Options": "Параметры",
    "Commands": "Команды",
    "Positional arguments": "Аргументы",
    "Show this message and exit.": "Показать эту справку и выйти.",
    "Show the version and exit.": "Показать версию и выйти.",
    "%(prog)s, version %(version)s": "%(prog)s, версия %(version)s",
    "default: {default}": "по умолчанию: {default}",
    "(dynamic)": "(из окружения)",
    "env var: {var}": "переменная окружения: {var}",
    "deprecated": "устарело",
    "required": "обязательно",
    "Aborted!": "Прервано.",
    "Error: {message}": "Ошибка: {message}",
    "Try '{command} {option}' for help.": "Справка: «{command} {option}».",
    "Missing argument": "Не указан аргумент",
    "Missing option": "Не указан параметр",
    "Missing parameter": "Не указано значение",
    "Missing parameter: {param_name}": "Не указано значение: {param_name}",
    "Missing {param_type}": "Не указан {param_type}",
    "Missing command.": "Не указана команда.",
    "argument": "аргумент",
    "option": "параметр",
    "parameter": "значение",
    "No such command {name!r}.": "Нет такой команды {name!r}.",
    "No such option {name!r}.": "Нет такого параметра {name!r}.",
    "No such option: {name}": "Нет такого параметра: {name}",
    "Did you mean {possibility}?": "Может быть, {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Может быть, одно из: {possibilities}?)",
    "Invalid value for {param_hint}: {message}": "Недопустимое значение {param_hint}: {message}",
    "Invalid value: {message}": "Недопустимое значение: {message}",
    "Got unexpected extra argument ({args})": "Лишний аргумент ({args})",
    "Got unexpected extra arguments ({args})": "Лишние аргументы ({args})",
    "Option {name!r} does not take a value.": "Параметр {name!r} не принимает значения.",
    "Option {name!r} requires an argument.": "Параметру {name!r} нужно значение.",
    "Option {name!r} requires {nargs} arguments.": "Параметру {name!r} нужно значений: {nargs}.",
    "Argument {name!r} takes {nargs} values.": "Аргумент {name!r} принимает значений: {nargs}.",
    "Takes {nargs} values but 1 was given.": "Нужно значений: {nargs}, а дано одно.",
    "Takes {nargs} values but {len} were given.": "Нужно значений: {nargs}, а дано {len}.",
    "Value must be an iterable.": "Значение должно быть списком.",
    "Could not open file {filename!r}: {message}":
        "Не удалось открыть файл {filename!r}: {message}",
    "unknown error": "неизвестная ошибка",
    "{value!r} is not {choice}.": "{value!r} — не {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} — не одно из: {choices}.",
    "Choose from:\n\t{choices}": "Выберите из:\n\t{choices}",
    "{value!r} does not match the format {format}.":
        "{value!r} не соответствует формату {format}.",
    "{value!r} does not match the formats {formats}.":
        "{value!r} не соответствует ни одному из форматов {formats}.",
    "{value!r} is not a valid {number_type}.": "{value!r} — не {number_type}.",
    "integer": "целое число",
    "float": "число",
    "{value} is not in the range {range}.": "{value} вне диапазона {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} — не логическое значение. Допустимо: {states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} не существует.",
    "{name} {filename!r} is a file.": "{name} {filename!r} — это файл.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} — это каталог.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} недоступен для чтения.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} недоступен для записи.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} не исполняемый.",
    "file": "Файл",
    "directory": "Каталог",
    "path": "Путь",
    "Error: invalid input": "Ошибка: неверный ввод",
    "Error: The two entered values do not match.": "Ошибка: введённые значения не совпадают.",
    "Repeat for confirmation": "Повторите для подтверждения",
    "Do you want to continue?": "Продолжить?",
    "Press any key to continue...": "Нажмите любую клавишу…",
}

_CLICK_EN = {ru: en for en, ru in RU.items()}
PLACEHOLDERS = ("[OPTIONS]", "COMMAND [ARGS]...")  # click's, in usage lines

_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types",
            "utils", "_termui_impl")


def gettext(message: str) -> str:
    """``message`` in the current language (click's English if it is English or unknown)."""
    if i18n.get_lang() == "en":
        return message
    return RU.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Make click speak the current language (idempotent)."""
    for name in _MODULES:
        try:
            module = importlib.import_module(f"click.{name}")
        except ImportError:  # pragma: no cover - a module a click release dropped
            continue
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
    click.Context.formatter_class = HelpFormatter


EN: dict[str, str] = {}  # a help text in Russian (inspect.cleandoc'ed) → its English

F = TypeVar("F", bound=Callable[..., Any])


def bilingual(ru: str, en: str) -> str:
    """``ru``, the text click is given, with ``en`` recorded as its English."""
    _register(ru, en)
    return ru


def english(doc: str) -> Callable[[F], F]:
    """Record ``doc`` as the English of the decorated command's Russian docstring (put the
    decorator right above ``def``, next to the Russian)."""

    def record(func: F) -> F:
        if not func.__doc__:
            raise ValueError(f"{func.__name__} has no docstring to translate")
        _register(func.__doc__, doc)
        return func

    return record


def _register(ru: str, en: str) -> None:
    key, value = inspect.cleandoc(ru), inspect.cleandoc(en)
    if EN.setdefault(key, value) != value:
        raise ValueError(f"two English texts for {i18n.clip(key, 60)!r}")


def translate(text: str) -> str:
    """A help text as the page shows it in the current language: under ``en`` a registered
    Russian text becomes its English, also when click has added its extras to it
    («  [default: …]»); a text of click's own that it fixed in another language when the
    command was made (``--version``'s help) is given in this one; anything else is left
    as it is."""
    if i18n.get_lang() != "en":
        return RU.get(text, text)
    found = EN.get(text) or _CLICK_EN.get(text)
    if found is not None:
        return found
    head, extras, tail = text.rpartition("  [")
    return EN[head] + extras + tail if extras and head in EN else text


class HelpFormatter(click.HelpFormatter):
    """click's help formatter, writing our help texts and click's usage placeholders in the
    current language (before wrapping, so English lines are filled as English)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        for placeholder in PLACEHOLDERS:
            args = args.replace(placeholder, gettext(placeholder))
        super().write_usage(prog, args, prefix)

    def write_text(self, text: str) -> None:
        super().write_text(translate(text))

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        super().write_dl([(_term(term), translate(text)) for term, text in rows], col_max,
                         col_spacing)


# click names a Path option's value («ФАЙЛ», «КАТАЛОГ») when the option is made, in the
# language of that moment; under ``en`` the page gives the English names.
_METAVARS_EN = {RU[name].upper(): name.upper() for name in ("file", "directory", "path")}


def _term(term: str) -> str:
    if i18n.get_lang() != "en":
        return term
    return " ".join(_METAVARS_EN.get(word, word) for word in term.split(" "))


def short_help(command: click.Command, limit: int) -> str:
    """click's one-line summary of ``command`` (its first sentence, cut to ``limit``), made
    from its help in the current language."""
    if command.help and i18n.get_lang() == "en":
        help_text = translate(inspect.cleandoc(command.help))
        command = copy.copy(command)
        command.help = help_text
    return command.get_short_help_str(limit)


class Group(click.Group):
    """A command group whose list of subcommands reads in the current language."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [(name, command) for name in self.list_commands(ctx)
                    if (command := self.get_command(ctx, name)) is not None
                    and not command.hidden]
        if not commands:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in commands)  # as click
        with formatter.section(gettext("Commands")):
            formatter.write_dl([(name, short_help(command, limit)) for name, command in commands])


GIVEN = "profstandards.lang"  # in click's ctx.meta (shared by nested commands): the language


def lang_option(func: F) -> F:
    """``--lang ru|en``, applied before the rest; by default the language an enclosing
    group was given, else ``$PROFSTANDARDS_LANG``, else ``ru``."""

    def default() -> str:
        ctx = click.get_current_context(silent=True)
        given = None if ctx is None else ctx.meta.get(GIVEN)
        return given or i18n.env_lang(lambda text: click.echo(text, err=True))

    def apply(ctx: click.Context, _param: click.Parameter, value: str) -> str:
        i18n.set_lang(value)
        ctx.meta[GIVEN] = value
        return value

    return click.option(
        "--lang", type=click.Choice(i18n.LANGUAGES), default=default, expose_value=False,
        is_eager=True, callback=apply,
        help=bilingual("Язык сообщений: ru (по умолчанию) или en; по умолчанию берётся из "
                       "переменной окружения PROFSTANDARDS_LANG.",
                       "Language of messages: ru (the default) or en; by default taken from "
                       "the PROFSTANDARDS_LANG environment variable."),
    )(func)


def choose_lang(ctx: click.Context, args: Sequence[str]) -> None:
    """Set the language of a run before click parses ``args``, so that the help page and
    parse errors follow a ``--lang`` given anywhere on the command line (click runs eager
    options in command-line order: for ``validate --help --lang en`` the help would come
    first, still in the old language).
    The last ``--lang X`` or ``--lang=X`` before ``--`` wins; without one,
    ``$PROFSTANDARDS_LANG``.  A value click will reject is ignored here."""
    given = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        else:
            continue
        if value in i18n.LANGUAGES:
            given = value
    if given is not None:
        ctx.meta[GIVEN] = given
    i18n.set_lang(given or i18n.env_lang())
