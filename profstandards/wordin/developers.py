"""Section IV (4.1 the responsible organisation and its head, 4.2 the developer
organisations), section V of the 446н макет, and the notes at the end.

4.1 prints the organisation on its own, then the head's position and name side by side
(in two cells, or in one cell apart by a tab or a run of spaces); captions and
signature lines around them are the layout's.  4.2 is a numbered list, a row (or a
paragraph) per organisation.  Notes that explain a classifier («¹ Общероссийский
классификатор занятий.») are the layout's; other notes, and section V's abbreviations,
have no place in the registry XML and are reported.
"""

from __future__ import annotations

import re

from profstandards import model
from profstandards.i18n import Msg
from profstandards.wordin import context, labels
from profstandards.wordin.context import Context
from profstandards.wordin.grid import Cell, Line
from profstandards.wordin.result import Unplaced

_NUMBER = re.compile(r"^\s*(?:\d{1,3}[.)]?|-)\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
_APART = re.compile(r"\t+|\s{3,}|\n")
_SIGNATURE = re.compile(r"^[\s_.]*_[\s_.]*$|^\(?\s*(?:подпись|м\.\s?п\.|(?:наименование|название) "
                        r"организации|должность|фамилия|ф\.\s?и\.\s?о|фио)\b[^)]*\)?$", re.I)
NO_PLACE_NOTE = Msg("сноска: в XML реестра нет места для сносок",
                    "a note: the registry XML has no place for notes")
NO_PLACE_ABBREVIATION = Msg("раздел V (сокращения): в XML реестра нет места для него",
                            "section V (abbreviations): the registry XML has no place for it")


class DevelopersReader:
    def __init__(self, ctx: Context, standard: model.Standard) -> None:
        self.ctx = ctx
        self.d = standard.developers
        self.r = self.d.responsible
        self.mode: str | None = None

    def responsible(self, at: Cell) -> None:
        self.mode = "responsible"
        self.r.loc = context.loc(at)
        self.ctx.take(at)

    def organizations(self, at: Cell) -> None:
        self.mode = "organizations"
        self.d.organizations.loc = context.loc(at)
        self.ctx.take(at)

    def line(self, line: Line) -> None:
        filled = [c for c in line.filled() if not self.layout(c)]
        if not filled:
            return
        if self.mode == "responsible":
            self.responsible_line(filled)
        elif self.mode == "organizations":
            self.organizations_line(filled)

    def layout(self, cell: Cell) -> bool:
        """A signature line or a caption: the layout's."""
        if _SIGNATURE.match(cell.text) and cell.text.strip():
            self.ctx.take(cell)
            return True
        return False

    def responsible_line(self, filled: list[Cell]) -> None:
        if "organization" not in self.r.locs:
            self.ctx.set_text(self.r, "organization", filled[0])
            return  # (more cells on its line are left for the report)
        if "head_position" in self.r.locs:
            return  # a third line: left for the report
        if len(filled) >= 2:
            self.ctx.set_text(self.r, "head_position", filled[0])
            self.ctx.set_text(self.r, "head_name", filled[-1])
            return
        cell = filled[0]
        parts = [p for p in _APART.split(cell.text.strip()) if p.strip()]
        if len(parts) == 2:
            self.ctx.set_text(self.r, "head_position", cell, parts[0].strip())
            self.r.head_name = parts[1].strip()
            self.r.locs["head_name"] = self.r.locs["head_position"]
        else:
            self.ctx.set_text(self.r, "head_position", cell)

    def organizations_line(self, filled: list[Cell]) -> None:
        cells = filled
        if len(cells) > 1 and _NUMBER.match(cells[0].text):
            self.ctx.take(cells[0])
            cells = cells[1:]
        for cell in cells:
            if not cell.table and _NUMBERED.match(cell.text):  # «1. АО …» as a paragraph
                value = _NUMBERED.sub("", cell.text, count=1)
                self.d.organizations.items.append(model.Item(value, context.loc(cell)))
                self.ctx.take(cell)
            else:
                self.ctx.add_items(self.d.organizations, cell)


class TailReader:
    """Section V and the notes: nothing of them goes to the XML."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.abbreviations = False

    def line(self, line: Line) -> None:
        for cell in line.filled():
            text = cell.text
            self.ctx.take(cell)
            if labels.is_dash(text) or labels.RULE.match(text):
                continue  # «-» under section V, the rule above the notes
            mark = labels.NOTE.match(text)
            if labels.heading(text[mark.end():] if mark else text, labels.CLASSIFIER_NOTE):
                continue  # «¹ Общероссийский классификатор занятий.»: the layout's
            reason = NO_PLACE_ABBREVIATION if self.abbreviations and not mark else NO_PLACE_NOTE
            self.ctx.unplaced.append(Unplaced(context.where(cell), reason))
