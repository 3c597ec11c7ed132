"""The exported documents open in LibreOffice: headless conversion to PDF, read back.

Needs ``soffice`` and ``pdftotext`` (Debian: libreoffice-writer-nogui, poppler-utils,
fonts-liberation).  Without them the test is skipped — except where
``PROFSTANDARDS_REQUIRE_LIBREOFFICE=1`` is set (``.ci/run`` sets it), where it fails.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess

import pytest

from profstandards.render.consultation import Consultation, package
from profstandards.render.docx import DocxRenderer
from profstandards.xmlio.reader import read_file
from tests.conftest import corpus_file

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
REQUIRED = os.environ.get("PROFSTANDARDS_REQUIRE_LIBREOFFICE") == "1"

pytestmark = pytest.mark.skipif(not (SOFFICE and PDFTOTEXT) and not REQUIRED,
                                reason="LibreOffice (soffice) or pdftotext is not installed")


def to_pdf_texts(docs: dict[str, bytes], tmp_path) -> dict[str, list[str]]:
    """Convert with one headless LibreOffice run; the text of each PDF page by page."""
    assert SOFFICE and PDFTOTEXT, "LibreOffice and poppler-utils are required here"
    for name, data in docs.items():
        (tmp_path / name).write_bytes(data)
    profile = (tmp_path / "profile").as_uri()
    run = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), *(str(tmp_path / name) for name in docs)],
        capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    texts = {}
    for name in docs:
        pdf = tmp_path / name.replace(".docx", ".pdf")
        assert pdf.exists(), (name, run.stdout, run.stderr)
        text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        texts[name] = text.split("\f")[:-1]
    return texts


def test_documents_convert_to_pdf_and_paginate_like_the_official_copy(tmp_path):
    standard = read_file(corpus_file("ps1090_")).document.standards[0]
    period = Consultation(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    docs = {"maket-2013.docx": DocxRenderer().render(standard),
            "maket-446n.docx": DocxRenderer("maket-446n").render(standard)}
    docs.update(package(standard, period))
    pages = to_pdf_texts(docs, tmp_path)

    official = pages["maket-2013.docx"]
    # The signed copy of reg. 1090 has 40 pages: title + contents + section I on page 1,
    # the map on 3–4, ОТФ A on 5, section IV on 39.
    assert 37 <= len(official) <= 43, len(official)
    first = official[0]
    assert "ПРОФЕССИОНАЛЬНЫЙ СТАНДАРТ" in first and "Специалист по большим данным" in first
    flat = " ".join(first.split())
    contents = dict(re.findall(r"\b(I|II|III|3\.\d|IV)\. .*?\.{4,} ?(\d+)", flat))
    assert contents["I"] == "1" and contents["3.1"] == contents["III"]
    section_iv = next(i for i, p in enumerate(official, 1) if "IV. Сведения об организациях"
                      in p and "4.1." in p)
    assert contents["IV"] == str(section_iv)  # the page references were filled in
    assert "Обобщенные трудовые функции" in official[int(contents["II"]) - 1]
    assert official[1].strip().startswith("2")  # the page number, from page 2 on

    def flat(name: str) -> str:
        return " ".join(" ".join(pages[name]).split())

    assert "Справочная информация" in flat("maket-446n.docx")
    assert pages["ps1090_06.042_comments.docx"][0].strip().startswith(
        "Таблица замечаний и предложений")
    assert all(ref in flat("ps1090_06.042_comments.docx") for ref in ("3.4.2.", "D/02.8"))
    assert "ПРОЕКТ" in pages["ps1090_06.042_draft.docx"][0]
    assert "по 31 марта 2025 г. (31 календарный день)" in flat("ps1090_06.042_cover-note.docx")
