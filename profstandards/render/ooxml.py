"""WordprocessingML pieces python-docx has no API for, built directly as elements.

Tables are built here rather than through ``Document.add_table`` (whose cell access
is quadratic in the table size): a 50-ТФ standard has some 2 000 rows.  The element
classes are python-docx's own (``OxmlElement``), so the result is ordinary
python-docx content: ``Paragraph(p, parent)`` works on any paragraph made here.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache

from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from lxml import etree

_make = oxml_parser.makeelement
_NSMAP = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TWIPS_PER_CM = 567
BORDER_SIDES = ("top", "left", "bottom", "right")
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@cache
def _clark(name: str) -> str:
    """``w:tc`` → ``{…/wordprocessingml/2006/main}tc``; a bare name is taken as ``w:``."""
    return qn(name if ":" in name else f"w:{name}")


def el(tag: str, **attrs: str) -> etree._Element:
    """``el("w:jc", val="center")`` → ``<w:jc w:val="center"/>`` (attributes in ``w:``).

    The same as python-docx's ``OxmlElement`` (its element classes, its parser), with
    the names looked up once: a large standard makes some 50 000 elements."""
    return _make(_clark(tag), {_clark(k): v for k, v in attrs.items()}, _NSMAP)


def twips(cm: float) -> str:
    return str(round(cm * TWIPS_PER_CM))


# --- styles --------------------------------------------------------------------------

def set_defaults(styles: etree._Element, font: str, half_points: int, lang: str) -> None:
    """The document defaults: font (no theme fonts), size, language, single spacing."""
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(el("w:rFonts", ascii=font, hAnsi=font, cs=font, eastAsia=font))
    rpr.append(el("w:sz", val=str(half_points)))
    rpr.append(el("w:szCs", val=str(half_points)))
    rpr.append(el("w:lang", val=lang, eastAsia=lang, bidi="ar-SA"))
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(el("w:spacing", after="0", line="240", lineRule="auto"))


def set_outline_level(style: etree._Element, level: int) -> None:
    style.get_or_add_pPr().append(el("w:outlineLvl", val=str(level)))


def set_bottom_rule(style: etree._Element) -> None:
    ppr = style.get_or_add_pPr()
    border = el("w:pBdr")
    border.append(el("w:bottom", val="single", sz="4", space="1", color="000000"))
    # pBdr goes before spacing and indentation in pPr.
    anchor = ppr.find(qn("w:spacing"))
    if anchor is None:
        ppr.append(border)
    else:
        anchor.addprevious(border)


# --- paragraphs and runs -------------------------------------------------------------

def paragraph(style_id: str, align: str | None = None, keep_next: bool = False
              ) -> etree._Element:
    p = el("w:p")
    p.append(_paragraph_props(style_id, align, keep_next).__copy__())
    return p


@cache
def _paragraph_props(style_id: str, align: str | None, keep_next: bool) -> etree._Element:
    """A ``<w:pPr>`` to copy (``__copy__`` of an lxml element is a deep copy, and cheaper
    than building the element again)."""
    ppr = el("w:pPr")
    ppr.append(el("w:pStyle", val=style_id))
    if keep_next:
        ppr.append(el("w:keepNext"))
    if align:
        ppr.append(el("w:jc", val=align))
    return ppr


def text_run(text: str, sup: bool = False) -> etree._Element:
    """A run of ``text``; line breaks become ``<w:br/>``, tabs ``<w:tab/>``."""
    r = el("w:r")
    if sup:
        rpr = el("w:rPr")
        rpr.append(el("w:vertAlign", val="superscript"))
        r.append(rpr)
    for i, line in enumerate(text.split("\n")):
        if i:
            r.append(el("w:br"))
        for j, chunk in enumerate(line.split("\t")):
            if j:
                r.append(el("w:tab"))
            if chunk:
                t = el("w:t")
                t.text = chunk
                if chunk != chunk.strip():
                    t.set(_SPACE, "preserve")
                r.append(t)
    return r


def add_bookmark(p: etree._Element, name: str, ident: int) -> None:
    """Wrap the paragraph's content in bookmark ``name``."""
    start = el("w:bookmarkStart", id=str(ident), name=name)
    p.insert(1 if p.find(qn("w:pPr")) is not None else 0, start)
    p.append(el("w:bookmarkEnd", id=str(ident)))


