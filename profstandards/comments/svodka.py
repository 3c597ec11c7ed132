"""The сводка замечаний и предложений: written as DOCX (and JSON), read back for ``apply``.

The DOCX is the export's page model (:mod:`profstandards.render.blocks`) on landscape
A4: a title, then one table with the heading row repeated on every page — «№ п/п»,
«Структурный элемент проекта», «Редакция проекта», «Замечание, предложение»,
«Предлагаемая редакция», «Автор (организация)», «Решение разработчика»,
«Обоснование» — rows in the standard's order, then, under «Не сопоставлено», the rows
that could not be placed.  The last two columns are the developer's.

:func:`read` reads such a table back from a file Word or LibreOffice saved: it finds
the table by its heading row (a changed heading is refused: the columns would be
guessed), and takes each cell as the developer left it (tracked changes accepted).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from profstandards import model
from profstandards.comments import stream
from profstandards.comments.entries import Entry, describe
from profstandards.comments.form import cell_text, table_rows
from profstandards.comments.locate import norm
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.office import Package
from profstandards.render.blocks import Cell, Page, Para, Row, Run, Section, Table, para
from profstandards.render.consultation import describe as describe_standard

HEADS = ("№ п/п", "Структурный элемент проекта", "Редакция проекта", "Замечание, предложение",
         "Предлагаемая редакция", "Автор (организация)", "Решение разработчика",
         "Обоснование")
WIDTHS = [0.9, 3.6, 5.0, 4.8, 4.6, 3.0, 2.4, 2.4]  # landscape A4: 26.7 cm
CELL = "small"  # 10 pt: the сводка is read at a desk, long wordings side by side
TITLE = "Сводка замечаний и предложений"
UNPLACED = "Не сопоставлено с элементами проекта"
REMOVE = "Исключить"
CHANGED = "Предложена редакция (исправления в тексте проекта)"
ADDED = "Предложено добавить пункт (исправления в тексте проекта)"
NOTE = ("Графы 1–6 заполнены по отзывам; графы 7 («принято», «принято частично», «не "
        "принято») и 8 заполняет разработчик. Принятые строки с предлагаемой редакцией "
        "вносит в стандарт команда profstandards comments apply.")
NO_TABLE = Msg("в документе нет таблицы сводки: не найдена строка заголовков «{heads}»",
               "no сводка table in the document: the heading row '{heads}' was not found")
HEADER_CHANGED = Msg(
    "заголовок таблицы сводки изменён: графа {number} — «{found}» вместо «{expected}»; "
    "верните заголовок, иначе графы не различить",
    "the сводка's heading row was changed: column {number} reads '{found}' instead of "
    "'{expected}'; restore it, the columns cannot be told apart otherwise")


@dataclass
class Svodka:
    """The rows of a сводка: placed ones in the standard's order, then the others."""

    standard: model.Standard
    entries: list[Entry]
    unmapped: list[Entry]

    def numbered(self) -> list[tuple[int, Entry]]:
        return list(enumerate([*self.entries, *self.unmapped], 1))

    def as_json(self) -> str:
        rows = self.numbered()
        placed = len(self.entries)
        return json.dumps({"entries": [e.as_json(n) for n, e in rows[:placed]],
                           "unmapped": [e.as_json(n) for n, e in rows[placed:]]},
                          ensure_ascii=False, indent=2) + "\n"


def _comment_cell(entry: Entry) -> str:
    if entry.comment:
        return entry.comment
    if entry.proposed_text is not None:
        return ADDED if entry.element is not None and entry.element.new else CHANGED
    return ""


def _proposed_cell(entry: Entry) -> str:
    if entry.proposed_text is None:
        return ""
    return entry.proposed_text or REMOVE


def _lines(text: str, style: str = CELL) -> list[Para]:
    return [para(line, style) for line in text.split("\n")] or [para("", style)]


def _row(number: int, entry: Entry, standard: model.Standard) -> Row:
    author = [para(entry.author, CELL)]
    if entry.source and not entry.source.startswith(entry.author):
        author.append(para(f"({entry.source})", "note"))
    texts = [describe(entry.element, standard), entry.draft_text or "", _comment_cell(entry),
             _proposed_cell(entry)]
    return Row([Cell([para(str(number), CELL, "center")]),
                *(Cell(_lines(t)) for t in texts), Cell(author), Cell([para("", CELL)]),
                Cell([para("", CELL)])])


def page(svodka: Svodka) -> Page:
    standard = svodka.standard
    about = describe_standard(standard)
    heads = Row([Cell([para(h, "head")], valign="center") for h in HEADS], header=True)
    numbers = Row([Cell([para(str(n), "head")]) for n in range(1, len(HEADS) + 1)], header=True)
    rows = [heads, numbers]
    numbered = svodka.numbered()
    placed = len(svodka.entries)
    for number, entry in numbered[:placed]:
        rows.append(_row(number, entry, standard))
    if svodka.unmapped:
        rows.append(Row([Cell([para(UNPLACED, "head")], colspan=len(HEADS))]))
        for number, entry in numbered[placed:]:
            rows.append(_row(number, entry, standard))
    blocks: list[Para | Table] = [
        Para([Run(TITLE)], "form-title"),
        Para([Run("по проекту профессионального стандарта «"), Run(standard.name),
              Run(f"»{f' ({about})' if about else ''}")], "name"),
        Table("svodka", WIDTHS, rows),
        Para([Run(NOTE)], "caption", "left"),
    ]
    return Page(TITLE, [Section(blocks, landscape=True)])


def render(svodka: Svodka) -> bytes:
    """The сводка as DOCX bytes (deterministic, like the export)."""
    from profstandards.render.docx import DocxRenderer

    renderer = DocxRenderer()
    return renderer.save(renderer.page_document(page(svodka)))


# --- reading it back ---------------------------------------------------------------------

@dataclass
class Line:
    """A row of a сводка as the developer left it."""

    number: str
    element: str
    draft: str
    comment: str
    proposed: str
    author: str
    decision: str
    reason: str


def read(package: Package) -> list[Line]:
    """The rows of the сводка table in ``package`` (see the module docstring)."""
    body = stream.read(package)
    wanted = [norm(h) for h in HEADS]
    best: tuple[int, list[str]] | None = None
    for table in dict.fromkeys(p.table for p in body.paras if p.table is not None):
        assert table is not None
        rows = table_rows(body, table)
        for i, row in enumerate(rows[:3]):
            heads = [cell_text(c) for c in row]
            same = sum(norm(a) == b for a, b in zip(heads, wanted, strict=False))
            if same == len(wanted) and len(heads) == len(wanted):
                return [_line(r) for r in rows[i + 1:] if _is_data(r)]
            if same >= 3 and (best is None or same > best[0]):
                best = (same, heads)
    if best is not None:
        heads = best[1] + [""] * max(0, len(HEADS) - len(best[1]))
        column, found, expected = next(
            (n, h, e) for n, (h, e) in enumerate(zip(heads, HEADS, strict=False), 1)
            if norm(h) != norm(e))
        raise InputError(package.source, HEADER_CHANGED, number=column, found=found,
                         expected=expected)
    raise InputError(package.source, NO_TABLE, heads=" | ".join(HEADS))


def _is_data(row: list[list[stream.Paragraph]]) -> bool:
    if len(row) < len(HEADS):
        return False  # «Не сопоставлено…» across the table
    texts = [cell_text(c) for c in row]
    return not (texts[0] == "1" and texts[1] == "2")  # the column numbers


def _line(row: list[list[stream.Paragraph]]) -> Line:
    texts = [cell_text(c) for c in row[:len(HEADS)]]
    return Line(*texts)
