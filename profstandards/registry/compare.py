"""A standard against the registry: which of its ОТФ/ТФ repeat one of another standard,
whether its borrowed ones still match their originals, whether its classifier names are
the ones the registry uses.

A standard is never compared with itself: registry standards with its registration
number or its code of the kind of activity (other versions of it) are left out, and so
are registry standards without a registration number (drafts: an original must be
citable).  How two functions are compared is :mod:`~profstandards.registry.similarity`.

Candidates are found through the items' signatures: a registry function is compared
only if it has an item identical (up to word forms and order) to one of the function
checked, an item found in at most :data:`COMMON` registry functions; the
:data:`CANDIDATES` sharing the most weight are compared in full.
"""

from __future__ import annotations

import copy
import heapq
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import cast

from profstandards import fields, model
from profstandards.fields import Owner, Shape
from profstandards.registry.similarity import (
    DUPLICATE,
    WF_ITEMS,
    Profile,
    Score,
    compare,
    compare_groups,
    dice,
    weight,
)
from profstandards.registry.store import Function, Registry
from profstandards.registry.text import code_key, name_key, signature

COMMON = 50
"""An item found in more registry ТФ than this does not make candidates."""
CANDIDATES = 6
"""How many candidates per ТФ are compared in full."""
CHECKED_UNITS = ("okz", "okpdtr", "okso", "oknpo", "oksvnk")
"""Classifier lists whose codes name one entry of one classifier edition.  ЕКС/ЕТКС are
left out: their codes are «-» or paragraph numbers («§ 33») shared by every issue."""

Item = tuple[int | None, list[str], str]  # (signature, lemmas, field key)


@dataclass(frozen=True, slots=True)
class Repeat:
    """An ОТФ/ТФ (``node``) that repeats ``original`` of another standard."""

    node: model.Function
    original: Function
    score: Score


@dataclass(frozen=True, slots=True)
class OriginCheck:
    """A borrowed ОТФ/ТФ against its declared original: ``original`` is ``None`` when the
    registry has no such function (``known_number`` says whether it has the standard);
    ``score`` compares the two texts."""

    node: model.Function
    origin: model.Origin
    original: Function | None
    known_number: bool
    score: Score | None


@dataclass(frozen=True, slots=True)
class UnitCheck:
    """A classifier unit whose code the registry never uses (``usual`` is ``None``) or
    names otherwise (``usual``: the name most standards give it, in ``standards``)."""

    unit: model.ClassifierUnit
    classifier: str
    usual: str | None
    standards: int


@dataclass
class Comparison:
    repeats: list[Repeat] = field(default_factory=list)
    origins: list[OriginCheck] = field(default_factory=list)
    units: list[UnitCheck] = field(default_factory=list)


def compare_standard(standard: model.Standard, registry: Registry,
                     units: bool = True) -> Comparison:
    """Everything the PS8xx rules report for ``standard`` (``units``: the classifier
    checks too)."""
    checker = _Checker(standard, registry)
    result = Comparison(checker.repeats(), checker.origins())
    if units:
        result.units = checker.units()
    return result


def borrowed(standard: model.Standard, registry: Registry) -> dict[int, model.Origin]:
    """The origin of each ОТФ/ТФ of ``standard`` recognised as borrowed, by ``id()`` of the
    node: the one it declares, else the registry function it repeats most closely."""
    checker = _Checker(standard, registry)
    out = {key: node.origin for key, node in checker.nodes.items() if node.origin is not None}
    for repeat in checker.repeats():
        out.setdefault(id(repeat.node), model.Origin(repeat.original.code,
                                                     repeat.original.registration_number))
    return out


def with_origins(standard: model.Standard, registry: Registry) -> tuple[model.Standard, int]:
    """A copy of ``standard`` in which every ОТФ/ТФ recognised as borrowed (see
    :func:`borrowed`) carries its :class:`~profstandards.model.Origin`, and how many
    origins were added (for ``export --registry``)."""
    found = borrowed(standard, registry)
    memo: dict[int, object] = {}
    out = copy.deepcopy(standard, memo)
    added = 0
    for key, origin in found.items():
        node = cast(model.Function, memo[key])  # deepcopy's memo: id(original) -> its copy
        if node.origin is None:
            node.origin = origin
            added += 1
    return out, added


