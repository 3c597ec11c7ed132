"""DOC, RTF and ODT through LibreOffice: the legal-database RTF, and our own export saved by
LibreOffice in each format, imported back with at least 95% of the registry XML's values
identical (ignoring whitespace and the look-alike letters in codes).

Needs ``soffice``; without it the tests are skipped — except where
``PROFSTANDARDS_REQUIRE_LIBREOFFICE=1`` is set (``.ci/run`` sets it), where they fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from profstandards import wordin
from tests.word_docs import GARANT_RTF, export, standard
from tests.word_values import identical_share

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
REQUIRED = os.environ.get("PROFSTANDARDS_REQUIRE_LIBREOFFICE") == "1"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not SOFFICE and not REQUIRED,
                                 reason="LibreOffice (soffice) is not installed")]
FORMATS = {"doc": "doc:MS Word 97", "rtf": "rtf", "odt": "odt"}


def test_the_legal_database_rtf_through_libreoffice():
    assert SOFFICE, "LibreOffice is required here"
    result = wordin.read_file(GARANT_RTF)
    s = result.document.standards[0]
    assert (s.registration_number, len(s.functions), sum(1 for _ in s.work_functions())) == \
        ("1286", 4, 8)
    assert len(result.unplaced) == 4  # the notes citing other regulations


@pytest.mark.parametrize("prefix", ["ps1090_06.042", "ps566_06.028_2015-10-05.xml"])
def test_our_export_saved_by_libreoffice_comes_back(tmp_path, prefix):
    assert SOFFICE, "LibreOffice is required here"
    original = standard(prefix)
    source = tmp_path / "standard.docx"
    source.write_bytes(export(original))
    for suffix, target in FORMATS.items():
        subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(tmp_path / suffix),
                        str(source)], capture_output=True, timeout=300, check=True)
        converted = tmp_path / suffix / f"standard.{suffix}"
        result = wordin.read_file(converted)
        same, total = identical_share(original, result.document.standards[0])
        assert same / total >= 0.95, (suffix, same, total)
        assert len(result.document.standards[0].functions) == len(original.functions)
