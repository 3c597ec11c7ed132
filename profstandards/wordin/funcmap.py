"""Section II, the functional map, and its cross-check against section III.

The map repeats what section III says of each ОТФ (code, name, level; in the 446н
макет also the job titles) and ТФ (name, code, level).  The columns are found by the
two header rows («Обобщенные трудовые функции» | «Трудовые функции» over «код» |
«наименование» | …), matched to fields through the field table.  An ОТФ's cells span
its ТФ rows (merged); a document that repeats or blanks them instead is read alike.

Section III is what the registry XML holds, so its values are taken; every value the
map has differently is reported (:func:`cross_check`), and a map entry that section III
lacks (or the reverse) too.  A document without section III gets its ОТФ and ТФ from
the map.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from profstandards import fields, function_codes, model
from profstandards.fields import Field, Owner, Shape
from profstandards.i18n import Msg, clip
from profstandards.wordin import context, labels
from profstandards.wordin.context import Context
from profstandards.wordin.grid import Cell, Line
from profstandards.wordin.result import Disagreement, where_of

GF, WF = Owner.GF, Owner.WF
DIFFERENT = Msg("{what} {code}: {field} в разделе II «{map}», в разделе III «{section3}»",
                "{what} {code}: {field} is '{map}' in section II, '{section3}' in section III")
ONLY_MAP = Msg("{what} {code} «{name}» есть в разделе II, но не в разделе III",
               "{what} {code} '{name}' is in section II but not in section III")
ONLY_III = Msg("{what} {code} «{name}» есть в разделе III, но не в разделе II",
               "{what} {code} '{name}' is in section III but not in section II")
WHAT = {GF: Msg("ОТФ", "GWF"), WF: Msg("ТФ", "WF")}


@dataclass
class Entry:
    """An ОТФ or ТФ as the map prints it: its cells by field name."""

    cells: dict[str, Cell] = field(default_factory=dict)
    functions: list[Entry] = field(default_factory=list)
    blank: bool = False  # a «-» row: an ОТФ without ТФ, or a ТФ printed all «-»

    def text(self, name: str) -> str:
        cell = self.cells.get(name)
        return context.value_of(cell) if cell is not None else ""


class MapReader:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.groups: dict[str, range] = {}  # "gf"/"wf" → grid columns
        self.columns: list[tuple[Cell, Field]] = []  # header cells of the second row
        self.entries: list[Entry] = []
        self.code_cell: Cell | None = None  # the last ОТФ's code cell
        self.merged = False  # the map merges an ОТФ's cells over its ТФ rows

    def line(self, line: Line) -> None:
        filled = line.filled()
        if self.group_header(line) or self.column_header(line):
            return
        if not self.columns or not filled and not line.slots:
            return
        gf_cells: dict[str, Cell] = {}
        wf_cells: dict[str, Cell] = {}
        for header, f in self.columns:
            slot = line.under(header)
            if slot is None:
                continue
            (gf_cells if f.owner is GF else wf_cells)[f.name] = slot.cell
            self.merged |= slot.continued and f.owner is GF
        code = gf_cells.get("code")
        new_gf = code is not None and code is not self.code_cell and any(
            c.text for c in gf_cells.values()) and not self.repeated(gf_cells, wf_cells)
        if new_gf or not self.entries:
            self.entries.append(Entry(gf_cells))
            self.code_cell = code
        for cell in gf_cells.values():
            self.ctx.take(cell)
        for cell in wf_cells.values():
            self.ctx.take(cell)
        if wf_cells:
            blank = all(labels.is_dash(c.text) for c in wf_cells.values())
            self.entries[-1].functions.append(Entry(wf_cells, blank=blank))

    def repeated(self, gf_cells: dict[str, Cell], wf_cells: dict[str, Cell]) -> bool:
        """The row repeats the last ОТФ for its next ТФ, as a map that does not merge the
        ОТФ's cells does: the same code (a real one) and all, and a ТФ code under it."""
        if self.merged or not self.entries:
            return False
        last = self.entries[-1]
        code = gf_cells["code"].text
        wf_code = wf_cells["code"].text if "code" in wf_cells else ""
        return not labels.is_dash(code) and \
            all(c.text == last.text(name) for name, c in gf_cells.items()) and \
            function_codes.fold(wf_code).startswith(function_codes.fold(code) + "/")

    def group_header(self, line: Line) -> bool:
        found = {}
        for cell in line.filled():
            if labels.heading(cell.text, labels.MAP_GF):
                found["gf"] = cell
            elif labels.heading(cell.text, labels.MAP_WF):
                found["wf"] = cell
        if len(found) != 2 or len(line.filled()) != 2:
            return False
        self.groups = {k: range(c.grid, c.grid + c.span) for k, c in found.items()}
        self.columns = []
        for cell in found.values():
            self.ctx.take(cell)
        return True

    def column_header(self, line: Line) -> bool:
        filled = line.filled()
        if len(filled) < 5:
            return False
        columns: list[tuple[Cell, Field]] = []
        side = GF
        seen: set[str] = set()
        for cell in filled:
            if self.groups:
                side = GF if cell.grid in self.groups.get("gf", range(0)) else WF
            else:
                found = cell_field(cell, side)
                if found is None or found.name in seen:
                    side = WF  # no group row: the ТФ columns start where a field repeats
            f = cell_field(cell, side)
            if f is None:
                return False
            seen.add(f.name)
            columns.append((cell, f))
        if self.columns and [f for _, f in columns] == [f for _, f in self.columns]:
            for cell, _ in columns:  # the header repeated (on every page of a copy)
                self.ctx.take(cell)
            return True
        self.columns = columns
        for cell, _ in columns:
            self.ctx.take(cell)
        return True


