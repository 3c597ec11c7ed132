"""Word refuses a file whose property elements are out of the schema's order
(«unreadable content»); LibreOffice does not mind.  Without Word at hand, check the
order of every property element we write against ECMA-376 (part 1, §17)."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from profstandards.diff import compare, redline
from profstandards.render.consultation import Consultation, package
from profstandards.render.docx import DocxRenderer
from profstandards.xmlio import reader
from profstandards.xmlio.reader import read_file
from tests.conftest import corpus_file
from tests.docx_text import W, part

SEQUENCES = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
           "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap "
           "overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid "
           "spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
           "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    # A run's rPr, or a paragraph mark's (CT_ParaRPr: its revisions first).
    "rPr": "ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike "
           "outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w "
           "kern position sz szCs "
           "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout "
           "specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
             "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook "
             "tblCaption tblDescription",
    "trPr": "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
            "tblCellSpacing jc hidden ins del trPrChange",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
            "tcFitText vAlign hideMark",
    "tblBorders": "top left start bottom right end insideH insideV",
    "tcBorders": "top left start bottom right end insideH insideV tl2br tr2bl",
    "tbl": "bookmarkStart tblPr tblGrid tr",
    "tc": "tcPr p tbl",
    "sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar "
              "paperSrc pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg "
              "textDirection bidi rtlGutter docGrid printerSettings sectPrChange",
}
# Elements that may repeat in place (several header references, rows, paragraphs).
REPEATABLE = {"headerReference", "footerReference", "tr", "p", "tbl"}


def out_of_order(root: etree._Element) -> list[str]:
    bad = []
    for name, sequence in SEQUENCES.items():
        order = sequence.split()
        for element in root.iter(f"{{{W}}}{name}"):
            names = [etree.QName(c).localname for c in element if isinstance(c.tag, str)]
            for a, b in zip(names, names[1:], strict=False):
                if a not in order or b not in order:
                    bad.append(f"{name}: unknown child {a if a not in order else b}")
                elif order.index(a) > order.index(b) or (a == b and a not in REPEATABLE):
                    bad.append(f"{name}: {a} before {b}")
    return bad


def test_property_elements_follow_the_schema_order():
    standard = read_file(corpus_file("ps1090_")).document.standards[0]
    docs = [DocxRenderer().render(standard), DocxRenderer("maket-446n", draft=True).render(
        standard)]
    docs += package(standard, Consultation(dt.date(2025, 3, 1), dt.date(2025, 3, 31))).values()
    old, new = (reader.load(corpus_file(p)) for p in ("ps4_06.001_2013", "ps4_06.001_2022"))
    docs += [redline.render(compare(old, new)), redline.render(compare(new, old),
                                                               layout="maket-446n")]
    for data in docs:
        for name in ("word/document.xml", "word/styles.xml", "word/header1.xml",
                     "word/header2.xml"):
            assert out_of_order(part(data, name)) == [], name
        settings = [etree.QName(c).localname for c in part(data, "word/settings.xml")]
        assert settings.index("updateFields") < settings.index("compat")


def test_the_check_sees_a_wrong_order():
    p = etree.fromstring(f'<w:p xmlns:w="{W}"><w:pPr><w:jc w:val="left"/><w:keepNext/>'
                         f'<w:keepNext/></w:pPr></w:p>')
    assert out_of_order(p) == ["pPr: jc before keepNext", "pPr: keepNext before keepNext"]
