"""A Word document's body as a flat stream of text pieces, each knowing what it lies in.

Reviewers' files are read here, once, into :class:`Body`: every piece of text with the
bookmarks (value anchors), comment ranges and tracked change (``w:ins``/``w:del``,
``w:moveTo``/``w:moveFrom``) it lies in, and every paragraph with its place in the
tables (table, row, cell) and the revision marks of its paragraph mark and its row.  The
rest of the package never walks WordprocessingML itself.

What is read: paragraphs (also inside content controls, hyperlinks, smart tags, custom
XML and simple fields), runs (text, deleted text, tabs, breaks, non-breaking hyphens),
tables nested or not.  Field codes (``w:instrText``), drawings and text boxes are not
text of the document and are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from profstandards.office import NS, Package, W

_W = "{" + W + "}"
INS, DEL = "ins", "del"
_REVISION_TAGS = {_W + "ins": INS, _W + "moveTo": INS, _W + "del": DEL, _W + "moveFrom": DEL}
_CONTAINERS = {_W + t for t in ("sdt", "sdtContent", "hyperlink", "smartTag", "customXml",
                                "fldSimple", "dir", "bdo")}
_SKIPPED = {_W + t for t in ("pPr", "rPr", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr",
                             "tblPrEx", "sdtPr", "sdtEndPr", "proofErr", "permStart",
                             "permEnd")}
# Zero-width characters: LibreOffice types a ZERO WIDTH JOINER into each empty cell of a
# table row it records as inserted.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_RUN_TEXT = {_W + "t", _W + "delText"}
_RUN_CHARS = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


@dataclass(frozen=True, slots=True)
class Revision:
    """A tracked change: inserted or deleted, by whom and when (as the file says)."""

    kind: str  # INS or DEL
    author: str
    date: str


@dataclass(frozen=True, slots=True)
class Piece:
    """Text of one run (or part of one) and what it lies in."""

    text: str
    para: int  # index into Body.paras
    anchors: frozenset[str]  # bookmark names open here
    comments: frozenset[str]  # comment ids whose range is open here
    revision: Revision | None


@dataclass(slots=True)
class Paragraph:
    index: int
    table: int | None  # ids of the innermost table, row and cell (None outside tables)
    row: int | None
    cell: int | None
    mark: Revision | None = None  # the paragraph mark inserted or deleted
    row_revision: Revision | None = None  # the table row inserted or deleted
    bookmarks: list[str] = field(default_factory=list)  # bookmarks starting here
    comment_points: list[str] = field(default_factory=list)  # references without a range
    pieces: list[Piece] = field(default_factory=list)

    def text(self, view: str = "original") -> str:
        """The text as the draft had it (``original``: insertions left out) or as the
        reviewer proposes it (``proposed``: deletions left out)."""
        return text_of(self.pieces, view)

    @property
    def revised(self) -> bool:
        return self.mark is not None or any(p.revision for p in self.pieces)


def text_of(pieces: list[Piece], view: str = "original") -> str:
    """The pieces' text in a view (see :meth:`Paragraph.text`), paragraphs on lines."""
    gone = INS if view == "original" else DEL
    out: list[str] = []
    last = None
    for piece in pieces:
        if piece.revision is not None and piece.revision.kind == gone:
            continue
        if last is not None and piece.para != last:
            out.append("\n")
        out.append(piece.text)
        last = piece.para
    return "".join(out)


@dataclass
class Comment:
    """A Word comment: its id, author, date and text (paragraphs on lines)."""

    id: str
    author: str
    date: str
    text: str


@dataclass
class Body:
    paras: list[Paragraph]
    comments: dict[str, Comment]  # by id, in the order of comments.xml

    @property
    def pieces(self) -> list[Piece]:
        return [piece for p in self.paras for piece in p.pieces]


_WRAPPERS = {_W + "sdt", _W + "sdtContent", _W + "customXml"}


def _children(parent: etree._Element, tag: str) -> list[etree._Element]:
    """The ``tag`` children of ``parent``, also those wrapped in content controls."""
    out = []
    for child in parent:
        if child.tag == tag:
            out.append(child)
        elif child.tag in _WRAPPERS:
            out += _children(child, tag)
    return out


def _revision(el: etree._Element, kind: str) -> Revision:
    return Revision(kind, (el.get(_W + "author") or "").strip(), (el.get(_W + "date") or ""))


