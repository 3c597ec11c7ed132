"""How two ТФ, and two ОТФ, are compared: a weighted overlap of their items.

A ТФ is its name and a bag of *items* — its labor actions, skills and knowledge, each
the set of the lemmas of its content words (:mod:`~profstandards.registry.text`).
«Другие характеристики» are left out (mostly «-» or boilerplate).  Skills and knowledge
are one bag, so a copy from an export with the two lists swapped (the registry's
exports before 2020) is still a copy.

Two items are *the same* when their lemma sets are equal (word order, word forms, case
and punctuation do not matter); items left over are paired *approximately* when the Dice
coefficient of their lemma sets, 2·|A∩B| / (|A|+|B|), is at least :data:`ITEM_MATCH`
(«Монтаж учебного оборудования» ~ «Выполнение монтажа учебного оборудования»: 0.86),
each item at most once, best pairs first.

An item weighs ``f · r``: ``f`` is 1 for a labor action and :data:`SUPPORT` for a skill or
a knowledge item (a ТФ is what its labor actions say; several ТФ of one standard often
share one block of skills and knowledge), and ``r = 1 / (1 + ln df)`` is its rarity — an
item found in ``df`` ТФ of the registry (1 for an item of one ТФ, 0.3 for one of ten), so
that boilerplate («Требования охраны труда») does not make two ТФ alike.  The
similarity is the weighted Dice coefficient of the two bags::

    sim = (Σ same (wa + wb) + Σ approx dice·(wa + wb) + 2·N·dice(names))
          / (Σ wa + Σ wb + 2·N)

with the names counted as one more item of weight :data:`NAME_WEIGHT` (N).  It is 1 for
identical ТФ and 0 for ТФ without a common word, and symmetric.  A ТФ *repeats* another
when ``sim ≥`` :data:`DUPLICATE`, at least :data:`MIN_SHARED` items are the same or
approximately the same, and one of them at least is a labor action (two ТФ that share
only a block of skills and knowledge do not repeat each other).

An ОТФ is compared through its ТФ (:func:`compare_groups`): its ТФ are paired one to one
with the ТФ of the other ОТФ they repeat (best first), and::

    sim = (Σ paired 2·sim(ТФ pair) + 2·N·dice(names)) / (na + nb + 2·N)

for ``na`` and ``nb`` ТФ; an ОТФ repeats another when ``sim ≥`` :data:`DUPLICATE`.

The thresholds were chosen on a labelled set built from the registry exports of the test
corpus: ``benchmarks/registry_similarity.py`` measures precision and recall (the figures
are in README.md).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from profstandards import fields
from profstandards.fields import Owner, Shape

ITEM_MATCH = 0.6
"""Least Dice coefficient of two items' lemma sets to pair them approximately."""
NAME_WEIGHT = 1.0
"""Weight of the name, in items of one ТФ (in ТФ, for an ОТФ)."""
SUPPORT = 0.5
"""Weight of a skill or a knowledge item relative to a labor action."""
DUPLICATE = 0.6
"""Least similarity of a ТФ or an ОТФ that repeats another one."""
MIN_SHARED = 3
"""Least number of items (same or approximately the same) two repeating ТФ share."""

WF_ITEMS = tuple(f.key for f in fields.of(Owner.WF, Shape.ITEMS)
                 if f.name != "other_characteristics")
"""Field keys of the items of a ТФ's bag."""
ACTIONS = "wf.labor_actions"
FIELD_WEIGHTS: dict[str, float] = {key: 1.0 if key == ACTIONS else SUPPORT for key in WF_ITEMS}
Entry = tuple[frozenset[str], float, bool, tuple[str, ...]]
"""An item of a bag: its lemmas, its weight, whether it is a labor action, and the
prefix of its lemmas that approximate pairing looks up (see :func:`_pairs`)."""


def weight(df: int) -> float:
    """The rarity weight of an item found in ``df`` registry ТФ (0: in none)."""
    return 1.0 if df <= 1 else 1.0 / (1.0 + math.log(df))


@dataclass(slots=True)
class Profile:
    """A function as compared: name lemmas, and items by signature (lemma set, weight)."""

    name: frozenset[str]
    items: dict[int, Entry] = field(default_factory=dict)

    @classmethod
    def of(cls, name: Iterable[str], items: Iterable[tuple[int | None, Iterable[str], str]],
           df: Mapping[int, int]) -> Profile:
        """From the name's lemmas and (signature, lemmas, field key) of each item; ``df``
        gives the number of registry functions an item is in (missing: none)."""
        bag: dict[int, Entry] = {}
        for sig, lemmas, key in items:
            if sig is None:
                continue
            w = FIELD_WEIGHTS[key] * weight(df.get(sig, 0))
            if sig not in bag or bag[sig][1] < w:
                unique = frozenset(lemmas)
                bag[sig] = (unique, w, key == ACTIONS, _prefix(unique))
        return cls(frozenset(name), bag)

    @property
    def mass(self) -> float:
        return sum(entry[1] for entry in self.items.values())


