"""Text-level comparison: word diffs, the editorial test, and similarity for matching.

* :func:`word_ops` — the word-level edit script between two texts, as a list of
  ``(op, text)`` with ``op`` ``"="`` (kept), ``"-"`` (deleted) or ``"+"`` (inserted);
  joining the ``=``/``-`` pieces gives the old text back, the ``=``/``+`` pieces the new.
* :func:`is_editorial` — two texts differ only in whitespace, punctuation, letter case,
  ё/е or Cyrillic/Latin look-alike letters.
* :func:`stems` and :func:`dice` — a crude bag of word stems and its overlap, good
  enough to tell which of two dozen function names or list items belong together.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from profstandards.function_codes import fold

Op = tuple[str, str]
KEEP, DELETE, INSERT = "=", "-", "+"

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
_WORD = re.compile(r"[^\W_]+")
# Whitespace, punctuation and underscores; symbols that carry meaning (C++, №, §, %) stay.
_INSIGNIFICANT = re.compile(r"[^\w+#%№§$€<>=&@*^~|\\]+|_+")
_STOP = frozenset(("для", "или", "при", "как", "что", "это", "его", "том", "числе"))


def tokens(text: str) -> list[str]:
    """Words, runs of whitespace and single punctuation marks, in order."""
    return _TOKEN.findall(text)


def word_ops(old: str, new: str) -> list[Op]:
    """The word-level edit script from ``old`` to ``new`` (see the module docstring)."""
    if old == new:
        return [(KEEP, old)] if old else []
    a, b = tokens(old), tokens(new)
    # The common head and tail need no matcher (most rewordings touch a few words).
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < len(a) - head and tail < len(b) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    ops: list[Op] = [(KEEP, "".join(a[:head]))] if head else []
    a_mid, b_mid = a[head:len(a) - tail], b[head:len(b) - tail]
    matcher = SequenceMatcher(None, a_mid, b_mid, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append((KEEP, "".join(a_mid[i1:i2])))
            continue
        if i2 > i1:
            ops.append((DELETE, "".join(a_mid[i1:i2])))
        if j2 > j1:
            ops.append((INSERT, "".join(b_mid[j1:j2])))
    if tail:
        ops.append((KEEP, "".join(a[len(a) - tail:])))
    return _cleanup(ops)


def _cleanup(ops: list[Op]) -> list[Op]:
    """Fold a kept run of only spaces/punctuation between two edits into the edits, so
    that «A B» → «X Y» reads as one replacement, not as two around a kept space;
    then merge neighbouring pieces of the same kind (deletions before insertions)."""
    changed = [op != KEEP for op, _ in ops]
    out: list[Op] = []
    for i, (op, text) in enumerate(ops):
        trivial = op == KEEP and not _WORD.search(text)
        if trivial and 0 < i < len(ops) - 1 and changed[i - 1] and changed[i + 1]:
            out += [(DELETE, text), (INSERT, text)]
        else:
            out.append((op, text))
    merged: list[Op] = []
    i = 0
    while i < len(out):
        if out[i][0] == KEEP:
            merged.append(out[i])
            i += 1
            continue
        deleted: list[str] = []
        inserted: list[str] = []
        while i < len(out) and out[i][0] != KEEP:
            (deleted if out[i][0] == DELETE else inserted).append(out[i][1])
            i += 1
        if deleted:
            merged.append((DELETE, "".join(deleted)))
        if inserted:
            merged.append((INSERT, "".join(inserted)))
    return merged


def side(ops: list[Op], which: str) -> str:
    """The old (``which="-"``) or new (``"+"``) text an edit script was made from."""
    return "".join(text for op, text in ops if op in (KEEP, which))


@lru_cache(maxsize=65536)
def editorial_key(text: str) -> str:
    """``text`` without what an editorial change may touch: spaces, punctuation, case,
    ё/е, look-alike letters.  Two texts with the same key differ only editorially."""
    return _INSIGNIFICANT.sub("", fold(text.lower().replace("ё", "е")))


def is_editorial(old: str, new: str) -> bool:
    return editorial_key(old) == editorial_key(new)


# Russian inflections (longest first): «задачами», «задачи», «задач» → «задач».
_ENDING = re.compile(r"(?:иями|ями|ами|ого|его|ому|ему|ыми|ими|ях|ах|ов|ев|ей|ий|ый|ой|ая|"
                     r"яя|ое|ее|ые|ие|ую|юю|ом|ем|ам|ям|ию|ия|а|я|ы|и|е|у|ю|о|ь|й)$")
_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    """A light stem: the word without its inflection, at most 6 letters (cached)."""
    stem = _STEMS.get(word)
    if stem is None:
        stem = _STEMS[word] = _ENDING.sub("", word)[:6] if len(word) > 3 else word
    return stem


@lru_cache(maxsize=65536)
def stems(text: str) -> frozenset[str]:
    """The stems of the meaningful words of ``text`` (short words and a few stop words
    left out; ``программного``/``программный`` → ``програ``)."""
    words = _WORD.findall(text.lower().replace("ё", "е"))
    # Look-alike letters folded once for all the stems of the text.
    joined = fold(" ".join(_stem(w) for w in words if len(w) > 2 and w not in _STOP))
    return frozenset(joined.split())


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Sørensen–Dice overlap of two sets: 1.0 equal, 0.0 disjoint (or either empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def similarity(old: str, new: str) -> float:
    """How alike two texts are by their word stems (0…1)."""
    return dice(stems(old), stems(new))


def containment(part: str, whole: str) -> float:
    """Share of ``part``'s stems found in ``whole`` (for splits and merges)."""
    a = stems(part)
    return len(a & stems(whole)) / len(a) if a else 0.0


def clear_caches() -> None:
    """Forget every cached stem and key (for benchmarks that must start cold)."""
    stems.cache_clear()
    editorial_key.cache_clear()
    _STEMS.clear()
