"""Word files from strangers: ``profstandards import`` refuses what it must with one line and
exit 2, never a traceback, and never fetches anything."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.word_docs import WORD, edited, export, parts, repack, standard, write

ENCRYPTED = WORD / "encrypted_password-secret.docx"  # made by msoffcrypto-tool, password «secret»


def one_line_exit_2(cli, path, *words: str) -> str:
    result = cli("import", path)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith(str(path)), lines[0]
    for word in words:
        assert word in lines[0], lines[0]
    assert not path.with_suffix(".xml").exists()
    return lines[0]


def test_a_zip_bomb_is_refused(cli, tmp_path):
    files = parts(export(standard()))
    files["word/media/image1.png"] = bytes(16 << 20)  # 16 MB that pack into 16 KB
    one_line_exit_2(cli, write(tmp_path, "bomb.docx", repack(files)), "zip")


def test_too_many_parts_are_refused(cli, tmp_path):
    files = parts(export(standard()))
    files.update({f"customXml/item{i}.xml": b"<a/>" for i in range(5001)})
    one_line_exit_2(cli, write(tmp_path, "many.docx", repack(files)), "zip")


def test_a_part_lying_about_its_size_is_corrupt(cli, tmp_path):
    data = bytearray(export(standard()))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    # Halve the size the central directory claims: the data no longer fits it.
    at = data.index(b"word/document.xml", data.index(b"PK\x01\x02"))
    entry = data.rindex(b"PK\x01\x02", 0, at)
    data[entry + 24:entry + 28] = (info.file_size // 2).to_bytes(4, "little")
    one_line_exit_2(cli, write(tmp_path, "liar.docx", bytes(data)))


def test_a_doctype_in_a_part_is_refused(cli, tmp_path):
    data = edited(export(standard()), ('<w:document ', '<!DOCTYPE w:document [<!ENTITY e '
                                       '"x">]><w:document '))
    one_line_exit_2(cli, write(tmp_path, "doctype.docx", data), "DOCTYPE")


def test_external_relationships_are_never_fetched(cli, tmp_path, http_server):  # noqa: F811
    url, hits = http_server
    files = parts(export(standard()))
    rels = files["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>", (
        f'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/attachedTemplate" Target="{url}/template.dotx" TargetMode="External"/>'
        f'<Relationship Id="rIdY" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/image" Target="{url}/logo.png" TargetMode="External"/>'
        "</Relationships>"))
    files["word/_rels/document.xml.rels"] = rels.encode()
    path = write(tmp_path, "external.docx", repack(files))
    result = cli("import", path)
    assert result.exit_code == 0, result.output
    assert hits == []


def test_a_password_protected_file_is_refused(cli, tmp_path):
    path = write(tmp_path, "secret.docx", ENCRYPTED.read_bytes())
    one_line_exit_2(cli, path, "парол")


@pytest.mark.parametrize("cut", [0.5, 0.05])
def test_a_corrupt_file_is_refused(cli, tmp_path, cut):
    data = export(standard())
    one_line_exit_2(cli, write(tmp_path, "broken.docx", data[:int(len(data) * cut)]))


def test_not_a_standard_is_refused(cli, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Протокол заседания рабочей группы")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "Наименование"
    out = io.BytesIO()
    document.save(out)
    one_line_exit_2(cli, write(tmp_path, "minutes.docx", out.getvalue()),
                    "не найдены ни разделы I–III")


def test_a_document_without_tables_is_refused_with_the_likely_reason(cli, tmp_path):
    """What LibreOffice makes of a PDF: text in frames, no table."""
    import docx

    document = docx.Document()
    document.add_paragraph("Профессиональный стандарт")
    document.add_paragraph("3.1. Обобщенная трудовая функция")
    out = io.BytesIO()
    document.save(out)
    one_line_exit_2(cli, write(tmp_path, "from-pdf.docx", out.getvalue()),
                    "в документе нет ни одной таблицы")


def test_not_a_word_file_is_refused(cli, tmp_path):
    one_line_exit_2(cli, write(tmp_path, "photo.docx", b"\x89PNG\r\n\x1a\n" + bytes(100)))
    one_line_exit_2(cli, write(tmp_path, "notes.txt", "просто текст".encode()))


def test_a_missing_libreoffice_is_one_clear_line(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("PROFSTANDARDS_SOFFICE", str(tmp_path / "no-such-soffice"))
    line = one_line_exit_2(cli, write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0" + bytes(600)),
                           "LibreOffice")
    assert "apt-get install" in line
