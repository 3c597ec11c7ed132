"""``profstandards import``: outputs, styles, exit codes, the report, findings pointed back at
Word, ``--fix``, JSON."""

from __future__ import annotations

import json

from profstandards.render import maket
from profstandards.render.blocks import Cell, Para, Row, Run, Table, para
from profstandards.render.docx import DocxRenderer
from profstandards.render.layouts import LAYOUTS
from profstandards.xmlio import reader
from tests.word_docs import DRAFT, export, standard, write


def page_docx(page) -> bytes:
    renderer = DocxRenderer()
    return renderer.save(renderer.page_document(page))


def test_one_file_next_to_it_pretty_and_valid(cli, tmp_path):
    path = write(tmp_path, "ps4.docx", export(standard()))
    result = cli("import", path)
    assert result.exit_code == 0, result.output
    xml = tmp_path / "ps4.xml"
    data = xml.read_bytes()
    assert data.count(b"\n") > 500  # pretty: an element per line
    back = reader.read_file(xml)
    assert back.problems == []
    assert back.document.standards[0].registration_number == "4"
    assert "ОТФ 4, ТФ 16" in result.output  # the summary (stderr is mixed in by the runner)
    # The findings are validate's (the registry's export has Cyrillic letters in codes).
    findings = [line.split(" [Word: ")[0] for line in result.output.splitlines()
                if line.startswith(str(xml))]
    assert findings and findings == cli("validate", xml).stdout.splitlines()


def test_output_file_style_and_several_inputs(cli, tmp_path):
    one = write(tmp_path, "a.docx", export(standard()))
    two = write(tmp_path, "b.docx", export(standard("ps1090"), "maket-446n"))
    result = cli("import", one, "-o", tmp_path / "out.xml", "--style", "registry")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.xml").read_bytes().count(b"\n") < 10  # registry: compact
    result = cli("import", one, two, "-o", tmp_path / "xml")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "xml").iterdir()) == ["a.xml", "b.xml"]
    result = cli("import", one, two, "-o", tmp_path / "both.xml")
    assert result.exit_code == 2 and "каталог" in result.output


def test_findings_point_at_word_and_fix_applies_the_safe_fixes(cli, tmp_path):
    path = write(tmp_path, "draft.docx", DRAFT.read_bytes())
    result = cli("import", path)
    assert result.exit_code == 0, result.output
    findings = [line for line in result.output.splitlines() if " PS103 " in line]
    assert len(findings) == 3
    assert findings[0].startswith(f"{tmp_path / 'draft.xml'}:")
    assert findings[0].endswith("[Word: таблица 10, строка 1, столбец 4]")
    fixed = cli("import", path, "--fix")
    assert fixed.exit_code == 0, fixed.output
    assert not [line for line in fixed.stdout.splitlines() if " PS103 " in line]
    assert "исправлено: таблица 10, строка 1, столбец 4: PS103" in fixed.output
    codes = [gf.code for gf in reader.read_file(tmp_path / "draft.xml").document
             .standards[0].functions]
    assert codes == ["A", "B"]


def test_unplaced_content_is_listed_and_exits_1(cli, tmp_path):
    page = maket.build(standard(), LAYOUTS["maket-2013"])
    blocks = page.sections[2].blocks
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Table) and b.kind == "tf-items")
    blocks.insert(at, Para([Run("Примечание разработчика: уточнить перечень")], "text"))
    requirements = next(b for b in blocks if isinstance(b, Table) and b.kind == "requirements")
    requirements.rows.append(Row([Cell([para("Согласовано")]), Cell([para("с ФОИВ")])]))
    path = write(tmp_path, "noted.docx", page_docx(page))
    result = cli("import", path)
    assert result.exit_code == 1, result.output
    unplaced = [line for line in result.output.splitlines() if ": не размещено: " in line]
    assert len(unplaced) == 3, result.output
    assert "строка 5, столбец 1 «Согласовано»: не распознано (раздел III)" in unplaced[0]
    assert "строка 5, столбец 2 «с ФОИВ»" in unplaced[1]
    assert "абзац" in unplaced[2]
    assert "«Примечание разработчика: уточнить перечень»: не распознано (раздел III)" \
        in unplaced[2]
    assert (tmp_path / "noted.xml").exists()  # imported all the same


def test_section_ii_and_iii_disagreements_are_reported(cli, tmp_path):
    page = maket.build(standard(), LAYOUTS["maket-2013"])
    funcmap = next(b for b in page.sections[1].blocks if isinstance(b, Table))
    row = funcmap.rows[2]  # the first ОТФ's first ТФ
    row.cells[4] = Cell([para("A/09.3")])  # the ТФ code in the map
    path = write(tmp_path, "map.docx", page_docx(page))
    result = cli("import", path, "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)["files"][0]
    assert report["complete"] is False
    [disagreement] = report["disagreements"]
    assert disagreement["message"] == \
        "ТФ А/01.3: Код ТФ в разделе II «A/09.3», в разделе III «А/01.3»"
    assert disagreement["section2"]["table"] and disagreement["section3"]["table"]
    codes = [wf.code for _, wf in reader.read_file(tmp_path / "map.xml").document
             .standards[0].work_functions()]
    assert codes[0] == "А/01.3"  # section III's value is the one taken


def test_json_report(cli, tmp_path):
    path = write(tmp_path, "draft.docx", DRAFT.read_bytes())
    result = cli("import", path, "--format", "json", "--lang", "en")
    assert result.exit_code == 0
    [report] = json.loads(result.stdout)["files"]
    assert report["counts"] == {"standards": 1, "generalized_functions": 2, "work_functions": 6,
                                "values": report["counts"]["values"]}
    assert report["profile"] == "draft"
    finding = next(f for f in report["findings"] if f["code"] == "PS103")
    assert "Cyrillic" in finding["message"]
    assert finding["word"] == {"table": "10", "row": 1, "column": 4, "text": "В"}
    assert report["unplaced"] == [] and report["outside"] == []


def test_an_unreadable_file_among_several(cli, tmp_path):
    good = write(tmp_path, "good.docx", export(standard()))
    bad = write(tmp_path, "bad.docx", b"not a zip")
    result = cli("import", good, bad, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert (tmp_path / "out" / "good.xml").exists()
    assert not (tmp_path / "out" / "bad.xml").exists()
    assert f"{bad}: " in result.output
