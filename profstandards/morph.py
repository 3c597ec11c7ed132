"""Russian morphology (pymorphy3) for wording rules and the skills/knowledge swap check.

The analyzer loads its dictionaries once, on first use (about 0.15 s); every word
is analysed at most once per process (results are cached).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


@cache
def analyzer():  # -> pymorphy3.MorphAnalyzer
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def first_word(text: str) -> str:
    """The first Russian word of ``text``, lower-cased ("" if there is none)."""
    m = _WORD.search(text)
    return m.group(0).lower() if m else ""


@lru_cache(maxsize=100_000)
def parses(word: str) -> tuple[tuple[str | None, str | None, float], ...]:
    """(part of speech, aspect, score) of each parse of ``word``, best first."""
    if not word:
        return ()
    return tuple((p.tag.POS, p.tag.aspect, p.score) for p in analyzer().parse(word))


def is_infinitive(word: str) -> bool:
    """``word`` can be read as an infinitive by one of its two best parses."""
    return any(pos == "INFN" for pos, _, _ in parses(word)[:2])


def starts_with_infinitive(text: str) -> bool:
    return is_infinitive(first_word(text))
