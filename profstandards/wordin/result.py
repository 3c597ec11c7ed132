"""What an import gives: the model, where each value came from in Word, and what did not fit.

A place in a Word file is a :class:`Where`: page-independent, as a person finds it in
Word — a table (numbered in document order; «7.1» is the first table nested in
table 7), its row and column (over the distinct cells of the row), or a paragraph
outside tables (numbered over the non-empty ones) — always with the first words of
the text.

Every model node the import makes carries a :class:`WordLoc` (in ``loc``, and per text
field in ``locs``): a :class:`~profstandards.model.Loc` of line 0 ("not from an XML
file") that also holds its :class:`Where`.  Locations survive the copies the safe
fixes make, so a finding on the imported XML can still name the Word cell to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from profstandards import fields, model
from profstandards.i18n import Msg, clip

TABLE_CELL = Msg("таблица {table}, строка {row}, столбец {column}",
                 "table {table}, row {row}, column {column}")
CELL_PARAGRAPH = Msg("таблица {table}, строка {row}, столбец {column}, абзац {para}",
                     "table {table}, row {row}, column {column}, paragraph {para}")
PARAGRAPH = Msg("абзац {para}", "paragraph {para}")
NOWHERE = Msg("нет в документе", "not in the document")


class Where(NamedTuple):
    """A place in a Word file (see the module docstring); ``text`` is what is there."""

    table: str = ""  # "7", "7.1" (nested); "" for a paragraph outside tables
    row: int = 0
    column: int = 0
    para: int = 0  # outside tables: the paragraph number; in a cell: its paragraph (1…), 0 = whole
    text: str = ""

    def place(self) -> Msg:
        """«таблица 7, строка 3, столбец 2» / «абзац 12» (without the text)."""
        if self.table:
            if self.para:
                return CELL_PARAGRAPH.bind(table=self.table, row=self.row, column=self.column,
                                           para=self.para)
            return TABLE_CELL.bind(table=self.table, row=self.row, column=self.column)
        if self.para:
            return PARAGRAPH.bind(para=self.para)
        return NOWHERE

    def render(self, lang: str | None = None, words: int = 60) -> str:
        """The place and the first words: «таблица 7, строка 3, столбец 2 «Трудовые…»»."""
        place = self.place().render(None, lang)
        return f"{place} «{clip(self.text, words)}»" if self.text.strip() else place

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.table:
            out.update(table=self.table, row=self.row, column=self.column)
            if self.para:
                out["cell_paragraph"] = self.para
        elif self.para:
            out["paragraph"] = self.para
        out["text"] = self.text
        return out


_NO_LINE = tuple(model.Loc())


class WordLoc(model.Loc):
    """A model location of an imported node: line 0 (no XML line), plus the
    :class:`Where` in Word; true as a condition, as a location known."""

    where: Where

    def __new__(cls, where: Where) -> WordLoc:
        loc: WordLoc = tuple.__new__(cls, _NO_LINE)  # (as ``Loc()``, without its call)
        loc.where = where
        return loc

    def __bool__(self) -> bool:  # a known place: ``node.where(attr)`` returns it
        return True

    def __reduce__(self):  # keep the Word place when pickled (several processes)
        return (WordLoc, (self.where,))


def where_of(loc: object) -> Where | None:
    """The Word place of a model location, if it is one the import made."""
    return loc.where if isinstance(loc, WordLoc) else None


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A paragraph or cell that did not become a value; ``reason`` says why (with
    ``params``)."""

    where: Where
    reason: Msg
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return self.reason.render(self.params, lang)

    def render(self, lang: str | None = None) -> str:
        return f"{self.where.render(lang)}: {self.message(lang)}"


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Section II (the functional map) and section III say different things."""

    msg: Msg
    params: dict[str, object]
    map_where: Where | None  # the map's cell (None: the map lacks it)
    where: Where | None  # section III's cell (None: section III lacks it)

    def message(self, lang: str | None = None) -> str:
        return self.msg.render(self.params, lang)

    def render(self, lang: str | None = None) -> str:
        places = [w.place().render(None, lang) for w in (self.map_where, self.where) if w]
        return f"{'; '.join(places)}: {self.message(lang)}"


@dataclass
class ImportResult:
    """One Word file imported: its standards, what did not fit, where values came from.

    ``unplaced`` lists the standard's content that became no value (the command exits
    1 if there is any); ``outside`` what precedes the standard (the order's text, a
    legal database's notes) and was left out by design; ``disagreements`` the
    differences between section II and section III (section III's values are taken).
    """

    source: str
    document: model.Document
    unplaced: list[Unplaced] = field(default_factory=list)
    outside: list[Unplaced] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Everything of the standard was placed, and sections II and III agree."""
        return not self.unplaced and not self.disagreements

    def provenance(self) -> list[tuple[fields.Value, Where | None]]:
        """Every value of the imported standards, in printed order, with its place in Word."""
        out: list[tuple[fields.Value, Where | None]] = []
        for standard in self.document.standards:
            for value in fields.values(standard):
                node = value.node
                locs: dict[str, model.Loc] = getattr(node, "locs", {})
                loc = locs.get(value.part or value.field.name) or getattr(node, "loc", None)
                out.append((value, where_of(loc)))
        return out

    def counts(self) -> dict[str, int]:
        """ОТФ, ТФ and value counts of the imported standards."""
        gf = wf = values = 0
        for standard in self.document.standards:
            gf += len(standard.functions)
            wf += sum(1 for _ in standard.work_functions())
            values += sum(1 for v in fields.values(standard) if v.text.strip())
        return {"standards": len(self.document.standards), "generalized_functions": gf,
                "work_functions": wf, "values": values}


def word_places(xml_document: model.Document, imported: model.Document
                ) -> dict[tuple[int, int], Where]:
    """``(line, column)`` of each node and text field of ``xml_document`` (the imported
    model written to XML and read back) → the Word place of the same node of
    ``imported``.  The two must have the same shape (the writer and the reader are
    lossless); where they differ, the mapping stops there."""
    out: dict[tuple[int, int], Where] = {}
    for a, b in zip(model.walk(xml_document), model.walk(imported), strict=False):
        if type(a) is not type(b):
            break
        pairs = [(a.loc, b.loc)]
        locs_a, locs_b = getattr(a, "locs", {}), getattr(b, "locs", {})
        pairs += [(loc, locs_b[name]) for name, loc in locs_a.items() if name in locs_b]
        for xml_loc, word_loc in pairs:
            where = where_of(word_loc)
            if where is not None and xml_loc.line:
                out.setdefault((xml_loc.line, xml_loc.column), where)
    return out
