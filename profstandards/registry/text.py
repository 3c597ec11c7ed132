"""Texts as the registry index sees them: words, their lemmas, an item's signature.

A text becomes the sequence of the lemmas of its content words (:func:`Lemmatizer.lemmas`):
lower case, «ё» read as «е», Russian words by pymorphy3's best parse
(:func:`profstandards.morph.lemma`), function words (prepositions, conjunctions,
particles, pronouns) dropped, other tokens (``SQL``, ``1С``, ``ISO``) kept as they are.
The search query goes through the same steps, so «монтажа учебного оборудования»
finds «Монтаж учебного оборудования».

pymorphy3 costs about 0.2 s to load and 0.2 ms per new word.  The index therefore keeps
every word form it has seen with its lemma (the ``vocabulary`` table): a search or a
check against the registry looks its words up there first and asks pymorphy3 only
about words the registry has never used (see :meth:`Lemmatizer.prime`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable

from profstandards import morph

_TOKEN = re.compile(r"[0-9a-zа-яё]+")
_CYRILLIC = re.compile(r"[а-я]+")
KNOWN = 300_000
"""Word forms a :class:`Lemmatizer` remembers before it starts afresh."""
Lookup = Callable[[list[str]], Iterable[tuple[str, str]]]
"""Known lemmas of some word forms: ``forms -> (form, lemma)`` pairs."""


def words(text: str) -> list[str]:
    """The tokens of ``text``: lower case, «ё» as «е», split on anything but letters and
    digits («web-программирования» → «web», «программирования»)."""
    return _TOKEN.findall(text.lower().replace("ё", "е"))


class Lemmatizer:
    """Word form → lemma, remembered; ``new`` collects the forms lemmatized here (for the
    index's vocabulary)."""

    def __init__(self) -> None:
        self.known: dict[str, str] = {}
        self.new: dict[str, str] = {}

    def lemma(self, form: str) -> str:
        found = self.known.get(form)
        if found is None:
            if len(self.known) >= KNOWN:  # bounded: pymorphy3's own cache stays warm
                self.known.clear()
            found = morph.lemma(form) if _CYRILLIC.fullmatch(form) else form
            self.known[form] = self.new[form] = found
        return found

    def lemmas(self, text: str) -> list[str]:
        """The lemmas of the content words of ``text``, in order."""
        lemma = self.lemma
        return [found for found in map(lemma, words(text)) if found]

    def prime(self, texts: Iterable[str], lookup: Lookup) -> None:
        """Learn the lemmas ``lookup`` knows for the words of ``texts`` (one batch)."""
        forms = {w for text in texts for w in words(text)} - self.known.keys()
        if forms:
            self.known.update(lookup(sorted(forms)))

    def take_new(self) -> list[tuple[str, str]]:
        """The forms lemmatized since the last call, with their lemmas."""
        out = list(self.new.items())
        self.new.clear()
        return out


def signature(lemmas: Iterable[str]) -> int | None:
    """A 64-bit signature of a set of lemmas: two items with the same content words
    (in any order, any form) have the same one; ``None`` for an item without any."""
    unique = sorted(set(lemmas))
    if not unique:
        return None
    digest = hashlib.blake2b(" ".join(unique).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def code_key(code: str) -> str:
    """A classifier code as compared: no spaces, no trailing dot («2512.» → «2512»)."""
    return "".join(code.split()).rstrip(".")


def name_key(name: str) -> str:
    """A classifier name as compared: its words only, lower case, «ё» as «е»
    («Инженеры - электроники» and «инженеры-электроники» are the same)."""
    return " ".join(words(name))
