"""``comments apply``: the accepted rows of a сводка → a new revision of the standard.

A row is applied when its «Решение разработчика» begins with «принято» (also «принято
частично», «учтено») and its «Предлагаемая редакция» is filled: the element named in
«Структурный элемент проекта» (:func:`profstandards.comments.entries.parse`) gets the
proposed wording — a value is replaced, a list item replaced, removed («Исключить») or
added («новый пункт после п. N»).  The draft wording in «Редакция проекта» must still
be the value's wording (spaces and case aside); if the item moved, the item with that
wording is taken.  Every row is resolved against the standard as it was, so rows on one
list do not shift each other's item numbers; two accepted rows on one value — the
second is not applied.  A proposal on a whole section, ОТФ or ТФ is not applied (it
says what to do, not the wording), except a new name for an ОТФ/ТФ given on its row of
the comments form.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

from profstandards import fields, model
from profstandards.comments import entries as rows_
from profstandards.comments.entries import Element
from profstandards.comments.locate import norm
from profstandards.comments.svodka import REMOVE, Line
from profstandards.i18n import Msg
from profstandards.render.blocks import code_key
from profstandards.render.keys import node_of

ACCEPTED = re.compile(r"^\s*(?:принят[оаы]?|учтен[оаы]?)(?:\s+частично)?(?![\w-])", re.I)

APPLIED = Msg("№ {number}: {element} — {what}", "No. {number}: {element} — {what}")
NOT_APPLIED = Msg("№ {number}: {element} — не внесено: {why}",
                  "No. {number}: {element} — not applied: {why}")
REPLACED = Msg("заменено", "replaced")
REMOVED = Msg("исключено", "removed")
ADDED = Msg("добавлено", "added")
UNKNOWN = Msg("не понятно, к какому элементу относится строка («{text}»)",
              "cannot tell which element the row is about ('{text}')")
WHOLE = Msg("предложение относится к разделу, ОТФ или ТФ целиком — внесите его вручную",
            "the proposal is on a whole section, ОТФ or ТФ: make the change by hand")
GONE = Msg("такого элемента в стандарте нет ({what})", "the standard has no such element "
           "({what})")
MOVED = Msg("редакция проекта не совпадает с текущей: сейчас «{now}»",
            "the draft wording no longer matches: it now reads '{now}'")
TAKEN = Msg("это значение уже изменено строкой № {other}",
            "the value was already changed by row No. {other}")
NO_ITEM = Msg("укажите номер пункта", "give the item number")
CANNOT = Msg("поле «{field}» этой командой не изменяется", "field '{field}' is not changed "
             "by this command")


def accepted(decision: str) -> bool:
    """«принято», «принято частично», «учтено» (not «не принято», «отклонено»)."""
    return bool(ACCEPTED.match(decision.strip()))


@dataclass
class Outcome:
    number: str
    element: str
    msg: Msg
    params: dict[str, object] = field(default_factory=dict)
    applied: bool = True

    def message(self, lang: str | None = None) -> str:
        what = self.msg.render(self.params, lang)
        template = APPLIED if self.applied else NOT_APPLIED
        return template.render({"number": self.number, "element": self.element,
                                "what": what, "why": what}, lang)


@dataclass
class _Op:
    line: Line
    element: Element
    kind: str  # "text", "replace", "remove", "insert"
    node: object  # the owner node (text) or the Seq (lists)
    field: fields.Field
    target: object | None  # the item/unit replaced or removed; the one inserted after
    value: str


def apply(lines: list[Line], document: model.Document) -> tuple[model.Document, list[Outcome]]:
    """A copy of ``document`` (one standard) with the accepted rows applied, and what
    became of each accepted row with a proposal."""
    document = copy.deepcopy(document)
    standard = document.standards[0]
    outcomes: list[Outcome] = []
    ops: list[_Op] = []
    claimed: dict[int | tuple[int, str], str] = {}  # a target, or (owner, text field)
    for line in lines:
        if not accepted(line.decision) or not line.proposed.strip():
            continue
        element = rows_.parse(line.element, standard)
        shown = rows_.describe(element, standard) if element else line.element.strip()
        op_or_why = _resolve(line, element, standard)
        if isinstance(op_or_why, Outcome):
            op_or_why.number, op_or_why.element = line.number, shown
            outcomes.append(op_or_why)
            continue
        op = op_or_why
        shown = rows_.describe(op.element, standard)
        target = id(op.target) if op.kind != "insert" and op.target is not None else \
            (id(op.node), op.field.name) if op.kind == "text" else None
        if target is not None and target in claimed:
            outcomes.append(Outcome(line.number, shown, TAKEN, {"other": claimed[target]},
                                    False))
            continue
        if target is not None:
            claimed[target] = line.number
        ops.append(op)
        what = {"text": REPLACED, "replace": REPLACED, "remove": REMOVED, "insert": ADDED}
        outcomes.append(Outcome(line.number, shown, what[op.kind]))
    _execute(ops)
    return document, outcomes


def _fail(msg: Msg, **params: object) -> Outcome:
    return Outcome("", "", msg, params, False)


def _proposed(line: Line) -> str:
    text = "\n".join(part.strip() for part in line.proposed.strip().split("\n"))
    return "" if norm(text) in (norm(REMOVE), "удалить") else text


def _resolve(line: Line, element: Element | None, standard: model.Standard) -> _Op | Outcome:
    if element is None:
        return _fail(UNKNOWN, text=" ".join(line.element.split()) or "—")
    if element.code is not None and element.field is None and \
            norm(line.draft) and _scope_name(standard, element) == norm(line.draft):
        element = Element(element.section, element.code, "name")  # a form's ОТФ/ТФ row
    f = rows_.field_of(element, standard)
    if element.field is None or f is None:
        return _fail(WHOLE) if element.field is None else _fail(CANNOT, field=element.field)
    node = _node(standard, element, f)
    if node is None:
        return _fail(GONE, what=element.code or element.section)
    value = _proposed(line)
    if f.shape is fields.Shape.TEXT:
        now = getattr(node, f.name)
        if norm(line.draft) != norm(now) and line.draft.strip() not in ("", "-"):
            return _fail(MOVED, now=now.strip())
        return _Op(line, element, "text", node, f, None, value)
    if f.shape not in (fields.Shape.ITEMS, fields.Shape.UNITS):
        return _fail(CANNOT, field=f.label.ru)
    seq = getattr(node, f.name)
    if seq is None:
        seq = model.Seq([])
        setattr(node, f.name, seq)
    if element.item is None:
        return _fail(NO_ITEM)
    if element.new:
        after = element.item - 1
        if after > len(seq):
            return _fail(GONE, what=f"п. {after}")
        return _Op(line, element, "insert", seq, f, seq[after - 1] if after else None, value)
    index = element.item - 1
    target = seq[index] if index < len(seq) else None
    if target is None or not _same(line.draft, target):
        moved = [x for x in seq if _same(line.draft, x)] if norm(line.draft) else []
        if len(moved) == 1:
            target = moved[0]
            element = replace(element, item=seq.items.index(target) + 1)
        elif target is None:
            return _fail(GONE, what=f"п. {element.item}")
        else:
            return _fail(MOVED, now=_text(target))
    return _Op(line, element, "remove" if not value else "replace", seq, f, target, value)


def _scope_name(standard: model.Standard, element: Element) -> str:
    node = node_of(standard, code_key(element.code or ""))
    return norm(getattr(node, "name", "") or "")


def _node(standard: model.Standard, element: Element, f: fields.Field) -> object | None:
    owner = f.owner
    if owner in (fields.GF, fields.WF):
        node = node_of(standard, code_key(element.code or ""))
        wanted = model.WorkFunction if owner is fields.WF else model.GeneralizedFunction
        return node if isinstance(node, wanted) else None
    return {fields.Owner.STANDARD: standard, fields.Owner.GENERAL: standard.general,
            fields.Owner.RESPONSIBLE: standard.developers.responsible,
            fields.Owner.DEVELOPERS: standard.developers}[owner]


def _text(entry: object) -> str:
    if isinstance(entry, model.ClassifierUnit):
        return " ".join(t for t in (entry.code.strip(), entry.name.strip()) if t)
    return getattr(entry, "text", "")


def _same(draft: str, entry: object) -> bool:
    if not draft.strip() or draft.strip() == "-":
        return True  # no draft wording given: the item number decides
    return norm(draft) == norm(_text(entry))


def _unit(text: str, old: model.ClassifierUnit | None) -> model.ClassifierUnit:
    """«code name» → a classifier unit (the old code kept when the text starts with it)."""
    text = " ".join(text.split())
    if old is not None and old.code.strip() and text.startswith(old.code.strip() + " "):
        return model.ClassifierUnit(old.code, text[len(old.code.strip()) + 1:])
    first, _, rest = text.partition(" ")
    if re.fullmatch(r"[\d.\-–]+[\dA-Za-zА-Яа-я]*", first) and rest:
        if old is not None and first.rstrip(".") == old.code.strip().rstrip("."):
            first = old.code  # the same code as the file spells it («2511.»)
        return model.ClassifierUnit(first, rest)
    return model.ClassifierUnit(old.code if old is not None else "", text)


def _execute(ops: list[_Op]) -> None:
    for op in ops:
        if op.kind == "text":
            setattr(op.node, op.field.name, op.value)
    by_seq: dict[int, tuple[model.Seq, list[_Op]]] = {}
    for op in ops:
        if op.kind != "text":
            seq = cast(model.Seq, op.node)  # a list edit's node is the Seq (see _Op)
            by_seq.setdefault(id(seq), (seq, []))[1].append(op)
    for seq, seq_ops in by_seq.values():
        units = seq.items and isinstance(seq.items[0], model.ClassifierUnit) or \
            seq_ops[0].field.shape is fields.Shape.UNITS

        def make(text: str, old: object | None, units: bool = units) -> object:
            if units:
                return _unit(text, old if isinstance(old, model.ClassifierUnit) else None)
            return model.Item(text)
        replaced = {id(op.target): op for op in seq_ops if op.kind in ("replace", "remove")}
        inserted: dict[int | None, list[_Op]] = {}
        for op in seq_ops:
            if op.kind == "insert":
                inserted.setdefault(id(op.target) if op.target is not None else None,
                                    []).append(op)
        items: list[object] = [make(op.value, None) for op in inserted.get(None, [])]
        for entry in seq.items:
            change = replaced.get(id(entry))
            if change is None:
                items.append(entry)
            elif change.kind == "replace":
                if isinstance(entry, model.Item):
                    entry.text = change.value
                    items.append(entry)
                else:
                    items.append(make(change.value, entry))
            items += [make(op.value, None) for op in inserted.get(id(entry), [])]
        seq.items = items


def apply_svodka(svodka_path: str | Path, standard_path: str | Path
                 ) -> tuple[bytes, list[Outcome]]:
    """``comments apply``: the сводка read back (also after Word or LibreOffice saved it),
    its accepted rows applied to the standard, and the new revision's bytes in the style
    the standard's file had.  Raises :class:`~profstandards.errors.InputError` for a file
    that cannot be read, another standard, or a сводка whose header was changed."""
    from profstandards import office
    from profstandards.comments import svodka
    from profstandards.comments.collect import read_standard
    from profstandards.xmlio import writer

    data, result = read_standard(standard_path)
    lines = svodka.read(office.load(svodka_path))
    document, outcomes = apply(lines, result.document)
    return writer.dumps(document, writer.style_of(data)), outcomes
