"""Safe fixes: pure functions from a document to a fixed copy plus the list of changes.

"Safe" means the fix cannot change what the standard says, only how the registry
spelled it, and it never drops an item:

* :func:`fold_code_letters` — Cyrillic look-alike letters in ОТФ/ТФ codes → Latin;
* :func:`strip_spaces` — leading/trailing whitespace of every value;
* :func:`unswap_skills_knowledge` — a standard whose skills and knowledge lists were
  exported swapped (see :mod:`profstandards.swap`) gets them back in place;
* :func:`split_merged_items` — a list item holding several lines joined by CR LF
  (``&#13;``) becomes one item per line, when that is unambiguous (see
  :func:`split_parts`).

:func:`apply_safe` runs them all (``profstandards fix``, ``diff --normalize``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from profstandards import fields, function_codes, model, swap
from profstandards.i18n import Msg


@dataclass(frozen=True)
class Change:
    """One change a fix made: where, which field, the old and the new value."""

    fix: str  # the fixing function's name
    loc: model.Loc
    field: str
    old: str
    new: str
    msg: Msg

    def message(self, lang: str | None = None) -> str:
        """The change on one line (line breaks in the values shown as ``\\n``)."""
        return self.msg.render({"field": self.field, "old": _one_line(self.old),
                                "new": _one_line(self.new)}, lang)


CODE_FOLDED = Msg("{field}: «{old}» → «{new}» (кириллические буквы заменены латинскими)",
                  "{field}: '{old}' -> '{new}' (Cyrillic letters replaced by Latin ones)")
SPACES = Msg("{field}: убраны пробелы по краям «{old}»",
             "{field}: leading/trailing whitespace removed from '{old}'")
UNSWAPPED = Msg("{field}: умения и знания выгружены реестром наоборот — списки поменяны "
                "местами ({old} → {new})",
                "{field}: skills and knowledge were exported swapped; lists exchanged "
                "({old} -> {new})")
SPLIT = Msg("{field}: элемент из нескольких строк «{old}» разделён на {new}",
            "{field}: multi-line item '{old}' split into {new}")


def _one_line(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


Fix = Callable[[model.Document], tuple[model.Document, list[Change]]]


def _copy(document: model.Document) -> model.Document:
    return copy.deepcopy(document)


def fold_code_letters(document: model.Document) -> tuple[model.Document, list[Change]]:
    doc = _copy(document)
    changes: list[Change] = []
    for standard in doc.standards:
        for gf in standard.functions:
            nodes: list[model.Node] = [gf, *gf.functions]
            for node in nodes:
                old = node.code  # type: ignore[attr-defined]
                new = function_codes.fold(old)
                if new != old:
                    node.code = new  # type: ignore[attr-defined]
                    changes.append(Change("fold_code_letters", node.where("code"), "code",
                                          old, new, CODE_FOLDED))
    return doc, changes


def strip_spaces(document: model.Document) -> tuple[model.Document, list[Change]]:
    doc = _copy(document)
    changes: list[Change] = []
    for node in model.walk(doc):
        if isinstance(node, model.Item):
            stripped = node.text.strip()
            if stripped != node.text:
                changes.append(Change("strip_spaces", node.loc, "text", node.text, stripped,
                                      SPACES))
                node.text = stripped
            continue
        if isinstance(node, model.Seq | model.Document):
            continue
        for name in model.text_fields(node):
            value = getattr(node, name)
            stripped = value.strip()
            if stripped != value:
                changes.append(Change("strip_spaces", node.where(name), name, value, stripped,
                                      SPACES))
                setattr(node, name, stripped)
    return doc, changes


def unswap_skills_knowledge(document: model.Document) -> tuple[model.Document, list[Change]]:
    doc = _copy(document)
    changes: list[Change] = []
    for i, standard in enumerate(doc.standards.items):
        verdict = swap.detect(standard)
        if verdict.swapped:
            doc.standards.items[i] = swap.unswap(standard)
            changes.append(Change(
                "unswap_skills_knowledge", standard.loc, "skills/knowledge",
                f"{verdict.skills}/{verdict.knowledge}", f"{verdict.knowledge}/{verdict.skills}",
                UNSWAPPED))
    return doc, changes




def split_merged_items(document: model.Document) -> tuple[model.Document, list[Change]]:
    doc = _copy(document)
    changes: list[Change] = []
    for node in model.walk(doc):
        for name in fields.ITEM_LISTS:
            seq = getattr(node, name, None)
            if not isinstance(seq, model.Seq):
                continue
            items: list[model.Item] = []
            for item in seq.items:
                parts = split_parts(item.text)
                if parts:
                    changes.append(Change("split_merged_items", item.loc, name, item.text,
                                          str(len(parts)), SPLIT))
                    items.extend(model.Item(part, item.loc) for part in parts)
                else:
                    items.append(item)
            seq.items = items
    return doc, changes


def split_parts(text: str) -> list[str] | None:
    """The items merged into ``text`` by line breaks, or ``None`` if it is not
    unambiguously several items.

    Unambiguous means: more than one line, no blank line, and every line after the first
    starts with a capital letter or a digit, as a new item does (a line that starts in
    lower case continues a wrapped sentence and is left alone).
    """
    if "\r" not in text and "\n" not in text:
        return None
    parts = [line.strip() for line in
             text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")]
    if len(parts) < 2 or not all(parts) or not all(p[0].isupper() or p[0].isdigit()
                                                    for p in parts[1:]):
        return None
    return parts


SAFE_FIXES: tuple[Fix, ...] = (unswap_skills_knowledge, fold_code_letters, split_merged_items,
                               strip_spaces)


def apply_safe(document: model.Document,
               fixes: tuple[Fix, ...] = SAFE_FIXES) -> tuple[model.Document, list[Change]]:
    """All safe fixes in turn; the document's items are never dropped."""
    changes: list[Change] = []
    for fix in fixes:
        document, made = fix(document)
        changes += made
    return document, changes
