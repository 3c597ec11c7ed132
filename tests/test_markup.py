"""Escaped line breaks («<br />», in the file &lt;br /&gt;) and «&nbsp;», as real registry
exports have them: printed as line breaks in every output, reported once (PS715) and
repaired by ``fix`` where nothing else is marked up."""

from __future__ import annotations

import re
from collections import Counter

from profstandards import markup
from profstandards.diff import compare, render
from profstandards.render.docx import DocxRenderer
from profstandards.render.html import render as html_render
from profstandards.validation import validate_file
from profstandards.xmlio import reader
from tests import docx_text
from tests.conftest import corpus_file

PURPOSE_LIST = "&lt;br /&gt;- первый пункт;&lt;br /&gt;- второй&nbsp;пункт."


def with_breaks(tmp_path):
    """Reg. 1055 with a list written with «<br />» in its purpose and a list item that
    holds two actions joined by one (the way the registry keeps them)."""
    src = corpus_file("ps1055_").read_text(encoding="utf-8")
    src = re.sub(r"(<PurposeKindProfessionalActivity>)(.*?)(</PurposeKindProfessionalActivity>)",
                 lambda m: m[1] + m[2] + PURPOSE_LIST.replace("&nbsp;", "&amp;nbsp;") + m[3],
                 src, count=1, flags=re.S)
    src = re.sub(r"<LaborAction>(.*?)</LaborAction>",
                 lambda m: f"<LaborAction>{m[1]} &lt;br/&gt; Проверка результата</LaborAction>",
                 src, count=1)
    path = tmp_path / "breaks.xml"
    path.write_text(src, encoding="utf-8")
    return path


def test_unescape_and_when_it_is_safe():
    assert markup.unescape("а <br /> б<BR>в&nbsp;г") == "а\nб\nв г"
    assert markup.only_breaks("а<br />б") and markup.only_breaks("а&nbsp;б")
    assert not markup.only_breaks("<b>а</b><br />б")  # other markup: a person decides
    assert not markup.only_breaks("a < b")


def test_every_output_prints_a_line_break(tmp_path):
    standard = reader.load(with_breaks(tmp_path)).standards[0]
    texts = docx_text.paragraphs(DocxRenderer().render(standard))
    assert not [t for t in texts if "<br" in t or "&nbsp;" in t]
    purpose = next(t for t in texts if t.endswith("- второй пункт."))
    assert purpose.split("\n")[-2:] == ["- первый пункт;", "- второй пункт."]
    assert any(t.endswith("контрольными картами\nПроверка результата") for t in texts)
    page = html_render(standard)
    assert "&lt;br" not in page and "- первый пункт;<br>- второй пункт." in page
    clean = reader.load(corpus_file("ps1055_"))
    result = compare(clean, reader.load(with_breaks(tmp_path)))
    text = render(result, "text")
    assert "<br" not in text and " ⏎ - первый пункт; ⏎ - второй пункт." in text
    assert "&lt;br" not in render(result, "html")
    table = docx_text.paragraphs(render(result, "docx-table"))
    assert not [t for t in table if "<br" in t]


def test_reported_once_and_fixed_where_safe(tmp_path, cli):
    path = with_breaks(tmp_path)
    found = Counter(f.code for f in validate_file(path).findings)
    assert found["PS715"] == 2 and not found["PS710"] and not found["PS712"]
    result = cli("fix", path)
    assert result.exit_code == 0, result.output
    assert "«Основная цель вида профессиональной деятельности»" in result.stdout
    assert "PS715 «Трудовые действия» ТФ A/01.5, п. 1" in result.stdout
    after = Counter(f.code for f in validate_file(path).findings)
    assert not after["PS715"] and not after["PS711"]  # the two actions are two items now
    standard = reader.load(path).standards[0]
    assert standard.general.purpose.endswith("\n- первый пункт;\n- второй пункт.")
    first = standard.functions[0].functions[0].labor_actions
    assert first[1].text == "Проверка результата"
