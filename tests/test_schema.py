"""The XSD: every genuine export validates; each structural defect is rejected on its line."""

from __future__ import annotations

import re

import pytest
import xmlschema
from lxml import etree

from profstandards.xmlio.parser import parse
from profstandards.xmlio.schema import CHECKS, Schema, builtin
from profstandards.xmlio.xsd import SCHEMA_FILE, generate
from tests.conftest import CORPUS, PRETTY_2017, corpus_file


def test_committed_xsd_is_generated_from_the_format_table():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == generate(), \
        "run: python -m profstandards.xmlio.xsd"


def test_xsd_is_xsd_1_0_and_every_element_is_documented_in_russian():
    xmlschema.XMLSchema10(str(SCHEMA_FILE))  # compiles as XSD 1.0
    tree = etree.parse(str(SCHEMA_FILE))
    ns = {"xs": "http://www.w3.org/2001/XMLSchema"}
    elements = tree.xpath("//xs:element", namespaces=ns)
    assert len(elements) > 60
    for el in elements:
        docs = el.xpath("xs:annotation/xs:documentation[@xml:lang='ru']/text()", namespaces=ns)
        assert docs and re.search("[а-яА-Я]", docs[0]), el.get("name")
    texts = tree.xpath("//xs:documentation[@xml:lang='ru']/text()", namespaces=ns)
    for field in ("Трудовые действия", "Требования к опыту практической работы",
                  "Необходимые умения", "Необходимые знания", "Особые условия допуска к работе"):
        assert field in texts


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_every_genuine_export_validates_with_both_engines(path):
    parsed = parse(path.read_bytes(), str(path))
    assert builtin().is_valid(parsed.root)
    assert list(builtin().full().iter_errors(parsed.root)) == []


def _check(data: bytes):
    return builtin().check(parse(data, "m.xml"))


def _line_of(data: bytes, marker: bytes) -> int:
    return data[: data.index(marker)].count(b"\n") + 1


BASE = PRETTY_2017.read_bytes()  # one element per line: lines tell elements apart


@pytest.mark.parametrize("name, mutate, code, marker", [
    ("missing", lambda s: re.sub(rb"<NameOTF>[^<]*</NameOTF>", b"", s, count=1),
     "PS002", b"<LevelOfQualification>"),
    ("order", lambda s: re.sub(rb"(<CodeOTF>[^<]*</CodeOTF>)(\s*)(<NameOTF>[^<]*</NameOTF>)",
                               rb"\3\2\1", s, count=1), "PS003", b"<NameOTF>"),
    ("unknown", lambda s: s.replace(b"<NameOTF>", b"<Foo>bar</Foo>\n<NameOTF>", 1),
     "PS001", b"<Foo>"),
    ("renamed", lambda s: s.replace(b"<LaborActions>", b"<LaborAction>", 1)
     .replace(b"</LaborActions>", b"</LaborAction>", 1), "PS005", b"<LaborAction>"),
    ("non-digit level", lambda s: s.replace(b"<LevelOfQualification>6<",
                                            b"<LevelOfQualification>VI<", 1),
     "PS007", b"<LevelOfQualification>VI"),
    ("text for element", lambda s: s.replace(b"<PossibleJobTitles>",
                                             b"<PossibleJobTitles>\xd0\xb4\xd0\xb0", 1),
     "PS008", b"<PossibleJobTitles>"),
    ("repeated", lambda s: s.replace(b"<NameOTF>", b"<NameOTF>x</NameOTF>\n<NameOTF>", 1),
     "PS004", b"<NameOTF>x</NameOTF>\n<NameOTF>"),
    ("misplaced", lambda s: s.replace(b"<NameOTF>", b"<CodeTF>A/01.1</CodeTF>\n<NameOTF>", 1),
     "PS006", b"<CodeTF>A/01.1"),
    ("attribute", lambda s: s.replace(b"<NameOTF>", b'<NameOTF id="1">', 1), "PS009",
     b'<NameOTF id="1">'),
    ("empty required list", lambda s: re.sub(rb"<LaborActions>.*?</LaborActions>",
                                             b"<LaborActions/>", s, count=1, flags=re.S),
     "PS002", b"<LaborActions/>"),
])
def test_each_defect_class_is_rejected_on_the_right_line(name, mutate, code, marker):
    data = mutate(BASE)
    assert data != BASE, name
    findings = _check(data)
    assert [f.code for f in findings] == [code], [f.message("en") for f in findings]
    (finding,) = findings
    line = _line_of(data, marker)
    if name == "repeated":
        line += 1  # the second NameOTF is the extra one
    assert finding.line == line, (name, finding)
    assert finding.column > 0
    assert re.search("[а-я]", finding.message())  # Russian by default
    assert finding.xpath.startswith("/XMLCardInfo/")


