"""PS716 — a word typed partly in Latin and partly in Cyrillic letters («Проbpводить»,
«Рaзработка» with a Latin «a»): a typo the eye does not see, which search, spelling and
morphology do not understand (so the wording rules would report the word wrongly)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from profstandards.i18n import Msg, clip
from profstandards.rules.engine import WARNING, Context, Hit, rule
from profstandards.rules.sources import FORMAT, cite

_LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: a word or a part of a hyphenated one
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _touches_cyrillic(text: str) -> bool:
    """A run of Latin letters in ``text`` has a Cyrillic letter right before or after it
    (Latin runs are few: this is quicker than one pattern for both orders)."""
    for m in _LATIN_RUN.finditer(text):
        i, j = m.span()
        if (i and _CYRILLIC.match(text, i - 1)) or _CYRILLIC.match(text, j):
            return True
    return False


def mixed_words(text: str) -> list[str]:
    """The runs of letters of ``text`` that mix Latin and Cyrillic letters."""
    return [w for w in _LETTERS.findall(text) if _LATIN.search(w) and _CYRILLIC.search(w)]


@rule("PS716", WARNING,
      title=Msg("Слово из латинских и кириллических букв", "Word mixing Latin and Cyrillic"),
      message=Msg("в слове «{word}» смешаны латинские ({latin}) и кириллические буквы: «{text}»",
                  "the word '{word}' mixes Latin ({latin}) and Cyrillic letters: '{text}'"),
      source=cite(FORMAT, "опечатки: латинские буквы в русских словах",
                  "typos: Latin letters in Russian words"),
      evidence="format",
      about=Msg("В слове часть букв латинские, часть кириллические («Проbpводить», «Рaзработка» "
                "с латинской «a»). На вид слово почти то же, но поиск, проверка орфографии и "
                "морфологии его не узнают. Слова через дефис («SQL-запрос», «Wi-Fi») и "
                "сочетания букв с цифрами («1С») не считаются.",
                "Some letters of a word are Latin, some Cyrillic. It looks almost right, but "
                "search, spelling and morphology do not recognise it. Hyphenated words "
                "('SQL-запрос') do not count."))
def mixed_scripts(ctx: Context) -> Iterator[Hit]:
    if not _touches_cyrillic(ctx.blob):
        return
    for ref in ctx.texts:
        text = ref[0]
        if not _touches_cyrillic(text):
            continue
        words = mixed_words(text)
        if words:
            latin = "".join(dict.fromkeys(ch for ch in words[0] if _LATIN.match(ch)))
            yield ctx.where(ref), {"word": words[0], "latin": latin, "text": clip(text)}
