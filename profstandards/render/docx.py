"""The DOCX writer: a laid-out standard (:mod:`~profstandards.render.blocks`) → Word.

:class:`DocxRenderer` writes A4 pages (the functional map on a landscape section),
the page number centred at the top from page 2, the contents with page references
that Word and LibreOffice fill in, and the notes after section IV.

Every value of the standard goes into the document through one method,
:meth:`DocxRenderer.value`, with the paragraph, the text and its stable
:class:`~profstandards.render.blocks.Key`; a subclass can override it and gets the
rest of the layout unchanged.  :meth:`DocxRenderer.render_versions` lays out two
versions of standards at once, in the same layout, with every difference a Word
tracked change (:mod:`~profstandards.render.tracked`): a value the versions have
differently is written as its word diff, not through the hook.

The output is deterministic: no random ids, fixed document dates and fixed times in
the ZIP package, so the same standard always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import cache

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Cm
from docx.text.paragraph import Paragraph
from lxml import etree

from profstandards import model
from profstandards.comments import anchors
from profstandards.render import ooxml, printing, styles
from profstandards.render.blocks import Key, Page, Para, Run, Status, Table
from profstandards.render.layouts import DEFAULT, LAYOUTS, Layout
from profstandards.render.maket import build, build_versions
from profstandards.render.tracked import Revisions, Tracker
from profstandards.render.versions import Pair, Pairing

A4 = (21.0, 29.7)  # cm
MARGINS = {"top": 2.0, "bottom": 2.0, "left": 1.5, "right": 1.5, "header": 1.25}
LANDSCAPE_BOTTOM = 1.0
DRAFT_MARK = "ПРОЕКТ"
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


class DocxRenderer:
    """Renders standards in one layout; subclass and override :meth:`value` to change how
    the values of the standard are written.  ``revisions`` (author, date, word diff)
    are needed to render two versions at once.  Every value of a one-version page is
    wrapped in a hidden bookmark named by its key (:mod:`profstandards.comments.anchors`),
    so that reviewers' comments and tracked changes can be traced back to it;
    ``anchors=False`` leaves them out."""

    def __init__(self, layout: Layout | str = DEFAULT, *, draft: bool = False,
                 revisions: Revisions | None = None, anchors: bool = True) -> None:
        self.layout = LAYOUTS[layout] if isinstance(layout, str) else layout
        self.draft = draft
        self.revisions = revisions
        self.anchors = anchors

    # --- the hook ----------------------------------------------------------------------

    def value(self, paragraph: Paragraph, text: str, key: Key) -> None:
        """Write one value of the standard (``text`` as the model holds it) into
        ``paragraph``.  Empty values print «-».  (The same as
        ``paragraph.add_run(printing.display(text))``, a little faster.)"""
        paragraph._p.append(ooxml.text_run(printing.display(text)))

    # --- entry points -------------------------------------------------------------------

    def render(self, standard: model.Standard) -> bytes:
        """The DOCX file of ``standard``."""
        return self.save(self.document(standard))

    def document(self, standard: model.Standard) -> DocxDocument:
        """The python-docx document of ``standard`` (not yet saved)."""
        doc = self.page_document(build(standard, self.layout, draft=self.draft))
        subject = " ".join(part for part in (standard.general.code.strip(),
                                             standard.registration_number.strip()) if part)
        self.properties(doc, printing.display(standard.name), subject,
                        _approval_datetime(standard.approval_date))
        return doc

    def render_versions(self, versions: list[Pair[model.Standard]], pairing: Pairing) -> bytes:
        """The DOCX file of standards in two versions each (a redline), one after
        another: the new versions laid out with every difference from the old ones a
        tracked change; ``pairing`` says which elements of two versions correspond."""
        return self.save(self.page_document(
            *(build_versions(v, self.layout, pairing) for v in versions)))

    def page_document(self, *pages: Page) -> DocxDocument:
        """Any page models (the standard, the comments form…) as a python-docx document,
        one after another."""
        doc = docx.Document(io.BytesIO(base_package()))
        writer = _Writer(self, doc)
        for page in pages:
            writer.write(page)
        writer.finish()
        ooxml.update_fields_on_open(doc.settings.element)
        self.properties(doc, printing.display(pages[0].title) if pages else "")
        return doc

    @staticmethod
    def save(doc: DocxDocument) -> bytes:
        out = io.BytesIO()
        doc.save(out)
        return ooxml.deterministic_zip(out.getvalue())

    def properties(self, doc: DocxDocument, title: str, subject: str = "",
                   date: dt.datetime = EPOCH) -> None:
        """Document properties, fixed: no author, no time of creation (``date`` instead)."""
        props = doc.core_properties
        props.title = title
        props.subject = subject
        props.author = props.last_modified_by = ""
        props.comments = f"profstandards: {self.layout.ru}"
        props.revision = 1
        props.created = props.modified = date


@cache
def base_package() -> bytes:
    """python-docx's default document with our styles, without the parts we do not use
    (the thumbnail of a blank page, Word 2010's copy of the styles); made once."""
    doc = docx.Document()
    styles.apply(doc)
    for rels, unused in ((doc.part.package.rels, RT.THUMBNAIL),
                         (doc.part.rels, STYLES_WITH_EFFECTS)):
        for rid in [rid for rid, rel in rels.items() if rel.reltype == unused]:
            rels.pop(rid)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _approval_datetime(date: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(date.strip(), "%d.%m.%Y").replace(tzinfo=dt.UTC)
    except ValueError:
        return EPOCH


class _Writer:
    """Writes one page model into a fresh python-docx document."""

    def __init__(self, renderer: DocxRenderer, doc: DocxDocument) -> None:
        self.renderer = renderer
        self.doc = doc
        self.body = doc.element.body
        self.parent = doc._body  # the python-docx parent of body paragraphs
        self.sentinel = self.body.get_or_add_sectPr()
        self.bookmarks = 0
        self.sections = 0
        # Value anchors: on a one-version page only (a redline is not sent for review).
        self.namer = anchors.Namer() if renderer.anchors and renderer.revisions is None \
            else None
        self.style_ids = {name: styles.style_id(name) for name in styles.STYLES}
        revisions = renderer.revisions
        self.tracker = Tracker(revisions) if revisions is not None else None

    def write(self, page: Page) -> None:
        for section in page.sections:
            if self.sections:
                self.doc.add_section(WD_SECTION.NEW_PAGE)
                # The section break is an empty paragraph: make it a small one.
                self.sentinel.getprevious().get_or_add_pPr().insert(
                    0, ooxml.el("w:pStyle", val=self.style_ids["gap"]))
            self.setup(self.doc.sections[-1], section.landscape, first=self.sections == 0,
                       draft=page.draft)
            self.sections += 1
            # The last block of each version (named by the status of what is in it
            # alone): Word joins adjacent tables, so a table that follows a table in a
            # version gets an empty paragraph before it, in that version.
            previous: dict[Status, Para | Table | None] = {Status.DEL: None, Status.INS: None}
            for block in section.blocks:
                present = _versions(block)
                if isinstance(block, Table):
                    after = [v for v in present if isinstance(previous[v], Table)]
                    if after:
                        gap = ooxml.paragraph(self.style_ids["gap"],
                                              keep_next=previous[after[-1]].keep)
                        self.add(gap)
                        if len(after) == 1:
                            self.tracked.mark(gap, after[0])
                    self.add(self.table(block))
                else:
                    self.add(self.paragraph(block))
                for version in present:
                    previous[version] = block

    def finish(self) -> None:
        if self.tracker is not None:
            self.tracker.settle(self.body)

    @property
    def tracked(self) -> Tracker:
        if self.tracker is None:
            raise ValueError("a page of two versions needs revisions (author and date)")
        return self.tracker

    def add(self, element: etree._Element) -> None:
        self.sentinel.addprevious(element)

    def setup(self, section, landscape: bool, first: bool, draft: bool) -> None:
        width, height = A4
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (Cm(height), Cm(width)) if landscape \
            else (Cm(width), Cm(height))
        section.top_margin = Cm(MARGINS["top"])
        section.bottom_margin = Cm(LANDSCAPE_BOTTOM if landscape else MARGINS["bottom"])
        section.left_margin = Cm(MARGINS["left"])
        section.right_margin = Cm(MARGINS["right"])
        section.header_distance = Cm(MARGINS["header"])
        section.different_first_page_header_footer = first
        if not first:
            return
        number = section.header.paragraphs[0]
        number.style = self.doc.styles[styles.style_name("header")]
        ooxml.add_field(number._p, "PAGE", "2")
        mark = section.first_page_header.paragraphs[0]
        mark.style = self.doc.styles[styles.style_name("header")]
        if draft:
            mark.alignment = styles.ALIGN["right"]
            mark.add_run(DRAFT_MARK)

    # --- blocks ------------------------------------------------------------------------------

    def paragraph(self, block: Para, keep: bool = False, row: Status = Status.KEEP,
                  ) -> etree._Element:
        """The paragraph ``block``; in a table row of one version only (``row``) its runs
        are that version's (the row, not the paragraph mark, is tracked)."""
        p = ooxml.paragraph(self.style_ids[block.style], block.align, keep)
        status = row if row is not Status.KEEP else block.status
        wrapper = None
        for run in block.runs:
            if status is not Status.KEEP and run.status not in (Status.KEEP, status):
                continue  # the other version's run in a paragraph of one version
            start = len(p)
            text = run.old if status is Status.DEL and run.old is not None else run.text
            if run.old is not None and status is Status.KEEP:
                self.changed(p, run)
            elif run.key is None:
                p.append(ooxml.text_run(text, run.sup))
            else:
                wrapper = wrapper or Paragraph(p, self.parent)
                if self.namer is not None and status is Status.KEEP:
                    self.bookmarks += 1
                    p.append(ooxml.el("w:bookmarkStart", id=str(self.bookmarks),
                                      name=self.namer(run.key)))
                    self.renderer.value(wrapper, text, run.key)
                    p.append(ooxml.el("w:bookmarkEnd", id=str(self.bookmarks)))
                else:
                    self.renderer.value(wrapper, text, run.key)
            mark = status if status is not Status.KEEP else run.status
            if mark is not Status.KEEP:
                self.tracked.wrap(p, start, mark)
        if block.anchor:
            self.bookmarks += 1
            ooxml.add_bookmark(p, bookmark_name(block.anchor), self.bookmarks)
        if block.toc_target:
            start = len(p)
            ooxml.add_tab(p)
            ooxml.add_field(p, f"PAGEREF {bookmark_name(block.toc_target)} \\h")
            if status is not Status.KEEP:
                self.tracked.wrap(p, start, status)
        if block.status is not Status.KEEP and row is Status.KEEP:
            self.tracked.mark(p, block.status)
        return p

    def changed(self, p: etree._Element, run: Run) -> None:
        """A run that reads ``run.old`` in the old version: its word diff, as printed."""
        old, new = run.old or "", run.text
        if run.key is not None:
            old, new = printing.display(old), printing.display(new)
        if old == new:
            p.append(ooxml.text_run(new, run.sup))
        else:
            self.tracked.changed(p, old, new, run.sup)

    def table(self, block: Table) -> etree._Element:
        tbl = ooxml.table(block.widths, block.border == "box", block.align)
        widths = block.widths
        # Cells spanning rows: grid column → (rows still to cover, colspan, border).
        spanning: dict[int, list] = {}
        for row in block.rows:
            tr = ooxml.row(row.header)
            if row.status is not Status.KEEP:
                self.tracked.row(tr, row.status)
            cells = iter(row.cells)
            col = 0
            while col < len(widths):
                if col in spanning:
                    _, span, border = spanning[col]
                    tc = ooxml.cell(sum(widths[col:col + span]), span, "continue", border, "top")
                    tc.append(ooxml.paragraph(self.style_ids["cell"], keep_next=block.keep))
                    spanning[col][0] -= 1
                    if spanning[col][0] == 0:
                        del spanning[col]
                else:
                    cell = next(cells)
                    span = cell.colspan
                    merge = None
                    if cell.rowspan > 1:
                        merge = "restart"
                        spanning[col] = [cell.rowspan - 1, span, cell.border]
                    tc = ooxml.cell(sum(widths[col:col + span]), span, merge, cell.border,
                                    cell.valign)
                    for content in cell.paras:
                        tc.append(self.paragraph(content, block.keep, row.status))
                    if row.status is Status.KEEP and any(
                            content.status is not Status.KEEP for content in cell.paras):
                        self.tracked.settle(tc)
                tr.append(tc)
                col += span
            tbl.append(tr)
        return tbl


def _versions(block: Para | Table) -> tuple[Status, ...]:
    """The versions a block is in, each named by the status of what it has alone: the
    old version ``DEL``, the new one ``INS``."""
    if isinstance(block, Table):
        statuses = {row.status for row in block.rows}
        old = bool(statuses - {Status.INS})
        new = bool(statuses - {Status.DEL})
    else:
        old, new = block.status is not Status.INS, block.status is not Status.DEL
    return tuple(v for v, present in ((Status.DEL, old), (Status.INS, new)) if present)


def bookmark_name(anchor: str) -> str:
    """A hidden Word bookmark name for a page-model anchor (``s3.1`` → ``_ps_s3_1``)."""
    return "_ps_" + anchor.replace(".", "_")
