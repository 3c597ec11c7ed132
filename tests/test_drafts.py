"""Our draft standards in ``standards/`` (history included) follow the methodology.

First, ``validate --profile draft`` (schema and every rule) finds nothing in the current
drafts but the one warning they are meant to draw: their ОКПДТР rows keep the five-digit
codes of ОК 016-94, to be re-coded by ОК 016-2025 before submission (issue 14); the earlier
editions in ``history/`` have no errors (the expert-review warnings they draw are checked
in test_expert_rules.py).  The other tests check what the drafts promise beyond the rules:
the level ranges of each standard, the education of each level as approved standards
write it, strict wording tests, ОКВЭД2 names exactly as Rosstat's, the draft status.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from profstandards import function_codes, model, morph, placeholders, rules
from profstandards.findings import Severity
from profstandards.validation import validate_file
from profstandards.xmlio import reader

ROOT = Path(__file__).parent.parent
DRAFTS = sorted((ROOT / "standards").rglob("*.xml"))
CURRENT = [p for p in DRAFTS if p.parent.name == "standards"]
HISTORY = [p for p in DRAFTS if p.parent.name == "history"]
OKVED_CSV = Path(__file__).parent / "fixtures" / "classifiers" / \
    "okved2_rosstat_data-20231201-structure-20180402.csv"

# The level ranges, by standard name.
LEVELS = {
    "Сборщик-наладчик учебного и лабораторного оборудования": range(2, 5),
    "Инженер-конструктор учебного и лабораторного оборудования": range(5, 8),
    "Специалист по оснащению образовательных организаций средствами обучения": range(5, 7),
    "Специалист по внедрению учебного и лабораторного оборудования": range(5, 7),
    "Специалист по сервисному обслуживанию учебного и лабораторного оборудования": range(5, 7),
    "Специалист по контролю качества учебного и лабораторного оборудования": range(5, 7),
    "Методист-разработчик учебно-методических комплектов к учебному и лабораторному "
    "оборудованию": range(6, 8),
}
# Education per level: the 148н pathways as approved standards write them
# (приказ Минтруда № 148н, levels' descriptors); the next level's education is
# accepted as an alternative, as approved standards do.
EDUCATION = {
    2: ("Профессиональное обучение - программы профессиональной подготовки",),
    3: ("Профессиональное обучение - программы профессиональной подготовки",),
    4: ("Среднее профессиональное образование - программы подготовки квалифицированных",
        "Профессиональное обучение - программы профессиональной подготовки"),
    5: ("Среднее профессиональное образование - программы подготовки специалистов среднего звена",),
    6: ("Высшее образование - бакалавриат",),
    7: ("Высшее образование - магистратура или специалитет",),
}
# Added on top of the education of the level (not an alternative to it).
RETRAINING = ("Дополнительное профессиональное образование - программы профессиональной "
              "переподготовки")
VERBAL_NOUN = re.compile(r"(ние|тие|ка|ция|ство)$")
FORBIDDEN_IN_ACTIONS = re.compile(r"знани|умени|владени|соблюдени", re.IGNORECASE)


def standards() -> list[tuple[Path, model.Standard]]:
    return [(path, standard) for path in DRAFTS
            for standard in reader.load(path, strict=True).standards]


def ids(value):
    return value[0].relative_to(ROOT).as_posix() if isinstance(value, tuple) else None


@pytest.fixture(scope="module")
def okved() -> dict[str, str]:
    with OKVED_CSV.open(encoding="cp1251", newline="") as f:
        return {code.strip(): name for _, code, name in csv.reader(f, delimiter=";")}


def test_six_drafts_and_the_editions_the_review_read():
    names = {reader.load(p).standards[0].name for p in CURRENT}
    assert len(CURRENT) == 6 and names == set(LEVELS) - {
        "Специалист по оснащению образовательных организаций средствами обучения"}
    reviewed = {p.name for p in HISTORY}
    assert {"sborshchik-naladchik-uchebnogo-oborudovaniya_red2.xml",
            "inzhener-konstruktor-uchebnogo-oborudovaniya_red1.xml",
            "specialist-po-osnashcheniyu-obrazovatelnyh-organizaciy_red1.xml"} <= reviewed


@pytest.mark.parametrize("path", CURRENT, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_draft_passes_validate_with_the_draft_profile(path):
    result = validate_file(path, selection=rules.Selection(profile="draft"))
    assert result.error is None
    recode = _five_digit_okpdtr_lines(path)
    assert [f"{f.code} {f.message()}" for f in result.findings
            if not (f.severity is Severity.WARNING and f.line in recode)] == []


@pytest.mark.parametrize("path", HISTORY, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_earlier_editions_have_no_errors(path):
    result = validate_file(path, selection=rules.Selection(profile="draft"))
    assert result.error is None
    assert [f.code for f in result.findings if f.severity is Severity.ERROR] == []


def _five_digit_okpdtr_lines(path: Path) -> set[int]:
    """The lines of the ОКПДТР rows still coded by ОК 016-94 (five digits): the draft
    profile warns there that the classifier was replaced (ОК 016-2025, six digits)."""
    lines = set()
    for standard in reader.load(path).standards:
        for gf in standard.functions:
            for unit in gf.okpdtr or ():
                if re.fullmatch(r"\d{5}", unit.code):
                    lines |= {unit.loc.line, unit.where("code").line, unit.where("name").line}
    return lines


@pytest.mark.parametrize("item", standards(), ids=ids)
def test_draft_status_and_shape(item):
    _, standard = item
    assert (standard.registration_number, standard.order_number, standard.approval_date) == \
        ("", "", "")
    assert standard.general.code == ""  # assigned by the Ministry (see README)
    assert 2 <= len(standard.functions) <= 4
    levels = [function_codes.level_of(gf.level) for gf in standard.functions]
    assert levels == sorted(levels) and set(levels) <= set(LEVELS[standard.name])
    assert set(levels) == {min(LEVELS[standard.name]), max(LEVELS[standard.name])} | set(levels)
    for letter, gf in zip("ABCD", standard.functions, strict=False):
        assert gf.code == letter and 2 <= len(gf.functions) <= 5
        for n, wf in enumerate(gf.functions, 1):
            assert wf.code == f"{letter}/{n:02d}.{gf.level}" and wf.level == gf.level
            assert function_codes.parse_tf_code(wf.code) is not None


@pytest.mark.parametrize("item", standards(), ids=ids)
def test_values_are_clean(item):
    _, standard = item
    for node in model.walk(standard):
        if isinstance(node, model.Seq):
            texts = [getattr(i, "text", None) or (i.code, i.name) for i in node]
            assert len(texts) == len(set(texts)), f"duplicate in {node.loc.xpath or texts}"
        for name in model.text_fields(node):
            value = getattr(node, name)
            assert value == " ".join(value.split()), repr(value)
            assert not placeholders.is_placeholder(value)
            assert value not in ("и", "или", "–") and "<" not in value
            for word in re.findall(r"[^\W\d_]+", value):
                assert not (re.search("[А-Яа-яЁё]", word) and re.search("[A-Za-z]", word)), word
    names = [wf.name for _, wf in standard.work_functions()] + \
        [gf.name for gf in standard.functions]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("item", standards(), ids=ids)
def test_wording_follows_the_methodology(item):
    _, standard = item
    own = [wf for _, wf in standard.work_functions() if wf.origin is None]
    heads = [standard.general.purpose] + [gf.name for gf in standard.functions] + \
        [wf.name for wf in own]
    for text in heads:
        assert _verbal_noun(text), text
    for wf in own:  # a borrowed ТФ keeps its original's wording
        for action in wf.labor_actions.texts():
            assert _verbal_noun(action) and not FORBIDDEN_IN_ACTIONS.search(action), action
        for skill in wf.skills.texts():
            word = morph.first_word(skill)
            infinitives = [p for p in morph.parses(word) if p[0] == "INFN"]
            assert infinitives and infinitives[0][1] == "impf", skill  # imperfective first
        for knowledge in wf.knowledge.texts():
            assert not {"INFN", "VERB"} & {p[0] for p in morph.parses(
                morph.first_word(knowledge))[:1]}, knowledge
        assert set(wf.labor_actions.texts()).isdisjoint(wf.skills.texts() + wf.knowledge.texts())
    # Higher levels: fewer labor actions per ТФ (the Ministry's methodology, R46).
    actions, functions = Counter(), Counter()
    for gf, wf in standard.work_functions():
        actions[gf.level] += len(wf.labor_actions)
        functions[gf.level] += 1
    means = [actions[level] / functions[level] for level in sorted(functions)]
    assert means[0] >= means[-1]


@pytest.mark.parametrize("item", standards(), ids=ids)
def test_requirements_fit_the_level(item):
    _, standard = item
    for gf in standard.functions:
        level = function_codes.level_of(gf.level)
        allowed = EDUCATION[level] + EDUCATION.get(level + 1, ())
        assert gf.education.texts() and all(e.startswith(allowed) for e in gf.education.texts()
                                            if not e.startswith(RETRAINING))
        assert all(e.startswith("Не менее ") for e in gf.experience.texts())
        if level <= 4:  # worker professions carry their rank
            assert all(re.search(r"\d-го разряда$", t) for t in gf.job_titles.texts())
        assert gf.job_titles.texts()


@pytest.mark.parametrize("item", standards(), ids=ids)
def test_classifier_references(item, okved):
    _, standard = item
    section1 = {u.code.rstrip("."): u.name for u in standard.general.okz}
    assert all(re.fullmatch(r"\d{4}\.", u.code) for u in standard.general.okz)
    assert standard.general.okved and all(okved.get(u.code) == u.name
                                          for u in standard.general.okved)
    used = set()
    for gf in standard.functions:
        assert gf.okz, gf.code
        for unit in gf.okz:
            assert section1.get(unit.code) == unit.name, unit
            used.add(unit.code)
        assert all(u.code == "-" or re.fullmatch(r"§ \d+", u.code) for u in gf.eks or [])
        assert all(re.fullmatch(r"\d{5}", u.code) for u in gf.okpdtr or [])
        assert all(re.fullmatch(r"\d\.\d{2}\.0[1-4]\.\d{2}", u.code) for u in gf.okso or [])
    assert used == set(section1)  # every group of section I is used by some ОТФ


@pytest.mark.parametrize("item", standards(), ids=ids)
def test_section_iv_names_the_association(item):
    _, standard = item
    responsible = standard.developers.responsible
    assert responsible.organization.startswith("Ассоциация ")
    assert responsible.organization.endswith(", город Москва")
    assert responsible.head_position and responsible.head_name


def _verbal_noun(text: str) -> bool:
    word = morph.first_word(text)
    return bool(VERBAL_NOUN.search(word)) and morph.parses(word)[0][0] == "NOUN"


def test_a_borrowed_function_is_printed_as_borrowed():
    """B/01.5 of the service specialist is ТФ A/02.5 of 06.005 (рег. № 102), word for word;
    the Word export marks it «Заимствовано из оригинала» with the original's code and
    registration number, every other function «Оригинал»."""
    from profstandards.render.docx import DocxRenderer
    from tests.docx_text import rows, table_with

    path = ROOT / "standards" / \
        "specialist-po-servisnomu-obsluzhivaniyu-uchebnogo-oborudovaniya.xml"
    standard = reader.load(path).standards[0]
    borrowed = [wf for _, wf in standard.work_functions() if wf.origin is not None]
    assert [(wf.code, wf.origin.code, wf.origin.registration_number) for wf in borrowed] == \
        [("B/01.5", "A/02.5", "102")]
    original = reader.load(ROOT / "tests" / "fixtures" / "corpus" /
                           "ps102_06.005_2019-07-31.xml").standards[0]
    source = next(wf for _, wf in original.work_functions() if wf.code == "A/02.5")
    for name in ("name", "labor_actions", "skills", "knowledge"):
        assert getattr(borrowed[0], name) == getattr(source, name)
    data = DocxRenderer().render(standard)
    cells = [c for row in rows(table_with(data, "B/01.5")) for c in row]
    assert "Заимствовано из оригинала X" in cells and "A/02.5" in cells and "102" in cells
    assert "X" not in cells
    other = [c for row in rows(table_with(data, "A/01.5")) for c in row]
    assert "X" in other and "Заимствовано из оригинала" in other
