"""click's own texts in Russian («Использование:», «Параметры:», «Ошибка: …»).

click marks its texts with :mod:`gettext` (``_()``/``ngettext()``, bound in each of its
modules at import).  :func:`install` rebinds those names in click's modules to lookups in
:data:`RU` that follow :func:`profstandards.i18n.get_lang`, so ``--lang en`` (or
``PROFSTANDARDS_LANG=en``) keeps click's English and everything else reads Russian.
A text click adds in a later release and missing here stays English.
"""

from __future__ import annotations

import importlib

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


def localize(command: click.Command) -> click.Command:
    """Give ``command``'s usage line the placeholders in the current language."""
    command.options_metavar = gettext("[OPTIONS]")
    if isinstance(command, click.Group):
        command.subcommand_metavar = gettext("COMMAND [ARGS]...")
    return command


class Group(click.Group):
    """A command group whose subcommands' usage lines read in the current language."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        return None if command is None else localize(command)
