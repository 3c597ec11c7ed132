"""Section III: an ОТФ block per «3.N. Обобщенная трудовая функция» heading, a ТФ block per
«3.N.M. Трудовая функция», read by labels.

* A header row pairs labels with the cell right of each: «Наименование» | name |
  «Код» | code | «Уровень …» | level.
* «Происхождение …» rows: a borrowed function («Заимствовано из оригинала» ticked, or
  the code of the original filled in) gets a :class:`~profstandards.model.Origin`; the
  caption row under it («Код оригинала», «Регистрационный номер …») says which box is
  which.
* A list row starts with its label («Трудовые действия» …); the rows after it whose
  first cell is the label merged down (or empty, or the label again) add items, one
  per paragraph of the value cells.
* «Дополнительные характеристики» (446н: «Справочная информация») starts the classifier
  table: document | code | name, the document's cell merged over its codes.

Which field a label announces comes from the field table (labels and aliases).
"""

from __future__ import annotations

from profstandards import function_codes, model
from profstandards.fields import Field, Owner, Shape
from profstandards.wordin import context, labels
from profstandards.wordin.context import Context
from profstandards.wordin.grid import Cell, Line

GF, WF = Owner.GF, Owner.WF
CLASSIFIERS = "classifiers"


class FunctionsReader:
    def __init__(self, ctx: Context, standard: model.Standard) -> None:
        self.ctx = ctx
        self.s = standard
        self.gf: model.GeneralizedFunction | None = None
        self.wf: model.WorkFunction | None = None
        self.mode: Field | str | None = None
        self.heads: list[Cell] = []  # the classifier table's header cells
        self.document: Field | None = None  # the classifier of the last document cell
        self.origin: Line | None = None  # an origin row waiting for its caption row
        self.heads_row: Line | None = None  # a row of header labels waiting for its values

    # --- headings -------------------------------------------------------------------

    def new_gf(self, at: Cell) -> model.GeneralizedFunction:
        self.flush()
        self.gf = context.new_gf(at)
        self.s.functions.items.append(self.gf)
        self.wf = None
        self.mode = None
        return self.gf

    def new_wf(self, at: Cell) -> model.WorkFunction:
        self.flush()
        gf = self.gf if self.gf is not None else self.new_gf(at)
        self.wf = context.new_wf(at)
        gf.functions.items.append(self.wf)
        self.mode = None
        return self.wf

    @property
    def node(self) -> model.Function | None:
        return self.wf if self.wf is not None else self.gf

    @property
    def owner(self) -> Owner:
        return WF if self.wf is not None else GF

    # --- lines ------------------------------------------------------------------------

    def line(self, line: Line) -> None:
        if line.slots and line.slots[0].continued and self.origin is None and \
                isinstance(self.mode, Field) and self.node is not None:
            target = getattr(self.node, self.mode.name)  # the common case: more items
            for cell in line.filled():
                self.ctx.add_items(target, cell)
            return
        if self.origin is not None:
            pending, self.origin = self.origin, None
            if self.origin_row(pending, line):
                return
        single = line.single()
        if single is not None and self.label_line(single):
            return
        first = line.slots[0] if line.slots else None
        if first is None:
            return
        head = first.cell if not first.continued else None
        if head is not None and len(line.slots) == 1 and head.grid > 0:
            head = None  # a row of one value cell, off the label column
        if head is not None and labels.heading(head.text, labels.ORIGIN):
            self.ctx.take(head)
            self.origin = line
            return
        if self.heads_row is not None:
            heads, self.heads_row = self.heads_row, None
            if self.header_below(heads, line):
                return
        if head is not None and head.text and self.header(line):
            return
        if self.mode == CLASSIFIERS:
            self.classifier_row(line)
            return
        if head is not None and head.text and self.list_label(head, line):
            return
        if isinstance(self.mode, Field) and self.node is not None:
            if head is not None and head.text and len(line.cells) > 1:
                return  # an unknown label in the label column: left for the report
            target = getattr(self.node, self.mode.name)
            for cell in line.filled():
                self.ctx.add_items(target, cell)

    def label_line(self, cell: Cell) -> bool:
        if labels.heading(cell.text, labels.CLASSIFIERS) and self.gf is not None:
            self.flush()
            self.mode = CLASSIFIERS
            self.heads = []
            self.document = None
            self.ctx.take(cell)
            return True
        if labels.heading(cell.text, labels.PATHS):
            self.ctx.take(cell)
            return True
        return False

    def list_field(self, value: str) -> Field | None:
        found = labels.field(value, self.owner)
        return found if found is not None and found.shape is Shape.ITEMS else None

    def list_label(self, head: Cell, line: Line) -> bool:
        found = self.list_field(head.text)
        if found is None and self.wf is None and self.gf is not None:
            wf_field = labels.field(head.text, WF)
            if wf_field is not None and wf_field.shape is Shape.ITEMS:
                self.new_wf(head)  # a ТФ block without its heading
                found = wf_field
        if found is None or self.node is None:
            return False
        self.mode = found
        self.ctx.take(head)
        target: model.Seq = getattr(self.node, found.name)
        if not target.items and not target.loc:
            target.loc = context.loc(head)
        for cell in line.filled():
            if cell is not head:
                self.ctx.add_items(target, cell)
        return True

    # --- the header row -------------------------------------------------------------------

    def header(self, line: Line) -> bool:
        if self.text_field(line.filled()[0].text) is None:
            return False  # a header row starts with a label
        cells = line.cells
        pairs: list[tuple[Cell, Cell, Owner, str]] = []
        i = 0
        while i < len(cells) - 1:
            name = self.text_field(cells[i].text)
            if name is not None and self.text_field(cells[i + 1].text) is None:
                pairs.append((cells[i], cells[i + 1], *name))
                i += 2
            else:
                i += 1
        if not pairs or pairs[0][0] is not line.filled()[0]:
            labelled = [(c, self.text_field(c.text)) for c in line.filled()]
            if len(labelled) >= 2 and all(found for _, found in labelled):
                self.heads_row = line  # labels above their values, in the next row
                for cell, _ in labelled:
                    self.ctx.take(cell)
                return True
            return False
        node = self.header_node(pairs)
        for label, value, _, attr in pairs:
            self.ctx.take(label)
            self.ctx.set_text(node, attr, value, label=label.text)
        self.mode = None
        return True

    def header_below(self, heads: Line, line: Line) -> bool:
        """The values of a header set out as a row of labels over a row of values."""
        pairs: list[tuple[Cell, Cell, Owner, str]] = []
        for label in heads.filled():
            slot = line.under(label)
            found = self.text_field(label.text)
            if slot is not None and not slot.continued and found is not None:
                pairs.append((label, slot.cell, *found))
        if not pairs:
            return False
        node = self.header_node(pairs)
        for label, value, _, attr in pairs:
            self.ctx.set_text(node, attr, value, label=label.text)
        self.mode = None
        return True

    def text_field(self, value: str) -> tuple[Owner, str] | None:
        for owner in (self.owner, WF if self.owner is GF else GF):
            found = labels.field(value, owner)
            if found is not None and found.shape is Shape.TEXT:
                return owner, found.name
        return None

    def header_node(self, pairs: list[tuple[Cell, Cell, Owner, str]]) -> model.Function:
        """The node a header row describes: the current one if its header is still
        unread, else a new one (a block without its heading)."""
        node = self.node
        if node is not None and "name" not in node.locs and "code" not in node.locs:
            return node
        code = next((v.text for _, v, _, attr in pairs if attr == "code"), "")
        level_label = next((lab.text for lab, _, _, attr in pairs if attr == "level"), "")
        is_wf = "/" in code or function_codes.parse_tf_code(code) is not None or \
            "подуровень" in level_label.lower()
        return self.new_wf(pairs[0][0]) if is_wf else self.new_gf(pairs[0][0])

    # --- «Происхождение …» ---------------------------------------------------------------------

    def origin_row(self, row: Line, next_line: Line) -> bool:
        """Read the origin row ``row``; ``True`` if ``next_line`` was its caption row."""
        captions = {}
        for cell in next_line.filled():
            if labels.heading(cell.text, labels.ORIGIN_CODE):
                captions["code"] = cell
            elif labels.heading(cell.text, labels.ORIGIN_NUMBER):
                captions["number"] = cell
        if captions and len(captions) == len(next_line.filled()):
            for cell in captions.values():
                self.ctx.take(cell)
        else:
            captions = {}
        cells = row.cells[1:]
        original = next((i for i, c in enumerate(cells)
                         if labels.heading(c.text, labels.ORIGINAL)), None)
        borrowed = next((i for i, c in enumerate(cells)
                         if labels.heading(c.text, labels.BORROWED)), None)
        marked = {"original": False, "borrowed": False}
        boxes: list[Cell] = []
        under = [c for c in cells if any(c.overlap(k) for k in captions.values())]
        for i, cell in enumerate(cells):
            if cell in under and i not in (original, borrowed):
                boxes.append(cell)  # under «Код оригинала» or «Регистрационный номер …»
            elif i in (original, borrowed):
                self.ctx.take(cell)
                key = "original" if i == original else "borrowed"
                marked[key] |= labels.norm(cell.text).split(" ")[-1] in labels.MARK
            elif labels.is_mark(cell.text):
                self.ctx.take(cell)
                before = max((j for j in (original, borrowed) if j is not None and j < i),
                             default=None)
                if before is not None:
                    marked["original" if before == original else "borrowed"] = True
            elif borrowed is not None and i > borrowed:
                boxes.append(cell)
            elif not cell.text:
                self.ctx.take(cell)
        code = _above(captions["code"], row) if "code" in captions else \
            (boxes[0] if boxes else None)
        number = _above(captions["number"], row) if "number" in captions else \
            (boxes[1] if len(boxes) > 1 else None)
        filled = any(c is not None and c.text for c in (code, number))
        node = self.node
        if node is not None and (marked["borrowed"] or filled and not marked["original"]):
            origin = model.Origin(context.value_of(code) if code else "",
                                  context.value_of(number) if number else "",
                                  context.loc(code or row.cells[0]))
            node.origin = origin
            for cell in boxes:
                self.ctx.take(cell)
        else:
            for cell in boxes:
                if not cell.text:
                    self.ctx.take(cell)
        return bool(captions)

    # --- the classifier table --------------------------------------------------------------

    def classifier_row(self, line: Line) -> None:
        filled = line.filled()
        if len(filled) == 3 and all(labels.heading(c.text, pattern) for c, pattern
                                    in zip(filled, labels.CLASSIFIER_HEADS, strict=True)):
            self.heads = filled
            for cell in filled:
                self.ctx.take(cell)
            return
        slots = line.slots
        found = [line.under(head) for head in self.heads] if self.heads else list(slots[:3])
        if len(found) < 3 or self.gf is None:
            return
        doc_slot, code_slot, name_slot = found
        if doc_slot is None or code_slot is None or name_slot is None:
            return
        doc, continued = doc_slot.cell, doc_slot.continued
        code, name = code_slot.cell, name_slot.cell
        if continued:
            kind = self.document
        elif labels.is_dash(doc.text):
            kind = None
            if labels.is_dash(code.text) and labels.is_dash(name.text):
                for cell in (doc, code, name):
                    self.ctx.take(cell)  # «-» | «-» | «-»: no classifier at all
            return
        else:
            found_field = labels.field(doc.text, GF)
            kind = found_field if found_field is not None and \
                found_field.shape is Shape.UNITS else None
            self.document = kind
            if kind is not None:
                self.ctx.take(doc)
        if kind is None:
            return
        target = getattr(self.gf, kind.name)
        if target is None:
            target = context.seq(doc)
            setattr(self.gf, kind.name, target)
        target.items.append(context.unit(code, name))
        self.ctx.take(code)
        self.ctx.take(name)

    def flush(self) -> None:
        """An origin row still waiting for its captions is read without them."""
        if self.origin is not None:
            pending, self.origin = self.origin, None
            self.origin_row(pending, Line([]))


def _above(caption: Cell, row: Line) -> Cell | None:
    slot = row.under(caption)
    return slot.cell if slot is not None else None
