"""The text of a Word body as a reader sees it: one pass of an XSLT over the main part.

A paragraph's text is the concatenation of its runs' ``w:t``, with ``w:tab`` as a tab
and ``w:br``/``w:cr`` as a line break; deleted text (tracked deletions, moved-away text),
field instructions, text boxes and the fallback copies of drawings are not text.

:func:`flow` turns the body into one string: the texts, with private-use marker
characters for where paragraphs, tables, rows and cells begin and end, the cells' merge
properties, superscript runs and symbols (:mod:`.grid` reads it).  libxslt does the
walk, so no Python object is made per element: that keeps a large document fast.  The
transform runs on the tree the hardened parser made and may read or write nothing
else (``XSLTAccessControl.DENY_ALL``).

Note marks are not part of a value.  A superscript run of digits becomes superscript
digit characters, so «м³» stays «м³» while the «¹» of a label «ОКЗ¹» is dropped by
:func:`label`; the «<1>» marks of legal databases and superscript numbers set apart by a
space («осмотров ³») are dropped from every text.  Non-breaking and other special
spaces become plain spaces, soft hyphens and zero-width characters go.
"""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

from profstandards.office import W

M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


# Markers in the string :func:`flow` makes (private-use characters, taken out of texts).
PARA, PARA_END, TABLE, TABLE_END, ROW, CELL, CELL_END, SEP, SUP, SUP_END, SYM, SYM_END = (
    chr(c) for c in range(0xE010, 0xE01C))
MARKERS = "".join(chr(c) for c in range(0xE010, 0xE01C))

def _t(text: str) -> str:
    return f"<xsl:text>{text}</xsl:text>"


def _value(select: str) -> str:
    """An attribute's value, short, without marker characters."""
    return f"<xsl:value-of select=\"translate(substring({select}, 1, 8), '{MARKERS}|', '')\"/>"


# Text deleted or moved away, inside a drawing's fallback or a text box is not the
# paragraph's.
_OWN = ("not(ancestor::w:del or ancestor::w:moveFrom or ancestor::mc:Fallback"
        " or ancestor::w:txbxContent)")
_FLOW = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="{W}" xmlns:m="{M}" xmlns:mc="{MC}">
  <xsl:output method="text" encoding="utf-8"/>
  <xsl:template match="/"><xsl:apply-templates select="w:document/w:body"/></xsl:template>
  <xsl:template match="text()|w:sectPr|w:tblPr|w:tblGrid|w:tblPrEx|w:trPr|w:tcPr
      |w:txbxContent|mc:Fallback|w:del|w:moveFrom"/>
  <xsl:template match="w:p">
    {_t(PARA)}
    <xsl:for-each select="(.//w:r/*|.//m:t)[{_OWN}]">
      <xsl:choose>
        <xsl:when test="SUPERSCRIPT">
          {_t(SUP)}<xsl:value-of select="TEXT"/>{_t(SUP_END)}
        </xsl:when>
        <xsl:when test="self::w:t or self::m:t"><xsl:value-of select="TEXT"/></xsl:when>
        <xsl:when test="self::w:tab"><xsl:if test="not(parent::w:tabs)">{_t("&#9;")}</xsl:if>
        </xsl:when>
        <xsl:when test="self::w:sym">{_t(SYM)}{_value("@w:char")}{_t(SYM_END)}</xsl:when>
        <xsl:when test="self::w:noBreakHyphen">{_t("-")}</xsl:when>
        <xsl:when test="(self::w:br or self::w:cr)
            and (not(@w:type) or @w:type = 'textWrapping')">{_t("&#10;")}</xsl:when>
      </xsl:choose>
    </xsl:for-each>
    {_t(PARA_END)}
  </xsl:template>
  <xsl:template match="w:tbl">{_t(TABLE)}<xsl:apply-templates/>{_t(TABLE_END)}</xsl:template>
  <xsl:template match="w:tr">
    {_t(ROW)}
    <xsl:if test="w:trPr/w:gridBefore">{_value("w:trPr/w:gridBefore/@w:val")}{_t(SEP)}</xsl:if>
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="w:tc">
    {_t(CELL)}
    <xsl:if test="w:tcPr/w:gridSpan or w:tcPr/w:vMerge or w:tcPr/w:hMerge">
      {_value("w:tcPr/w:gridSpan/@w:val")}{_t("|")}
      <xsl:for-each select="w:tcPr/w:vMerge">{_t("v")}{_value("@w:val")}</xsl:for-each>
      {_t("|")}
      <xsl:for-each select="w:tcPr/w:hMerge">{_t("h")}{_value("@w:val")}</xsl:for-each>
      {_t(SEP)}
    </xsl:if>
    <xsl:apply-templates/>{_t(CELL_END)}
  </xsl:template>
