"""The HTML export: the same layout as the DOCX, one self-contained page."""

from __future__ import annotations

import lxml.html
import pytest

from profstandards.render import html
from profstandards.xmlio.reader import read_file
from tests.conftest import corpus_file
from tests.docx_text import missing_in_order, printed_values


def page(path, layout="maket-2013", draft=False):
    standard = read_file(path).document.standards[0]
    text = html.render(standard, layout, draft=draft)
    return standard, lxml.html.fromstring(text.replace("<br>", "\n")), text


@pytest.mark.parametrize("layout", ["maket-2013", "maket-446n"])
@pytest.mark.parametrize("prefix", ["ps1090_", "ps233_", "ps27_"])
def test_every_value_appears_in_order(prefix, layout):
    standard, tree, _ = page(corpus_file(prefix), layout)
    found = [p.text_content() for p in tree.iter("p")]
    assert missing_in_order(printed_values(standard), found) is None


def test_functional_map_rows_and_merges():
    standard, tree, _ = page(corpus_file("ps1090_"))
    (table,) = tree.find_class("funcmap")
    trs = table.findall(".//tr")
    assert len(trs) == 2 + sum(1 for _ in standard.work_functions())
    assert len(table.findall("thead/tr")) == 2
    spans = [int(td.get("rowspan", 1)) for td in table.xpath(".//tr/td[1]")[2:]
             if td.text_content().strip() in {gf.code for gf in standard.functions}]
    assert spans == [len(gf.functions) for gf in standard.functions]


def test_self_contained_and_escaped():
    standard, tree, text = page(corpus_file("ps1090_"), draft=True)
    assert not tree.xpath("//script|//link|//img|//iframe")
    assert all(a.get("href").startswith("#") for a in tree.iter("a"))
    assert {a.get("href")[1:] for a in tree.iter("a")} <= {e.get("id") for e in
                                                          tree.xpath("//*[@id]")}
    assert "ПРОЕКТ" in text and "405н" not in text
    standard.name = "<b>A & B</b>"
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in html.render(standard)
