"""Configuration of ``validate``: ``.profstandards.toml`` or ``[tool.profstandards]`` in
``pyproject.toml``, found from the first path checked (its directory) upwards.

Keys (all optional)::

    profile = "draft"                 # or "registry" (the default)
    select = ["PS"]                   # codes or prefixes: "PS1" = PS100-PS199
    ignore = ["PS706"]
    exclude = ["old/*.xml"]           # glob patterns for files found in directories
    classifiers = "data/okved"        # newer ОКВЭД2 file or directory (relative to the file)
    registry = "registry.db"          # registry database for PS8xx (relative to the file)
    strict = false                    # warnings fail the run too
    [severity]                        # in pyproject: [tool.profstandards.severity]
    PS205 = "error"

In one directory ``.profstandards.toml`` wins over ``pyproject.toml``; a
``pyproject.toml`` without ``[tool.profstandards]`` does not count.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from profstandards import files, i18n
from profstandards.errors import InputError
from profstandards.findings import Severity
from profstandards.i18n import Msg
from profstandards.rules import PROFILES, catalogue

FILE = ".profstandards.toml"
PYPROJECT = "pyproject.toml"
KEYS = ("profile", "select", "ignore", "severity", "exclude", "classifiers", "registry",
        "strict")

BAD_TOML = Msg("не удалось прочитать настройки: {detail}", "cannot read the settings: {detail}")
UNKNOWN_KEY = Msg("неизвестный ключ «{key}» в настройках (допустимы: {keys})",
                  "unknown key '{key}' in the settings (allowed: {keys})")
BAD_VALUE = Msg("ключ «{key}»: ожидается {expected}", "key '{key}': expected {expected}")
UNKNOWN_CODE = Msg("неизвестное правило или группа правил «{code}» (список: profstandards rules)",
                   "unknown rule or rule group '{code}' (see profstandards rules)")
_LIST = Msg("список строк", "a list of strings")
_BOOL = Msg("true или false", "true or false")
_STRING = Msg("строка", "a string")
_PROFILE = Msg("draft или registry", "draft or registry")
_SEVERITY = Msg("error, warning или info", "error, warning or info")


@dataclass(frozen=True)
class Config:
    """Settings read from a file (or defaults); ``None`` means "not set"."""

    path: str | None = None
    profile: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    classifiers: str | None = None
    strict: bool = False
    registry: str | None = None


def find(start: Path) -> Path | None:
    """The configuration file that applies in ``start`` (a directory), if any."""
    for directory in (start, *start.parents):
        own = directory / FILE
        if own.is_file():
            return own
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and _has_section(pyproject):
            return pyproject
    return None


NOT_UTF8 = Msg("файл не в кодировке UTF-8", "the file is not UTF-8")
TOML_SYNTAX = Msg("ошибка синтаксиса TOML: {detail}", "TOML syntax error: {detail}")
# tomllib's messages (Python 3.11–3.13), in Russian; anything else is shown as it is.
_TOML_RU = (
    ("Invalid value", "недопустимое значение"),
    ("Cannot overwrite a value", "ключ задан повторно"),
    ("Cannot declare", "таблица или ключ объявлены повторно"),
    ("Cannot mutate immutable namespace", "нельзя дополнить уже заданную таблицу"),
    ("Cannot redefine namespace", "таблица объявлена повторно"),
    ("Expected '=' after a key", "после ключа ожидается «=»"),
    ("Expected ']]'", "объявление массива таблиц не закрыто «]]»"),
    ("Expected ']'", "заголовок таблицы не закрыт «]»"),
    ("Expected", "ожидается другой символ"),
    ("Illegal character", "недопустимый символ"),
    ("Invalid date or datetime", "недопустимая дата"),
    ("Invalid hex value", "недопустимый шестнадцатеричный код"),
    ("Invalid initial character for a key", "недопустимый первый символ ключа"),
    ("Invalid statement", "недопустимая строка"),
    ("Unclosed array", "массив не закрыт «]»"),
    ("Unclosed inline table", "встроенная таблица не закрыта «}»"),
    ("Unterminated string", "строка не закрыта кавычкой"),
)
_TOML_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")


def toml_error(source: str, e: tomllib.TOMLDecodeError) -> InputError:
    """A TOML syntax error as one line with its line and column, in the current language."""
    text = str(e)
    where = _TOML_AT.search(text)
    line, column = (int(where.group(1)), int(where.group(2))) if where and where.group(1) \
        else (0, 0)
    english = text[:where.start()] if where else text
    detail = next((ru for en, ru in _TOML_RU if english.startswith(en)), english)
    if i18n.get_lang() == "en":
        detail = english
    elif where is not None and where.group(1) is None:
        detail += " (в конце файла)"
    return InputError(source, TOML_SYNTAX, line, column, detail=detail)


def load(path: Path | None) -> Config:
    """The settings in ``path`` (``None``: defaults).  Raises :class:`InputError` naming the
    file for anything it cannot use, so a typo never silently changes what is checked."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(str(path), BAD_TOML, detail=files.os_error(e)) from None
    except UnicodeDecodeError:
        raise InputError(str(path), BAD_TOML, detail=NOT_UTF8.render()) from None
    except tomllib.TOMLDecodeError as e:
        raise toml_error(str(path), e) from None
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("profstandards", {})
    return _parse(data, path)