@dataclass(frozen=True, slots=True)
class Score:
    """The comparison of a function (``a``) with another (``b``)."""

    value: float  # the similarity, 0…1
    same: int  # items of ``a`` with an identical item in ``b``
    similar: int  # items of ``a`` paired approximately
    only_a: int  # items of ``a`` without a counterpart
    only_b: int  # items of ``b`` without a counterpart
    name: float  # Dice coefficient of the names
    actions: int = 0  # labor actions of ``a`` among ``same`` and ``similar`` (ТФ only)

    @property
    def shared(self) -> int:
        return self.same + self.similar

    @property
    def identical(self) -> bool:
        """Every item and the name the same (up to word forms, order and case)."""
        return self.similar == self.only_a == self.only_b == 0 and self.name == 1.0

    @property
    def repeats(self) -> bool:
        """A ТФ that repeats the other (see the module docstring)."""
        return self.value >= DUPLICATE and self.shared >= MIN_SHARED and self.actions >= 1

    @property
    def repeats_group(self) -> bool:
        """An ОТФ that repeats the other (see the module docstring)."""
        return self.value >= DUPLICATE and self.shared >= 1


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


def compare(a: Profile, b: Profile, at_least: float = 0.0) -> Score | None:
    """How much ``a`` repeats ``b`` (see the module docstring); ``None`` when the
    similarity is sure to be below ``at_least`` (decided before pairing items)."""
    same_keys = a.items.keys() & b.items.keys()
    matched = sum(a.items[k][1] + b.items[k][1] for k in same_keys)
    actions = sum(1 for k in same_keys if a.items[k][2])
    rest_a = _pairable([v for k, v in a.items.items() if k not in same_keys],
                       [v for k, v in b.items.items() if k not in same_keys])
    rest_b = _pairable([v for k, v in b.items.items() if k not in same_keys], rest_a)
    name = dice(a.name, b.name)
    total = a.mass + b.mass + 2 * NAME_WEIGHT
    if not total:
        return Score(0.0, 0, 0, len(a.items), len(b.items), name)
    named = 2 * NAME_WEIGHT * name
    if at_least and (matched + named + sum(e[1] for e in rest_a) +
                     sum(e[1] for e in rest_b)) / total < at_least:
        return None
    similar = 0
    for d, i, j in _pairs(rest_a, rest_b):
        matched += d * (rest_a[i][1] + rest_b[j][1])
        similar += 1
        actions += rest_a[i][2]
    same = len(same_keys)
    return Score(round((matched + named) / total, 4), same, similar,
                 len(a.items) - same - similar, len(b.items) - same - similar, name, actions)


Bag = list[Entry]


def _pairable(items: Bag, others: Bag) -> Bag:
    """The items that could be paired with one of ``others``: enough of their lemmas
    occur in ``others`` for a Dice coefficient of :data:`ITEM_MATCH`.  (An item sharing
    ``k`` of its ``n`` lemmas reaches at most 2k / (n + k).)"""
    if not items or not others:
        return []
    seen = frozenset().union(*(entry[0] for entry in others))
    out = []
    for entry in items:
        k = len(entry[0] & seen)
        if k and 2 * k >= ITEM_MATCH * (len(entry[0]) + k):
            out.append(entry)
    return out


def _prefix(lemmas: frozenset[str]) -> tuple[str, ...]:
    n = len(lemmas)
    ordered = sorted(lemmas, key=lambda x: (-len(x), x))
    return tuple(ordered[:n - math.ceil(ITEM_MATCH * n / (2 - ITEM_MATCH) - 1e-9) + 1])


def _pairs(rest_a: Bag, rest_b: Bag) -> list[tuple[float, int, int]]:
    """Approximate pairs (Dice, index in ``rest_a``, index in ``rest_b``): best first,
    each item at most once.

    Prefix filtering (as in set-similarity joins): two items with a Dice coefficient of
    at least :data:`ITEM_MATCH` share at least ``k = ⌈δn / (2 − δ)⌉`` lemmas of an item
    of ``n`` lemmas, so with the lemmas of every item in one global order they share one
    of the first ``n − k + 1`` lemmas of each item: only those are indexed and looked up.
    The order puts long lemmas first (they are the rarer ones), which prunes most.
    """
    if not rest_a or not rest_b:
        return []
    by_lemma: dict[str, list[int]] = {}
    for j, entry in enumerate(rest_b):
        for lemma in entry[3]:
            by_lemma.setdefault(lemma, []).append(j)
    pairs = []
    for i, (lemmas, _, _, prefix) in enumerate(rest_a):
        seen: set[int] = set()
        size = len(lemmas)
        for lemma in prefix:
            for j in by_lemma.get(lemma, ()):
                if j not in seen:
                    seen.add(j)
                    other = rest_b[j][0]
                    d = 2 * len(lemmas & other) / (size + len(other))
                    if d >= ITEM_MATCH:
                        pairs.append((d, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for d, i, j in sorted(pairs, reverse=True):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((d, i, j))
    return out


def compare_groups(pairs: Iterable[tuple[int, int, Score]], count_a: int, count_b: int,
                   name: float) -> Score:
    """Two ОТФ from their ТФ: ``pairs`` are (ТФ of ``a``, ТФ of ``b``, score) of the ТФ
    pairs that repeat; ``count_a``/``count_b`` how many ТФ each has; ``name`` the Dice
    coefficient of the ОТФ names.  ``same``/``similar`` count identical/repeating ТФ."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    total = same = similar = 0.0
    for i, j, score in sorted(pairs, key=lambda p: p[2].value, reverse=True):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        total += 2 * score.value
        if score.identical:
            same += 1
        else:
            similar += 1
    value = (total + 2 * NAME_WEIGHT * name) / (count_a + count_b + 2 * NAME_WEIGHT)
    matched = len(used_a)
    return Score(round(value, 4), int(same), int(similar), count_a - matched,
                 count_b - matched, name)
