"""Pairing the elements of two versions: list items, classifier units, ОТФ and ТФ.

One algorithm serves all of them (:func:`pair_up`): first pair what has equal *keys*
(equal text, then editorially equal text; for functions the folded code, then the
code without its level digit), then pair what is left by similarity.  A same-code pair
of functions that are not alike is refused when one of them has a clearly better
partner elsewhere, so a code given to another function does not hide a renumbering.

:func:`in_order` and :func:`merge` turn a pairing into a display sequence in which
both versions keep their own order (what a redline needs).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence

from profstandards import model
from profstandards.diff.textdiff import dice, editorial_key, stems
from profstandards.function_codes import fold

Pair = tuple[int, int]
Key = Callable[[int], Hashable | None]  # an element's key; None: not in the stage
Stage = tuple[Key, Key]  # the key of an old element, the key of a new one

ITEM_MIN = 0.5  # least similarity of two list items to be the same item, rewritten
HUNK_MIN = 0.4  # … when they are the only two left between the same neighbours
UNIT_MIN = 0.75  # … of two classifier units (short names: a shared word says little)
RELATED_CODES = 0.25  # added to the names' similarity when one code extends the other
NAME_MIN = 0.5  # … of two ОТФ/ТФ found by name
MARGIN = 0.2  # how much more alike another partner must be to refuse a same-code pair


def by(key: Callable[[object], Hashable | None], old: Sequence, new: Sequence) -> Stage:
    """A stage that pairs elements of ``old`` and ``new`` with equal ``key``."""
    return (lambda i: key(old[i]), lambda j: key(new[j]))


def pair_up(n_old: int, n_new: int, stages: Sequence[Stage],
            sim: Callable[[int, int], float], min_sim: float,
            guard: bool = False) -> list[Pair]:
    """Pair indices ``0…n_old-1`` with ``0…n_new-1``; see the module docstring.

    Within a key stage, a key shared by several elements pairs them by similarity,
    then by position.  With ``guard``, a key pair less alike than ``min_sim`` is taken
    only after the alike ones, and refused if either element has a still unpaired
    partner that is alike (``min_sim``) and clearly more so (by ``MARGIN``).  Keys and
    similarities are worked out only for elements still unpaired.
    """
    cache: dict[Pair, float] = {}

    def s(i: int, j: int) -> float:
        v = cache.get((i, j))
        if v is None:
            v = cache[i, j] = sim(i, j)
        return v

    old_of: dict[int, int] = {}  # new index -> old index
    new_of: dict[int, int] = {}

    def better_elsewhere(i: int, j: int) -> bool:
        floor = max(min_sim, s(i, j) + MARGIN)
        return (any(s(i, y) >= floor for y in range(n_new) if y not in old_of)
                or any(s(x, j) >= floor for x in range(n_old) if x not in new_of))

    for old_key, new_key in stages:
        groups: dict[Hashable, tuple[list[int], list[int]]] = {}
        for i in range(n_old):
            if i not in new_of and (key := old_key(i)) is not None:
                groups.setdefault(key, ([], []))[0].append(i)
        if not groups:
            continue
        for j in range(n_new):
            if j not in old_of and (key := new_key(j)) is not None and key in groups:
                groups[key][1].append(j)
        candidates = [pair for olds, news in groups.values() if news
                      for pair in _greedy(olds, news, s, None)]
        weak = []
        for i, j in candidates:
            if guard and s(i, j) < min_sim:
                weak.append((i, j))
            else:
                new_of[i], old_of[j] = j, i
        for i, j in weak:
            if not better_elsewhere(i, j):
                new_of[i], old_of[j] = j, i
    rest_old = [i for i in range(n_old) if i not in new_of]
    rest_new = [j for j in range(n_new) if j not in old_of]
    for i, j in _greedy(rest_old, rest_new, s, min_sim):
        new_of[i], old_of[j] = j, i
    return sorted(new_of.items())


def _greedy(olds: list[int], news: list[int], s: Callable[[int, int], float],
            floor: float | None) -> list[Pair]:
    """Best pairs first (most similar, then nearest in position), each index once;
    pairs less alike than ``floor`` (if given) are left out."""
    if len(olds) == 1 and len(news) == 1:
        i, j = olds[0], news[0]
        return [(i, j)] if floor is None or s(i, j) >= floor else []
    candidates = sorted(((s(i, j), -abs(i - j), -i, -j) for i in olds for j in news
                         if floor is None or s(i, j) >= floor), reverse=True)
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    pairs: list[Pair] = []
    for _, _, ni, nj in candidates:
        i, j = -ni, -nj
        if i not in taken_old and j not in taken_new:
            taken_old.add(i)
            taken_new.add(j)
            pairs.append((i, j))
    return pairs


def _same(text: str) -> str:
    return text


def _text_stages(old: list[str], new: list[str]) -> list[Stage]:
    return [by(_same, old, new), by(editorial_key, old, new)]


def texts(old: list[str], new: list[str]) -> list[Pair]:
    """Pair the items of two text lists (labor actions, skills, job titles, …)."""
    if old == new:
        return [(i, i) for i in range(len(old))]

    def sim(i: int, j: int) -> float:
        return dice(stems(old[i]), stems(new[j]))

    pairs = pair_up(len(old), len(new), _text_stages(old, new), sim, ITEM_MIN)
    return _replacements(len(old), len(new), pairs, sim, HUNK_MIN)


def unit_text(unit: model.ClassifierUnit) -> str:
    """A classifier unit as one line: ``code name``."""
    return f"{unit.code} {unit.name}".strip()


def units(old: Sequence[model.ClassifierUnit], new: Sequence[model.ClassifierUnit]) -> list[Pair]:
    """Pair classifier units: same code and name, same code, same name, alike names."""
    if list(old) == list(new):
        return [(i, i) for i in range(len(old))]
    old_t = [unit_text(u) for u in old]
    new_t = [unit_text(u) for u in new]

    def code(u: model.ClassifierUnit) -> str | None:
        return fold(u.code).strip() or None

    def name(u: model.ClassifierUnit) -> str | None:
        return editorial_key(u.name) or None

    stages = [*_text_stages(old_t, new_t), by(code, old, new), by(name, old, new)]

    def sim(i: int, j: int) -> float:
        a, b = _digits(old[i].code), _digits(new[j].code)
        related = len(a) >= 2 and len(b) >= 2 and (a.startswith(b) or b.startswith(a))
        return dice(stems(old[i].name), stems(new[j].name)) + RELATED_CODES * related

    return pair_up(len(old), len(new), stages, sim, UNIT_MIN)


def _digits(code: str) -> str:
    return "".join(ch for ch in code if ch.isdigit())


def _replacements(n_old: int, n_new: int, pairs: list[Pair],
                  sim: Callable[[int, int], float], floor: float) -> list[Pair]:
    """Also pair an old and a new element that are alone in their place: between the
    same two kept neighbours exactly one was removed and one added, and they are at
    least ``floor`` alike (a rewording rather than a replacement)."""
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    extra: list[Pair] = []
    hunk_old: list[int] = []
    hunk_new: list[int] = []
    for i, j in [*merge(n_old, n_new, in_order(pairs)), (None, None)]:
        if i is not None and j is None and i not in paired_old:
            hunk_old.append(i)
        elif j is not None and i is None and j not in paired_new:
            hunk_new.append(j)
        elif (i is None or j is None) and (i in paired_old or j in paired_new):
            continue  # a moved element does not end the hunk
        else:
            if len(hunk_old) == 1 and len(hunk_new) == 1 and \
                    sim(hunk_old[0], hunk_new[0]) >= floor:
                extra.append((hunk_old[0], hunk_new[0]))
            hunk_old, hunk_new = [], []
    return sorted(pairs + extra)


def in_order(pairs: list[Pair]) -> set[Pair]:
    """The largest set of pairs that keep their relative order in both versions (a
    longest increasing subsequence); the other pairs have moved."""
    ordered = sorted(pairs)
    tails: list[int] = []  # tails[k]: index into ordered of the smallest tail of length k+1
    tail_values: list[int] = []  # the new-side index of each of those tails
    prev: list[int] = [-1] * len(ordered)
    for n, (_, j) in enumerate(ordered):
        k = bisect_left(tail_values, j)
        if k:
            prev[n] = tails[k - 1]
        if k == len(tails):
            tails.append(n)
            tail_values.append(j)
        else:
            tails[k] = n
            tail_values[k] = j
    keep: set[Pair] = set()
    n = tails[-1] if tails else -1
    while n >= 0:
        keep.add(ordered[n])
        n = prev[n]
    return keep


def merge(n_old: int, n_new: int, kept: set[Pair]) -> list[tuple[int | None, int | None]]:
    """Both versions interleaved: kept pairs once, in place; every other old element as
    ``(i, None)`` where it stood, every other new one as ``(None, j)`` (deletions first)."""
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    for ki, kj in sorted(kept):
        out += [(x, None) for x in range(i, ki)]
        out += [(None, y) for y in range(j, kj)]
        out.append((ki, kj))
        i, j = ki + 1, kj + 1
    out += [(x, None) for x in range(i, n_old)]
    out += [(None, y) for y in range(j, n_new)]
    return out
