"""Section I «Общие сведения»: the kind of activity and its code, the purpose, the ОКЗ
grid, the ОКВЭД table.

In the макет a value sits in a box with its caption under it («(наименование вида
профессиональной деятельности)», «Код», «(код ОКЗ)», «(наименование)»): value rows
are held until their caption row says what they are, column by column (the caption
and its value share grid columns).  A label line («Основная цель …:», «Группа
занятий:», «Отнесение к видам экономической деятельности:») says what follows.
"""

from __future__ import annotations

from profstandards import fields, model
from profstandards.fields import Field, Owner, Shape
from profstandards.wordin import context, labels
from profstandards.wordin.context import Context
from profstandards.wordin.grid import Cell, Line

G = Owner.GENERAL
PURPOSE = fields.get(G, "purpose")
OKZ = fields.get(G, "okz")
OKVED = fields.get(G, "okved")
# «Отнесение к области профессиональной деятельности» (446н): derived from the code,
# printed for the reader; the registry XML does not hold it.
AREA = "отнесение к области профессиональной деятельности"
AREA_CAPTIONS = ("код опд", "наименование области профессиональной деятельности")
# Captions of the units' name column, by the units' field.
NAME_CAPTIONS = {"наименование": None, "наименование вида экономической деятельности": OKVED}


def caption_of(value: str, units: Field | None) -> tuple[Field | None, str | None] | None:
    """What a caption announces: (field, part) — ``part`` is ``code``/``name`` for a
    classifier column, ``None`` for a single value; (None, None) for the derived area;
    ``None`` if ``value`` is no caption."""
    key = labels.norm(value)
    if key in AREA_CAPTIONS:
        return None, None
    if key in NAME_CAPTIONS:
        owner = NAME_CAPTIONS[key] or units
        return (owner, "name") if owner is not None else None
    for f in fields.of(G, Shape.UNITS):
        if key == labels.norm(f"код {f.title.ru}"):
            return f, "code"
    found = labels.field(value, G)
    if found is not None and found.shape is Shape.TEXT:
        return found, None
    return None


class GeneralReader:
    def __init__(self, ctx: Context, standard: model.Standard) -> None:
        self.ctx = ctx
        self.g = standard.general
        self.label: Field | str | None = None  # what the last label line announced
        self.pending: list[Line] = []

    def line(self, line: Line) -> None:
        single = line.single()
        if single is not None and self.label_line(single):
            return
        captions = self.captions(line)
        if captions is not None:
            self.resolve(captions)
            return
        if self.label is PURPOSE:
            for cell in line.filled():
                if "purpose" in self.g.locs:
                    self.g.purpose += "\n" + context.value_of(cell)
                    self.ctx.take(cell)
                else:
                    self.ctx.set_text(self.g, "purpose", cell)
            return
        self.pending.append(line)

    def label_line(self, cell: Cell) -> bool:
        key = labels.norm(cell.text)
        found = labels.field(cell.text, G)
        if found in (PURPOSE, OKZ, OKVED) or key == AREA:
            self.finish()
            self.label = found if found is not None else AREA
            self.ctx.take(cell)
            if found is OKVED and self.g.okved is None:
                self.g.okved = context.seq(cell)
            elif found is OKZ:
                self.g.okz.loc = context.loc(cell)
            return True
        return False

    def units(self) -> Field | None:
        return self.label if isinstance(self.label, Field) and \
            self.label.shape is Shape.UNITS else None

    def captions(self, line: Line) -> list[tuple[Cell, Field | None, str | None]] | None:
        """The line as a caption row, or ``None`` if it is not one."""
        filled = line.filled()
        if not filled:
            return None
        out = []
        for cell in filled:
            found = caption_of(cell.text, self.units())
            if found is None:
                return None
            out.append((cell, *found))
        return out

    def resolve(self, captions: list[tuple[Cell, Field | None, str | None]]) -> None:
        """Read the held value rows by their captions."""
        for cell, _, _ in captions:
            self.ctx.take(cell)
        rows = self.pending
        self.pending = []
        units = [(c, f) for c, f, part in captions if part == "code" and f is not None]
        if units:
            self.read_units(rows, captions)
        for caption, f, part in captions:
            if part is None and f is not None:
                box = _above(caption, rows)
                if box is not None:
                    self.ctx.set_text(self.g, f.name, box)
            elif f is None and part is None:  # the derived area: printed, not stored
                box = _above(caption, rows)
                if box is not None:
                    self.ctx.take(box)

    def read_units(self, rows: list[Line],
                   captions: list[tuple[Cell, Field | None, str | None]]) -> None:
        pairs: list[tuple[Field, Cell, Cell | None]] = []
        for i, (cell, f, part) in enumerate(captions):
            if part == "code" and f is not None:
                name = next((c for c, g, p in captions[i + 1:] if p == "name"), None)
                pairs.append((f, cell, name))
        found: dict[str, list[model.ClassifierUnit]] = {}
        for row in rows:
            for f, code_caption, name_caption in pairs:
                code = _below(code_caption, row)
                name = _below(name_caption, row) if name_caption is not None else None
                if code is None and name is None:
                    continue
                for c in (code, name):
                    if c is not None:
                        self.ctx.take(c)
                found.setdefault(f.name, []).append(context.unit(code, name))
        for attr, units in found.items():
            while units and context.blank(units[-1]):  # «-» filling the grid's last row
                units.pop()
            target = getattr(self.g, attr)
            if target is None:
                target = context.seq()
                setattr(self.g, attr, target)
            target.items += units

    def finish(self) -> None:
        """Value rows never captioned: an ОКЗ/ОКВЭД table without its caption row is
        read as code | name pairs."""
        units = self.units()
        rows, self.pending = self.pending, []
        if units is None:
            return
        found: list[model.ClassifierUnit] = []
        for row in rows:
            cells = row.cells
            for i in range(0, len(cells) - 1, 2):
                code, name = cells[i], cells[i + 1]
                if code.text or name.text:
                    self.ctx.take(code)
                    self.ctx.take(name)
                    found.append(context.unit(code, name))
        while found and context.blank(found[-1]):
            found.pop()
        target = getattr(self.g, units.name)
        if target is None:
            target = context.seq()
            setattr(self.g, units.name, target)
        target.items += found


def _below(caption: Cell, row: Line) -> Cell | None:
    """The cell that begins in ``row`` in the caption's grid columns."""
    slot = row.under(caption)
    return slot.cell if slot is not None and not slot.continued else None


def _above(caption: Cell, rows: list[Line]) -> Cell | None:
    """The nearest cell above the caption, in its grid columns, that holds text (or the
    nearest one at all: an empty box is an empty value)."""
    candidates = [c for row in reversed(rows) for c in row.cells if c.overlap(caption)]
    for cell in candidates:
        if cell.text:
            return cell
    return candidates[0] if candidates else None
