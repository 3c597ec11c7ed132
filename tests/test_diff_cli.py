"""``profstandards diff`` on the command line: exit codes, formats, bad input, git."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import docx
import pytest

from profstandards.render.docx import DocxRenderer
from profstandards.xmlio import reader
from tests import ooxml_view as view
from tests.conftest import corpus_file
from tests.helpers import BAD_INPUTS

OLD = corpus_file("ps4_06.001_2013")
NEW = corpus_file("ps4_06.001_2022")
SWAPPED = corpus_file("ps566_06.028_2015-10-05_export2020")
CORRECT = corpus_file("ps566_06.028_2015-10-05.xml")


def test_identical_is_exit_0_and_says_so(cli):
    result = cli("diff", OLD, OLD)
    assert result.exit_code == 0, result.output
    assert "Различий нет." in result.stdout
    assert cli("diff", "--lang", "en", OLD, OLD).stdout.rstrip().endswith("No differences.")


def test_differences_are_exit_1(cli):
    result = cli("diff", OLD, NEW)
    assert result.exit_code == 1
    assert "Изменений: " in result.stdout and "[-" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour
    assert "\x1b[" in cli("diff", "--color", OLD, NEW).stdout


def test_swapped_export_normalized_is_one_editorial_change(cli):
    result = cli("diff", "--normalize", SWAPPED, CORRECT)
    assert result.exit_code == 1
    assert "Изменений: 1 — по существу 0, редакционных 1." in result.stdout
    plain = cli("diff", SWAPPED, CORRECT)
    assert "--normalize" in plain.stderr  # the hint


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_and_exit_2(cli, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    for args in ((path, NEW), (OLD, path)):
        result = cli("diff", *args)
        assert result.exit_code == 2, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        lines = [ln for ln in result.output.splitlines() if str(path) in ln]
        assert len(lines) == 1 and "Traceback" not in result.output


def test_a_file_the_model_cannot_hold_is_refused(cli, tmp_path):
    path = tmp_path / "extra.xml"
    path.write_bytes(NEW.read_bytes().replace(b"<NameOTF>", b"<Foo>x</Foo><NameOTF>", 1))
    result = cli("diff", OLD, path)
    assert result.exit_code == 2 and "<Foo>" in result.stderr


def test_a_missing_element_does_not_stop_the_comparison(cli, tmp_path):
    path = tmp_path / "draft.xml"
    data = NEW.read_bytes()
    start = data.index(b"<OrderNumber>")
    path.write_bytes(data[:start] + data[data.index(b"</OrderNumber>") + 14:])
    result = cli("diff", NEW, path)
    assert result.exit_code == 0 and "Различий нет." in result.stdout  # not a text field
    assert "приказ от 20.07.2022" in result.stdout


def test_usage_errors_are_exit_2(cli, tmp_path):
    assert cli("diff", OLD).exit_code == 2
    assert cli("diff", OLD, NEW, NEW).exit_code == 2
    assert cli("diff", "--format", "pdf", OLD, NEW).exit_code == 2
    result = cli("diff", "--format", "docx-redline", OLD, NEW)
    assert result.exit_code == 2 and "-o" in result.stderr
    result = cli("diff", "--format", "docx-redline", "--date", "вчера", "-o", tmp_path / "r.docx",
                 OLD, NEW)
    assert result.exit_code == 2 and "--date" in result.stderr
    assert not (tmp_path / "r.docx").exists()
    # Like every command, diff makes a missing output directory.
    result = cli("diff", OLD, NEW, "-o", tmp_path / "missing" / "out.txt")
    assert result.exit_code == 1 and (tmp_path / "missing" / "out.txt").is_file()


def test_every_format_to_a_file(cli, tmp_path):
    for fmt, name in (("text", "d.txt"), ("json", "d.json"), ("html", "d.html"),
                      ("docx-table", "t.docx"), ("docx-redline", "r.docx")):
        out = tmp_path / name
        result = cli("diff", "--format", fmt, "-o", out, OLD, NEW)
        assert result.exit_code == 1, (fmt, result.output)
        assert result.stdout == ""
        assert result.stderr.startswith("Изменений: 227")
        assert out.stat().st_size > 1000
    assert json.loads((tmp_path / "d.json").read_text())["identical"] is False
    assert (tmp_path / "d.html").read_text().startswith("<!DOCTYPE html>")
    redline = (tmp_path / "r.docx").read_bytes()
    docx.Document(io.BytesIO(redline))  # opens
    assert view.revisions(redline)


def test_redline_author_and_date(cli, tmp_path):
    out = tmp_path / "r.docx"
    cli("diff", "--format", "docx-redline", "--author", "Рабочая группа", "--date", "2024-03-01",
        "-o", out, OLD, NEW)
    marks = view.revisions(out.read_bytes())
    assert {m.get(f"{view.W}author") for m in marks} == {"Рабочая группа"}
    assert {m.get(f"{view.W}date") for m in marks} == {"2024-03-01T00:00:00Z"}


def test_redline_in_the_446n_layout_is_that_export_when_accepted(cli, tmp_path):
    out = tmp_path / "r.docx"
    result = cli("diff", "--format", "docx-redline", "--layout", "maket-446n", "-o", out, OLD, NEW)
    assert result.exit_code == 1
    export = DocxRenderer("maket-446n").render(reader.load(NEW).standards[0])
    accepted = view.paragraphs(out.read_bytes(), view.ACCEPT)
    assert accepted == view.paragraphs(export, view.ACCEPT)
    assert "Справочная информация" in accepted
    assert cli("diff", "--format", "docx-redline", "--layout", "maket-1999", "-o", out, OLD,
               NEW).exit_code == 2


def test_binary_to_stdout(cli):
    result = cli("diff", "--format", "docx-table", "-o", "-", OLD, NEW)
    assert result.exit_code == 1 and result.stdout_bytes[:2] == b"PK"


def test_textconv_prints_lines_and_passes_other_files_through(cli, tmp_path):
    result = cli("diff", "--textconv", NEW)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "ТФ B/05.4 «Исправление дефектов программного кода, зафиксированных в базе данных " \
           "дефектов» (уровень 4)" in lines
    assert "  Трудовые действия: Воспроизведение дефектов программного кода, зафиксированных " \
           "в базе данных дефектов" in lines
    other = tmp_path / "pom.xml"
    other.write_bytes(b"<project><a/></project>\n")
    result = cli("diff", "--textconv", other)
    assert result.exit_code == 0 and result.stdout_bytes == other.read_bytes()
    assert str(other) in result.stderr
    assert cli("diff", "--textconv", tmp_path / "none.xml").exit_code == 2


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_diff_with_textconv_as_the_readme_says(tmp_path):
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(tmp_path), *args], check=True,
                              capture_output=True, text=True).stdout

    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    git("config", "diff.profstandard.textconv", f"{sys.executable} -m profstandards diff "
                                                "--textconv")
    git("config", "diff.profstandard.xfuncname", "^((ОТФ|ТФ) .*)$")
    (tmp_path / ".gitattributes").write_text("*.xml diff=profstandard\n")
    shutil.copy(OLD, tmp_path / "ps4.xml")
    git("add", ".")
    git("commit", "-q", "-m", "2013")
    shutil.copy(NEW, tmp_path / "ps4.xml")
    out = git("diff")
    assert "-  Возможные наименования должностей, профессий: Младший программист" in out
    assert "+  Возможные наименования должностей, профессий: Помощник программиста" in out
    git("commit", "-q", "-am", "2022")
    data = NEW.read_bytes().replace("Типичные ошибки".encode(), "Частые ошибки".encode())
    (tmp_path / "ps4.xml").write_bytes(data)
    hunks = [line for line in git("diff").splitlines() if line.startswith("@@")]
    assert len(hunks) == 1 and "@@ ТФ B/05.4 «Исправление дефектов" in hunks[0]
