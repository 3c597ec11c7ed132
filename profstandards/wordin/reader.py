"""The walk over a Word body: which part of the standard each line is in, and who reads it.

Headings move the walk from part to part (the title block, the contents, sections
I–V, the notes), whatever their numbering or style, and whether they are paragraphs or
one-cell table rows; each part's reader takes the lines in between.  What comes before
the standard (an order's text, a legal database's notes) is set aside as *outside*;
whatever a reader leaves untaken inside the standard is *unplaced*.  A second title
block starts a second standard.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from profstandards import model
from profstandards.i18n import Msg
from profstandards.wordin import context, funcmap, labels
from profstandards.wordin.context import Context
from profstandards.wordin.developers import DevelopersReader, TailReader
from profstandards.wordin.functions import FunctionsReader
from profstandards.wordin.general import GeneralReader
from profstandards.wordin.grid import Cell, Line
from profstandards.wordin.result import Unplaced
from profstandards.wordin.title import TitleReader

UNRECOGNISED = Msg("не распознано ({part})", "not recognised ({part})")
OUTSIDE = Msg("вне стандарта (до его начала или примечание правовой базы)",
              "outside the standard (before it, or a legal database's note)")
PARTS = {
    "title": Msg("титул", "title block"), "toc": Msg("содержание", "contents"),
    "I": Msg("раздел I", "section I"), "II": Msg("раздел II", "section II"),
    "III": Msg("раздел III", "section III"), "IV": Msg("раздел IV", "section IV"),
    "V": Msg("раздел V", "section V"), "notes": Msg("сноски", "notes"),
}
# The second line of a heading set on two paragraphs.
HEADING_TAILS = ("профессионального стандарта", "функциональная карта вида профессиональной "
                 "деятельности", "входящих в профессиональный стандарт")


_HEADINGS = (labels.SECTION_I, labels.SECTION_II, labels.SECTION_III, labels.SECTION_IV,
             labels.SECTION_V, labels.GF_HEADING, labels.WF_HEADING, labels.RESPONSIBLE,
             labels.ORGANIZATIONS)


def _contents_entry(cell: Cell) -> bool:
    """A heading followed by leaders or a page number: a line of the contents."""
    raw = "\n".join(cell.paras)
    m = labels.TOC_LINE.search(raw)
    if m is None:
        return False
    key = labels.norm(raw[:m.start()])
    return any(pattern.match(key) for pattern in _HEADINGS)


class LineReader(Protocol):
    def line(self, line: Line) -> None: ...


@dataclass
class Part:
    """One standard being read, with a reader per part of it."""

    standard: model.Standard
    title: TitleReader
    general: GeneralReader
    map: funcmap.MapReader
    functions: FunctionsReader
    developers: DevelopersReader
    tail: TailReader

    @classmethod
    def start(cls, ctx: Context, at: Cell | None) -> Part:
        s = context.new_standard(at)
        return cls(s, TitleReader(ctx, s), GeneralReader(ctx, s), funcmap.MapReader(ctx),
                   FunctionsReader(ctx, s), DevelopersReader(ctx, s), TailReader(ctx))

    @cached_property
    def readers(self) -> dict[str, LineReader]:
        """The reader of each part of the standard, by section."""
        return {"title": self.title, "I": self.general, "II": self.map, "III": self.functions,
                "IV": self.developers, "V": self.tail, "notes": self.tail}

    @property
    def started(self) -> bool:
        """Past the title block: something of sections I–IV has been read."""
        s = self.standard
        return bool(s.functions.items or s.general.locs or self.map.entries)


@dataclass
class Walk:
    ctx: Context = field(default_factory=Context)
    parts: list[Part] = field(default_factory=list)
    section: str = "preamble"
    inside: list[tuple[Line, str]] = field(default_factory=list)
    outside: list[Line] = field(default_factory=list)
    after_heading: bool = False

    @property
    def part(self) -> Part:
        if not self.parts:
            self.parts.append(Part.start(self.ctx, None))
        return self.parts[-1]

    def read(self, lines: list[Line]) -> None:
        for line in lines:
            self.step(line)
        self.finish()

    def step(self, line: Line) -> None:
        single = line.single()
        heading = self.after_heading
        self.after_heading = False
        if single is not None and not line.continues:
            if labels.heading(single.text, labels.LEGAL_DATABASE):
                self.outside.append(line)
                return
            if heading and not line.table and labels.norm(single.text) in HEADING_TAILS:
                self.ctx.take(single)
                self.inside.append((line, self.section))
                return
            if self.landmark(single, line):
                self.inside.append((line, self.section))
                return
        if self.section == "preamble":
            self.outside.append(line)
            return
        self.inside.append((line, self.section))
        if self.section in ("IV", "V") and not line.table and single is not None and (
                labels.NOTE.match(single.text) or labels.RULE.match(single.text)):
            self.section = "notes"
        reader = self.part.readers.get(self.section)
        if reader is not None:
            reader.line(line)

    def landmark(self, cell: Cell, line: Line) -> bool:
        """Move to the part a heading starts; ``True`` if ``cell`` was one."""
        text = cell.text
        if len(text) > labels.LONGEST:
            return self.section == "toc" and self.contents_line(cell)
        key = labels.norm(text)
        first = labels.norm(text.split("\n", 1)[0])
        if labels.TITLE.match(first) or labels.APPROVED.match(first):
            if not self.parts or self.section == "preamble" or self.part.started:
                if self.parts or self.section != "preamble":
                    self.close()
                self.parts.append(Part.start(self.ctx, cell))
            self.section = "title"
            self.part.title.line(line)
            return True
        if labels.CONTENTS.match(key):
            return self.enter("toc", cell)
        if self.section in ("preamble", "title") and self.parts and _contents_entry(cell):
            return self.contents_line(cell)  # contents without their heading
        if self.section == "toc" and (not labels.SECTION_I.match(key) or
                                      labels.TOC_LINE.search("\n".join(cell.paras))):
            return self.contents_line(cell)
        for pattern, section in ((labels.SECTION_I, "I"), (labels.SECTION_II, "II"),
                                 (labels.SECTION_III, "III"), (labels.SECTION_IV, "IV")):
            if pattern.match(key):
                self.after_heading = True
                return self.enter(section, cell)
        if labels.SECTION_V.match(key) and self.section in ("IV", "V", "notes"):
            self.part.tail.abbreviations = True
            return self.enter("V", cell)
        if labels.GF_HEADING.match(key):
            self.enter("III", cell)
            self.part.functions.new_gf(cell)
            return True
        if labels.WF_HEADING.match(key):
            self.enter("III", cell)
            self.part.functions.new_wf(cell)
            return True
        if self.section in ("III", "IV") or self.part.started:
            if labels.RESPONSIBLE.match(key):
                self.enter("IV", cell)
                self.part.developers.responsible(cell)
                return True
            if labels.ORGANIZATIONS.match(key):
                self.enter("IV", cell)
                self.part.developers.organizations(cell)
                return True
        return False

    def contents_line(self, cell: Cell) -> bool:
        self.ctx.take(cell)  # a line of the contents
        return True

    def enter(self, section: str, cell: Cell) -> bool:
        if self.section == "preamble" and not self.parts:
            self.parts.append(Part.start(self.ctx, cell))
        if self.section == "I" and section != "I":
            self.part.general.finish()
        if self.section == "III" and section != "III":
            self.part.functions.flush()
        self.section = section
        self.ctx.take(cell)
        return True

    def close(self) -> None:
        """The end of a standard: what the map says that section III does not."""
        if not self.parts:
            return
        part = self.part
        if self.section == "I":
            part.general.finish()
        part.functions.flush()
        s = part.standard
        if s.general.okved is not None and not s.general.okved.items:
            s.general.okved = None  # printed «-»: the registry leaves the list out
        if not s.functions.items and part.map.entries:
            s.functions.items = funcmap.functions_from_map(self.ctx, part.map.entries)
        elif part.map.entries:
            funcmap.cross_check(self.ctx, part.map.entries, s.functions.items)

    def finish(self) -> None:
        self.close()
        for line, section in self.inside:
            for cell in line.cells:
                for i, para in enumerate(cell.paras):
                    if para.strip() and i not in cell.used:
                        self.ctx.unplaced.append(Unplaced(
                            context.where(cell, i), UNRECOGNISED,
                            {"part": PARTS.get(section, Msg(section, section))}))

    def outside_report(self) -> list[Unplaced]:
        out = []
        for line in self.outside:
            for cell in line.cells:
                if cell.text:
                    out.append(Unplaced(context.where(cell), OUTSIDE))
        return out

    def standards(self) -> list[model.Standard]:
        return [p.standard for p in self.parts]
