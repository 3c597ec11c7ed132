"""One reviewer's file → rows of the сводка: Word comments, tracked changes, filled forms.

* a **comment** becomes a row for the value(s) its range covers: one value — that
  value; several items of one list — the list; several fields of one ОТФ/ТФ — the
  ОТФ/ТФ.  A comment on a label goes to the value beside it, on a heading to its
  section, ОТФ or ТФ.  A comment that quotes a wording («изложить в редакции: «…»»)
  also gives the proposed wording;
* a **tracked change** inside a value gives the draft wording and the proposed wording
  of the whole value (all deleted: remove it); new paragraphs or rows typed after an
  item are new items after it;
* a **filled form** (:mod:`.form`) gives a row per filled row.

Whatever cannot be placed is kept, with its text, as a row without an element.
Author and date come from the comment or the revision; the file name stands in for a
missing author.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from profstandards import fields, model
from profstandards.comments import form
from profstandards.comments.entries import Element, Entry
from profstandards.comments.locate import (
    Matcher,
    element_of,
    field_of,
    list_of,
    norm,
    scope_element,
    value_text,
)
from profstandards.comments.slots import Layout, Slot
from profstandards.comments.stream import DEL, INS, Body, Piece, Revision, text_of
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.render.blocks import Key
from profstandards.render.printing import display

OTHER_STANDARD = Msg(
    "документ относится к другому стандарту{found}: с проектом совпадает {equal} из {total} "
    "помеченных значений",
    "the document is about another standard{found}: {equal} of its {total} anchored values "
    "match the draft")
NOTHING_OF_IT = Msg(
    "в документе не найдено ни одного значения стандарта «{name}» — это отзыв на другой "
    "стандарт?", "no value of the standard '{name}' was found in the document: a review "
    "of another standard?")
NO_AUTHORS = {"", "unknown author", "автор неизвестен", "author", "автор", "user",
              "пользователь", "python-docx"}
_PROPOSAL = re.compile(r"(?:в\s+(?:следующей\s+)?редакции|заменить\s+на|читать\s+как|"
                       r"изложить\s+так)\s*:?\s*[«\"“](.+?)[»\"”]\s*\.?\s*$", re.I | re.S)
ITEM_SHAPES = (fields.Shape.ITEMS, fields.Shape.UNITS)


def read(body: Body, standard: model.Standard, source: str) -> list[Entry]:
    """The rows of one review (see the module docstring); raises :class:`InputError` for
    a review of another standard."""
    involved = _involved(body)
    matcher = Matcher(standard)
    layout = Layout(body, standard, matcher, involved)
    _check_identity(layout, source)
    forms = form.find(body)
    in_forms = {p.index for p in body.paras if p.table in forms}
    reader = _Reader(layout, source)
    entries = reader.revisions(in_forms)
    entries += reader.comments()
    for table, columns in forms.items():
        entries += form.rows(layout, table, columns, source, reader.element, reader.author)
    return _fold_comments_into_proposals(entries)


def _involved(body: Body) -> set[int]:
    """Paragraphs with a comment or a tracked change."""
    out = set()
    for p in body.paras:
        if p.revised or p.comment_points or any(piece.comments for piece in p.pieces):
            out.add(p.index)
    return out


def _check_identity(layout: Layout, source: str) -> None:
    equal, total, name = layout.identity()
    standard = layout.standard
    if layout.anchored:
        if equal * 2 < total:
            found = f" («{name}»)" if name and norm(name) != norm(standard.name) else ""
            raise InputError(source, OTHER_STANDARD, found=found, equal=equal, total=total)
        return
    placed = sum(1 for s in layout.slots.values() if s.name.startswith("#"))
    text = norm(" ".join(p.text() for p in layout.body.paras))
    if not placed and norm(standard.name) not in text and len(text) > 200:
        raise InputError(source, NOTHING_OF_IT, name=display(standard.name))


def author_or(author: str, source: str) -> str:
    """The author, or (when the file names none) the file name without its extension."""
    return author.strip() if author.strip().lower() not in NO_AUTHORS else Path(source).stem


def day(date: str) -> str | None:
    """``2025-03-14T10:00:00Z`` → ``2025-03-14`` (``None`` if there is no date)."""
    m = re.match(r"\d{4}-\d{2}-\d{2}", date.strip())
    return m[0] if m else None


def proposal_in(comment: str) -> str | None:
    """The wording a comment proposes in quotes («изложить в редакции: «…»»), if any."""
    m = _PROPOSAL.search(comment)
    return m[1].strip() if m else None


class _Reader:
    def __init__(self, layout: Layout, source: str) -> None:
        self.layout = layout
        self.standard = layout.standard
        self.source = source
        self.new_items: dict[int, Element] = {}  # inserted paragraph → its new item

    def author(self, author: str) -> str:
        return author_or(author, self.source)

    # --- elements -----------------------------------------------------------------------

    def field(self, key: Key) -> fields.Field | None:
        return field_of(key, self.standard)

    def element(self, slots: list[Slot], texts: dict[str, str] | None = None
                ) -> list[tuple[Element, str | None]]:
        """The elements a group of slots names, each with its draft wording: one value,
        one list (several of its items), or one ОТФ/ТФ (several of its fields)."""
        out: list[tuple[Element, str | None]] = []
        by_scope: dict[str, list[Slot]] = {}
        for slot in slots:
            if slot.key is not None:
                by_scope.setdefault(slot.key.scope, []).append(slot)
        for scope, group in by_scope.items():
            section = group[0].section
            keys = [s.key for s in group if s.key is not None]
            names = list(dict.fromkeys(k.field for k in keys))
            if len(names) == 1:
                rows = list(dict.fromkeys(Key(k.scope, k.field, k.index) for k in keys))
                if len(rows) == 1:
                    key = rows[0]
                    whole = next(k for k in keys if Key(k.scope, k.field, k.index) == key)
                    shown: str | None = " ".join(self.slot_text(s, "original") for s in group)
                    if all(s.key is not None and s.key.part is not None and norm(
                            self.slot_text(s, "original")) == norm(display(value_text(
                                self.standard, s.key, whole_row=False) or "")) for s in group):
                        shown = None  # a classifier row's cell as printed: the whole row
                    out.append((element_of(key, self.standard, section),
                                self.draft(whole, shown)))
                else:
                    element = element_of(Key(scope, names[0]), self.standard, section)
                    drafts = [self.draft(k, None) or "" for k in rows]
                    out.append((element, "\n".join(d for d in drafts if d)))
            else:
                element = scope_element(scope, self.standard, section)
                name = value_text(self.standard, Key(scope, "name")) \
                    if element.code is not None else None
                out.append((element, display(name) if name else None))
        return out

    def draft(self, key: Key, shown: str | None) -> str | None:
        """The draft wording of a value: the standard's, unless the review showed another
        (a review of an earlier draft)."""
        model_text = value_text(self.standard, key)
        if model_text is None:
            return shown
        if shown is None or norm(shown) in (norm(display(model_text)),
                                            norm(display(model_text)).replace(" ", "")):
            return model_text.strip()
        return shown.strip()

    def slot_text(self, slot: Slot, view: str) -> str:
        text = text_of(slot.sorted_pieces(), view)
        return "" if text.strip() == "-" and view == "original" else text

    # --- tracked changes ---------------------------------------------------------------

    def revisions(self, skip: set[int]) -> list[Entry]:
        out: list[Entry] = []
        layout = self.layout
        done: set[str] = set()
        units: dict[Key, list[Slot]] = {}
        for slot in layout.slots.values():
            if slot.key is not None and slot.key.part is not None:
                units.setdefault(Key(slot.key.scope, slot.key.field, slot.key.index), []
                                 ).append(slot)
        for slot in list(layout.slots.values()):
            if slot.name in done or not any(p.revision for _, p in slot.pieces) or \
                    all(i in skip for i in slot.paras):
                continue
            group = [slot]
            if slot.key is not None and slot.key.part is not None:
                group = units[Key(slot.key.scope, slot.key.field, slot.key.index)]
            done.update(s.name for s in group)
            out += self.proposal(group)
        out += self.inserted_paragraphs(skip)
        return out

    def proposal(self, group: list[Slot]) -> list[Entry]:
        """A changed value: its draft and proposed wording; trailing paragraphs of a list
        item that are all new are new items after it."""
        pieces = sorted((pp for s in group for pp in s.pieces), key=lambda x: x[0])
        key = group[0].key
        f = self.field(key) if key is not None else None
        keep: list[Piece] = []
        extra: list[list[Piece]] = []
        first = pieces[0][0][0] if pieces else -1
        for para in dict.fromkeys(pid[0] for pid, _ in pieces):
            in_para = [p for pid, p in pieces if pid[0] == para]
            new = all(p.revision is not None and p.revision.kind == INS for p in in_para)
            if new and para != first and f is not None and f.shape in ITEM_SHAPES:
                extra.append(in_para)
            else:
                keep += in_para
        original = text_of(keep, "original")
        proposed = text_of(keep, "proposed")
        revision = next((p.revision for p in keep + [x for e in extra for x in e]
                         if p.revision is not None), None)
        out: list[Entry] = []
        model_text = value_text(self.standard, key) if key is not None else None
        if not original.strip() and model_text is not None and \
                norm(proposed) == norm(display(model_text)):
            original = proposed  # the value's own text marked inserted (an RTF round trip)
        if norm(original) != norm(proposed):
            shown = "" if original.strip() == "-" else original
            proposed_text = "" if proposed.strip() in ("", "-") else proposed.strip()
            if not shown.strip() and proposed_text and f is not None and \
                    f.shape in ITEM_SHAPES and key is not None and key.index is None:
                # «-» of an empty list replaced: the list's first item.
                element = element_of(key, self.standard, group[0].section)
                out.append(self.entry(Element(element.section, element.code, element.field,
                                              1, True), None, "", proposed_text, revision))
            else:
                for element, draft in self.element(group):
                    out.append(self.entry(element, draft if shown.strip() else draft or None,
                                          "", proposed_text, revision))
        if extra and key is not None:
            base = element_of(key, self.standard, group[0].section)
            after = key.index + 1 if key.index is not None else 0
            for n, new_pieces in enumerate(extra, 1):
                text = text_of(new_pieces, "proposed").strip()
                element = Element(base.section, base.code, base.field, after + n, True)
                self.new_items[new_pieces[0].para] = element
                out.append(self.entry(element, None, "", text, new_pieces[0].revision))
        return out

    def inserted_paragraphs(self, skip: set[int]) -> list[Entry]:
        """Paragraphs outside every value with tracked changes: all new after a list item
        — new items after it; anything else — a row without an element."""
        out: list[Entry] = []
        layout = self.layout
        run: tuple[str, int] | None = None  # (slot after which, items added so far)
        for p in layout.body.paras:
            if p.index in skip or layout.by_para.get(p.index) or not p.revised:
                continue
            original, proposed = p.text("original"), p.text("proposed")
            if not original.strip() and not proposed.strip():
                continue
            revision = next((x.revision for x in p.pieces if x.revision), None) or p.mark
            previous = layout.previous_slot(p.index)
            key = previous.key if previous is not None else None
            f = self.field(key) if key is not None else None
            if not original.strip() and previous is not None and key is not None and \
                    f is not None and f.shape in ITEM_SHAPES:
                count = run[1] + 1 if run is not None and run[0] == previous.name else 1
                run = (previous.name, count)
                base = element_of(key, self.standard, previous.section)
                after = key.index + 1 if key.index is not None else 0
                element = Element(base.section, base.code, base.field, after + count, True)
                self.new_items[p.index] = element
                out.append(self.entry(element, None, "", proposed.strip(), revision))
                continue
            run = None
            out.append(self.entry(None, original.strip() or None, "",
                                  proposed.strip(), revision))
        return out

    # --- comments ------------------------------------------------------------------------

    def comments(self) -> list[Entry]:
        out: list[Entry] = []
        body = self.layout.body
        covered: dict[str, list[tuple[tuple[int, int], Piece]]] = {}
        for p in body.paras:
            for j, piece in enumerate(p.pieces):
                for ident in piece.comments:
                    covered.setdefault(ident, []).append(((p.index, j), piece))
        points: dict[str, list[int]] = {}
        for p in body.paras:
            for ident in p.comment_points:
                points.setdefault(ident, []).append(p.index)
        for ident, comment in body.comments.items():
            pieces = covered.get(ident, [])
            paras = list(dict.fromkeys([pid[0] for pid, _ in pieces] + (
                points.get(ident, []) if not pieces else [])))
            if not paras:
                continue  # a comment anchored nowhere in the body (a header, a note)
            shown = text_of([piece for _, piece in pieces], "original").strip()
            targets = self.comment_targets(pieces, paras)
            proposed = proposal_in(comment.text)
            revision = Revision(INS, comment.author, comment.date)
            if not targets:
                out.append(self.entry(None, shown or None, comment.text, proposed, revision))
            for element, draft in targets:
                out.append(self.entry(element, draft, comment.text, proposed, revision))
        return out

    def comment_targets(self, pieces: list[tuple[tuple[int, int], Piece]],
                        paras: list[int]) -> list[tuple[Element, str | None]]:
        layout = self.layout
        news = [self.new_items[i] for i in paras if i in self.new_items]
        if news:
            return [(news[0], None)]
        names: list[str] = []
        for pid, _ in pieces:
            names += layout.by_piece.get(pid, [])
        if not pieces:
            for i in paras:
                names += layout.by_para.get(i, [])
        slots = [layout.slots[n] for n in dict.fromkeys(names)]
        if any(s.key is not None for s in slots):
            return self.element(slots)
        return self.beside(paras[0])

    def beside(self, para: int) -> list[tuple[Element, str | None]]:
        """A comment on text that is no value: a label → the value in the next cell of
        its row (a list: the whole list); a heading → its section, ОТФ or ТФ."""
        layout = self.layout
        here = layout.para(para)
        if here.row is not None:
            row = [p for p in layout.body.paras if p.row == here.row]
            after = [s for p in row if p.index > para for s in layout.slots_in(p.index)]
            before = [s for p in row if p.index < para for s in layout.slots_in(p.index)]
            slot = after[0] if after else before[-1] if before else None
            if slot is not None and slot.key is not None:
                key = slot.key
                f = self.field(key)
                if f is not None and f.shape in ITEM_SHAPES and layout.is_draft_text(para):
                    key = Key(key.scope, key.field)  # the list's label: the whole list
                    items = list_of(key, self.standard)
                    return [(element_of(key, self.standard, slot.section),
                             "\n".join(t.strip() for t in items) or None)]
                return self.element([slot])
        heading = layout.heading_marks.get(para)
        if heading is not None and heading[0] == "III" and heading[1]:
            following = layout.next_slot(para)
            if following is not None and following.key is not None:
                element = scope_element(following.key.scope, self.standard)
                name = value_text(self.standard, Key(following.key.scope, "name"))
                return [(element, name.strip() if name else None)]
        if not layout.is_draft_text(para):
            return []  # the reviewer's own text: not placed
        return [(Element(layout.sections[para]), None)]

    # --- rows -----------------------------------------------------------------------------

    def entry(self, element: Element | None, draft: str | None, comment: str,
              proposed: str | None, revision: Revision | None) -> Entry:
        """A row; author and date from the revision or comment (``revision``)."""
        author = revision.author if revision is not None else ""
        date = day(revision.date) if revision is not None else None
        return Entry(element, draft, comment.strip(), proposed, self.author(author), date,
                     Path(self.source).name)


def _fold_comments_into_proposals(entries: Iterable[Entry]) -> list[Entry]:
    """A comment on a value its author also changed goes with the change: one row."""
    entries = list(entries)
    proposals: dict[tuple[Element | None, str], Entry] = {(e.element, e.author): e for e in entries
                 if e.proposed_text is not None and not e.comment and e.element is not None}
    out = []
    for e in entries:
        target = proposals.get((e.element, e.author))
        if e.comment and e.proposed_text is None and target is not None:
            target.comment = e.comment if not target.comment else \
                f"{target.comment}\n{e.comment}"
            continue
        out.append(e)
    return out


__all__ = ["read", "author_or", "day", "proposal_in", "DEL"]
