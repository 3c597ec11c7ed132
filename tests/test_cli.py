"""The command line: exit codes, output formats, bad input as one line, fmt."""

from __future__ import annotations

import json
import shutil

import pytest

from profstandards.xmlio.reader import read_file
from tests.conftest import CORPUS_DIR, PRETTY_2017, corpus_file
from tests.helpers import BAD_INPUTS


def test_validate_clean_corpus_directory(cli):
    result = cli("validate", "--select", "PS0", CORPUS_DIR)  # the structure (XSD) only
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "25" in result.stderr


def test_validate_reports_every_error_as_file_line_col_code_message(cli, tmp_path):
    bad = tmp_path / "bad.xml"
    data = PRETTY_2017.read_bytes().replace(b"<NameOTF>", b"<Foo/><NameOTF>", 2)
    bad.write_bytes(data)
    result = cli("validate", "--select", "PS0", bad)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        location, rest = line.split(": ", 1)
        path, lineno, col = location.rsplit(":", 2)
        assert path == str(bad) and int(lineno) > 0 and int(col) > 0
        assert rest.startswith("error PS001 неизвестный элемент <Foo>")


def test_validate_english_and_json(cli, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(PRETTY_2017.read_bytes().replace(b"<NameOTF>", b"<Foo/><NameOTF>", 1))
    result = cli("validate", "--lang", "en", "--format", "json", "--select", "PS0", bad,
                 corpus_file("ps148_"))
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == {"file", "line", "column", "severity", "code", "message", "xpath"}
    assert row["severity"] == "error" and row["code"] == "PS001"
    assert row["message"] == "unknown element <Foo> in <GeneralizedWorkFunction>"
    assert row["xpath"].endswith("/GeneralizedWorkFunction[1]/Foo")




@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_and_exit_2(cli, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    for command in (("validate",), ("fmt", "--check")):
        result = cli(*command, path)
        assert result.exit_code == 2, (command, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        problem_lines = [ln for ln in result.output.splitlines() if str(path) in ln]
        assert len(problem_lines) == 1, result.output
        assert "Traceback" not in result.output


def test_missing_path_and_directory_without_xml(cli, tmp_path):
    result = cli("validate", tmp_path / "nope.xml")
    assert result.exit_code == 2 and "нет такого файла" in result.stderr
    result = cli("validate", tmp_path)
    assert result.exit_code == 2 and "нет XML-файлов" in result.stderr


def test_usage_error_exits_2(cli):
    assert cli("validate").exit_code == 2
    assert cli("validate", "--format", "yaml", CORPUS_DIR).exit_code == 2


def test_directory_is_searched_recursively(cli, tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(corpus_file("ps1090_"), nested / "x.xml")
    (tmp_path / "notes.txt").write_text("not xml")
    result = cli("validate", "--format", "json", tmp_path)
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_fmt_rewrites_in_place_then_check_is_clean(cli, tmp_path):
    target = tmp_path / "s.xml"
    shutil.copy(corpus_file("ps148_"), target)
    before = read_file(target).document
    assert cli("fmt", "--check", target).exit_code == 1
    result = cli("fmt", target)
    assert result.exit_code == 0 and "переформатирован" in result.stdout
    assert target.read_bytes().count(b"\n") > 500
    assert read_file(target).document == before
    assert cli("fmt", "--check", target).exit_code == 0
    assert cli("fmt", "--style", "registry", target).exit_code == 0
    assert target.read_bytes() == corpus_file("ps148_").read_bytes()


def test_fmt_says_what_it_left_alone_and_why(cli, tmp_path):
    """A file with a comment inside the standard is refused with the place and the way
    out (validate does not report comments, so fmt does not send the user there), and the
    summary does not call it canonical."""
    data = corpus_file("ps1090_").read_text(encoding="utf-8")
    target = tmp_path / "comment.xml"
    target.write_text(data.replace("<NameProfessionalStandart>",
                                   "<!-- note --><NameProfessionalStandart>", 1),
                      encoding="utf-8")
    result = cli("fmt", "--check", target)
    assert result.exit_code == 2
    assert f"{target}:4: переписать файл без потерь нельзя: комментарий" in result.stderr
    assert "перенесите туда или удалите" in result.stderr and "validate" not in result.stderr
    assert "все уже в каноническом виде" not in result.stderr
    assert "Не тронуты (переписать без потерь нельзя, причина — выше): 1." in result.stderr


def test_fmt_output_file_and_stdout(cli, tmp_path):
    out = tmp_path / "out.xml"
    assert cli("fmt", PRETTY_2017, "-o", out).exit_code == 0
    assert out.read_bytes() == PRETTY_2017.read_bytes() + b"\n"
    result = cli("fmt", "--style", "registry", corpus_file("ps148_"), "-o", "-")
    assert result.exit_code == 0
    assert result.stdout_bytes == corpus_file("ps148_").read_bytes()


def test_fmt_several_files_into_a_directory(cli, tmp_path):
    inputs = [corpus_file("ps148_"), corpus_file("ps27_")]
    assert cli("fmt", *inputs, "-o", tmp_path / "missing").exit_code == 2
    assert cli("fmt", *inputs, "-o", tmp_path).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in inputs)


@pytest.mark.parametrize("command", ["fmt", "fix"])
def test_rewriting_commands_refuse_what_they_cannot_keep(cli, tmp_path, command):
    target = tmp_path / "s.xml"
    original = corpus_file("ps4_06.001_2022").read_bytes().replace(
        b"<NameOTF>", b"<!-- keep me --><NameOTF>", 1)
    target.write_bytes(original)
    result = cli(command, target)
    assert result.exit_code == 2
    assert result.stderr.startswith(str(target)) and "комментарий" in result.stderr
    assert target.read_bytes() == original
