"""The whole catalogue: the structural checks of the XSD layer and the content rules,
one list for ``profstandards rules``, SARIF and ``docs/rules.md``."""

from __future__ import annotations

from functools import cache

from profstandards.i18n import Msg
from profstandards.rules.engine import ERROR, RULES, Rule
from profstandards.xmlio import schema

AREAS: dict[str, Msg] = {
    "PS0": Msg("Структура файла (схема XSD)", "File structure (XSD)"),
    "PS1": Msg("Коды и реквизиты", "Codes and identification"),
    "PS2": Msg("Уровни квалификации", "Qualification levels"),
    "PS3": Msg("Обязательное содержание", "Required content"),
    "PS4": Msg("Формулировки", "Wording"),
    "PS5": Msg("Классификаторы", "Classifiers"),
    "PS6": Msg("Раздел IV: разработчики", "Section IV: developers"),
    "PS7": Msg("Качество данных", "Data quality"),
    "PS8": Msg("Реестр: заимствования и повторы", "Registry: borrowing and repeats"),
    "PS9": Msg("Экспертиза содержания", "Expert review of content"),
}
_STRUCTURE = Msg("Формат XML реестра профессиональных стандартов: схема "
                 "schemas/profstandard.xsd (по настоящим выгрузкам)",
                 "Registry XML format: schemas/profstandard.xsd (from genuine exports)")
UNREADABLE = Rule(
    "PS000", ERROR,
    Msg("Файл не прочитан", "File not readable"),
    Msg("файл не прочитан: пуст, не XML, битый XML, неизвестная кодировка, DOCTYPE или чужой "
        "корневой элемент", "the file cannot be read"),
    _STRUCTURE, "format",
    Msg("Файл пуст, не XML, испорчен, в неизвестной кодировке, содержит DOCTYPE/ENTITY или "
        "его корень — не <XMLCardInfo>. Остальные проверки не выполняются; код выхода 2.",
        "The file is empty, not XML, broken, in an unknown encoding, has a DOCTYPE/ENTITY or "
        "another root than <XMLCardInfo>. Nothing else is checked; exit code 2."))


def _structural(check: schema.StructureCheck) -> Rule:
    return Rule(check.code, ERROR, check.title, check.message, _STRUCTURE, "format",
                Msg(f"{check.title.ru}. Находку выдаёт слой схемы (XSD) с номером строки и "
                    f"столбца; содержательные правила при этом всё равно выполняются.",
                    f"{check.title.en}. Reported by the XSD layer with line and column; the "
                    f"content rules run all the same."))


@cache
def catalogue() -> tuple[Rule, ...]:
    """Every rule, structural and content, sorted by code."""
    rules = [UNREADABLE, *map(_structural, schema.CHECKS), *RULES.values()]
    return tuple(sorted(rules, key=lambda r: r.code))


def get(code: str) -> Rule | None:
    """The rule ``code`` (any case), or ``None``."""
    return _by_code().get(code.upper())


@cache
def _by_code() -> dict[str, Rule]:
    return {r.code: r for r in catalogue()}


def area_of(code: str) -> Msg:
    return AREAS.get(code[:3], Msg("Прочее", "Other"))