class _Walker:
    def __init__(self) -> None:
        self.paras: list[Paragraph] = []
        self.open_marks: dict[str, str] = {}  # bookmark id → name
        self.open_comments: set[str] = set()
        self.revisions: list[Revision] = []
        self.cells: list[tuple[int, int, int]] = []  # (table, row, cell) stack
        self.row_revisions: list[Revision | None] = []
        self.counter = 0
        self.current: Paragraph | None = None

    def next_id(self) -> int:
        self.counter += 1
        return self.counter

    def walk(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == _W + "p":
                self.paragraph(child)
            elif tag == _W + "r":
                self.run(child)
            elif tag in _REVISION_TAGS:
                self.revisions.append(_revision(child, _REVISION_TAGS[tag]))
                self.walk(child)
                self.revisions.pop()
            elif tag == _W + "bookmarkStart":
                name = child.get(_W + "name") or ""
                self.open_marks[child.get(_W + "id") or ""] = name
                if self.current is not None:
                    self.current.bookmarks.append(name)
            elif tag == _W + "bookmarkEnd":
                self.open_marks.pop(child.get(_W + "id") or "", None)
            elif tag == _W + "commentRangeStart":
                self.open_comments.add(child.get(_W + "id") or "")
            elif tag == _W + "commentRangeEnd":
                self.open_comments.discard(child.get(_W + "id") or "")
            elif tag == _W + "tbl":
                self.table(child)
            elif tag in _CONTAINERS:
                self.walk(child)

    def table(self, tbl: etree._Element) -> None:
        table = self.next_id()
        for row_el in _children(tbl, _W + "tr"):
            row = self.next_id()
            mark = None
            for kind in (INS, DEL):
                found = row_el.find(f"w:trPr/w:{kind}", NS)
                if found is not None:
                    mark = _revision(found, kind)
            self.row_revisions.append(mark)
            for tc in _children(row_el, _W + "tc"):
                self.cells.append((table, row, self.next_id()))
                self.walk(tc)
                self.cells.pop()
            self.row_revisions.pop()

    def paragraph(self, p: etree._Element) -> None:
        where = self.cells[-1] if self.cells else (None, None, None)
        para = Paragraph(len(self.paras), *where)
        for kind in (INS, DEL):
            found = p.find(f"w:pPr/w:rPr/w:{kind}", NS)
            if found is not None:
                para.mark = _revision(found, kind)
        para.row_revision = self.row_revisions[-1] if self.row_revisions else None
        self.paras.append(para)
        outer = self.current
        self.current = para
        self.walk(p)
        self.current = outer

    def run(self, r: etree._Element) -> None:
        para = self.current
        if para is None:
            return
        out: list[str] = []
        for child in r:
            tag = child.tag
            if tag in _RUN_TEXT:
                out.append(child.text or "")
            elif tag in _RUN_CHARS:
                out.append(_RUN_CHARS[tag])
            elif tag == _W + "commentReference":
                ident = child.get(_W + "id") or ""
                para.comment_points.append(ident)
        text = "".join(out).translate(_INVISIBLE)
        if not text:
            return
        revision = self.revisions[-1] if self.revisions else para.row_revision
        para.pieces.append(Piece(text, para.index, frozenset(self.open_marks.values()),
                                 frozenset(self.open_comments), revision))


def read(package: Package) -> Body:
    """The body and the comments of an opened DOCX."""
    walker = _Walker()
    body = package.document.find("w:body", NS)
    if body is not None:
        walker.walk(body)
    return Body(walker.paras, read_comments(package))


def read_comments(package: Package) -> dict[str, Comment]:
    part = package.related("word/document.xml", "/comments")
    if part is None:
        return {}
    out: dict[str, Comment] = {}
    for c in package.xml(part).iter(_W + "comment"):
        paras = []
        for p in c.iter(_W + "p"):
            paras.append("".join(
                (t.text or "") if t.tag == _W + "t" else _RUN_CHARS.get(t.tag, "")
                for t in p.iter(_W + "t", _W + "tab", _W + "br")))
        ident = c.get(_W + "id") or ""
        out[ident] = Comment(ident, (c.get(_W + "author") or "").strip(),
                             c.get(_W + "date") or "", "\n".join(paras).strip())
    return out
