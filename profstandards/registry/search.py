"""``registry search``: the registry's texts ranked by relevance over lemmas.

The query goes through the index's own steps (:mod:`~profstandards.registry.text`):
«монтажа учебного оборудования» becomes the lemmas «монтаж учебный оборудование»,
which match «Монтаж учебного оборудования» and «…монтажу учебного оборудования…».
Texts holding every lemma of the query come first, ranked by BM25 (SQLite FTS5); when
there are fewer than ``limit`` of them, texts holding some of the lemmas follow.  By
default only the current version of each standard is searched.
"""

from __future__ import annotations

from dataclasses import dataclass

from profstandards import fields
from profstandards.i18n import Msg
from profstandards.registry.store import Registry

KINDS = ("standard", "gf", "wf", "item")
JSON_KEYS = ("registration_number", "standard_code", "standard_name", "kind", "code", "text",
             "score")


@dataclass(frozen=True, slots=True)
class Hit:
    """One text found: where it is and how well it matches (``score``: higher is better)."""

    registration_number: str
    standard_code: str
    standard_name: str
    kind: str  # standard, gf, wf or item
    code: str  # the ОТФ/ТФ code ("" for the standard's own texts)
    text: str
    score: float
    field: str  # the field key (fields.Field.key): wf.labor_actions, gf.name, …
    owner: str | None  # kind of the function an item belongs to (gf or wf)

    @property
    def key(self) -> tuple:
        """The same text of the same function of the same standard (found twice: in two
        copies of a file, or by both passes of a search)."""
        return (self.registration_number, self.standard_code, self.kind, self.code,
                self.text, self.field)

    def as_json(self) -> dict[str, object]:
        return {key: getattr(self, key) for key in JSON_KEYS}

    @property
    def where(self) -> Msg:
        """«ТФ A/01.3, трудовые действия» — what the text is, for people."""
        owner, name = self.field.split(".", 1)
        label = fields.get(owner, name).label
        if self.kind == "standard":
            return Msg(label.ru, label.en)
        kind = self.kind if self.kind != "item" else (self.owner or owner)
        what = Msg("ОТФ", "GWF") if kind == "gf" else Msg("ТФ", "WF")
        if self.kind == "item":
            return Msg(f"{what.ru} {self.code}, {label.ru.lower()}",
                       f"{what.en} {self.code}, {label.en.lower()}")
        return Msg(f"{what.ru} {self.code}", f"{what.en} {self.code}")


# The best matches first, from the full-text index alone; then their standards.  Filters
# (current version, kind, level) drop some: the inner limit grows until enough are left.
_SQL = """
SELECT m.rank, s.registration_number, s.code, s.name, e.kind, f.code, e.text, e.field, f.kind,
       {keep}
FROM (SELECT rowid AS id, bm25(entries_fts) AS rank FROM entries_fts
      WHERE entries_fts MATCH ? ORDER BY 2 LIMIT ?) AS m
JOIN entries e ON e.id = m.id
JOIN standards s ON s.id = e.standard_id
LEFT JOIN functions f ON f.id = e.function_id
ORDER BY m.rank, e.id"""


def search(registry: Registry, query: str, *, kind: str | None = None,
           level: str | None = None, limit: int = 20, all_versions: bool = False) -> list[Hit]:
    """The texts of ``registry`` matching ``query``, best first (at most ``limit``).

    ``kind`` keeps one kind of text (:data:`KINDS`); ``level`` keeps ОТФ/ТФ of that
    qualification level (and their items; «5» also matches the sublevels «5.1», «5.2»).
    """
    lemmas = list(dict.fromkeys(registry.prime([query]).lemmas(query)))
    if not lemmas or limit <= 0:
        return []
    filters, params = ["1"], []
    if not all_versions:
        filters.append("s.current")
    if kind is not None:
        filters.append("e.kind = ?")
        params.append(kind)
    if level is not None:
        filters.append("coalesce(f.level = ? OR f.level LIKE ?, 0)")
        params += [level.strip(), f"{level.strip()}.%"]
    sql = _SQL.format(keep=" AND ".join(filters))
    quoted = [f'"{lemma}"' for lemma in lemmas]
    hits: list[Hit] = []
    seen: set[tuple] = set()
    expressions = [" ".join(quoted), " OR ".join(quoted)] if len(quoted) > 1 else quoted
    for expression in expressions:
        inner = 4 * limit + 20
        while True:
            rows = registry.db.execute(sql, (*params, expression, inner)).fetchall()
            found = _hits([row[:-1] for row in rows if row[-1]], seen)
            if len(hits) + len(found) >= limit or len(rows) < inner:
                break
            inner *= 8
        seen.update(h.key for h in found)
        hits += found
        if len(hits) >= limit:
            break
    return hits[:limit]


def _hits(rows: list[tuple], seen: set[tuple]) -> list[Hit]:
    out: list[Hit] = []
    mine: set[tuple] = set()
    for rank, number, std_code, std_name, found, code, text, field, owner in rows:
        hit = Hit(number, std_code, std_name, found, code or "", text, round(-rank, 3),
                  field, owner)
        if hit.key not in seen and hit.key not in mine:
            mine.add(hit.key)
            out.append(hit)
    return out
