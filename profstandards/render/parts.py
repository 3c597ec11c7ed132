"""Small pieces both section builders use: labels, captions, values and item lists
(each in one or two versions, see :mod:`~profstandards.render.versions`), row groups
under a spanning cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from profstandards import model
from profstandards.render.blocks import Cell, Key, Para, Row, Run, Status, Table
from profstandards.render.versions import Pair, Pairing, pair_up, spans

PLACEHOLDER = model.Item("")  # the one entry of an empty list: printed «-»


def label(text: str, style: str = "label") -> Para:
    return Para([Run(text)], style)


def caption(text: str, note: Pair[str | None] | None = None, colspan: int = 1) -> Cell:
    """A caption cell under a boxed value (small type, no border); its text may end with
    a note mark: «(код ОКЗ¹)»."""
    marks = runs(note, sup=True) if note is not None else []
    parts = [Run(text[:-1]), *marks, Run(text[-1])] if marks else [Run(text)]
    return Cell([Para(parts, "caption")], colspan=colspan, border="none")


# --- texts in two versions -----------------------------------------------------------

def run(texts: Pair[str], key: Key | None = None, sup: bool = False) -> Run:
    """The run of a text that each version has (or one of them: ``None`` in the other)."""
    old, new = texts.old, texts.new
    if old == new:
        return Run(texts.one, key, sup)
    if old is None:
        return Run(texts.one, key, sup, status=Status.INS)
    if new is None:
        return Run(old, key, sup, status=Status.DEL)
    return Run(new, key, sup, old=old)


def runs(texts: Pair[str | None], key: Key | None = None, sup: bool = False) -> list[Run]:
    """:func:`run`, or no run when neither version has the text."""
    if texts.old is None and texts.new is None:
        return []
    return [run(cast(Pair[str], texts), key, sup)]  # a side without text is None either way


def value(node: Pair, field: str, key: Key, style: str = "cell",
          align: str | None = None) -> Para:
    """A paragraph printing ``node.<field>``."""
    if node.old is node.new:  # one version: the common case, kept quick
        return Para([Run(getattr(node.new, field), key)], style, align)
    return Para([run(node.get(field), key)], style, align)


def zip_runs(sides: Pair[list[Run]]) -> list[Run]:
    """The runs of one paragraph built for each version: run by run where both have the
    same runs (values under the same keys), else the old runs deleted and the new ones
    inserted."""
    old, new = sides.old, sides.new
    if old is new or old is None or new is None:
        return sides.one
    if len(old) == len(new) and all(a.key == b.key and a.sup == b.sup
                                    for a, b in zip(old, new, strict=True)):
        return [run(Pair(a.text, b.text), b.key, b.sup) for a, b in zip(old, new, strict=True)]
    return [*(replace(r, status=Status.DEL) for r in old),
            *(replace(r, status=Status.INS) for r in new)]


def stamp(blocks: list[Para | Table], status: Status) -> list[Para | Table]:
    """Mark every paragraph and table row of ``blocks`` as being in one version only."""
    if status is not Status.KEEP:
        for block in blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    row.status = status
            else:
                block.status = status
    return blocks


# --- lists ------------------------------------------------------------------------------

def items(node: Pair, field: str, pairing: Pairing) -> list[Pair[model.Item]]:
    """The items of a text list in both versions interleaved; an empty list has one
    :data:`PLACEHOLDER` entry (so a list of one «-» pairs with an empty one)."""
    lists = node.map(lambda n: getattr(n, field).items or [PLACEHOLDER])
    return pair_up(lists, lambda a, b: pairing.items([x.text for x in a], [x.text for x in b]))


def item_paras(node: Pair, scope: str, field: str, style: str,
               pairing: Pairing) -> list[Para]:
    """One paragraph per item of a text list; «-» for an empty list."""
    return entry_paras(items(node, field, pairing), scope, field, style)


def entry_paras(entries: list[Pair[model.Item]], scope: str, field: str,
                style: str) -> list[Para]:
    out = []
    old = new = -1  # each version's index of the entry
    for entry in entries:
        a, b = entry.old, entry.new
        old += a is not None
        new += b is not None
        one, index = (b, new) if b is not None else (a, old)
        key = Key(scope, field, None if one is PLACEHOLDER else index)
        if a is b and b is not None:
            out.append(Para([Run(b.text, key)], style))
        else:
            texts = Pair(None if a is None else a.text, None if b is None else b.text)
            out.append(Para([run(texts, key)], style, status=entry.status))
    return out


def unit_entries(node: Pair, field: str, pairing: Pairing,
                 ) -> list[Pair[tuple[int, model.ClassifierUnit]]]:
    """The classifier units of a list in both versions interleaved, each with its index."""
    lists: Pair[Sequence[tuple[int, model.ClassifierUnit]]] = node.map(
        lambda n: list(enumerate(getattr(n, field) or ())))
    return pair_up(lists, lambda a, b: pairing.units([u for _, u in a], [u for _, u in b]))


def unit_cells(entry: Pair[tuple[int, model.ClassifierUnit]], scope: str,
               field: str) -> list[Cell]:
    """The code and the name cell of a classifier unit."""
    index = entry.one[0]
    unit = entry.map(lambda pair: pair[1])
    return [Cell([value(unit, "code", Key(scope, field, index, "code"))]),
            Cell([value(unit, "name", Key(scope, field, index, "name"))])]


def grouped_rows(lead: list[Cell], entries: list[tuple[Status, list[Cell]]]) -> list[Row]:
    """A row per entry (its status and cells), the ``lead`` cells spanning them in the
    first row.  In two versions the spanning cells are cut where a version's first row
    needs them (:func:`~profstandards.render.versions.spans`)."""
    cuts = spans([status for status, _ in entries])
    rows = []
    for start, stop, text in cuts:
        if len(cuts) == 1 and text is Status.KEEP:
            for cell in lead:
                cell.rowspan = stop
            cells = lead
        else:
            cells = [_lead(cell, text, stop - start) for cell in lead]
        rows.append(Row(cells + entries[start][1], status=entries[start][0]))
        rows += [Row(cells, status=status) for status, cells in entries[start + 1:stop]]
    return rows


def _lead(cell: Cell, text: Status | None, rowspan: int) -> Cell:
    """A spanning cell over ``rowspan`` rows, with its text in the versions ``text``
    says (``None``: empty)."""
    if text is Status.KEEP:
        paras = cell.paras
    else:
        paras = [replace(p, status=text) for p in cell.paras
                 if text is not None and p.status in (Status.KEEP, text)]
    return replace(cell, paras=paras or [Para([], cell.paras[0].style)], rowspan=rowspan)


def anchor(number: Pair[str]) -> str:
    """The contents' target of a numbered heading («s3.2»; a heading of the old version
    only: «s3.2.old»)."""
    return f"s{number.new}" if number.new is not None else f"s{number.old}.old"
