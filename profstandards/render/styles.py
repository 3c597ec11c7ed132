"""The paragraph styles of the printed standard, defined once for DOCX and HTML.

Sizes follow measured printed copies (the Минтруд scan of reg. 1090, a developer's
Word draft; compare ``docs/pages/``): Times New
Roman throughout; the big title 26 pt; the approval stamp and the name 14 pt; text and
tables 12 pt; field labels in the ОТФ/ТФ header rows 10 pt; captions under cells 8 pt;
the notes 8 pt.  :func:`apply` adds them to a python-docx document as named styles
(«ПС …»), :func:`css` gives the same for the HTML page.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from profstandards.render import ooxml

FONT = "Times New Roman"
TOC_TAB_CM = 18.0  # right tab of the contents lines: the text width


@dataclass(frozen=True)
class Style:
    size: float  # pt
    align: str = "left"  # left | center | right | both
    bold: bool = False
    before: float = 0  # pt
    after: float = 0  # pt
    keep_next: bool = False
    indent: float = 0  # left indent, cm
    first: float = 0  # first-line indent, cm
    outline: int | None = None  # heading level for Word's navigation pane
    toc: bool = False  # a contents line: dotted right tab to the page number
    rule: bool = False  # a short rule above the notes


STYLES: dict[str, Style] = {
    "text": Style(12),
    "stamp": Style(14, "center", indent=10.0),
    "title": Style(26, "center", before=18, after=6),
    "name": Style(14, "center", bold=True, after=12),
    "regnum": Style(12, "center"),
    "toc-heading": Style(12, "center", before=12, after=6),
    "toc1": Style(12, toc=True),
    "toc2": Style(12, toc=True, indent=0.5),
    "heading1": Style(14, bold=True, before=18, after=12, keep_next=True, outline=0),
    "heading2": Style(12, bold=True, before=12, after=6, keep_next=True, outline=1),
    "heading3": Style(12, bold=True, before=12, after=6, keep_next=True, outline=2),
    "label": Style(12, before=12, after=6, keep_next=True),
    "cell": Style(12),
    "item": Style(12, "both"),
    "small": Style(10),
    "head": Style(10, "center"),
    "caption": Style(8, "center"),
    "note": Style(8),
    "noterule": Style(4, before=18, after=4, rule=True),
    "gap": Style(6),
    "header": Style(12, "center"),
    # The comments form and the cover note of a public consultation.
    "form-title": Style(14, "center", bold=True, after=6),
    "letter-title": Style(14, "center", bold=True, before=12, after=12),
    "letter": Style(14, "both", after=6, first=1.25),
    "letter-lines": Style(14, after=6),
    "signature": Style(14, before=24),
}

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "both": WD_ALIGN_PARAGRAPH.JUSTIFY}


def style_name(name: str) -> str:
    """The Word style name of ``name``, as Word's style list shows it."""
    return f"ПС {name}"


def style_id(name: str) -> str:
    """An ASCII style id: ``toc-heading`` → ``PSTocHeading``."""
    return "PS" + "".join(part.capitalize() for part in name.split("-"))


def apply(document: Document) -> None:
    """Times New Roman 12 pt, Russian, single spacing as the default; then our styles."""
    ooxml.set_defaults(document.styles.element, FONT, 24, "ru-RU")
    for name, spec in STYLES.items():
        style = document.styles.add_style(style_name(name), WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = style_id(name)
        style.base_style = document.styles["Normal"]
        style.quick_style = name.startswith("heading")
        font = style.font
        font.name = FONT
        font.size = Pt(spec.size)
        font.bold = spec.bold
        fmt = style.paragraph_format
        fmt.alignment = ALIGN[spec.align]
        fmt.space_before = Pt(spec.before)
        fmt.space_after = Pt(spec.after)
        fmt.keep_with_next = spec.keep_next
        if spec.indent:
            fmt.left_indent = Cm(spec.indent)
        if spec.first:
            fmt.first_line_indent = Cm(spec.first)
        if spec.toc:
            fmt.tab_stops.add_tab_stop(Cm(TOC_TAB_CM), WD_TAB_ALIGNMENT.RIGHT,
                                       WD_TAB_LEADER.DOTS)
        if spec.outline is not None:
            ooxml.set_outline_level(style.element, spec.outline)
        if spec.rule:
            fmt.right_indent = Cm(TOC_TAB_CM - 5)
            ooxml.set_bottom_rule(style.element)


def css() -> str:
    """The styles as CSS classes ``p.<name>`` for the HTML page."""
    lines = []
    for name, spec in STYLES.items():
        align = "justify" if spec.align == "both" else spec.align
        rules = [f"font-size:{spec.size:g}pt", f"text-align:{align}",
                 f"margin:{spec.before:g}pt 0 {spec.after:g}pt {spec.indent:g}cm"]
        if spec.bold:
            rules.append("font-weight:bold")
        if spec.first:
            rules.append(f"text-indent:{spec.first:g}cm")
        if spec.rule:
            rules.append("border-bottom:0.5pt solid #000;width:5cm")
        lines.append(f"p.{name}{{{';'.join(rules)}}}")
    return "\n".join(lines)
