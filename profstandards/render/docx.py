"""The DOCX writer: a laid-out standard (:mod:`~profstandards.render.blocks`) → Word.

:class:`DocxRenderer` writes A4 pages (the functional map on a landscape section),
the page number centred at the top from page 2, the contents with page references
that Word and LibreOffice fill in, and the notes after section IV.

Every value of the standard goes into the document through one method,
:meth:`DocxRenderer.value`, with the paragraph, the text and its stable
:class:`~profstandards.render.blocks.Key`.  A subclass can override it, e.g. to
write tracked changes (``w:ins``/``w:del``) for a revision comparison — with
:func:`profstandards.render.keys.resolve` giving the other version's value under the
same key — and gets the rest of the layout unchanged.

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
from profstandards.render import ooxml, styles, values
from profstandards.render.blocks import Key, Page, Para, Table
from profstandards.render.layouts import DEFAULT, LAYOUTS, Layout
from profstandards.render.maket import build

A4 = (21.0, 29.7)  # cm
MARGINS = {"top": 2.0, "bottom": 2.0, "left": 1.5, "right": 1.5, "header": 1.25}
LANDSCAPE_BOTTOM = 1.0
DRAFT_MARK = "ПРОЕКТ"
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


class DocxRenderer:
    """Renders standards in one layout; subclass and override :meth:`value` to change how
    the values of the standard are written."""

    def __init__(self, layout: Layout | str = DEFAULT, *, draft: bool = False) -> None:
        self.layout = LAYOUTS[layout] if isinstance(layout, str) else layout
        self.draft = draft

    # --- the hook ----------------------------------------------------------------------

    def value(self, paragraph: Paragraph, text: str, key: Key) -> None:
        """Write one value of the standard (``text`` as the model holds it) into
        ``paragraph``.  Empty values print «-».  (The same as
        ``paragraph.add_run(values.display(text))``, a little faster.)"""
        paragraph._p.append(ooxml.text_run(values.display(text)))

    # --- entry points -------------------------------------------------------------------

    def render(self, standard: model.Standard) -> bytes:
        """The DOCX file of ``standard``."""
        return self.save(self.document(standard))

    def document(self, standard: model.Standard) -> DocxDocument:
        """The python-docx document of ``standard`` (not yet saved)."""
        doc = self.page_document(build(standard, self.layout, draft=self.draft))
        subject = " ".join(part for part in (standard.general.code.strip(),
                                             standard.registration_number.strip()) if part)
        self.properties(doc, values.display(standard.name), subject,
                        _approval_datetime(standard.approval_date))
        return doc

    def page_document(self, page: Page) -> DocxDocument:
        """Any page model (the standard, the comments form…) as a python-docx document."""
        doc = docx.Document(io.BytesIO(base_package()))
        _Writer(self, doc).write(page)
        ooxml.update_fields_on_open(doc.settings.element)
        self.properties(doc, values.display(page.title))
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
        self.style_ids = {name: styles.style_id(name) for name in styles.STYLES}

    def write(self, page: Page) -> None:
        for i, section in enumerate(page.sections):
            if i:
                self.doc.add_section(WD_SECTION.NEW_PAGE)
                # The section break is an empty paragraph: make it a small one.
                self.sentinel.getprevious().get_or_add_pPr().insert(
                    0, ooxml.el("w:pStyle", val=self.style_ids["gap"]))
            self.setup(self.doc.sections[-1], section.landscape, first=i == 0,
                       draft=page.draft)
            previous = None
            for block in section.blocks:
                if isinstance(block, Table):
                    if isinstance(previous, Table):  # Word joins adjacent tables
                        self.add(ooxml.paragraph(self.style_ids["gap"], keep_next=previous.keep))
                    self.add(self.table(block))
                else:
                    self.add(self.paragraph(block))
                previous = block

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

    def paragraph(self, block: Para, keep: bool = False) -> etree._Element:
        p = ooxml.paragraph(self.style_ids[block.style], block.align, keep)
        wrapper = None
        for run in block.runs:
            if run.key is None:
                p.append(ooxml.text_run(run.text, run.sup))
            else:
                wrapper = wrapper or Paragraph(p, self.parent)
                self.renderer.value(wrapper, run.text, run.key)
        if block.anchor:
            self.bookmarks += 1
            ooxml.add_bookmark(p, bookmark_name(block.anchor), self.bookmarks)
        if block.toc_target:
            ooxml.add_tab(p)
            ooxml.add_field(p, f"PAGEREF {bookmark_name(block.toc_target)} \\h")
        return p

    def table(self, block: Table) -> etree._Element:
        tbl = ooxml.table(block.widths, block.border == "box", block.align)
        widths = block.widths
        # Cells spanning rows: grid column → (rows still to cover, colspan, border).
        spanning: dict[int, list] = {}
        for row in block.rows:
            tr = ooxml.row(row.header)
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
                        tc.append(self.paragraph(content, block.keep))
                tr.append(tc)
                col += span
            tbl.append(tr)
        return tbl


def bookmark_name(anchor: str) -> str:
    """A hidden Word bookmark name for a page-model anchor (``s3.1`` → ``_ps_s3_1``)."""
    return "_ps_" + anchor.replace(".", "_")
