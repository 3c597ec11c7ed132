"""The exported documents open in LibreOffice: headless conversion to PDF, read back;
the redline's tracked changes accepted and rejected by LibreOffice itself.

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
from xml.sax.saxutils import escape

import pytest

from profstandards.diff import compare, redline
from profstandards.model import Document, Seq
from profstandards.render.consultation import Consultation, package
from profstandards.render.docx import DocxRenderer
from profstandards.xmlio import reader
from profstandards.xmlio.reader import read_file
from tests.conftest import corpus_file
from tests.rewrite import rewrite

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


# A Basic macro (no Python-UNO needed): open each file, run a command, save as text
# (or as PDF where the output name ends with .pdf).
REVIEW_MACRO = """
Sub Review(jobs As String)
    Dim hidden(0) As New com.sun.star.beans.PropertyValue
    hidden(0).Name = "Hidden"
    hidden(0).Value = True
    Dim text(1) As New com.sun.star.beans.PropertyValue
    text(0).Name = "FilterName"
    text(0).Value = "Text (encoded)"
    text(1).Name = "FilterOptions"
    text(1).Value = "UTF8,LF"
    Dim pdf(0) As New com.sun.star.beans.PropertyValue
    pdf(0).Name = "FilterName"
    pdf(0).Value = "writer_pdf_Export"
    For Each job In Split(jobs, ";")
        parts = Split(job, "|")
        doc = StarDesktop.loadComponentFromURL(ConvertToURL(parts(0)), "_blank", 0, _
                                               hidden())
        If parts(2) <> "" Then
            helper = createUnoService("com.sun.star.frame.DispatchHelper")
            helper.executeDispatch(doc.getCurrentController().getFrame(), _
                                   ".uno:" & parts(2), "", 0, Array())
        End If
        If Right(parts(1), 4) = ".pdf" Then
            doc.storeToURL(ConvertToURL(parts(1)), pdf())
        Else
            doc.storeToURL(ConvertToURL(parts(1)), text())
        End If
        doc.close(True)
    Next
