"""Filled comments forms: the consultation's «Таблица замечаний и предложений» (or any
table with a «Структурный элемент» and a «Замечание» column) → rows of the сводка.

Columns are found by their headings, not by position, so a form with a column added,
dropped or moved still reads.  A row's element is, in this order: what the reviewer
wrote in the element column if it names more than the pre-filled row (``ТФ A/01.6,
Трудовые действия, п. 3``), the row's anchors (the pre-filled rows carry the draft's
bookmarks), the element column's text, the row above (a row added for a second remark
to the same element).  A pre-filled ОТФ/ТФ row whose «Редакция проекта» the reviewer
replaced by a value's text is placed on that value.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from profstandards.comments import entries as rows_
from profstandards.comments.entries import Element, Entry
from profstandards.comments.locate import element_of, norm, scope_element
from profstandards.comments.slots import Layout, Slot
from profstandards.comments.stream import Body, Paragraph, text_of
from profstandards.render.blocks import Key, code_key

ROLES = (  # (role, words a heading has), the first that fits wins
    ("proposed", ("предлагаемая редакция", "предлагаемый текст", "редакция, предлагаемая",
                  "предлагаемая формулировка")),
    ("comment", ("замечани", "предложени")),
    ("draft", ("редакция проекта", "текст проекта", "редакция пункта", "текст пункта",
               "действующая редакция")),
    ("element", ("структурный элемент", "элемент проекта", "пункт", "раздел")),
    ("author", ("автор", "организаци", "эксперт")),
    ("decision", ("решение",)),
    ("reason", ("обоснован",)),
    ("number", ("№", "n п/п", "no")),
)
REMOVE_WORDS = {"исключить", "удалить", "исключить пункт", "удалить пункт"}
Columns = dict[str, int]


PROPOSALS = {"предложение", "предложения", "предложение по изменению",
             "предлагаемая редакция"}  # a column of its own beside «Замечание»


def role(heading: str) -> str | None:
    text = norm(heading)
    if not text:
        return None
    if text in PROPOSALS:
        return "proposed"
    for name, words in ROLES:
        if any(w in text for w in words) or (name == "number" and text in ("№", "n")):
            return name
    return None


def table_rows(body: Body, table: int) -> list[list[list[Paragraph]]]:
    """The rows of a table as lists of cells (each a list of its paragraphs)."""
    out: dict[int, dict[int, list[Paragraph]]] = {}
    for p in body.paras:
        if p.table == table and p.row is not None and p.cell is not None:
            out.setdefault(p.row, {}).setdefault(p.cell, []).append(p)
    return [list(cells.values()) for cells in out.values()]


def cell_text(cell: list[Paragraph], view: str = "proposed") -> str:
    return "\n".join(p.text(view) for p in cell).strip()


def header(rows: list[list[list[Paragraph]]]) -> tuple[int, Columns] | None:
    """(index of the heading row, role → column) of a form table, or ``None``."""
    for i, row in enumerate(rows[:3]):
        columns: Columns = {}
        for j, cell in enumerate(row):
            name = role(cell_text(cell, "original"))
            if name is not None and name not in columns:
                columns[name] = j
        if "comment" in columns and "element" in columns:
            return i, columns
    return None


def find(body: Body) -> dict[int, tuple[int, Columns]]:
    """The form tables of a review: table id → (heading row, columns)."""
    out = {}
    for table in dict.fromkeys(p.table for p in body.paras if p.table is not None):
        assert table is not None
        found = header(table_rows(body, table))
        if found is not None:
            out[table] = found
    return out


ElementOf = Callable[[list[Slot]], list[tuple[Element, str | None]]]


def rows(layout: Layout, table: int, columns: tuple[int, Columns], source: str,
         element_of_slots: ElementOf, author_of: Callable[[str], str]) -> list[Entry]:
    """The entries of a filled form table."""
    start, roles = columns
    out: list[Entry] = []
    previous: tuple[Element | None, str | None] | None = None
    for row in table_rows(layout.body, table)[start + 1:]:
        def cell(name: str, view: str = "proposed", row: list = row) -> str:
            j = roles.get(name)
            return cell_text(row[j], view) if j is not None and j < len(row) else ""
        texts = [cell_text(c) for c in row]
        if all(t.isdigit() for t in texts if t) and texts and texts[0] == "1":
            continue  # the row numbering the columns
        element, draft = _element(layout, row, roles, element_of_slots)
        if element is None and not cell("element").strip() and previous is not None:
            element, draft = previous
        previous = (element, draft)
        comment, proposed = cell("comment"), cell("proposed")
        if not comment and not proposed:
            continue
        shown = cell("draft")
        if element is not None and element.code is not None and element.field is None \
                and shown and draft is not None and norm(shown) != norm(draft):
            element, draft = _refine(layout, element, shown, draft)
        revision = next((x.revision for c in row for p in c for x in p.pieces if x.revision),
                        None)
        out.append(Entry(
            element, (draft if draft is not None else shown) or None, comment,
            _proposal(proposed), author_of(cell("author") or (revision.author if revision
                                                              else "")),
            revision.date[:10] if revision and revision.date else None, Path(source).name))
    return out


def _proposal(text: str) -> str | None:
    if not text.strip():
        return None
    return "" if norm(text) in REMOVE_WORDS else text.strip()


def _element(layout: Layout, row: list[list[Paragraph]], roles: Columns,
             element_of_slots: ElementOf) -> tuple[Element | None, str | None]:
    paras = [p for c in row for p in c]
    slots = [s for p in paras for s in layout.slots_in(p.index) if s.key is not None]
    anchored: tuple[Element | None, str | None] = (None, None)
    codes = [s for s in slots if s.key is not None and s.key.scope not in
             ("standard", "general", "developers")]
    if codes:
        key = codes[0].key
        assert key is not None
        element = scope_element(key.scope, layout.standard)
        name = [s for s in codes if s.key == Key(key.scope, "name")]
        draft = text_of(name[0].sorted_pieces(), "original").strip() if name else \
            _draft_of(layout, Element(element.section, element.code, "name"))
        anchored = (element, draft)
    elif slots:
        anchored = element_of_slots(slots[:1])[0]
    else:
        heading = next((layout.heading_marks[p.index] for p in paras
                        if p.index in layout.heading_marks), None)
        if heading is not None:
            anchored = (Element(heading[0]), None)
    j = roles.get("element")
    written = cell_text(row[j]) if j is not None and j < len(row) else ""
    edited = j is not None and j < len(row) and any(p.revised for p in row[j])
    parsed = rows_.parse(written, layout.standard) if written else None
    if anchored[0] is None:
        return (parsed, _draft_of(layout, parsed)) if parsed else (None, None)
    if parsed is not None and (edited or parsed.field is not None) and \
            (parsed.code is None or anchored[0].code is None or
             code_key(parsed.code) == code_key(anchored[0].code)) and \
            (parsed.field is not None or parsed.code != anchored[0].code):
        return parsed, _draft_of(layout, parsed)
    return anchored


def _draft_of(layout: Layout, element: Element) -> str | None:
    from profstandards.comments.locate import value_text
    if element.code is None and element.field is None:
        return None
    scope = code_key(element.code) if element.code is not None else \
        "developers" if element.section == "IV" else \
        "standard" if rows_.owner_of(element) is rows_.fields.Owner.STANDARD else "general"
    field = element.field or "name"
    index = element.item - 1 if element.item is not None and not element.new else None
    if element.new:
        return None
    text = value_text(layout.standard, Key(scope, field, index))
    return text.strip() if text else None


def _refine(layout: Layout, element: Element, shown: str, draft: str | None
            ) -> tuple[Element, str | None]:
    """A whole-ОТФ/ТФ row whose draft column holds one value's text: that value."""
    assert element.code is not None
    scope = code_key(element.code)
    found = layout.matcher.find(shown, scope, -1, fuzzy=True)
    if found is None or found[1].scope != scope:
        return element, draft
    key = found[1]
    if key.part is not None:
        key = Key(key.scope, key.field, key.index)
    return element_of(key, layout.standard, element.section), shown.strip()
