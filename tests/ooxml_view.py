"""Read a redline's document XML the way Word shows it after «Accept all» or «Reject all».

Written for the tests from the OOXML rules, independently of the writer: a run inside
``w:ins`` exists only when accepted, one inside ``w:del`` (``w:delText``) only when
rejected; a paragraph whose mark is removed joins the next paragraph (not a table: before
a table it stays, empty, as LibreOffice keeps it); a table row marked inserted (deleted)
disappears when rejected (accepted); adjacent tables are one table (Word and LibreOffice
join them).  A tracked row at the top of a table whose one cell has no margins holds a
paragraph of one version (the writer puts a heading of a removed ТФ there, see
``DocxRenderer``): it reads as that paragraph, not as a row.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ACCEPT, REJECT = "accept", "reject"


def body(docx: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return etree.fromstring(z.read("word/document.xml")).find(f"{W}body")


def paragraphs(docx: bytes, view: str) -> list[str]:
    """The non-empty paragraph texts (cells included) in document order."""
    out: list[str] = []
    _container(body(docx), view, out)
    return [t for t in out if t.strip()]


def structure(docx: bytes, view: str) -> str:
    """The body as the view lays it out: ``P`` for a paragraph (empty ones too), ``T``
    for a table (adjacent tables are one), e.g. ``PPTPT``.  Section breaks (where one
    standard of a file ends and the next begins, too) are left out, and so is an empty
    last paragraph (the mark that ends the document cannot be tracked: a version that
    ends earlier, a file's last standard removed, ends with it)."""
    out: list[str] = []
    children = list(body(docx))
    merged = ""  # the text of paragraphs joined into the next one
    for k, child in enumerate(children):
        if child.tag == f"{W}p":
            if child.find(f"{W}pPr/{W}sectPr") is not None:
                merged = ""
                continue
            merged += _text(child, view)
            r_pr = child.find(f"{W}pPr/{W}rPr")
            following = children[k + 1] if k + 1 < len(children) else None
            if r_pr is not None and _gone(r_pr, view) and following is not None \
                    and following.tag == f"{W}p":
                continue
            last = following is None or following.tag == f"{W}sectPr"
            if not (last and not merged):
                out.append("P")
            merged = ""
        elif child.tag == f"{W}tbl":
            rows = _rows(child, view)
            leading = 0
            while leading < len(rows) and _paragraph_row(rows[leading]):
                leading += 1
            out += ["P"] * leading
            if rows[leading:] and not (out and out[-1] == "T"):
                out.append("T")
    return "".join(out)


def _rows(tbl: etree._Element, view: str) -> list[etree._Element]:
    return [tr for tr in tbl.findall(f"{W}tr")
            if (tr_pr := tr.find(f"{W}trPr")) is None or not _gone(tr_pr, view)]


def _paragraph_row(tr: etree._Element) -> bool:
    """A tracked row of one cell without margins: a paragraph of one version."""
    cells = tr.findall(f"{W}tc")
    margins = tr.find(f"{W}tc/{W}tcPr/{W}tcMar")
    tracked = tr.find(f"{W}trPr/{W}ins") is not None or tr.find(f"{W}trPr/{W}del") is not None
    return tracked and len(cells) == 1 and margins is not None and all(
        m.get(f"{W}w") == "0" for m in margins)


def tables(docx: bytes, view: str) -> list[list[list[str]]]:
    """The body's tables as the view shows them: rows (those the view keeps) of cell
    texts (the cell's paragraphs joined by line breaks); a table left without rows is
    gone."""
    out = []
    for tbl in body(docx).iter(f"{W}tbl"):
        rows = []
        visible = _rows(tbl, view)
        while visible and _paragraph_row(visible[0]):
            visible.pop(0)
        for tr in tbl.findall(f"{W}tr"):
            if tr not in visible:
                continue
            cells = []
            for tc in tr.findall(f"{W}tc"):
                texts: list[str] = []
                _container(tc, view, texts)
                cells.append("\n".join(texts))
            rows.append(cells)
        if rows:
            out.append(rows)
    return out


def revisions(docx: bytes) -> list[etree._Element]:
    return [el for el in body(docx).iter(f"{W}ins", f"{W}del")]


def _gone(el: etree._Element, view: str) -> bool:
    """A paragraph mark or a row that the view removes."""
    return el.find(f"{W}del" if view == ACCEPT else f"{W}ins") is not None


def _container(el: etree._Element, view: str, out: list[str]) -> None:
    pending = ""
    children = list(el)
    for k, child in enumerate(children):
        if child.tag == f"{W}p":
            text = pending + _text(child, view)
            r_pr = child.find(f"{W}pPr/{W}rPr")
            following = children[k + 1] if k + 1 < len(children) else None
            if r_pr is not None and _gone(r_pr, view) and following is not None \
                    and following.tag == f"{W}p":
                pending = text
                continue
            out.append(text)
            pending = ""
        elif child.tag == f"{W}tbl":
            if pending:
                out.append(pending)
                pending = ""
            for tr in child.findall(f"{W}tr"):
                tr_pr = tr.find(f"{W}trPr")
                if tr_pr is not None and _gone(tr_pr, view):
                    continue
                for tc in tr.findall(f"{W}tc"):
                    _container(tc, view, out)
    if pending:
        out.append(pending)


def text(p: etree._Element, view: str) -> str:
    """The text of one paragraph in the view (its own runs only)."""
    return _text(p, view)


def _text(p: etree._Element, view: str) -> str:
    parts: list[str] = []
    for child in p:
        if child.tag == f"{W}r":
            parts.append(_run(child, f"{W}t"))
        elif child.tag == f"{W}ins" and view == ACCEPT:
            parts += [_run(r, f"{W}t") for r in child.findall(f"{W}r")]
        elif child.tag == f"{W}del" and view == REJECT:
            parts += [_run(r, f"{W}delText") for r in child.findall(f"{W}r")]
    return "".join(parts)


def _run(r: etree._Element, text_tag: str) -> str:
    out = []
    for el in r:
        if el.tag == text_tag:
            out.append(el.text or "")
        elif el.tag == f"{W}tab":
            out.append("\t")
        elif el.tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
    return "".join(out)
