"""Hardened XML parsing: lxml with DTDs, entities and network off, plus element positions.

A file from a stranger is parsed without loading or honouring any DTD: a document
type declaration (the carrier of billion-laughs and external-entity attacks) is
refused before libxml2 sees the bytes, and again after parsing for encodings the
byte scan cannot read.  Nothing is ever fetched from the network.

libxml2 gives an element's line but not its column, and registry exports hold the
whole standard on one physical line, so :func:`parse` also scans the decoded text
for start tags and gives every element its (line, column) in document order.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from dataclasses import dataclass

from lxml import etree

from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.xmlio import syntax

ROOT_TAG = "XMLCardInfo"

EMPTY = Msg("файл пуст", "file is empty")
BINARY = Msg("это не XML-файл (двоичные данные)", "not an XML file (binary data)")
DOCTYPE = Msg(
    "объявление DOCTYPE/ENTITY запрещено: такие файлы не читаются (защита от XXE и "
    "«миллиарда смешков»)",
    "DOCTYPE/ENTITY declarations are refused: such files are not read "
    "(protection against XXE and billion-laughs attacks)",
)
MALFORMED = Msg("файл не является корректным XML: {detail}", "malformed XML: {detail}")
ENCODING = Msg("неподдерживаемая кодировка: {detail}", "unsupported encoding: {detail}")
NOT_UTF8 = Msg(
    "байты не соответствуют объявленной кодировке {encoding} (файл на самом деле в "
    "windows-1251? пересохраните его в UTF-8 или объявите encoding=\"windows-1251\")",
    "bytes do not match the declared encoding {encoding} (is the file in windows-1251? "
    "save it as UTF-8 or declare encoding=\"windows-1251\"): {detail}",
)
UNDECLARED = Msg(
    "байты не в UTF-8, а кодировка не объявлена (файл в windows-1251? пересохраните его в "
    "UTF-8 или добавьте в первую строку <?xml version=\"1.0\" encoding=\"windows-1251\"?>)",
    "the bytes are not UTF-8 and no encoding is declared (a windows-1251 file? save it as "
    "UTF-8 or declare encoding=\"windows-1251\"): {detail}",
)
BOM_CONFLICT = Msg(
    "файл начинается с метки {bom} (BOM), а объявляет кодировку {encoding}, и байты не в "
    "{bom}: одно из двух неверно — уберите метку (первые байты файла) или пересохраните "
    "файл в {bom}",
    "the file starts with a {bom} byte order mark but declares the encoding {encoding}, and "
    "its bytes are not {bom}: remove the mark or save the file as {bom} ({detail})",
)
WRONG_ROOT = Msg(
    "корневой элемент <{tag}>, а ожидается <XMLCardInfo> — это не выгрузка профессионального "
    "стандарта",
    "root element is <{tag}>, expected <XMLCardInfo>: not a professional-standard export",
)

_PARSER_OPTIONS = dict(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
    huge_tree=False, collect_ids=False, remove_blank_text=False,
)
# Start tags in document order; comments, CDATA sections and processing instructions
# are matched (and skipped) so that a "<" inside them is not taken for a tag.
_TAGS = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<([^\s/>!?][^\s/>]*)", re.S)
_START_TAG = re.compile(r"<[^\s/>!?]")
_NEWLINE = re.compile("\n")
_DECL_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


class Columns:
    """Element ordinal → 1-based (line, column), from a lazy scan of the text.

    Most positions are never shown, so the text is scanned for start tags only on the
    first request; each request then costs a binary search.  It holds the file's bytes,
    not the lxml tree.
    """

    def __init__(self, data: bytes, encoding: str) -> None:
        self._data: bytes | None = data
        self._encoding = encoding
        self._starts: list[int] = []  # offset of each start tag, in document order
        self._newlines: list[int] = []  # offset of each line feed

    def position(self, ordinal: int) -> tuple[int, int]:
        if self._data is not None:
            self._starts, self._newlines = _scan(self._data, self._encoding)
            self._data = None
        if not 0 <= ordinal < len(self._starts):
            return (0, 0)
        offset = self._starts[ordinal]
        line = bisect_right(self._newlines, offset)  # line feeds before the tag
        line_start = self._newlines[line - 1] + 1 if line else 0
        return (line + 1, offset - line_start + 1)


@dataclass
class Parsed:
    """A parsed file: the lxml root and a resolver of element positions."""

    source: str
    root: etree._Element
    encoding: str
    columns: Columns
    _index: dict[etree._Element, int] | None = None

    def ordinal(self, el: etree._Element) -> int:
        """``el``'s index among the file's elements in document order."""
        if self._index is None:
            self._index = {e: i for i, e in enumerate(self.root.iter(etree.Element))}
        return self._index.get(el, -1)

    def position(self, el: etree._Element) -> tuple[int, int]:
        """1-based (line, column) of ``el``'s start tag."""
        line, column = self.columns.position(self.ordinal(el))
        return (line, column) if line else (el.sourceline or 0, 0)