def _parse(data: dict, path: Path) -> Config:
    source = str(path)

    def fail(msg: Msg, **params: object) -> InputError:
        return InputError(source, msg, 0, 0, **params)

    for key in data:
        if key not in KEYS:
            raise fail(UNKNOWN_KEY, key=key, keys=", ".join(KEYS))
    profile = data.get("profile")
    if profile is not None and profile not in PROFILES:
        raise fail(BAD_VALUE, key="profile", expected=_PROFILE)
    select = _codes(_strings(data, "select", fail))
    ignore = _codes(_strings(data, "ignore", fail)) or ()
    for code in (*(select or ()), *ignore):
        check_code(code, source)
    severity_table = data.get("severity", {})
    if not isinstance(severity_table, dict):
        raise fail(BAD_VALUE, key="severity", expected=_SEVERITY)
    severity: dict[str, Severity] = {}
    for code, value in severity_table.items():
        check_code(code, source, exact=True)
        if value not in {s.value for s in Severity}:
            raise fail(BAD_VALUE, key=f"severity.{code}", expected=_SEVERITY)
        severity[code.upper()] = Severity(value)
    classifiers = data.get("classifiers")
    if classifiers is not None:
        if not isinstance(classifiers, str):
            raise fail(BAD_VALUE, key="classifiers", expected=_STRING)
        classifiers = str(path.parent / classifiers)
    registry = data.get("registry")
    if registry is not None:
        if not isinstance(registry, str):
            raise fail(BAD_VALUE, key="registry", expected=_STRING)
        registry = str(path.parent / registry)
    strict = data.get("strict", False)
    if not isinstance(strict, bool):
        raise fail(BAD_VALUE, key="strict", expected=_BOOL)
    return Config(source, profile, select, ignore, severity,
                  _strings(data, "exclude", fail) or (), classifiers, strict, registry)


def _strings(data: dict, key: str, fail) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(BAD_VALUE, key=key, expected=_LIST)
    return tuple(value)


def _codes(values: tuple[str, ...] | None) -> tuple[str, ...] | None:
    return None if values is None else tuple(v.upper() for v in values)


def check_code(code: str, source: str, exact: bool = False) -> None:
    """Raise :class:`InputError` unless ``code`` names a rule (or, unless ``exact``, is the
    prefix of one)."""
    code = code.upper()
    codes = [r.code for r in catalogue()]
    if code in codes or (not exact and code.startswith("PS")
                         and any(c.startswith(code) for c in codes)):
        return
    raise InputError(source, UNKNOWN_CODE, code=code)


def split_codes(values: Iterable[str]) -> tuple[str, ...]:
    """Codes given on the command line, repeated or comma-separated."""
    return tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())


def _has_section(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "profstandards" in data.get("tool", {})