</xsl:stylesheet>"""
_MARKER_BYTES = re.compile(b"\xee\x80[\x90-\x9b]")  # MARKERS in UTF-8


@cache
def _transform(markers: bool, superscripts: bool) -> etree.XSLT:
    """The flow stylesheet, with only the checks a document needs (each costs time on
    every run of text): ``markers`` — its text holds marker characters, to be taken out;
    ``superscripts`` — it has superscript runs."""
    stylesheet = _FLOW.replace('"TEXT"', f"\"translate(., '{MARKERS}', '')\"" if markers
                               else '"."')
    stylesheet = stylesheet.replace(
        '"SUPERSCRIPT"', "\"self::w:t and ../w:rPr/w:vertAlign/@w:val = 'superscript'\""
        if superscripts else '"false()"')
    nothing = etree.XSLTAccessControl.DENY_ALL
    return etree.XSLT(etree.XML(stylesheet), access_control=nothing)


def flow(root: etree._Element, raw: bytes) -> str:
    """The body of the main part ``root`` (``w:document``, parsed from ``raw``) as one
    marked-up string, :func:`clean`."""
    # (``in`` first: a plain search of the bytes is much faster than a regular expression)
    markers = b"\xee\x80" in raw and _MARKER_BYTES.search(raw) is not None
    transform = _transform(markers, b"superscript" in raw)
    return clean(str(transform(root.getroottree())))


def symbol(code: str) -> str:
    """The character of a ``w:sym`` (a Symbol-font code point F0xx, or any other)."""
    code = code.upper()
    if code in _SYMBOLS:
        return _SYMBOLS[code]
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    value = value - 0xF000 if 0xF020 <= value <= 0xF0FF else value
    return chr(value) if 0x20 <= value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else ""


def superscript(value: str) -> str:
    """The digits of ``value`` as superscript characters."""
    return value.translate(_TO_SUPERSCRIPT)


_SPECIAL = re.compile("[\u00a0\u2007\u202f\u2009\u2002\u2003\u00ad\u200b\u200c\u200d\ufeff\u2011]")
_SPACES = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u2002": " ", "\u2003": " ",
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    "\u2011": "-",
})
# Note marks: «<1>», «<*>» of legal databases, and superscript numbers set apart by a
# space («осмотров ³»; not «м³»).  At a paragraph's start «<1>» is the note's own mark.
_SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_ANGLE_MARK = re.compile("<(?:\\d{1,2}|\\*{1,3})>")
_SUPERSCRIPT_MARK = re.compile(f"[{_SUPERSCRIPT_DIGITS}]+(?=[\\s,.;:){MARKERS}]|$)")
_SUPERSCRIPTS = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Symbol-font code points Word writes as w:sym (the private-use page F0xx).
_SYMBOLS = {"F0B7": "•", "F02D": "-", "F0A3": "≤", "F0B3": "≥", "F0B1": "±", "F0D7": "×",
            "F0A7": "•", "F0BE": "—", "F0AE": "→"}


def clean(text: str) -> str:
    """Special spaces to spaces, invisible characters out, note marks («<1>», « ³») out
    (of a text, or of all the paragraphs of :func:`flow`'s string at once: a marker
    character is where a paragraph ends)."""
    if _SPECIAL.search(text):
        text = text.translate(_SPACES)
    if "<" in text:
        text = _drop_marks(_ANGLE_MARK, text, spaced=False)
    if any(digit in text for digit in _SUPERSCRIPT_DIGITS):
        text = _drop_marks(_SUPERSCRIPT_MARK, text, spaced=True)
    return text


def _drop_marks(pattern: re.Pattern[str], text: str, spaced: bool) -> str:
    """``text`` without the matches of ``pattern`` that follow a word (``spaced``: only
    those set apart from it by a space), nor the spaces before them."""
    out: list[str] = []
    done = 0
    for m in pattern.finditer(text):
        start = word = m.start()  # ``word``: where the spaces before the mark begin
        while word > done and text[word - 1].isspace():
            word -= 1
        if word > 0 and not text[word - 1].isspace() and text[word - 1] not in MARKERS \
                and (word < start or not spaced):
            out.append(text[done:word])
            done = m.end()
    return "".join(out) + text[done:] if out else text


def label(text: str) -> str:
    """``text`` as a label: on one line, single spaces, superscript note marks out."""
    return " ".join(_SUPERSCRIPTS.sub(" ", text).split())
