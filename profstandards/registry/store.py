"""A registry database opened for reading: the queries the search, the checks and the
export need, in one place."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from profstandards import function_codes
from profstandards.registry import schema
from profstandards.registry.similarity import WF_ITEMS, Profile
from profstandards.registry.text import Lemmatizer

_CHUNK = 5000  # values per IN (...) list (SQLite allows 32766 parameters)


@dataclass(frozen=True, slots=True)
class Function:
    """An ОТФ or ТФ of the registry with its standard."""

    id: int
    parent_id: int | None  # a ТФ's ОТФ
    kind: str  # gf or wf
    code: str
    name: str
    registration_number: str
    standard_code: str
    standard_name: str
    approval_date: str
    current: bool


_FUNCTION = """SELECT f.id, f.parent_id, f.kind, f.code, f.name, s.registration_number,
    s.code, s.name, s.approval_date, s.current
    FROM functions f JOIN standards s ON s.id = f.standard_id"""


def _function(row: tuple) -> Function:
    """A :class:`Function` from a row of :data:`_FUNCTION`."""
    (id_, parent, kind, code, name, number, standard_code, standard_name, date,
     current) = row
    return Function(id_, parent, kind, code, name, number, standard_code, standard_name,
                    date, bool(current))


class Registry:
    """The registry database at ``path`` (read only).  Raises
    :class:`~profstandards.errors.InputError` if it is not one."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db: sqlite3.Connection = schema.open_readonly(path)
        self._lemmatizer: Lemmatizer | None = None

    def close(self) -> None:
        self.db.close()

    def chunked(self, sql: str, values: Sequence[Any], *params: Any) -> Iterator[tuple]:
        """Rows of ``sql`` whose ``{}`` is replaced by an IN list of ``values`` (in
        chunks); ``params`` follow the list."""
        for i in range(0, len(values), _CHUNK):
            part = values[i:i + _CHUNK]
            marks = ",".join("?" * len(part))
            yield from self.db.execute(sql.format(marks), (*part, *params))

    # --- words ------------------------------------------------------------------------

    @property
    def lemmatizer(self) -> Lemmatizer:
        """A lemmatizer that knows the registry's vocabulary (see :meth:`prime`)."""
        if self._lemmatizer is None:
            self._lemmatizer = Lemmatizer()
        return self._lemmatizer

    def prime(self, texts: Iterable[str]) -> Lemmatizer:
        """The lemmatizer, taught the lemmas the registry knows for the words of
        ``texts`` (so that pymorphy3 is asked only about words the registry never used)."""
        lemmatizer = self.lemmatizer
        lemmatizer.prime(texts, lambda forms: self.chunked(
            "SELECT form, lemma FROM vocabulary WHERE form IN ({})", forms))
        return lemmatizer

    # --- statistics -------------------------------------------------------------------

    def df(self, sigs: Iterable[int]) -> dict[int, int]:
        """In how many registry functions each signature occurs (absent: none)."""
        return dict(self.chunked("SELECT sig, count(DISTINCT owner) FROM entries "
                                 "WHERE sig IN ({}) GROUP BY sig", sorted(set(sigs))))

    @cached_property
    def counts(self) -> tuple[int, int]:
        """(standards, distinct registration numbers)."""
        row = self.db.execute("SELECT count(*), count(DISTINCT nullif(registration_number, "
                              "'')) FROM standards").fetchone()
        return int(row[0]), int(row[1])

    # --- functions --------------------------------------------------------------------

    def functions(self, ids: Iterable[int]) -> dict[int, Function]:
        return {row[0]: _function(row) for row in
                self.chunked(_FUNCTION + " WHERE f.id IN ({})", sorted(set(ids)))}

    def find(self, registration_number: str, code: str, kind: str) -> list[Function]:
        """The ОТФ/ТФ ``code`` (Cyrillic look-alikes folded) of every version of the
        standard ``registration_number``, the current version first."""
        rows = self.db.execute(
            _FUNCTION + " WHERE s.registration_number = ? AND f.kind = ? "
            "ORDER BY s.current DESC, s.date DESC", (registration_number, kind))
        wanted = function_codes.fold(code.strip())
        return [_function(row) for row in rows
                if function_codes.fold(row[3]) == wanted]

    def has_number(self, registration_number: str) -> bool:
        return self.db.execute("SELECT 1 FROM standards WHERE registration_number = ? LIMIT 1",
                               (registration_number,)).fetchone() is not None

    def sharing(self, sigs: Sequence[int], number: str, code: str
                ) -> Iterator[tuple[int, int]]:
        """(signature, ТФ id) of every registry ТФ with an item or a name of one of
        ``sigs``, outside the standard with this registration number or this code and
        outside drafts (no number)."""
        skip = {sid for (sid,) in self.db.execute(
            "SELECT id FROM standards WHERE registration_number IN ('', ?) "
            "OR (? != '' AND code = ?)", (number, code, code))}
        fields = ",".join(f"'{k}'" for k in (*WF_ITEMS, "wf.name"))
        sql = ("SELECT sig, function_id, standard_id FROM entries WHERE sig IN ({}) "
               "AND field IN (" + fields + ")")
        for sig, function, standard in self.chunked(sql, sigs):
            if standard not in skip:
                yield sig, function

    def children(self, ids: Iterable[int]) -> dict[int, list[int]]:
        """The ТФ of each ОТФ, in order."""
        out: dict[int, list[int]] = {i: [] for i in ids}
        for parent, child in self.chunked("SELECT parent_id, id FROM functions "
                                          "WHERE parent_id IN ({}) ORDER BY id", list(out)):
            out[parent].append(child)
        return out

    def name_lemmas(self, ids: Iterable[int]) -> dict[int, list[str]]:
        """The lemmas of the names of ОТФ/ТФ."""
        return {i: lemmas.split() for i, lemmas in self.chunked(
            "SELECT function_id, lemmas FROM entries WHERE function_id IN ({}) "
            "AND kind IN ('gf', 'wf')", sorted(set(ids)))}

    def profiles(self, ids: Iterable[int]) -> dict[int, Profile]:
        """The comparison profiles of registry ТФ."""
        wanted = sorted(set(ids))
        names: dict[int, list[str]] = {}
        items: dict[int, list[tuple[int | None, list[str], str]]] = {i: [] for i in wanted}
        fields = ",".join(f"'{k}'" for k in (*WF_ITEMS, "wf.name"))
        sql = ("SELECT function_id, field, lemmas, sig FROM entries "
               "WHERE function_id IN ({}) AND field IN (" + fields + ")")
        for owner, field, lemmas, sig in self.chunked(sql, wanted):
            if field == "wf.name":
                names[owner] = lemmas.split()
            else:
                items[owner].append((sig, lemmas.split(), field))
        df = self.df(sig for bag in items.values() for sig, _, _ in bag if sig is not None)
        return {i: Profile.of(names.get(i, ()), items[i], df) for i in wanted}

    # --- classifiers ------------------------------------------------------------------

    def unit_names(self, classifier: str, code_keys: Sequence[str], number: str, code: str
                   ) -> dict[str, dict[str, tuple[str, int]]]:
        """For each code: name key → (a name as written, number of standards) over the
        current versions of the other standards (not ``number``/``code``, not drafts)."""
        out: dict[str, dict[str, tuple[str, int]]] = {}
        sql = ("SELECT u.code_key, u.name_key, min(u.name), "
               "count(DISTINCT s.registration_number) FROM units u "
               "JOIN standards s ON s.id = u.standard_id "
               "WHERE u.code_key IN ({}) AND u.classifier = ? AND s.current "
               "AND s.registration_number NOT IN ('', ?) AND (? = '' OR s.code != ?) "
               "GROUP BY u.code_key, u.name_key")
        for key, name_key, name, count in self.chunked(sql, sorted(set(code_keys)),
                                                       classifier, number, code, code):
            out.setdefault(key, {})[name_key] = (name, count)
        return out


@cache
def opened(path: str) -> Registry:
    """The registry database at ``path``, opened once per process (for the rules)."""
    return Registry(path)
