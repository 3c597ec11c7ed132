"""``profstandards export`` and ``consultation`` on the command line."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from profstandards.xmlio.reader import read_file
from tests.conftest import CORPUS_DIR, PRETTY_2017, corpus_file, multi_standard_file
from tests.docx_text import missing_in_order, paragraphs, printed_values, rows, table_with

PS1090 = corpus_file("ps1090_")
PS4 = corpus_file("ps4_06.001_2022")


def test_export_names_the_file_by_number_and_code(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("export", PS1090)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{PS1090} → ps1090_06.042.docx\n"  # source → output
    assert zipfile.is_zipfile(tmp_path / "ps1090_06.042.docx")


def test_export_to_a_file_html_and_stdout(cli, tmp_path):
    out = tmp_path / "sub" / "x.html"
    result = cli("export", PS4, "--to", "html", "-o", out, "--layout", "maket-446n")
    assert result.exit_code == 0, result.output
    assert "Справочная информация" in out.read_text(encoding="utf-8")
    result = cli("export", PS4, "--to", "html", "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")


def test_multi_standard_file_gives_one_document_per_standard(cli, tmp_path):
    source = tmp_path / "multi.xml"
    source.write_bytes(multi_standard_file([PS1090, PS4, corpus_file("ps4_06.001_2013")]))
    result = cli("export", source, "-o", tmp_path / "out/")
    assert result.exit_code == 0, result.output
    made = sorted(p.name for p in (tmp_path / "out").iterdir())
    # both versions of reg. 4 are named by their dates, whichever comes first
    assert made == ["ps1090_06.042.docx", "ps4_06.001_2013-11-18.docx",
                    "ps4_06.001_2022-07-20.docx"]
    assert f"{source} (рег. № 4) → {tmp_path / 'out' / 'ps4_06.001_2013-11-18.docx'}" \
        in result.stdout.splitlines()
    assert "Программист" in paragraphs((tmp_path / "out" / "ps4_06.001_2022-07-20.docx")
                                       .read_bytes())
    result = cli("export", source, "-o", tmp_path / "one.docx")
    assert result.exit_code == 2
    assert "-o должен быть каталогом" in result.stderr and not (tmp_path / "one.docx").exists()


def test_names_do_not_depend_on_the_order_of_the_inputs(cli, tmp_path):
    """Two exports of reg. 566 with the same date are named after their files, in any
    order; a name that would still repeat is numbered by path, not by order."""
    correct = corpus_file("ps566_06.028_2015-10-05.xml")
    swapped = corpus_file("ps566_06.028_2015-10-05_export2020")
    runs = []
    for order in ((correct, swapped), (swapped, correct)):
        out = tmp_path / f"run{len(runs)}"
        result = cli("export", *order, "--to", "html", "-o", out)
        assert result.exit_code == 0, result.output
        runs.append(sorted(p.name for p in out.iterdir()))
        assert {line.split(" → ")[0] for line in result.stdout.splitlines()} == \
            {str(correct), str(swapped)}
    assert runs[0] == runs[1] == sorted([f"{correct.stem}.html", f"{swapped.stem}.html"])
    copy = tmp_path / "copy" / correct.name
    copy.parent.mkdir()
    copy.write_bytes(correct.read_bytes())
    first, second = sorted([str(correct), str(copy)])  # wherever the checkout is
    for order in ((correct, copy), (copy, correct)):
        result = cli("export", *order, "--to", "html", "-o", tmp_path / "dup")
        assert result.exit_code == 0, result.output
        by_source = dict(line.split(" → ") for line in result.stdout.splitlines())
        assert by_source[first].endswith(f"/{correct.stem}.html")
        assert by_source[second].endswith(f"/{correct.stem}-2.html")


def test_whole_corpus_directory(cli, tmp_path):
    result = cli("export", CORPUS_DIR, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.glob("*.docx"))) == 25
    assert result.stderr.count("умения и знания в файле перепутаны") == 2


@pytest.mark.parametrize("data, message", [
    (b"", "не удалось прочитать файл"),
    (b"<XMLCardInfo><a></b></XMLCardInfo>", "не является корректным XML"),
])
def test_unreadable_input_is_one_line_and_exit_2(cli, tmp_path, data, message):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(data)
    result = cli("export", bad, "-o", tmp_path)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(str(bad)) and "Traceback" not in lines[0]


def test_a_file_whose_values_would_be_lost_is_refused_with_its_position(cli, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(PRETTY_2017.read_bytes().replace(b"<NameOTF>", b"<Note>x</Note><NameOTF>", 1))
    result = cli("export", bad, PS1090, "-o", tmp_path / "out")
    assert result.exit_code == 2
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(f"{bad}:") and "неизвестный элемент <Note>" in line
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["ps1090_06.042.docx"]
    english = cli("export", bad, "--lang", "en", "-o", tmp_path / "en")
    assert "the document would miss something" in english.stderr


def test_a_missing_element_prints_a_dash_and_is_no_reason_to_refuse(cli, tmp_path):
    source = tmp_path / "s.xml"
    data = PS1090.read_bytes()
    start = data.index(b"<PurposeKindProfessionalActivity>")
    end = data.index(b"</PurposeKindProfessionalActivity>") + len(
        b"</PurposeKindProfessionalActivity>")
    source.write_bytes(data[:start] + data[end:])
    result = cli("export", source, "-o", tmp_path / "s.docx")
    assert result.exit_code == 0, result.output
    purpose = rows(table_with((tmp_path / "s.docx").read_bytes(), "-"))
    assert purpose == [["-"]]


def test_elements_out_of_order_and_comments_lose_nothing(cli, tmp_path):
    source = tmp_path / "s.xml"
    data = PS1090.read_bytes().replace(b"<NameOTF>", b"<!-- note --><NameOTF>", 1)
    code = data.index(b"<CodeOTF>")
    name_end = data.index(b"</NameOTF>") + len(b"</NameOTF>")
    name = data[data.index(b"<NameOTF>"):name_end]
    source.write_bytes(data[:code] + name + data[code:name_end - len(name)] + data[name_end:])
    result = cli("export", source, "-o", tmp_path / "s.docx")
    assert result.exit_code == 0, result.output
    standard = read_file(PS1090).document.standards[0]
    found = paragraphs((tmp_path / "s.docx").read_bytes())
    assert missing_in_order(printed_values(standard), found) is None


def test_normalize_puts_swapped_lists_back(cli, tmp_path):
    swapped = corpus_file("ps566_06.028_2015-10-05_export2020")
    plain = cli("export", swapped, "-o", tmp_path / "plain.docx")
    fixed = cli("export", swapped, "--normalize", "-o", tmp_path / "fixed.docx")
    assert "перепутаны" in plain.stderr and "безопасных исправлений" in fixed.stderr
    skills = rows(table_with((tmp_path / "fixed.docx").read_bytes(), "Трудовые действия"))
    first_skill = next(r[1] for r in skills if r[0] == "Необходимые умения")
    assert first_skill.split()[0].endswith("ть")  # an infinitive: skills are skills again


def test_export_survives_broken_variants_of_real_files(cli, tmp_path):
    """Mutated genuine exports (see test_mutation): exit 0 with a document, or 2 with one
    line naming the file; never an exception."""
    from tests.mutations import variant as _variant

    rng = random.Random(5)
    source = tmp_path / "m.xml"
    outcomes = {0: 0, 2: 0}
    for i in range(120):
        source.write_bytes(_variant(rng))
        fmt = "docx" if i % 6 == 0 else "html"
        out = tmp_path / f"out.{fmt}"
        out.unlink(missing_ok=True)
        result = cli("export", source, "--to", fmt, "-o", out)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            result.exc_info)
        assert result.exit_code in outcomes, result.output
        outcomes[result.exit_code] += 1
        if result.exit_code == 0:
            assert out.stat().st_size > 1000
        else:
            assert result.stderr.startswith(str(source)) and "Traceback" not in result.stderr
    assert min(outcomes.values()) >= 10, outcomes


def test_a_file_without_standards_is_named(cli, tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"<XMLCardInfo><ProfessionalStandarts></ProfessionalStandarts></XMLCardInfo>")
    result = cli("export", empty, "-o", tmp_path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{empty}: ") and "нет ни одного стандарта" in result.stderr


def test_a_draft_without_number_and_code_is_named_after_its_file(cli, tmp_path):
    standards = Path(__file__).parents[1] / "standards"
    draft = standards / "inzhener-konstruktor-uchebnogo-oborudovaniya.xml"
    result = cli("export", draft, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir()] == [f"{draft.stem}.docx"]
    result = cli("consultation", draft, "-o", tmp_path / "c", "--start", "01.03.2027",
                 "--end", "31.03.2027")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == sorted(
        f"{draft.stem}_{part}.docx" for part in ("comments", "cover-note", "draft"))