def cell_field(cell: Cell, owner: Owner) -> Field | None:
    found = labels.field(cell.text, owner)
    return found if found is not None and found.shape in (Shape.TEXT, Shape.ITEMS) else None


# --- section II from the map alone, and the cross-check -------------------------------

def functions_from_map(ctx: Context, entries: list[Entry]) -> list[model.GeneralizedFunction]:
    """ОТФ and ТФ built from the map (a document without section III)."""
    out = []
    for entry in entries:
        first = next(iter(entry.cells.values()))
        gf = context.new_gf(first)
        for name, cell in entry.cells.items():
            _set(ctx, gf, name, cell)
        for sub in entry.functions:
            if sub.blank:
                continue
            wf = context.new_wf(next(iter(sub.cells.values())))
            for name, cell in sub.cells.items():
                _set(ctx, wf, name, cell)
            gf.functions.items.append(wf)
        out.append(gf)
    return out


def _set(ctx: Context, node: model.Function, name: str, cell: Cell) -> None:
    if name == "job_titles" and isinstance(node, model.GeneralizedFunction):
        ctx.add_items(node.job_titles, cell)
    else:
        ctx.set_text(node, name, cell)


def cross_check(ctx: Context, entries: list[Entry],
                functions: list[model.GeneralizedFunction]) -> None:
    """Report every difference between the map and section III (in order)."""
    for i in range(max(len(entries), len(functions))):
        entry = entries[i] if i < len(entries) else None
        gf = functions[i] if i < len(functions) else None
        _compare(ctx, GF, entry, gf)
        if entry is None or gf is None:
            continue
        subs = entry.functions
        if not gf.functions and len(subs) == 1 and subs[0].blank:
            continue  # the «-» row of an ОТФ without ТФ
        for j in range(max(len(subs), len(gf.functions))):
            sub = subs[j] if j < len(subs) else None
            wf = gf.functions[j] if j < len(gf.functions) else None
            _compare(ctx, WF, sub, wf)


def _same(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return a == b or labels.is_dash(a) and labels.is_dash(b)


def _compare(ctx: Context, owner: Owner, entry: Entry | None,
             node: model.Function | None) -> None:
    what = WHAT[owner]
    if entry is None and node is not None:
        ctx.disagreements.append(Disagreement(
            ONLY_III, {"what": what, "code": node.code, "name": clip(node.name, 60)},
            None, where_of(node.loc)))
        return
    if entry is None:
        return
    if node is None:
        ctx.disagreements.append(Disagreement(
            ONLY_MAP, {"what": what, "code": entry.text("code"),
                       "name": clip(entry.text("name"), 60)},
            context.where(next(iter(entry.cells.values()))), None))
        return
    for name, cell in entry.cells.items():
        f = fields.get(owner, name)
        mine = context.value_of(cell)
        if f.shape is Shape.ITEMS:
            theirs = "\n".join(f.items(node).texts())
            mine = "\n".join(text for text, _ in context.items_of(cell))
        else:
            theirs = f.text(node)
        fold = function_codes.fold if name == "code" else str
        if not _same(fold(mine), fold(theirs)):
            ctx.disagreements.append(Disagreement(
                DIFFERENT, {"what": what, "code": node.code,
                            "field": f.title, "map": clip(mine, 80),
                            "section3": clip(theirs, 80)},
                context.where(cell), where_of(node.locs.get(name))))