class _Checker:
    """One standard against the registry; ТФ are compared once, for every check."""

    def __init__(self, standard: model.Standard, registry: Registry) -> None:
        self.standard = standard
        self.registry = registry
        self.number = standard.registration_number.strip()
        self.code = standard.general.code.strip()
        lemmatizer = registry.prime(v.text for v in fields.values(standard))
        self.lemmas = lemmatizer.lemmas
        self.nodes: dict[int, model.Function] = {}  # by id(), in document order
        self.items: dict[int, list[Item]] = {}  # ТФ items by id() of the ТФ
        for gf in standard.functions:
            self.nodes[id(gf)] = gf
            for wf in gf.functions:
                self.nodes[id(wf)] = wf
                self.items[id(wf)] = [
                    (signature(words), words, f.key) for f in fields.of(Owner.WF, Shape.ITEMS)
                    if f.key in WF_ITEMS for item in f.items(wf)
                    for words in [self.lemmas(item.text)]]

    @cached_property
    def df(self) -> dict[int, int]:
        """Registry frequencies of the signatures of the standard's ТФ items."""
        return self.registry.df(sig for bag in self.items.values() for sig, _, _ in bag
                                if sig is not None)

    @cached_property
    def profiles(self) -> dict[int, Profile]:
        """Profiles of the standard's ТФ; an item repeated in several of its ТФ weighs as
        if each were another registry ТФ."""
        local: Counter[int] = Counter()
        for bag in self.items.values():
            local.update({sig for sig, _, _ in bag if sig is not None})
        df = {sig: self.df.get(sig, 0) + count - 1 for sig, count in local.items()}
        return {key: Profile.of(self.lemmas(self.nodes[key].name), bag, df)
                for key, bag in self.items.items()}

    @cached_property
    def matches(self) -> dict[int, list[tuple[Function, Score]]]:
        """For each ТФ: the registry ТФ it repeats, best first."""
        out: dict[int, list[tuple[Function, Score]]] = {key: [] for key in self.items}
        rare = sorted(sig for sig, n in self.df.items() if n <= COMMON)
        holders: dict[int, set[int]] = {}
        for sig, function in self.registry.sharing(rare, self.number, self.code):
            holders.setdefault(sig, set()).add(function)
        chosen: dict[int, list[int]] = {}
        for key, bag in self.items.items():
            shared: dict[int, float] = {}
            for sig in {sig for sig, _, _ in bag if sig in holders}:
                w = weight(self.df.get(sig, 0))
                for function in holders[sig]:
                    shared[function] = shared.get(function, 0.0) + w
            # Counter.most_common's own ranking (its counts are typed int, these weigh).
            chosen[key] = heapq.nlargest(CANDIDATES, shared, key=shared.__getitem__)
        wanted = {f for fs in chosen.values() for f in fs}
        if not wanted:
            return out
        others = self.registry.profiles(wanted)
        info = self.registry.functions(wanted)
        for key, candidates in chosen.items():
            for function in candidates:
                score = compare(self.profiles[key], others[function], DUPLICATE)
                if score is not None and score.repeats:
                    out[key].append((info[function], score))
            out[key].sort(key=lambda m: (m[1].value, m[0].current), reverse=True)
        return out

    def repeats(self) -> list[Repeat]:
        out: list[Repeat] = []
        for gf in self.standard.functions:
            group = self._group_repeat(gf)
            if group is not None:
                out.append(group)
            for wf in gf.functions:
                found = self.matches[id(wf)]
                if found:
                    out.append(Repeat(wf, *found[0]))
        return out

    def _group_repeat(self, gf: model.GeneralizedFunction) -> Repeat | None:
        """The registry ОТФ whose ТФ ``gf``'s ТФ repeat most (see compare_groups)."""
        pairs: dict[int, list[tuple[int, int, Score]]] = {}
        for i, wf in enumerate(gf.functions):
            for function, score in self.matches[id(wf)]:
                if function.parent_id is not None:
                    pairs.setdefault(function.parent_id, []).append((i, function.id, score))
        if not pairs:
            return None
        sizes = self.registry.children(pairs)
        names = self.registry.name_lemmas(pairs)
        info = self.registry.functions(pairs)
        mine = frozenset(self.lemmas(gf.name))
        best: tuple[float, bool, Function, Score] | None = None
        for parent, found in pairs.items():
            score = compare_groups(found, len(gf.functions), len(sizes[parent]),
                                   dice(mine, frozenset(names.get(parent, ()))))
            rank = (score.value, info[parent].current)
            if score.repeats_group and (best is None or rank > best[:2]):
                best = (*rank, info[parent], score)
        return None if best is None else Repeat(gf, best[2], best[3])

    def origins(self) -> list[OriginCheck]:
        out = []
        for node in self.nodes.values():
            origin = node.origin
            if origin is None:
                continue
            kind = "gf" if isinstance(node, model.GeneralizedFunction) else "wf"
            number = origin.registration_number.strip()
            found = self.registry.find(number, origin.code, kind)
            if not found:
                out.append(OriginCheck(node, origin, None, self.registry.has_number(number),
                                       None))
                continue
            out.append(OriginCheck(node, origin, found[0], True, self._against(node, found[0])))
        return out

    def _against(self, node: model.Function, original: Function) -> Score:
        """``node`` compared in full with the registry function ``original``."""
        if isinstance(node, model.WorkFunction):
            score = compare(self.profiles[id(node)],
                            self.registry.profiles([original.id])[original.id])
            assert score is not None
            return score
        theirs = self.registry.children([original.id])[original.id]
        others = self.registry.profiles(theirs)
        pairs = []
        for i, wf in enumerate(node.functions):
            for j in theirs:
                score = compare(self.profiles[id(wf)], others[j])
                if score is not None and score.repeats:
                    pairs.append((i, j, score))
        name = self.registry.name_lemmas([original.id]).get(original.id, [])
        return compare_groups(pairs, len(node.functions), len(theirs),
                              dice(frozenset(self.lemmas(node.name)), frozenset(name)))

    def units(self) -> list[UnitCheck]:
        found: list[tuple[str, model.ClassifierUnit]] = []
        for owner, node in fields.owners(self.standard):
            for f in fields.of(owner, Shape.UNITS):
                if f.name in CHECKED_UNITS:
                    found += [(f.name, u) for u in f.units(node) or ()
                              if code_key(u.code) not in ("", "-")]
        out = []
        for classifier in CHECKED_UNITS:
            mine = [u for c, u in found if c == classifier]
            if not mine:
                continue
            known = self.registry.unit_names(classifier, [code_key(u.code) for u in mine],
                                             self.number, self.code)
            for unit in mine:
                names = known.get(code_key(unit.code))
                if names is None:
                    out.append(UnitCheck(unit, classifier, None, 0))
                elif name_key(unit.name) not in names:
                    usual, count = max(names.values(), key=lambda v: (v[1], v[0]))
                    out.append(UnitCheck(unit, classifier, usual, count))
        order = {id(u): i for i, (_, u) in enumerate(found)}
        out.sort(key=lambda c: order[id(c.unit)])
        return out
