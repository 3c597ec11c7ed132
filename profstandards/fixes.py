"""Safe fixes: pure functions from a document to a fixed copy plus the list of changes.

"Safe" means the fix cannot change what the standard says, only how the registry
spelled it, and it never drops an item:

* :func:`fold_code_letters` — Cyrillic look-alike letters in ОТФ/ТФ codes → Latin;
* :func:`strip_spaces` — leading/trailing whitespace of every value;
* :func:`unswap_skills_knowledge` — a standard whose skills and knowledge lists were
  exported swapped (see :mod:`profstandards.swap`) gets them back in place;
* :func:`unescape_breaks` — line breaks the registry kept as the text «<br />» (and
  «&nbsp;») written as a line break (a space), in values with no other markup;
* :func:`split_merged_items` — a list item holding several lines joined by CR LF
  (``&#13;``) becomes one item per line, when that is unambiguous (see
  :func:`split_parts`).

:func:`apply_safe` runs them all (``profstandards fix``, ``diff --normalize``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from profstandards import fields, function_codes, markup, model, swap
from profstandards.i18n import Msg


@dataclass(frozen=True)
class Change:
    """One change a fix made: where, which field, the old and the new value."""

    fix: str  # the fixing function's name
    loc: model.Loc
    field: str  # the model attribute (``text`` for a list item)
    old: str
    new: str
    msg: Msg
    where: Msg | None = None  # the value as a reader names it: «Трудовые действия» ТФ A/01.5, п. 2

    def message(self, lang: str | None = None) -> str:
        """The change on one line (line breaks in the values shown as ``\\n``)."""
        where = self.where.render(lang=lang) if self.where is not None else self.field
        return self.msg.render({"field": where, "old": _one_line(self.old),
                                "new": _one_line(self.new)}, lang)


def describe(field: fields.Field, scope: str, index: int | None = None,
             part: str | None = None) -> Msg:
    """A value as a reader names it: «Код ТФ A/01.5», «Трудовые действия» ТФ A/01.5, п. 2,
    ОКЗ ОТФ B, строка 1, код; «Основная цель вида профессиональной деятельности»."""
    if field.owner in (fields.Owner.GF, fields.Owner.WF):
        kind = ("ОТФ", "GWF") if field.owner is fields.Owner.GF else ("ТФ", "WF")
        if field.shape is fields.Shape.TEXT:
            ru, en = f"{field.title.ru} {scope}", f"{field.title.en} {scope}"
        else:
            ru, en = f"{field.quoted.ru} {kind[0]} {scope}", f"{field.quoted.en} {kind[1]} {scope}"
    else:
        ru, en = field.quoted.ru, field.quoted.en
    if index is not None:
        if field.shape is fields.Shape.UNITS:
            ru, en = f"{ru}, строка {index + 1}", f"{en}, row {index + 1}"
        else:
            ru, en = f"{ru}, п. {index + 1}", f"{en}, item {index + 1}"
    if part is not None:
        ru += ", код" if part == "code" else ", наименование"
        en += f", {part}"
    return Msg(ru, en)


CODE_FOLDED = Msg("{field}: «{old}» → «{new}» (кириллические буквы заменены латинскими)",
                  "{field}: '{old}' -> '{new}' (Cyrillic letters replaced by Latin ones)")
SPACES = Msg("{field}: убраны пробелы по краям «{old}»",
             "{field}: leading/trailing whitespace removed from '{old}'")
UNSWAPPED = Msg("{field}: умения и знания выгружены реестром наоборот — списки поменяны "
                "местами ({old} → {new})",
                "{field}: skills and knowledge were exported swapped; lists exchanged "
                "({old} -> {new})")
UNESCAPED = Msg("{field}: «<br />» и «&nbsp;» записаны переносом строки и пробелом «{old}» → "
                "«{new}»",
                "{field}: '<br />' and '&nbsp;' written as a line break and a space '{old}' -> "
                "'{new}'")
SPLIT = Msg("{field}: элемент из нескольких строк «{old}» разделён на {new}",
            "{field}: multi-line item '{old}' split into {new}")


def _one_line(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


Fix = Callable[[model.Document], tuple[model.Document, list[Change]]]


def _copy(document: model.Document) -> model.Document:
    return copy.deepcopy(document)


def _rewrite_texts(document: model.Document, fix: str, msg: Msg,
                   rewrite: Callable[[str], str],
                   only: Callable[[fields.Field], bool] = lambda f: True,
                   ) -> tuple[model.Document, list[Change]]:
    """Every text value (list items and classifier rows included; of the fields ``only``
    accepts) of a copy of ``document`` through ``rewrite``; a value it changes is one
    :class:`Change`."""
    doc = _copy(document)
    changes: list[Change] = []
    for standard in doc.standards:
        for value in list(fields.values(standard)):
            if not only(value.field):
                continue
            new = rewrite(value.text)
            if new == value.text:
                continue
            attr, loc = value.attr, value.loc
            setattr(value.node, attr, new)
            changes.append(Change(fix, loc, attr, value.text, new, msg, describe(
                value.field, value.scope, value.index, value.part)))
    return doc, changes


def fold_code_letters(document: model.Document) -> tuple[model.Document, list[Change]]:
    return _rewrite_texts(document, "fold_code_letters", CODE_FOLDED, function_codes.fold,
                          lambda f: f.name == "code" and f.owner in (fields.Owner.GF,
                                                                      fields.Owner.WF))


def strip_spaces(document: model.Document) -> tuple[model.Document, list[Change]]:
    return _rewrite_texts(document, "strip_spaces", SPACES, str.strip)


def unescape_breaks(document: model.Document) -> tuple[model.Document, list[Change]]:
    return _rewrite_texts(document, "unescape_breaks", UNESCAPED, lambda text: (
        markup.unescape(text) if markup.only_breaks(text) else text))


def unswap_skills_knowledge(document: model.Document) -> tuple[model.Document, list[Change]]:
    doc = _copy(document)
    changes: list[Change] = []
    for i, standard in enumerate(doc.standards.items):
        verdict = swap.detect(standard)
        if verdict.swapped:
            doc.standards.items[i] = swap.unswap(standard)
            skills, knowledge = fields.get("wf", "skills"), fields.get("wf", "knowledge")
            changes.append(Change(
                "unswap_skills_knowledge", standard.loc, "skills/knowledge",
                f"{verdict.skills}/{verdict.knowledge}", f"{verdict.knowledge}/{verdict.skills}",
                UNSWAPPED, Msg(f"{skills.quoted.ru} и {knowledge.quoted.ru} всех ТФ",
                               f"{skills.quoted.en} and {knowledge.quoted.en} of every WF")))
    return doc, changes


def split_merged_items(document: model.Document) -> tuple[model.Document, list[Change]]:
    doc = _copy(document)
    changes: list[Change] = []
    for standard in doc.standards:
        for owner, node in fields.owners(standard):
            for field in fields.of(owner, fields.Shape.ITEMS):
                seq = field.items(node)
                items: list[model.Item] = []
                for index, item in enumerate(seq.items):
                    parts = split_parts(item.text)
                    if parts:
                        changes.append(Change(
                            "split_merged_items", item.loc, field.name, item.text,
                            str(len(parts)), SPLIT,
                            describe(field, fields.scope_of(owner, node), index)))
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


TITLES: dict[str, Msg] = {
    "unswap_skills_knowledge": Msg("умения и знания, перепутанные выгрузкой, меняются местами",
                                   "skills and knowledge swapped by the export are exchanged"),
    "fold_code_letters": Msg("кириллические буквы в кодах заменяются латинскими",
                             "Cyrillic letters in codes are replaced by Latin ones"),
    "unescape_breaks": Msg("«<br />» и «&nbsp;» записываются переносом строки и пробелом",
                           "'<br />' and '&nbsp;' are written as a line break and a space"),
    "split_merged_items": Msg("элемент из нескольких строк делится на элементы, если это "
                              "однозначно", "a multi-line item is split where unambiguous"),
    "strip_spaces": Msg("убираются пробелы по краям значения",
                        "leading and trailing whitespace is removed"),
}
"""What each safe fix does, for people (``profstandards rules``, docs/rules.md)."""

SAFE_FIXES: tuple[Fix, ...] = (unswap_skills_knowledge, fold_code_letters, unescape_breaks,
                               split_merged_items, strip_spaces)


def apply_safe(document: model.Document,
               fixes: tuple[Fix, ...] = SAFE_FIXES) -> tuple[model.Document, list[Change]]:
    """All safe fixes in turn; the document's items are never dropped."""
    changes: list[Change] = []
    for fix in fixes:
        document, made = fix(document)
        changes += made
    return document, changes
