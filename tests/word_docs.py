"""Word files for the import tests: our own export, and copies of it changed part by part."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from profstandards import model, office, wordin
from profstandards.render.docx import DocxRenderer
from profstandards.xmlio import reader
from tests.conftest import FIXTURES, corpus_file

WORD = FIXTURES / "word"
DRAFT = WORD / "draft_operator-pretsizionnogo-travleniya_2020.docx"
GARANT_RTF = WORD / "ps1286_40.201_2019_garant.rtf"
# The RTF as LibreOffice 7.4 converts it (soffice --headless --convert-to docx): the
# ГАРАНТ layout without needing LibreOffice for every test.
GARANT_DOCX = WORD / "ps1286_40.201_2019_garant_libreoffice.docx"


def standard(prefix: str = "ps4_06.001_2022") -> model.Standard:
    return reader.read_file(corpus_file(prefix)).document.standards[0]


def export(std: model.Standard, layout: str = "maket-2013") -> bytes:
    return DocxRenderer(layout).render(std)


def imported(data: bytes, name: str = "test.docx") -> wordin.ImportResult:
    return wordin.read_package(office.open_bytes(data, name))


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def repack(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def edited(data: bytes, *replacements: tuple[str, str], count: int = 1) -> bytes:
    """``data`` (a DOCX) with text replaced in its main part (each must be there)."""
    files = parts(data)
    xml = files["word/document.xml"].decode("utf-8")
    for old, new in replacements:
        assert old in xml, old
        xml = xml.replace(old, new, count)
    files["word/document.xml"] = xml.encode("utf-8")
    return repack(files)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path