def parse(data: bytes, source: str) -> Parsed:
    """Parse ``data`` (the bytes of file ``source``) or raise :class:`InputError`."""
    encoding = _sniff(data, source)
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise _syntax_error(e, source, encoding, data) from None
    except (ValueError, LookupError) as e:  # pragma: no cover - lxml reports most as syntax
        raise InputError(source, MALFORMED, detail=syntax.describe(str(e))) from None
    docinfo = root.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.doctype:
        text = data.decode(encoding, errors="replace")
        raise InputError(source, DOCTYPE, *_position(text, text.find("<!")))
    if root.tag != ROOT_TAG:
        raise InputError(source, WRONG_ROOT, root.sourceline or 0, tag=_show_tag(root.tag))
    return Parsed(source, root, docinfo.encoding or encoding, Columns(data, encoding))


def _sniff(data: bytes, source: str) -> str:
    """The encoding to decode ``data`` with (for positions); refuse what is not XML."""
    if not data or data.isspace():
        raise InputError(source, EMPTY)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4096]
    if b"\x00" in head or _looks_binary(head):
        raise InputError(source, BINARY)
    match = _DECL_ENCODING.match(data)
    encoding = match.group(1).decode("ascii").lower() if match else "utf-8"
    # ASCII-compatible encodings: refuse a DTD before libxml2 reads a byte of it.
    prolog = data[:data.find(b"<" + ROOT_TAG.encode())]  # whole file if no such root
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        at = min(i for i in (prolog.find(b"<!DOCTYPE"), prolog.find(b"<!ENTITY")) if i >= 0)
        raise InputError(source, DOCTYPE, *_position(prolog.decode("latin-1"), at))
    return encoding


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text`` ((0, 0) for a negative one)."""
    if offset < 0:
        return (0, 0)
    line_start = text.rfind("\n", 0, offset) + 1
    return (text.count("\n", 0, offset) + 1, offset - line_start + 1)


def _declared(data: bytes) -> str | None:
    """The encoding the XML declaration names (after a BOM, if any), lower-cased."""
    for bom, _ in _BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
            break
    match = _DECL_ENCODING.match(data)
    return match.group(1).decode("ascii").lower() if match else None


_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1f]")


def _looks_binary(head: bytes) -> bool:
    return bool(_CONTROL.search(head)) and not head.lstrip().startswith(b"<")


def _scan(data: bytes, encoding: str) -> tuple[list[int], list[int]]:
    """Offsets (in characters) of the start tags and of the line feeds of ``data``."""
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        text = data.decode("latin-1")
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    body = text.find("?>") + 2 if text.startswith(("<?xml", "\ufeff<?xml")) else 0
    if "<!--" in text or "<![CDATA[" in text or "<?" in text[body:]:
        # Markup that may hold a "<" of its own: matched and skipped.
        starts = [m.start() for m in _TAGS.finditer(text) if m.group(1) is not None]
    else:
        starts = [m.start() for m in _START_TAG.finditer(text, body)]
    return starts, newlines


def _syntax_error(e: etree.XMLSyntaxError, source: str, encoding: str,
                  data: bytes) -> InputError:
    line, column = e.position if e.position else (0, 0)
    detail = (e.msg or str(e)).split(", line ")[0].strip()
    if "Unsupported encoding" in detail or "unknown encoding" in detail.lower():
        name = detail.rsplit(":", 1)[-1].strip()
        return InputError(source, ENCODING, line, column, detail=name)
    if any(s in detail for s in ("not proper UTF-8", "Invalid bytes in character encoding",
                                 "Document labelled UTF-16")):
        declared = _declared(data)
        bom = next((name for mark, name in _BOMS if data.startswith(mark)), None)
        if bom is not None and declared and declared.replace("-", "") not in (
                "utf8", "utf16", "utf16le", "utf16be"):
            return InputError(source, BOM_CONFLICT, line, column, detail=detail,
                              bom="UTF-16" if bom == "utf-16" else "UTF-8", encoding=declared)
        if declared is None:
            return InputError(source, UNDECLARED, line, column, detail=detail)
        return InputError(source, NOT_UTF8, line, column, encoding=declared, detail=detail)
    return InputError(source, MALFORMED, line, column, detail=syntax.describe(detail))


def _show_tag(tag: object) -> str:
    if not isinstance(tag, str):
        return "?"
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        return f"{local} xmlns=\"{uri}\""
    return tag