def test_every_error_of_one_parent_is_reported_not_just_the_first():
    data = BASE.replace(b"<NameOTF>", b"<Foo/><NameOTF>", 1)
    data = data.replace(b"<PossibleJobTitles>", b"<Bar/><PossibleJobTitles>", 1)
    data = data.replace(b"<OtherCharacteristicPlus>", b"<Baz/><OtherCharacteristicPlus>", 1)
    data = re.sub(rb"<LevelOfQualification>\d", b"<LevelOfQualification>X", data, count=2)
    findings = _check(data)
    assert sorted(f.code for f in findings) == ["PS001", "PS001", "PS001", "PS007", "PS007"]
    tags = {f.params.get("tag") for f in findings}
    assert {"Foo", "Bar", "Baz", "LevelOfQualification"} <= tags
    # libxml2 alone stops at the first content-model error of the parent
    schema = etree.XMLSchema(etree.fromstring(generate().encode()))
    schema.validate(parse(data, "m.xml").root)
    assert len(schema.error_log) < len(findings)


def test_errors_in_a_compact_file_have_distinct_columns():
    data = corpus_file("ps148_").read_bytes()
    data = data.replace(b"<NameOTF>", b"<Foo/><NameOTF>", 2)
    findings = _check(data)
    assert len(findings) == 2 and len({f.column for f in findings}) == 2
    for f in findings:
        line = data.decode().split("\n")[f.line - 1]
        assert line[f.column - 1:].startswith("<Foo/>")


def test_messages_have_english_versions():
    data = BASE.replace(b"<NameOTF>", b"<Foo/><NameOTF>", 1)
    (finding,) = _check(data)
    assert finding.message("en") == "unknown element <Foo> in <GeneralizedWorkFunction>"
    for check in CHECKS:
        assert check.code.startswith("PS0") and check.title.ru and check.title.en


def test_a_custom_xsd_can_replace_ours(tmp_path):
    strict = generate().replace('<xs:pattern value="[0-9]"/>', '<xs:pattern value="[1-5]"/>')
    path = tmp_path / "strict.xsd"
    path.write_text(strict, encoding="utf-8")
    parsed = parse(BASE, "m.xml")
    assert builtin().check(parsed) == []
    findings = Schema.from_file(path).check(parsed)
    assert findings and {f.code for f in findings} == {"PS007"}


def test_every_renamed_container_is_one_ps005_and_its_content_is_still_checked(tmp_path):
    """A hand-edited file whose list containers are named like their items, in every
    ТФ and ОТФ: one PS005 per container, no other structural code, and the content
    rules see the lists (a defect inside a renamed list is found, and no «ТФ without
    knowledge» appears)."""
    from collections import Counter

    from profstandards.validation import validate_file

    data = corpus_file("ps1055_").read_bytes()
    pairs = [(b"LaborActions", b"LaborAction"), (b"RequiredSkills", b"RequiredSkill"),
             (b"NecessaryKnowledges", b"NecessaryKnowledge"),
             (b"PossibleJobTitles", b"PossibleJobTitle"),
             (b"EducationalRequirements", b"EducationalRequirement")]
    count = 0
    for container, item in pairs:
        count += data.count(b"<" + container + b">")
        data = data.replace(b"<" + container + b">", b"<" + item + b">")
        data = data.replace(b"</" + container + b">", b"</" + item + b">")
    noun = "<RequiredSkill>Способность к анализу</RequiredSkill>".encode()
    data = data.replace(b"<RequiredSkill><RequiredSkill>",
                        b"<RequiredSkill>" + noun + b"<RequiredSkill>", 1)
    path = tmp_path / "renamed.xml"
    path.write_bytes(data)
    result = validate_file(path)
    codes = Counter(f.code for f in result.findings)
    structural = {code for code in codes if code < "PS100"}
    assert structural == {"PS005"} and codes["PS005"] == count > 25
    assert codes["PS404"] == 1 and not codes["PS310"] and not codes["PS312"]
    first = next(f for f in result.findings if f.code == "PS005")
    assert "содержимое проверено как список <PossibleJobTitles>" in first.message()
    clean = Counter(f.code for f in validate_file(corpus_file("ps1055_")).findings)
    assert codes - Counter({"PS005": count, "PS404": 1}) == clean
