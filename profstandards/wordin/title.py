"""The title block: the approval stamp («УТВЕРЖДЕН приказом … от «6» июля 2020 г. № 405н»),
«ПРОФЕССИОНАЛЬНЫЙ СТАНДАРТ», the name, the registration number box."""

from __future__ import annotations

import re

from profstandards import fields, model
from profstandards.fields import Owner
from profstandards.render.printing import MONTHS
from profstandards.wordin import labels
from profstandards.wordin.context import Context
from profstandards.wordin.grid import Cell, Line

# «от <date> № <number>» (legal databases write «N» for «№»).
_FROM = tuple(re.compile(rf"(?:^|\n)\s*от\s+(?P<date>.*?)\s*{sign}\s*(?P<number>.*)$", re.S)
              for sign in ("№", r"(?:N|No)\b"))
_LONG_DATE = re.compile(r"^«?\s*(\d{1,2})\s*»?\s+([а-яё]+)\s+(\d{4})\s*(?:г\.?|года)?$", re.I)
_SHORT_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?|года)?$")
_BLANK = re.compile(r"^[\s«»\"_.г0-9]*$")  # «__» ______ 20__ г.
REGISTRATION = fields.get(Owner.STANDARD, "registration_number")


def parse_date(value: str) -> str:
    """«6» июля 2020 г. / 3 июля 2019 г. / 6.7.2020 → ``06.07.2020``; a blank form → "";
    anything else as written."""
    value = " ".join(value.split())
    m = _LONG_DATE.match(value)
    if m and m[2].lower().replace("ё", "е") in MONTHS:
        return f"{int(m[1]):02d}.{MONTHS.index(m[2].lower()) + 1:02d}.{m[3]}"
    m = _SHORT_DATE.match(value)
    if m and 1 <= int(m[2]) <= 12:
        return f"{int(m[1]):02d}.{int(m[2]):02d}.{m[3]}"
    return "" if "_" in value and _BLANK.match(value) else value


def parse_number(value: str) -> str:
    """«405н» from «405н», a blank «___» → ""."""
    value = value.strip()
    return "" if not value.strip("_ ") else value


class TitleReader:
    """Reads the lines from the stamp to the table of contents or section I."""

    def __init__(self, ctx: Context, standard: model.Standard) -> None:
        self.ctx = ctx
        self.s = standard
        self.naming = False  # after «ПРОФЕССИОНАЛЬНЫЙ СТАНДАРТ»: the name follows
        self.previous: Line | None = None

    def line(self, line: Line) -> None:
        single = line.single()
        # The name follows the title: a paragraph or a table's cell, then more paragraphs.
        if single is not None and self.naming and (not line.table or "name" not in self.s.locs) \
                and labels.field(single.text, Owner.STANDARD) is not REGISTRATION:
            self.name(single, single.text)
            self.previous = line
            return
        self.naming = False
        for cell in line.filled():
            self.cell(cell, line)
        self.previous = line

    def cell(self, cell: Cell, line: Line) -> None:
        first, _, rest = cell.text.partition("\n")
        if labels.heading(first, labels.TITLE):
            self.ctx.take(cell)
            if rest.strip():
                self.name(cell, rest)
            else:
                self.naming = True
            return
        if labels.field(cell.text, Owner.STANDARD) is REGISTRATION:
            self.ctx.take(cell)  # the caption under the box: the box is above it
            box = self.above(cell, line)
            if box is not None:
                self.ctx.set_text(self.s, "registration_number", box)
            return
        m = _FROM[0].search(cell.text) or _FROM[1].search(cell.text)
        if m and (labels.heading(cell.text, labels.APPROVED) or "order_number" not in self.s.locs):
            self.ctx.set_text(self.s, "approval_date", cell, parse_date(m["date"]))
            self.s.locs["order_number"] = self.s.locs["approval_date"]
            self.s.order_number = parse_number(m["number"])
            return
        if set(labels.norm(cell.text).split()) <= labels.STAMP_WORDS:
            self.ctx.take(cell)

    def name(self, cell: Cell, value: str) -> None:
        if self.s.name:  # a name on several paragraphs
            self.s.name += "\n" + value.strip()
            self.ctx.take(cell)
        else:
            self.ctx.set_text(self.s, "name", cell, value.strip())

    def above(self, caption: Cell, line: Line) -> Cell | None:
        """The registration number: the cell above the caption (or beside it)."""
        previous = self.previous
        if previous is not None and previous.table == line.table:
            box = previous.under(caption)
            if box is not None:
                return box.cell
        beside = [c for c in line.filled() if c is not caption]
        return beside[0] if beside else None
