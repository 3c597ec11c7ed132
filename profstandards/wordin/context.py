"""What the section readers share: taking text from cells, and making model nodes that
remember where in Word their values came from.

A reader *takes* a cell (or one paragraph of it) as a value or as the layout's own
text (a label, a caption, a heading); whatever is left untaken in the standard's part
of the document is reported as unplaced.  Values are taken as the print shows them,
lines stripped and blank lines dropped; a «-» stays a «-» (the registry writes one
for «nothing», and an ЕКС row's code is «-»).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from profstandards import model
from profstandards.i18n import Msg
from profstandards.wordin import labels
from profstandards.wordin.grid import Cell
from profstandards.wordin.result import Disagreement, Unplaced, Where, WordLoc

REPEATED = Msg("значение «{field}» уже прочитано раньше — второе не взято",
               "'{field}' was already read earlier: this second value was not taken")


def where(cell: Cell, para: int | None = None) -> Where:
    """The place of ``cell`` (of its paragraph ``para``, 0-based, if it has several: they
    are numbered 1… over the non-blank ones)."""
    if not cell.table:
        return Where("", 0, 0, cell.row, cell.paras[para] if para is not None else cell.text)
    if para is None or len(cell.paras) == 1:
        return Where(cell.table, cell.row, cell.column, 0,
                     cell.paras[para] if para is not None else cell.text)
    filled = [i for i, p in enumerate(cell.paras) if p.strip()]
    number = filled.index(para) + 1 if len(filled) > 1 and para in filled else 0
    return Where(cell.table, cell.row, cell.column, number, cell.paras[para])


def loc(cell: Cell, para: int | None = None) -> WordLoc:
    return WordLoc(where(cell, para))


def value_of(cell: Cell) -> str:
    """The cell's text as one value: its lines joined by line breaks."""
    return cell.text


def items_of(cell: Cell) -> list[tuple[str, int]]:
    """The cell's items, one per non-blank paragraph (a line break stays inside its
    item), with the paragraph index."""
    out = []
    for i, para in enumerate(cell.paras):
        if "\n" in para:
            value = "\n".join(line for line in (part.strip() for part in para.split("\n"))
                              if line)
        else:
            value = para.strip()
        if value:
            out.append((value, i))
    return out


def blank(unit: model.ClassifierUnit) -> bool:
    """A unit printed as «-» | «-» (or empty): the filler of a grid's last row."""
    return labels.is_dash(unit.code) and labels.is_dash(unit.name)


@dataclass
class Context:
    """The import in progress: the reports and helpers to take cells."""

    unplaced: list[Unplaced] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)

    @staticmethod
    def take(cell: Cell, para: int | None = None) -> None:
        """Mark ``cell`` (or its paragraph ``para``) as taken."""
        if para is None:
            cell.used.update(range(len(cell.paras)))
        else:
            cell.used.add(para)

    def set_text(self, node: model.Described, attr: str, cell: Cell, value: str | None = None,
                 label: str = "") -> None:
        """Set the text field ``attr`` of ``node`` from ``cell`` (its value unless given);
        a field set before is not overwritten: the cell is reported instead."""
        locs = node.locs
        if attr in locs:
            self.unplaced.append(Unplaced(where(cell), REPEATED, {"field": label or attr}))
            self.take(cell)
            return
        setattr(node, attr, value_of(cell) if value is None else value)
        locs[attr] = loc(cell)
        self.take(cell)

    def add_items(self, seq: model.Seq[model.Item], cell: Cell) -> None:
        """Append the items of ``cell`` to ``seq``."""
        paras = cell.paras
        if len(paras) == 1 and cell.table and "\n" not in paras[0]:  # the common case, quick
            value = paras[0].strip()
            if value:
                seq.items.append(model.Item(value, WordLoc(
                    Where(cell.table, cell.row, cell.column, 0, paras[0]))))
            cell.used.add(0)
            return
        for value, i in items_of(cell):
            seq.items.append(model.Item(value, loc(cell, i)))
        self.take(cell)


# --- empty model nodes, to be filled ---------------------------------------------------

def seq(at: Cell | None = None) -> model.Seq:
    return model.Seq([], loc(at) if at is not None else model.NOWHERE)


def new_standard(at: Cell | None) -> model.Standard:
    nowhere = model.NOWHERE
    return model.Standard(
        "", "", "", "",
        model.GeneralInfo("", "", "", seq(), None, loc=nowhere),
        seq(),
        model.Developers(model.ResponsibleDeveloper("", "", "", loc=nowhere), seq(),
                         loc=nowhere),
        loc=loc(at) if at is not None else nowhere)


def new_gf(at: Cell) -> model.GeneralizedFunction:
    return model.GeneralizedFunction(
        "", "", "", seq(), seq(), seq(), seq(), seq(), None, None, None, None, None, None,
        seq(), loc=loc(at))


def new_wf(at: Cell) -> model.WorkFunction:
    return model.WorkFunction("", "", "", seq(), seq(), seq(), seq(), True, loc=loc(at))


def unit(code: Cell | None, name: Cell | None) -> model.ClassifierUnit:
    """A classifier unit from its code and name cells (either may be missing)."""
    first = code or name
    u = model.ClassifierUnit(value_of(code) if code else "", value_of(name) if name else "",
                             loc(first) if first is not None else model.NOWHERE)
    if code is not None:
        u.locs["code"] = loc(code)
    if name is not None:
        u.locs["name"] = loc(name)
    return u
