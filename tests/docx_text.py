"""Reading rendered documents back in tests: DOCX paragraphs, tables, headers, notes."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from profstandards import model
from profstandards.render.printing import display

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def body(data: bytes) -> etree._Element:
    return part(data, "word/document.xml").find("w:body", NS)


def text_of(p: etree._Element) -> str:
    """A paragraph's text as a reader sees it: tabs and line breaks included."""
    out = []
    for node in p.iter(f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br"):
        tag = etree.QName(node).localname
        if tag == "t":
            out.append(node.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag == "br":
            out.append("\n")
    return "".join(out)


def paragraphs(data: bytes) -> list[str]:
    """The text of every body paragraph (table cells included), in document order."""
    return [text_of(p) for p in body(data).iter(f"{{{W}}}p")]


def tables(data: bytes) -> list[etree._Element]:
    """The top-level tables of the body."""
    return body(data).findall("w:tbl", NS)


def rows(table: etree._Element) -> list[list[str]]:
    """The cell texts of each row (merged continuation cells give "")."""
    return [["\n".join(text_of(p) for p in tc.findall("w:p", NS)) for tc in tr.findall("w:tc", NS)]
            for tr in table.findall("w:tr", NS)]


def table_with(data: bytes, text: str) -> etree._Element:
    """The first table whose first row holds a cell equal to ``text``."""
    for table in tables(data):
        if text in rows(table)[0]:
            return table
    raise AssertionError(f"no table starting with {text!r}")


def headers(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = sorted(n for n in z.namelist() if n.startswith("word/header"))
        return [" ".join(text_of(p) for p in etree.fromstring(z.read(n)).iter(f"{{{W}}}p"))
                for n in names]


def printed_values(standard: model.Standard) -> list[str]:
    """Every value of the standard as printed («-» for an empty one), in printed order,
    except the approval date and order number (they share the stamp's last line)."""
    g = standard.general
    out = [standard.name]
    if standard.registration_number.strip():
        out.append(standard.registration_number)
    out += [g.kind_of_activity, g.code, g.purpose]
    out += _units(g.okz) + _units(g.okved or ())
    for gf in standard.functions:
        out += [gf.name, gf.code, gf.level]
        lists = [gf.job_titles, gf.education, gf.experience, gf.admission_conditions,
                 gf.other_characteristics]
        for seq in lists:
            out += _items(seq)
        for units in (gf.okz, gf.eks, gf.okpdtr, gf.okso, gf.oknpo, gf.oksvnk):
            out += _units(units or ())
        for wf in gf.functions:
            out += [wf.name, wf.code, wf.level]
            for seq in (wf.labor_actions, wf.skills, wf.knowledge, wf.other_characteristics):
                out += _items(seq)
    r = standard.developers.responsible
    out += [r.organization, r.head_position, r.head_name]
    out += _items(standard.developers.organizations)
    return [display(v) for v in out]


def _items(seq: model.Seq[model.Item]) -> list[str]:
    return seq.texts() or [""]


def _units(units) -> list[str]:
    return [text for unit in units for text in (unit.code, unit.name)]


def missing_in_order(expected: list[str], found: list[str]) -> tuple[int, str] | None:
    """The first expected text that does not follow the previous ones in ``found``
    (each a whole paragraph), or ``None`` when all appear in order."""
    position = 0
    for i, text in enumerate(expected):
        try:
            position = found.index(text, position) + 1
        except ValueError:
            return i, text
    return None
