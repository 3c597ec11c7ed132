"""How values print: the «-» of an empty value, dates, note numbers, area names.

Shared by every output (DOCX, HTML, the comments form), so they print alike.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from profstandards.resources import DATA

DASH = "-"
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")
_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def display(text: str) -> str:
    """A value as printed: lines stripped, blank lines dropped, «-» when empty."""
    lines = [line.strip() for line in text.splitlines()]
    shown = "\n".join(line for line in lines if line)
    return shown or DASH


def long_date(value: str) -> str | None:
    """``06.07.2020`` → ``«6» июля 2020 г.``; ``None`` if ``value`` is no such date."""
    m = _DATE.match(value)
    if not m or not 1 <= int(m[2]) <= 12:
        return None
    return f"«{int(m[1])}» {MONTHS[int(m[2]) - 1]} {m[3]} г."


# --- notes (printed as endnotes after section IV) -------------------------------------

NOTE_TEXTS: dict[str, str] = {
    "ОКЗ": "Общероссийский классификатор занятий.",
    "ОКВЭД": "Общероссийский классификатор видов экономической деятельности.",
    "ЕКС": "Единый квалификационный справочник должностей руководителей, специалистов "
           "и служащих.",
    "ЕТКС": "Единый тарифно-квалификационный справочник работ и профессий рабочих.",
    "ОКПДТР": "Общероссийский классификатор профессий рабочих, должностей служащих "
              "и тарифных разрядов.",
    "ОКСО": "Общероссийский классификатор специальностей по образованию.",
    "ОКНПО": "Общероссийский классификатор начального профессионального образования.",
    "ОКСВНК": "Общероссийский классификатор специальностей высшей научной квалификации.",
}


class Notes:
    """Note numbers in order of first use: the first mention of ОКЗ gets 1, and so on."""

    def __init__(self) -> None:
        self.used: list[str] = []

    def mark(self, document: str) -> str | None:
        """The note number to print after ``document`` here (only at its first use)."""
        if document not in NOTE_TEXTS or document in self.used:
            return None
        self.used.append(document)
        return str(len(self.used))

    def items(self) -> list[tuple[str, str]]:
        return [(str(n), NOTE_TEXTS[doc]) for n, doc in enumerate(self.used, 1)]


# --- areas of professional activity (the first two digits of the code) --------------

@cache
def areas() -> dict[str, str]:
    """Code → name of the areas of professional activity of the registry (приказ 667н)."""
    with open(DATA / "activity_areas.tsv", encoding="utf-8", newline="") as f:
        return {row["code"]: row["name"] for row in csv.DictReader(f, delimiter="\t")}


def area_of(activity_code: str) -> tuple[str, str] | None:
    """``"06.042"`` → ``("06", "Связь, информационные и коммуникационные технологии")``."""
    code = activity_code.strip()[:2]
    name = areas().get(code)
    return (code, name) if name else None
