"""A review's text mapped onto the standard's values: one :class:`Slot` per printed value.

A slot is a value as the reviewer's file has it: the pieces of text inside its anchor
(plus tracked changes typed right next to it in the same paragraph: Word and
LibreOffice leave text typed at a bookmark's edge outside it).  A review that lost the
anchors gets slots from the text instead (:class:`~profstandards.comments.locate.Matcher`),
for every paragraph in a file without anchors, and for the commented or changed
paragraphs of a file that lost only some.

:class:`Layout` also knows the section each paragraph is in (by the export's heading
bookmarks, or by the headings' text) and which paragraphs belong to which slot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from profstandards import fields, model
from profstandards.comments import anchors
from profstandards.comments.entries import field_by_label
from profstandards.comments.locate import Matcher, norm, value_text
from profstandards.comments.stream import Body, Paragraph, Piece
from profstandards.render import maket
from profstandards.render.blocks import Key, Para
from profstandards.render.keys import node_of
from profstandards.render.layouts import LAYOUTS
from profstandards.render.printing import display

HEADINGS = {norm(text): section for text, section in (
    (maket.SECTION_I, "I"), (maket.SECTION_II, "II"), (maket.SECTION_III, "III"),
    (maket.SECTION_IV, "IV"), (maket.SECTION_V, "V"))}
_FUNCTION_HEADING = re.compile(r"^3\.(\d+)\.(?:(\d+)\.)?\s*(?:обобщенная\s+)?трудовая функция")
_PAGE_NUMBER = re.compile(r"\s+\d+\s*$")
ANCHORED = 3  # a file with fewer value anchors than this is read by its text
PieceId = tuple[int, int]  # (paragraph, index of the piece in it)


@dataclass
class Slot:
    name: str  # the bookmark, or "#<paragraph>" for a slot found by text
    key: Key | None  # None: an anchor this standard does not know
    section: str | None  # where it is printed: "II" for the functional map
    pieces: list[tuple[PieceId, Piece]] = field(default_factory=list)
    paras: list[int] = field(default_factory=list)

    def add(self, pid: PieceId, piece: Piece) -> None:
        self.pieces.append((pid, piece))
        if pid[0] not in self.paras:
            self.paras.append(pid[0])

    def sorted_pieces(self) -> list[Piece]:
        return [piece for _, piece in sorted(self.pieces, key=lambda x: x[0])]


class Layout:
    """The slots of a review and the section of each paragraph."""

    def __init__(self, body: Body, standard: model.Standard, matcher: Matcher,
                 involved: set[int]) -> None:
        self.body = body
        self.standard = standard
        self.matcher = matcher
        self.known = anchors.table(standard)
        self.heading_marks: dict[int, tuple[str, tuple[int, ...]]] = {}
        self.sections = self._sections()
        self.slots: dict[str, Slot] = {}
        self.by_para: dict[int, list[str]] = {}
        self.by_piece: dict[PieceId, list[str]] = {}
        self._layout_texts: set[str] | None = None
        self._anchored_slots()
        self.anchored = sum(s.key is not None for s in self.slots.values()) >= ANCHORED
        self._text_slots(involved)
        self._attach_edge_edits()

    # --- sections ---------------------------------------------------------------------

    def _sections(self) -> list[str | None]:
        """The section of each paragraph; headings of ОТФ/ТФ into ``heading_marks``."""
        out: list[str | None] = []
        current: str | None = None
        self.heading_marks = {}
        for p in self.body.paras:
            for mark in p.bookmarks:
                heading = anchors.section_of_heading(mark)
                if heading is not None:
                    current = heading[0]
                    self.heading_marks[p.index] = heading
            if p.table is None:
                text = heading_text(p.text())
                current = HEADINGS.get(text, current)
                m = _FUNCTION_HEADING.match(text)
                if m and p.index not in self.heading_marks:
                    numbers = tuple(int(n) for n in (m[1], m[2]) if n)
                    self.heading_marks[p.index] = ("III", numbers)
            out.append(current)
        return out

    # --- slots ----------------------------------------------------------------------------

    def _slot(self, name: str, key: Key | None, para: int) -> Slot:
        slot = self.slots.get(name)
        if slot is None:
            slot = self.slots[name] = Slot(name, key, self.sections[para])
        if para not in slot.paras:
            slot.paras.append(para)
        names = self.by_para.setdefault(para, [])
        if name not in names:
            names.append(name)
        return slot

    def _anchored_slots(self) -> None:
        for p in self.body.paras:
            for mark in p.bookmarks:
                if anchors.is_value_anchor(mark):
                    self._slot(mark, anchors.resolve(mark, self.known), p.index)
            for j, piece in enumerate(p.pieces):
                for mark in sorted(piece.anchors):
                    if anchors.is_value_anchor(mark):
                        slot = self._slot(mark, anchors.resolve(mark, self.known), p.index)
                        slot.add((p.index, j), piece)
                        self.by_piece.setdefault((p.index, j), []).append(mark)

    def _text_slots(self, involved: set[int]) -> None:
        """Slots by text: every paragraph of a file without anchors, the commented or
        changed ones without a slot otherwise."""
        scope: str | None = None
        cursor = -1
        for p in self.body.paras:
            names = self.by_para.get(p.index, [])
            for name in names:
                key = self.slots[name].key
                if key is not None:
                    scope = key.scope if key.scope not in ("standard", "general", "developers") \
                        else scope
            text = p.text("original")
            line_scope = self.matcher.scope_of_line(text)
            if line_scope is not None:
                scope = line_scope
            if names or not text.strip():
                continue
            if self.anchored and p.index not in involved:
                continue
            fuzzy = p.index in involved and not self.is_draft_text(p.index)
            found = self.matcher.find(text, scope, cursor, fuzzy=fuzzy)
            if found is None and not norm(text) and text.strip() and scope is not None:
                found = self._placeholder(p, scope, cursor)
            if found is None:
                continue
            cursor, key = found
            if key.scope not in ("standard", "general", "developers"):
                scope = key.scope
            slot = self._slot(f"#{p.index}", key, p.index)
            for j, piece in enumerate(p.pieces):
                slot.add((p.index, j), piece)
                self.by_piece.setdefault((p.index, j), []).append(slot.name)

    def _placeholder(self, p: Paragraph, scope: str, cursor: int) -> tuple[int, Key] | None:
        """The «-» of an empty list: the list the label in its table row names."""
        if p.row is None:
            return None
        labels = " ".join(o.text() for o in self.body.paras if o.row == p.row and o is not p)
        node = node_of(self.standard, scope)
        owner = fields.WF if isinstance(node, model.WorkFunction) else fields.GF
        found = field_by_label(labels, (owner,))
        if found is None or found.shape is not fields.Shape.ITEMS:
            return None
        items = found.items(node)
        if not items:
            return cursor, Key(scope, found.name)
        # A list whose item reads «-» (or «–»): the first such item not yet placed.
        for index, item in enumerate(items):
            key = Key(scope, found.name, index)
            if not norm(item.text) and not any(
                    s.key == key for s in self.slots.values() if s.name.startswith("#")):
                return cursor, key
        return None

    def _attach_edge_edits(self) -> None:
        """A tracked change next to a value in its paragraph, outside its anchor, is the
        value's (the nearest slot before it in the paragraph, else after it)."""
        for p in self.body.paras:
            if p.index not in self.by_para:
                continue
            owners: list[str | None] = []
            for j in range(len(p.pieces)):
                names = self.by_piece.get((p.index, j))
                owners.append(names[0] if names else None)
            for j, piece in enumerate(p.pieces):
                if owners[j] is not None or piece.revision is None:
                    continue
                before = next((o for o in reversed(owners[:j]) if o), None)
                after = next((o for o in owners[j + 1:] if o), None)
                owner = before or after
                if owner is None:  # only collapsed anchors in the paragraph
                    owner = self.by_para[p.index][0]
                self.slots[owner].add((p.index, j), piece)
                self.by_piece[(p.index, j)] = [owner]

    # --- queries ----------------------------------------------------------------------------

    def para(self, index: int) -> Paragraph:
        return self.body.paras[index]

    def slots_in(self, para: int) -> list[Slot]:
        return [self.slots[n] for n in self.by_para.get(para, [])]

    def previous_slot(self, para: int) -> Slot | None:
        """The last slot printed before paragraph ``para`` (in its table, if it is in one)."""
        here = self.body.paras[para]
        for index in range(para - 1, -1, -1):
            other = self.body.paras[index]
            if here.table is not None and other.table != here.table:
                return None
            slots = self.slots_in(index)
            if slots:
                return slots[-1]
            if here.table is None and para - index > 3:
                return None
        return None

    def next_slot(self, para: int) -> Slot | None:
        for index in range(para + 1, min(len(self.body.paras), para + 40)):
            slots = self.slots_in(index)
            if slots:
                return slots[0]
        return None

    def is_draft_text(self, para: int) -> bool:
        """Whether a paragraph is text of the draft's layout (a heading, a label, a
        note), not something the reviewer typed."""
        if para in self.heading_marks:
            return True
        if self._layout_texts is None:
            self._layout_texts = layout_texts(self.standard)
        text = heading_text(self.body.paras[para].text())
        return bool(text) and text in self._layout_texts

    def identity(self) -> tuple[int, int, str | None]:
        """(anchored values whose text is the standard's, anchored values, the review's
        standard name if it shows one): a review of another standard has few equal."""
        equal = total = 0
        name = None
        for slot in self.slots.values():
            if slot.name.startswith("#"):
                continue
            text = " ".join(p.text for p in slot.sorted_pieces()
                            if p.revision is None or p.revision.kind != "ins")
            if slot.key == Key("standard", "name"):
                name = name or text.strip()
            total += 1
            want = value_text(self.standard, slot.key, whole_row=False) \
                if slot.key is not None else None
            if want is not None and norm(display(want)) == norm(text):
                equal += 1
        return equal, total, name


def heading_text(text: str) -> str:
    """A heading's text for comparison; a line of the contents without its page number."""
    return norm(_PAGE_NUMBER.sub("", text))


def layout_texts(standard: model.Standard) -> set[str]:
    """The texts of the draft's layout (paragraphs without values), in every макет."""
    out: set[str] = set()
    for layout in LAYOUTS.values():
        page = maket.build(standard, layout, draft=True)
        for section in page.sections:
            for block in section.blocks:
                paras = [block] if isinstance(block, Para) else \
                    [p for row in block.rows for cell in row.cells for p in cell.paras]
                for p in paras:
                    if all(run.key is None for run in p.runs):
                        out.add(norm("".join(run.text for run in p.runs)))
    out.discard("")
    return out
