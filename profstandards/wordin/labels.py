"""The printed labels of a standard, matched leniently: which field a label announces,
which heading a line is.

Field labels come from the one field table (:mod:`profstandards.fields`: each field's
printed label, short name and aliases); an alias met in a real Word file belongs there,
not here.  This module only knows how to compare: case, «ё», dashes, spaces, a
trailing colon, note marks («ОКЗ¹», «ОКЗ <1>») and the parentheses of a caption do not
matter.  The headings and the fixed text of the макет (section titles, captions,
column heads) are matched by the patterns below.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from profstandards import fields
from profstandards.fields import Field, Owner
from profstandards.wordin import text

_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "ё": "е", "Ё": "Е", "«": '"', "»": '"',
                         "“": '"', "”": '"'})
_EDGES = " \t\n:;.*\"()"


_SPACED_DASH = re.compile(r"\s*-\s*")
_NEEDS_DASHES = re.compile("[–—‑ёЁ«»“”]")
LONGEST = 200  # no label or heading is longer: longer texts are values


@lru_cache(maxsize=4096)
def norm(value: str) -> str:
    """``value`` as compared: lower case, one space, «ё» → «е», dashes alike, note marks,
    parentheses and the colon at its edges gone."""
    value = text.label(value)
    if _NEEDS_DASHES.search(value):
        value = value.translate(_DASHES)
    value = value.lower()
    if "-" in value:
        value = _SPACED_DASH.sub("-", value)
    return value.strip(_EDGES)


@cache
def _index(owner: Owner) -> dict[str, Field]:
    out: dict[str, Field] = {}
    for f in fields.of(owner):
        for name in (f.label.ru, *f.aliases, *((f.short.ru,) if f.short else ())):
            out.setdefault(norm(name), f)
    return out


@lru_cache(maxsize=4096)
def field(value: str, *owners: Owner) -> Field | None:
    """The field of one of ``owners`` whose label (or alias, or short name) ``value`` is."""
    if len(value) > LONGEST:
        return None
    key = norm(value)
    if not key:
        return None
    for owner in owners:
        found = _index(owner).get(key)
        if found is not None:
            return found
    return None


def clear_caches() -> None:
    """Forget the labels matched so far (as a fresh process would: for benchmarks)."""
    norm.cache_clear()
    field.cache_clear()


def is_dash(value: str) -> bool:
    """«-», «–», «—» (or nothing): the printed mark of an empty value."""
    return value.strip().strip("-–—‑ ") == "" and len(value.strip()) <= 3


# --- headings and the fixed text of the макет -----------------------------------------

def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_NUM = r"(?:[ivx]+|\d+(?:\.\d+)*)\.?\s*"
SECTION_I = _re(rf"^(?:{_NUM})?общие сведения$")
SECTION_II = _re(rf"^(?:{_NUM})?описание трудовых функций")
SECTION_III = _re(rf"^(?:{_NUM})?характеристика обобщенных трудовых функций$")
SECTION_IV = _re(rf"^(?:{_NUM})?сведения об организациях-? ?разработчиках")
SECTION_V = _re(rf"^(?:{_NUM})?сокращения,? используемые")
# «3.1. Обобщенная трудовая функция» (some drafts add the name in quotes, as the contents do).
GF_HEADING = _re(r'^(?:3\.(\d+)\.?\s*)?обобщенная трудовая функция(?:\s*".*)?$')
WF_HEADING = _re(r'^(?:3\.(\d+)\.(\d+)\.?\s*)?трудовая функция(?:\s*".*)?$')
RESPONSIBLE = _re(r"^(?:4\.1\.?\s*)?ответственная организация-?разработчик$")
ORGANIZATIONS = _re(r"^(?:4\.2\.?\s*)?наименовани[ея] организаций-?разработчиков$")
CONTENTS = _re(r"^(?:содержание|оглавление)$")
TITLE = _re(r"^профессиональный стандарт$")
APPROVED = _re(r"^утвержден[оа]?\b")
# The words of the approval stamp, however its lines are broken.
STAMP_WORDS = frozenset({
    "утвержден", "утверждено", "утверждена", "приказом", "приказ", "министерства", "труда", "и",
    "социальной", "защиты", "российской", "федерации", "рф", "минтруда", "россии"})
# A line of the table of contents: a heading followed by leaders or a page number.
TOC_LINE = re.compile(r"(?:\t|\.{4,}|…{2,}|_{4,})[\s.…_]*\d*\s*$|\s\d{1,3}\s*$")
MAP_GF = _re(r"^обобщенные трудовые функции$")
MAP_WF = _re(r"^трудовые функции$")
CLASSIFIERS = _re(r"^(?:дополнительные характеристики|справочная информация)$")
PATHS = _re(r"^пути достижения квалификации$")
ORIGIN = _re(r"^происхождение\b")
ORIGINAL = _re(r"^оригинал\b")
BORROWED = _re(r"^заимствовано\b")
ORIGIN_CODE = _re(r"^код оригинала$")
ORIGIN_NUMBER = _re(r"^регистрационный номер профессионального стандарта$")
CLASSIFIER_HEADS = (_re(r"^наименование документа$"), _re(r"^код$"),
                    _re(r"^наименование базовой группы"))
NOTE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|<\d{1,2}>|\*{1,3}|\d{1,2}\))\s*(?=\S)")
RULE = re.compile(r"^[\s─—_–-]+$")
CLASSIFIER_NOTE = _re(r"^(?:общероссийский классификатор|единый (?:тарифно-)?квалификационный"
                      r" справочник)")
# A legal database's own notes: «ГАРАНТ:», «См. справку …», «Информация об изменениях: …»,
# КонсультантПлюс's «Документ предоставлен …», «Список изменяющих документов», «(в ред. …)».
LEGAL_DATABASE = _re(r"^(?:гарант\b|консультантплюс|см(?:\.|$)|информация об изменениях|"
                     r"документ предоставлен консультантплюс|список изменяющих документов|"
                     r"\(?в ред\. (?:приказа|приказов)|дата сохранения:|www\.consultant\.ru)")
MARK = frozenset({"x", "х", "×", "v", "✓", "✔", "+", "☒", "■", "☑"})


def heading(value: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """``pattern`` matched against ``value`` normalised (see :func:`norm`)."""
    return pattern.match(norm(value)) if len(value) <= LONGEST else None


def is_mark(value: str) -> bool:
    """«X», «Х», «✓»…: a box ticked in the «Происхождение» row."""
    return len(value) < 5 and norm(value) in MARK
