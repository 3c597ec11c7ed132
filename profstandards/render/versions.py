"""Two versions of a standard laid out at once: what a redline is made of.

The builders of :mod:`~profstandards.render.maket` and
:mod:`~profstandards.render.section3` work on :class:`Pair` — a node in the old and in
the new version, either of which may be missing.  One version alone is the pair of a
node with itself: every list then pairs with itself, nothing differs, and the page
is the export's.  So the export and the redline share one layout.

Which elements of two different versions are the same element is a
:class:`Pairing`'s business.  This base pairs equal elements in order (ОТФ and ТФ by
code); the revision comparison (:mod:`profstandards.diff.redline`) supplies its own,
from the pairing it has computed (ОТФ/ТФ by code, number and name, a ТФ moved to
another ОТФ, list items by similarity).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Generic, TypeVar, cast

from profstandards import model
from profstandards.render.blocks import Status, code_key

T = TypeVar("T")
U = TypeVar("U")
# One step of two lists interleaved: (i, j) a pair, (i, None) an old element alone,
# (None, j) a new one alone.
Entry = tuple[int | None, int | None]


@dataclass(frozen=True, slots=True)
class Pair(Generic[T]):
    """One element in the old and the new version (``None``: not in that version)."""

    old: T | None
    new: T | None

    @property
    def status(self) -> Status:
        if self.old is None:
            return Status.INS
        return Status.DEL if self.new is None else Status.KEEP

    @property
    def one(self) -> T:
        """The element in the new version, or else in the old one."""
        # A pair has one side at least (two missing sides pair nothing).
        return self.new if self.new is not None else cast(T, self.old)

    def map(self, f: Callable[[T], U]) -> Pair[U]:
        """``f`` of each side (once when both sides are the same object)."""
        old, new = self.old, self.new
        if old is new:
            value = None if old is None else f(old)
            return Pair(value, value)
        return Pair(None if old is None else f(old), None if new is None else f(new))

    def get(self, attr: str) -> Pair:
        return self.map(lambda node: getattr(node, attr))

    def only(self, status: Status) -> Pair[T]:
        """The sides ``status`` says: both, the old one or the new one."""
        if status is Status.DEL:
            return Pair(self.old, None)
        return Pair(None, self.new) if status is Status.INS else self

    def within(self, where: Pair) -> Pair[T]:
        """The sides of this pair where ``where`` has an element."""
        if where.old is not None and where.new is not None:
            return self
        return self.only(where.status)


def same(node: T) -> Pair[T]:
    """One version alone."""
    return Pair(node, node)


def merge_equal(old: Sequence, new: Sequence) -> list[Entry]:
    """Two lists interleaved, equal elements paired in order (the others deleted
    before inserted, where they stood)."""
    out: list[Entry] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out += zip(range(i1, i2), range(j1, j2), strict=True)
        else:
            out += [(i, None) for i in range(i1, i2)]
            out += [(None, j) for j in range(j1, j2)]
    return out


def _codes(functions: Sequence[model.GeneralizedFunction] | Sequence[model.WorkFunction],
           ) -> list[str]:
    return [code_key(f.code) for f in functions]


class Pairing:
    """Which elements of two versions of a list are the same element: each method
    gives both lists interleaved (:data:`Entry`), each version in its own order."""

    def functions(self, old: Sequence[model.GeneralizedFunction],
                  new: Sequence[model.GeneralizedFunction]) -> list[Entry]:
        return merge_equal(_codes(old), _codes(new))

    def work_functions(self, old: Sequence[model.WorkFunction],
                       new: Sequence[model.WorkFunction]) -> list[Entry]:
        return merge_equal(_codes(old), _codes(new))

    def items(self, old: Sequence[str], new: Sequence[str]) -> list[Entry]:
        return merge_equal(old, new)

    def units(self, old: Sequence[model.ClassifierUnit],
              new: Sequence[model.ClassifierUnit]) -> list[Entry]:
        return merge_equal([(u.code, u.name) for u in old], [(u.code, u.name) for u in new])


def pair_up(lists: Pair[Sequence[T]],
            match: Callable[[Sequence[T], Sequence[T]], list[Entry]]) -> list[Pair[T]]:
    """The elements of a list in two versions, interleaved by ``match`` (one version
    alone: each element with itself)."""
    old, new = lists.old, lists.new
    if old is new:
        return [Pair(x, x) for x in old or ()]
    if old is None:
        return [Pair(None, x) for x in new or ()]
    if new is None:
        return [Pair(x, None) for x in old]
    return [Pair(None if i is None else old[i], None if j is None else new[j])
            for i, j in match(old, new)]


def positions(entries: list[Pair]) -> list[Pair[int]]:
    """The 1-based position of each entry in each version it is in."""
    out: list[Pair[int]] = []
    old = new = 0
    for entry in entries:
        if entry.old is entry.new:
            old += 1
            new += 1
            out.append(Pair(new, new))
            continue
        if entry.old is not None:
            old += 1
        if entry.new is not None:
            new += 1
        out.append(Pair(old if entry.old is not None else None,
                        new if entry.new is not None else None))
    return out


def sides(entries: list[Pair]) -> Pair[bool]:
    """Which versions have any of ``entries`` (``True``; ``None``: none)."""
    return Pair(True if any(e.old is not None for e in entries) else None,
                True if any(e.new is not None for e in entries) else None)


def lacking(node: Pair[T], entries: list[Pair]) -> Pair[T]:
    """The sides of ``node`` that have none of ``entries`` (where an empty list prints
    «-»)."""
    has = sides(entries)
    return Pair(node.old if has.old is None else None, node.new if has.new is None else None)


def spans(statuses: list[Status]) -> list[tuple[int, int, Status | None]]:
    """Cut a group of rows under spanning cells (a list's label, an ОТФ in the
    functional map), given by the rows' statuses, into runs ``(start, stop, text)``.

    Word keeps a merged cell's text in its first row, and a row of one version is gone
    from the other: so each run starts with a row that every version of the run has,
    and has spanning cells of its own.  Their text (``text``) is in the first run of
    each version: ``KEEP`` in the run that is first in both, ``DEL``/``INS`` in the one
    that is first only in the old/new version, ``None`` (empty cells) in the others.
    One version alone is one run.
    """
    if all(status is Status.KEEP for status in statuses):
        return [(0, len(statuses), Status.KEEP)] if statuses else []
    starts: list[int] = []
    for k, status in enumerate(statuses):
        if not starts or statuses[starts[-1]] not in (Status.KEEP, status):
            starts.append(k)
    out: list[tuple[int, int, Status | None]] = []
    seen_old = seen_new = False
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(statuses)
        old = any(s is not Status.INS for s in statuses[start:stop])
        new = any(s is not Status.DEL for s in statuses[start:stop])
        first_old, first_new = old and not seen_old, new and not seen_new
        seen_old, seen_new = seen_old or old, seen_new or new
        text = (Status.KEEP if first_old and first_new else Status.DEL if first_old
                else Status.INS if first_new else None)
        out.append((start, stop, text))
    return out
