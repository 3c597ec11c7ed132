"""Small pieces both section builders use: labels, captions, item lists, code keys."""

from __future__ import annotations

from profstandards import codes, model
from profstandards.render.blocks import Cell, Key, Para, Run, para


def code_key(code: str) -> str:
    """The key scope of an ОТФ/ТФ code: stripped, Cyrillic look-alikes folded to Latin."""
    return codes.fold(code.strip())


def label(text: str, style: str = "label") -> Para:
    return Para([Run(text)], style)


def caption(text: str, note: str | None = None, colspan: int = 1) -> Cell:
    """A caption cell under a boxed value (small type, no border); its text may end with
    a note mark: «(код ОКЗ¹)»."""
    runs = [Run(text)] if note is None else [Run(text[:-1]), Run(note, sup=True),
                                             Run(text[-1])]
    return Cell([Para(runs, "caption")], colspan=colspan, border="none")


def item_paras(seq: model.Seq[model.Item], scope: str, field: str, style: str) -> list[Para]:
    """One paragraph per item of a text list; «-» for an empty list."""
    paras = [para(item.text, style, key=Key(scope, field, i)) for i, item in enumerate(seq)]
    return paras or [para("", style, key=Key(scope, field))]