def add_field(p: etree._Element, instruction: str, cached: str = "") -> None:
    """A complex field (``PAGE``, ``PAGEREF x \\h``) with its cached result."""
    for kind in ("begin", "instr", "separate", "result", "end"):
        r = el("w:r")
        if kind == "instr":
            instr = el("w:instrText")
            instr.text = f" {instruction} "
            instr.set(_SPACE, "preserve")
            r.append(instr)
        elif kind == "result":
            t = el("w:t")
            t.text = cached
            r.append(t)
        else:
            r.append(el("w:fldChar", fldCharType=kind))
        p.append(r)


def add_tab(p: etree._Element) -> None:
    r = el("w:r")
    r.append(el("w:tab"))
    p.append(r)


# --- tables ----------------------------------------------------------------------------

def borders(tag: str, sides: dict[str, bool]) -> etree._Element:
    """``<w:tblBorders>``/``<w:tcBorders>``: single 0.5 pt lines where ``sides`` says."""
    box = el(tag)
    for side, on in sides.items():
        if on:
            box.append(el(f"w:{side}", val="single", sz="4", space="0", color="000000"))
        else:
            box.append(el(f"w:{side}", val="nil"))
    return box


CELL_BORDERS = {
    "box": dict.fromkeys(BORDER_SIDES, True),
    "none": dict.fromkeys(BORDER_SIDES, False),
    "bottom": {"top": False, "left": False, "bottom": True, "right": False},
}


def table(widths_cm: list[float], boxed: bool, align: str) -> etree._Element:
    """An empty fixed-layout table with its grid; add rows with :func:`row`."""
    tbl = el("w:tbl")
    pr = el("w:tblPr")
    pr.append(el("w:tblW", w=twips(sum(widths_cm)), type="dxa"))
    if align != "left":
        pr.append(el("w:jc", val=align))
    if boxed:
        pr.append(borders("w:tblBorders", dict.fromkeys(
            (*BORDER_SIDES, "insideH", "insideV"), True)))
    pr.append(el("w:tblLayout", type="fixed"))
    margins = el("w:tblCellMar")
    margins.append(el("w:left", w="57", type="dxa"))
    margins.append(el("w:right", w="57", type="dxa"))
    pr.append(margins)
    pr.append(el("w:tblLook", val="0000", firstRow="0", lastRow="0", firstColumn="0",
                  lastColumn="0", noHBand="1", noVBand="1"))
    tbl.append(pr)
    grid = el("w:tblGrid")
    for w in widths_cm:
        grid.append(el("w:gridCol", w=twips(w)))
    tbl.append(grid)
    return tbl


def no_cell_margins() -> etree._Element:
    """``<w:tcMar>`` of zero on every side (a cell that reads as a body paragraph)."""
    margins = el("w:tcMar")
    for side in BORDER_SIDES:
        margins.append(el(f"w:{side}", w="0", type="dxa"))
    return margins


def row(header: bool) -> etree._Element:
    tr = el("w:tr")
    tr.append(_row_props(header).__copy__())
    return tr


@cache
def _row_props(header: bool) -> etree._Element:
    pr = el("w:trPr")
    pr.append(el("w:cantSplit"))
    if header:
        pr.append(el("w:tblHeader"))
    return pr


def cell(width_cm: float, colspan: int, merge: str | None, border: str | None,
         valign: str) -> etree._Element:
    """A ``<w:tc>`` with its properties; ``merge`` is ``restart``/``continue``/``None``."""
    tc = el("w:tc")
    tc.append(_cell_props(width_cm, colspan, merge, border, valign).__copy__())
    return tc


@cache
def _cell_props(width_cm: float, colspan: int, merge: str | None, border: str | None,
                valign: str) -> etree._Element:
    pr = el("w:tcPr")
    pr.append(el("w:tcW", w=twips(width_cm), type="dxa"))
    if colspan > 1:
        pr.append(el("w:gridSpan", val=str(colspan)))
    if merge == "restart":
        pr.append(el("w:vMerge", val="restart"))
    elif merge == "continue":
        pr.append(el("w:vMerge"))
    if border is not None:
        pr.append(borders("w:tcBorders", CELL_BORDERS[border]))
    if valign != "top":
        pr.append(el("w:vAlign", val=valign))
    return pr


def update_fields_on_open(settings: etree._Element) -> None:
    """Ask Word to refresh the fields (the contents' page numbers) when it opens the file."""
    update = el("w:updateFields", val="true")
    compat = settings.find(qn("w:compat"))
    if compat is None:
        settings.append(update)
    else:
        compat.addprevious(update)


# --- the package -------------------------------------------------------------------------

def deterministic_zip(data: bytes) -> bytes:
    """The same package with fixed member times, so equal documents give equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
