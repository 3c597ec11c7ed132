"""The reader keeps what the registry distinguishes, with source positions."""

from __future__ import annotations

from lxml import etree

from profstandards import model
from profstandards.xmlio.reader import read_bytes, read_file
from tests.conftest import CORPUS, PRETTY_2017, corpus_file, multi_standard_file


def test_every_corpus_file_reads_without_problems():
    for path in CORPUS:
        result = read_file(path)
        assert result.problems == [], path
        assert len(result.document.standards) == 1


def test_counts_of_a_known_standard():
    doc = read_file(corpus_file("ps4_06.001_2013")).document
    (std,) = doc.standards
    assert std.name == "Программист"
    assert (std.registration_number, std.order_number, std.approval_date) == \
        ("4", "679н", "18.11.2013")
    assert [gf.code for gf in std.functions] == ["A", "B", "C", "D"]
    codes = [wf.code for _, wf in std.work_functions()]
    assert len(codes) == 15
    assert codes[:6] == ["A/01.3", "A/02.3", "A/03.3", "A/04.3", "A/05.3", "B/01.4"]
    b04 = next(wf for _, wf in std.work_functions() if wf.code == "B/04.5")
    assert b04.level == "4"  # the registry's own data error is kept as it is


def test_multi_standard_file_keeps_every_record_in_order():
    paths = [corpus_file(p) for p in ("ps1055", "ps4_06.001_2022", "ps27_")]
    doc = read_bytes(multi_standard_file(paths)).document
    assert [s.registration_number for s in doc.standards] == ["1055", "4", "27"]
    assert doc.standards[1] == read_file(paths[1]).document.standards[0]


def test_absent_list_differs_from_empty_list():
    absent = read_file(corpus_file("ps148_")).document.standards[0].functions[0]
    empty = read_file(corpus_file("ps565_")).document.standards[0].functions[0]
    assert absent.okpdtr is None
    assert empty.okpdtr is not None and len(empty.okpdtr) == 0
    assert absent != empty


def test_absent_okved_and_absent_okz_of_an_otf():
    assert read_file(corpus_file("ps1644_")).document.standards[0].general.okved is None
    e = read_file(corpus_file("ps565_")).document.standards[0].functions[4]
    assert e.code == "E" and e.okz is None and e.eks is not None


def test_empty_units_are_kept():
    units = read_file(corpus_file("ps27_")).document.standards[0].general.okved
    assert units is not None and len(units) == 4
    assert all(u.is_empty for u in units)


def test_carriage_returns_and_stray_spaces_are_kept_verbatim():
    std = read_file(corpus_file("ps27_")).document.standards[0]
    merged = [k.text for _, wf in std.work_functions() for k in wf.knowledge if "\r" in k.text]
    assert merged == ["Терминология и общие понятия по программному управлению станками с ЧПУ"
                      "\r\nФормализованные языки программирования"]
    head = read_file(corpus_file("ps882_")).document.standards[0].developers.responsible
    assert head.head_position.startswith("Управляющий директор \r\n")
    assert read_file(PRETTY_2017).document.standards[0].general.code == "06.001 "


def test_irregular_item_names_map_to_the_same_model():
    std = read_file(corpus_file("ps1644_")).document.standards[0]
    gf = std.functions[0] if len(std.functions[0].other_characteristics) else std.functions[1]
    assert gf.other_characteristics.texts()[0].startswith("Дополнительное профессиональное")
    wf = next(wf for _, wf in std.work_functions() if len(wf.other_characteristics))
    assert isinstance(wf.other_characteristics[0], model.Item)
    assert std.developers.responsible.organization  # nested ResponsibleDeveloper


def test_missing_list_footnes_and_namespace_order_of_the_2017_export():
    doc = read_file(PRETTY_2017).document
    assert not any(wf.footnotes_list for _, wf in doc.standards[0].work_functions())
    assert [p for p, _ in doc.namespaces] == ["xsd", "xsi"]
    assert all(wf.footnotes_list for _, wf in
               read_file(corpus_file("ps4_06.001_2022")).document.standards[0].work_functions())


def test_cyrillic_look_alike_letters_are_not_normalised():
    std = read_file(corpus_file("ps4_06.001_2022")).document.standards[0]
    assert std.functions[0].code == "A"
    assert std.functions[0].functions[0].code == "\u0410/01.3"  # Cyrillic А