End Sub
"""
MODULE = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<script:module xmlns:script="http://openoffice.org/2000/script" '
          'script:name="Module1" script:language="StarBasic">{}</script:module>\n')


def reviewed_texts(docs: dict[str, bytes], jobs: list[tuple[str, str]], tmp_path) -> list[str]:
    """Each (file, command) job's text after LibreOffice ran the command on the file
    («AcceptAllTrackedChanges», «RejectAllTrackedChanges» or "" for none)."""
    return reviewed(docs, [(name, command, "txt") for name, command in jobs], tmp_path)


def reviewed(docs: dict[str, bytes], jobs: list[tuple[str, str, str]], tmp_path,
             ) -> list:
    """Each (file, command, "txt" | "pdf") job's text, or number of pages printed to
    PDF, after LibreOffice ran the command on the file (one LibreOffice run)."""
    assert SOFFICE, "LibreOffice is required here"
    for name, data in docs.items():
        (tmp_path / name).write_bytes(data)
    profile = tmp_path / "profile"
    env = f"-env:UserInstallation={profile.as_uri()}"
    subprocess.run([SOFFICE, env, "--headless", "--terminate_after_init"], capture_output=True,
                   timeout=300, check=True)
    (profile / "user" / "basic" / "Standard" / "Module1.xba").write_text(
        MODULE.format(escape(REVIEW_MACRO)), encoding="utf-8")
    outputs = [tmp_path / f"{k}.{suffix}" for k, (_, _, suffix) in enumerate(jobs)]
    spec = ";".join(f"{tmp_path / name}|{out}|{command}"
                    for out, (name, command, _) in zip(outputs, jobs, strict=True))
    subprocess.run([SOFFICE, env, "--headless", f'macro:///Standard.Module1.Review("{spec}")'],
                   capture_output=True, timeout=300, check=True)
    return [_pages(out) if out.suffix == ".pdf" else out.read_text(encoding="utf-8")
            for out in outputs]


def _pages(pdf) -> int:
    assert shutil.which("pdfinfo"), "poppler-utils (pdfinfo) is required here"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def lines(text: str) -> list[str]:
    """The non-empty lines, without what LibreOffice adds on its own: the contents'
    page numbers (filled in only after a command) and the zero-width joiner it puts into
    an empty cell of a tracked row.  (Empty paragraphs are checked by the page counts of
    the test below and by ``tests/ooxml_view.structure``.)"""
    out = (re.sub(r"\t\d*$", "", line).replace("\u200d", "") for line in text.split("\n"))
    return [line for line in out if line.strip()]


def test_redline_opens_and_libreoffice_accepts_it_into_the_new_export(tmp_path):
    old, new = (reader.load(corpus_file(p)) for p in ("ps4_06.001_2013", "ps4_06.001_2022"))
    docs = {"redline.docx": redline.render(compare(old, new)),
            "old.docx": DocxRenderer().render(old.standards[0]),
            "new.docx": DocxRenderer().render(new.standards[0])}
    pages = to_pdf_texts({"redline.docx": docs["redline.docx"]}, tmp_path)["redline.docx"]
    assert 15 <= len(pages) <= 25, len(pages)
    assert "3.2.6. Трудовая функция" in " ".join(pages)
    accepted, rejected, new_text, old_text = reviewed_texts(docs, [
        ("redline.docx", "AcceptAllTrackedChanges"), ("redline.docx", "RejectAllTrackedChanges"),
        ("new.docx", ""), ("old.docx", "")], tmp_path)
    assert len(lines(new_text)) > 700
    assert lines(accepted) == lines(new_text)
    assert lines(rejected) == lines(old_text)
    assert lines(accepted) != lines(rejected)


@pytest.mark.slow
def test_accepting_or_rejecting_whole_work_functions_keeps_the_exports_pages(tmp_path):
    """A revision that rewrites every ТФ (reused codes, see tests/rewrite.py) is a
    redline of whole removed and inserted ТФ: after «Accept all» and «Reject all» in
    LibreOffice it has exactly the pages of the two exports — no empty paragraph or
    table is left where a removed ТФ stood — and so has reg. 4, 2013 → 2022."""
    base = reader.load(corpus_file("ps4_06.001_2022")).standards[0]
    donor = reader.load(corpus_file("ps566_06.028_2015-10-05.xml")).standards[0]
    rewritten = Document(Seq([rewrite(base, donor, names=True)]))
    old4, new4 = (reader.load(corpus_file(p)) for p in ("ps4_06.001_2013", "ps4_06.001_2022"))
    docs = {"rewrite.docx": redline.render(compare(Document(Seq([base])), rewritten)),
            "reg4.docx": redline.render(compare(old4, new4)),
            "base.docx": DocxRenderer().render(base),
            "rewritten.docx": DocxRenderer().render(rewritten.standards[0]),
            "old4.docx": DocxRenderer().render(old4.standards[0]),
            "new4.docx": DocxRenderer().render(new4.standards[0])}
    jobs = [("rewrite.docx", "AcceptAllTrackedChanges"), ("rewritten.docx", ""),
            ("rewrite.docx", "RejectAllTrackedChanges"), ("base.docx", ""),
            ("reg4.docx", "AcceptAllTrackedChanges"), ("new4.docx", ""),
            ("reg4.docx", "RejectAllTrackedChanges"), ("old4.docx", "")]
    out = reviewed(docs, [(*job, "pdf") for job in jobs] + [(*job, "txt") for job in jobs[:4]],
                   tmp_path)
    pages, texts = out[:len(jobs)], out[len(jobs):]
    assert pages[0::2] == pages[1::2], list(zip(jobs, pages, strict=True))
    assert lines(texts[0]) == lines(texts[1]) and lines(texts[2]) == lines(texts[3])
