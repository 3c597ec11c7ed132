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


_SQL = """
SELECT bm25(entries_fts), s.registration_number, s.code, s.name, e.kind, f.code, e.text,
       e.field, f.kind
FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid
JOIN standards s ON s.id = e.standard_id
LEFT JOIN functions f ON f.id = e.function_id
WHERE entries_fts MATCH ? {filters}
ORDER BY bm25(entries_fts), e.id LIMIT ?"""


def search(registry: Registry, query: str, *, kind: str | None = None,
           level: str | None = None, limit: int = 20, all_versions: bool = False) -> list[Hit]:
    """The texts of ``registry`` matching ``query``, best first (at most ``limit``).

    ``kind`` keeps one kind of text (:data:`KINDS`); ``level`` keeps ОТФ/ТФ of that
    qualification level (and their items; «5» also matches the sublevels «5.1», «5.2»).
    """
    lemmas = list(dict.fromkeys(registry.prime([query]).lemmas(query)))
    if not lemmas or limit <= 0:
        return []
    filters, params = [], []
    if not all_versions:
        filters.append("AND s.current")
    if kind is not None:
        filters.append("AND e.kind = ?")
        params.append(kind)
    if level is not None:
        filters.append("AND (f.level = ? OR f.level LIKE ?)")
        params += [level.strip(), f"{level.strip()}.%"]
    sql = _SQL.format(filters=" ".join(filters))
    quoted = [f'"{lemma}"' for lemma in lemmas]
    hits: list[Hit] = []
    seen: set[tuple] = set()
    for expression in (" ".join(quoted), " OR ".join(quoted)) if len(lemmas) > 1 \
            else (quoted[0],):
        for rank, number, std_code, std_name, found, code, text, field, owner in \
                registry.db.execute(sql, (expression, *params, 4 * limit + 20)):
            key = (number, std_code, found, code, text, field)
            if key in seen:
                continue
            seen.add(key)
            hits.append(Hit(number, std_code, std_name, found, code or "", text,
                            round(-rank, 3), field, owner))
            if len(hits) == limit:
                return hits
    return hits
