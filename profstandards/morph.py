"""Russian morphology (pymorphy3) for wording rules and the skills/knowledge swap check.

The analyzer loads its dictionaries once, on first use (about 0.1 s); every word is
analysed at most once per process (results are cached), and, where the disk cache is on
(:mod:`profstandards.morph_cache`), at most once between runs.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache

from profstandards import morph_cache

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


@cache
def analyzer():  # -> pymorphy3.MorphAnalyzer
    import pymorphy3

    return pymorphy3.MorphAnalyzer(path=_dictionaries())


def _dictionaries() -> str | None:
    """Where the Russian dictionaries are.  pymorphy3 finds them itself by reading the
    entry points of every installed package (a fifth of a second); the package that
    holds them says where they are directly.  ``None``: let pymorphy3 look (its
    environment variable set, or the package missing)."""
    if os.environ.get("PYMORPHY3_DICT_PATH"):
        return None
    try:
        import pymorphy3_dicts_ru
    except ImportError:  # pragma: no cover - a dependency of profstandards
        return None
    return str(pymorphy3_dicts_ru.get_path())


def first_word(text: str) -> str:
    """The first Russian word of ``text``, lower-cased ("" if there is none)."""
    head = text.split(None, 1)
    if head:
        word = _word_in(head[0])  # nearly always the answer; cached per token
        if word:
            return word
    m = _WORD.search(text)
    return m.group(0).lower() if m else ""


@lru_cache(maxsize=100_000)
def _word_in(token: str) -> str:
    m = _WORD.search(token)
    return m.group(0).lower() if m else ""


@lru_cache(maxsize=10_000)
def parses(word: str) -> tuple[tuple[str | None, str | None, float], ...]:
    """(part of speech, aspect, score) of each parse of ``word``, best first (always from
    the dictionaries; the rules use :func:`facts`)."""
    if not word:
        return ()
    return tuple((p.tag.POS, p.tag.aspect, p.score) for p in analyzer().parse(word))


# What the rules need to know of a word, from its parses (best first): the best parse's
# part of speech, lemma and case; whether one of the two best parses is an infinitive;
# whether every infinitive reading is perfective.
Facts = tuple[str | None, str, str | None, bool, bool]


@lru_cache(maxsize=200_000)
def facts(word: str) -> Facts:
    """The :data:`Facts` of ``word`` (from the disk cache when it is on, see
    :mod:`profstandards.morph_cache`)."""
    if not word:
        return None, word, None, False, False
    stored = morph_cache.get("facts", word)
    if _stored_facts(stored):
        return stored[0], stored[1], stored[2], bool(stored[3]), bool(stored[4])
    found = analyzer().parse(word)
    if not found:  # pragma: no cover - pymorphy3 guesses every word
        result: Facts = (None, word, None, False, False)
    else:
        aspects = {p.tag.aspect for p in found if p.tag.POS == "INFN"}
        tag = found[0].tag
        result = (tag.POS, found[0].normal_form, tag.case,
                  any(p.tag.POS == "INFN" for p in found[:2]),
                  bool(aspects) and "impf" not in aspects)
    morph_cache.put("facts", word, list(result))
    return result


def _stored_facts(value: object) -> bool:
    """``value`` is :data:`Facts` as the disk cache holds them (a JSON list)."""
    return isinstance(value, list) and len(value) == 5 and isinstance(value[1], str) \
        and all(v is None or isinstance(v, str) for v in (value[0], value[2]))


@lru_cache(maxsize=100_000)
def known(word: str) -> bool:
    """``word`` is in the dictionary (not a guess)."""
    stored = morph_cache.get("known", word)
    if isinstance(stored, bool):
        return stored
    result = bool(analyzer().word_is_known(word))
    morph_cache.put("known", word, result)
    return result


def is_infinitive(word: str) -> bool:
    """``word`` can be read as an infinitive by one of its two best parses."""
    return facts(word)[3]


def starts_with_infinitive(text: str) -> bool:
    return is_infinitive(first_word(text))


_MODIFIERS = frozenset({"ADVB", "ADJS", "COMP", "PRED", "CONJ", "PRCL"})


def words(text: str, limit: int = 4) -> list[str]:
    """The first ``limit`` Russian words of ``text``, lower-cased."""
    out = []
    for m in _WORD.finditer(text):
        out.append(m.group(0).lower())
        if len(out) == limit:
            break
    return out


def pos(word: str) -> str | None:
    """The part of speech of ``word``'s best parse (``None`` for a non-word)."""
    return facts(word)[0]


def head_word(text: str, limit: int = 6) -> str:
    """The first word of ``text`` after leading adverbs and conjunctions
    («Самостоятельно и точно описывать…» → «описывать»)."""
    candidates = words(text, limit)
    for word in candidates:
        if pos(word) not in _MODIFIERS:
            return word
    return candidates[0] if candidates else ""


# Words that may stand before the infinitive of a skill: adverbs, prepositions (the
# start of a circumstance: «С помощью приборов оценивать …»), conjunctions, particles,
# gerunds («Используя …»).
_LEADS = _MODIFIERS | {"PREP", "GRND"}


def infinitive_in_lead(text: str, limit: int = 10) -> bool:
    """An infinitive comes within the first ``limit`` words of ``text``, after words
    that may lead a skill («Визуально и с помощью приборов оценивать …»); not after a
    noun or an adjective that opens the item («Способность выполнять …»)."""
    candidates = words(text, limit)
    if not candidates or pos(candidates[0]) not in _LEADS:
        return False
    return any(is_infinitive(word) for word in candidates[1:])


@lru_cache(maxsize=100_000)
def glued(word: str) -> tuple[str, str] | None:
    """An infinitive and a word typed without the space between them
    («оцениватьвыполнение» → («оценивать», «выполнение»)), or ``None``: the word is
    unknown to the dictionary and splits into an infinitive of at least four letters
    and a known word of at least three."""
    word = word.lower()
    if len(word) < 7 or known(word):
        return None
    for i in range(4, len(word) - 2):
        head, tail = word[:i], word[i:]
        if head[-1] in "ьи" and is_infinitive(head) and known(head) and known(tail):
            return head, tail
    return None


def russian_words(text: str) -> list[str]:
    """Every Russian word of ``text`` as written."""
    return _WORD.findall(text)


def is_perfective_infinitive(word: str) -> bool:
    """``word`` reads only as a perfective infinitive («изучить»), not an imperfective or
    two-aspect one («изучать», «использовать»)."""
    return facts(word)[4]



def best(word: str) -> tuple[str | None, str, str | None]:
    """(part of speech, lemma, case) of the best parse of ``word``
    («охраны» → ("NOUN", "охрана", "gent")); (None, word, None) for a non-word."""
    pos, lemma, case, _, _ = facts(word)
    return pos, lemma, case


def tokens(text: str) -> list[str]:
    """Every Russian word of ``text``, lower-cased, in order."""
    return [m.group(0).lower() for m in _WORD.finditer(text)]


# Parts of speech that carry no content of their own: prepositions, conjunctions,
# particles, interjections and pronouns.  Their lemma is "" (see :func:`lemma`).
_FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO"})


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case Russian ``word`` by its best parse, «ё» read
    as «е» («монтажа» → «монтаж»); "" for a function word («по», «и», «их»)."""
    pos, normal, _ = best(word)
    return "" if pos in _FUNCTION_WORDS else normal.replace("ё", "е")
