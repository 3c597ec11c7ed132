"""Codes of a standard: ОТФ letters, ТФ codes, and the Cyrillic letters that look Latin.

Registry exports hold ОТФ/ТФ codes whose letter is sometimes a Cyrillic look-alike
(``А/01.3`` with U+0410), sometimes inside an ОТФ whose own code is Latin.  Rules
report them, the fix and the revision diff fold them with :func:`fold`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Cyrillic capitals (and lower-case forms) that are drawn like Latin ones.
LOOKALIKES: dict[str, str] = {
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O",
    "Р": "P", "Т": "T", "Х": "X", "У": "Y",
    "а": "a", "в": "b", "с": "c", "е": "e", "к": "k", "м": "m", "о": "o", "р": "p",
    "т": "t", "х": "x", "у": "y",
}
_FOLD = str.maketrans(LOOKALIKES)
_TF = re.compile(r"^\s*(?P<letter>\w)/(?P<number>\d{2})\.(?P<level>\d)\s*$")


def fold(code: str) -> str:
    """``code`` with Cyrillic look-alike letters replaced by their Latin twins."""
    return code.translate(_FOLD)


def lookalikes_in(code: str) -> list[str]:
    """The Cyrillic look-alike letters in ``code``, in order."""
    return [ch for ch in code if ch in LOOKALIKES]


@dataclass(frozen=True)
class TFCode:
    """A parsed ТФ code ``<letter>/<NN>.<level>``."""

    letter: str
    number: int
    level: int

    def __str__(self) -> str:
        return f"{self.letter}/{self.number:02d}.{self.level}"


@lru_cache(maxsize=10_000)
def parse_tf_code(code: str) -> TFCode | None:
    """``A/01.5`` → ``TFCode("A", 1, 5)``; ``None`` if ``code`` is not of that shape."""
    m = _TF.match(code)
    if not m:
        return None
    return TFCode(m["letter"], int(m["number"]), int(m["level"]))


def level_of(value: str) -> int | None:
    """A qualification level as an int (``" 5"`` → 5), or ``None`` if it is not one digit."""
    value = value.strip()
    return int(value) if len(value) == 1 and "0" <= value <= "9" else None