def test_locations_point_at_the_element_on_its_line_and_column():
    path = corpus_file("ps4_06.001_2022")
    result = read_file(path)
    wf = result.document.standards[0].functions[1].functions[0]
    text = path.read_text(encoding="utf-8").split("\n")
    for loc, tag in ((wf.loc, "<ParticularWorkFunction>"), (wf.where("code"), "<CodeTF>"),
                     (wf.labor_actions[0].loc, "<LaborAction>")):
        assert loc.line == 4
        assert text[loc.line - 1][loc.column - 1:].startswith(tag), loc
    tree = result.parsed.root.getroottree()
    (el,) = tree.xpath(wf.where("name").xpath)
    assert el.text == wf.name


def test_locations_in_a_pretty_file_have_real_lines():
    result = read_file(PRETTY_2017)
    gf = result.document.standards[0].functions[0]
    lines = PRETTY_2017.read_text(encoding="utf-8").split("\n")
    assert lines[gf.where("code").line - 1].strip() == f"<CodeOTF>{gf.code}</CodeOTF>"
    assert gf.where("code").column == 8  # after seven TABs


def test_windows_1251_and_bom_files_read_like_utf8():
    path = corpus_file("ps4_06.001_2022")
    text = path.read_text(encoding="utf-8")
    cp1251 = text.replace('encoding="utf-8"', 'encoding="windows-1251"').encode("cp1251")
    bom = b"\xef\xbb\xbf" + text.encode("utf-8")
    expected = read_file(path).document
    for data in (cp1251, bom):
        result = read_bytes(data, "x.xml")
        assert result.document == expected
        assert result.problems == []
    loc = read_bytes(cp1251).document.standards[0].functions[1].loc
    assert loc == expected.standards[0].functions[1].loc


def test_lenient_reading_records_problems_instead_of_guessing():
    data = corpus_file("ps148_").read_bytes()
    data = data.replace(b"<NameOTF>", b"<Foo/><NameOTF>", 1)
    data = data.replace(b"<LevelOfQualification>", b"<!-- note --><LevelOfQualification>", 1)
    data = data.replace(b"<PossibleJobTitles>", b"<PossibleJobTitles>stray", 1)
    result = read_bytes(data, "m.xml")
    messages = [p.message("en") for p in result.problems]
    assert any("unknown element <Foo>" in m for m in messages)
    assert any("comment" in m for m in messages)
    assert any("text 'stray'" in m for m in messages)
    assert result.document.standards[0].functions[0].name  # the rest is still read


def test_missing_elements_give_defaults_located_at_the_parent():
    data = corpus_file("ps148_").read_bytes()
    start = data.index(b"<FourthSection>")
    end = data.index(b"</FourthSection>") + len(b"</FourthSection>")
    result = read_bytes(data[:start] + data[end:], "m.xml")
    dev = result.document.standards[0].developers
    assert dev.responsible.organization == "" and len(dev.organizations) == 0
    assert dev.loc.line == result.document.standards[0].loc.line
    assert any("FourthSection" in p.message("en") for p in result.problems)


def test_model_has_no_lxml_objects():
    doc = read_file(corpus_file("ps27_")).document
    seen = [doc]
    while seen:
        obj = seen.pop()
        assert not isinstance(obj, etree._Element)
        if isinstance(obj, (list, tuple)):
            seen.extend(obj)
        elif hasattr(obj, "__dataclass_fields__"):
            seen.extend(getattr(obj, f) for f in obj.__dataclass_fields__)


def test_repeated_out_of_order_child_does_not_hide_a_missing_one():
    # Found by the mutation test: a duplicate that comes after a later sibling used to
    # count as one more distinct child, so a missing element went unnoticed.
    data = corpus_file("ps148_").read_bytes()
    start = data.index(b"<SubQualification>")
    end = data.index(b"</SubQualification>", start) + len(b"</SubQualification>")
    data = data[:start] + b"<CodeTF>A/09.9</CodeTF>" + data[end:]
    result = read_bytes(data, "m.xml")
    messages = [p.message("en") for p in result.problems]
    assert any("extra element <CodeTF>" in m for m in messages)
    assert any("<SubQualification> is missing" in m for m in messages)
    wf = result.document.standards[0].functions[0].functions[0]
    assert wf.level == "" and wf.code != "A/09.9"


def test_positions_skip_markup_that_holds_a_less_than_sign():
    # A comment or CDATA with "<" inside must not be taken for a start tag.
    data = corpus_file("ps148_").read_bytes().replace(
        b"<NameOTF>", b"<!-- <NameOTF>old</NameOTF> --><NameOTF>", 1)
    result = read_bytes(data, "c.xml")
    gf = result.document.standards[0].functions[0]
    line = data.decode().split("\n")[gf.where("name").line - 1]
    column = gf.where("name").column
    assert line[column - 1:].startswith("<NameOTF>")
    assert line[:column - 1].endswith("-->")  # the real one, right after the comment
