"""Real Word documents: a developer's draft for public discussion and a legal database's
(ГАРАНТ) RTF of reg. 1286.  Each imports to schema-valid XML with every ОТФ and ТФ and
every labor action, skill and knowledge item — counted by hand from the documents
(the rows of each ТФ's table) — and with what stays unplaced listed."""

from __future__ import annotations

from profstandards import wordin
from profstandards.rules.engine import DRAFT, REGISTRY
from profstandards.wordin.convert import convert_file
from tests.word_docs import DRAFT as DRAFT_DOCX
from tests.word_docs import GARANT_DOCX

# Per ТФ: (code as printed, labor actions, skills, knowledge), counted by hand.
DRAFT_WF = [("A/01.3", 10, 7, 27), ("A/02.3", 7, 10, 16), ("A/03.3", 4, 8, 16),
            ("B/01.4", 6, 8, 22), ("В/02.4", 3, 6, 20), ("В/03.4", 6, 4, 7)]
GARANT_WF = [("А/01.3", 9, 9, 14), ("А/02.3", 7, 7, 13), ("В/01.3", 9, 10, 15),
             ("В/02.3", 8, 7, 13), ("С/01.4", 12, 9, 12), ("С/02.4", 8, 8, 13),
             ("D/01.4", 12, 11, 13), ("D/02.4", 7, 8, 13)]


def work_functions(standard):
    return [(wf.code, len(wf.labor_actions), len(wf.skills), len(wf.knowledge))
            for _, wf in standard.work_functions()]


def totals(counts):
    return tuple(sum(c[i] for c in counts) for i in (1, 2, 3))


def schema_findings(conversion):
    return [f for f, _ in conversion.findings if f.code < "PS100"]


def test_the_developers_draft(tmp_path):
    result = wordin.read_file(DRAFT_DOCX)
    s = result.document.standards[0]
    assert [(gf.code, gf.level, len(gf.functions)) for gf in s.functions] == \
        [("A", "3", 3), ("В", "4", 3)]
    assert work_functions(s) == DRAFT_WF
    assert totals(DRAFT_WF) == (36, 43, 108)
    assert s.name == "Оператор прецизионного травления изделий микроэлектроники"
    assert (s.registration_number, s.order_number, s.approval_date) == ("", "", "")
    assert s.general.kind_of_activity.startswith("Проведение процессов жидкостного")
    assert [(u.code, u.name) for u in s.general.okz] == \
        [("8189", "Операторы промышленных установок и машин, не входящие в другие группы")]
    assert [u.code for u in s.general.okved] == ["26.11.3"]
    gf = s.functions[0]
    assert gf.job_titles.texts() == [
        "Оператор жидкостного прецизионного травления",
        "Оператор прецизионного травления 4-го разряда",
        "Оператор жидкостного прецизионного травления 4-го разряда"]
    assert [(u.code, u.name) for u in gf.eks] == \
        [("§134", "Травильщик прецизионного травления 4-го разряда")]
    assert gf.origin is None and all(wf.origin is None for wf in gf.functions)
    r = s.developers.responsible
    assert (r.head_position, r.head_name) == ("Генеральный директор",
                                               "Свинаренко Андрей Геннадьевич")
    assert len(s.developers.organizations) == 2
    assert result.unplaced == [] and result.outside == [] and result.disagreements == []

    conversion = convert_file(DRAFT_DOCX, tmp_path / "draft.xml")
    assert conversion.profile == DRAFT  # neither registration nor order number
    assert schema_findings(conversion) == []
    # The draft's Cyrillic «В» in codes are found and pointed at their Word cells.
    homoglyphs = [(f.code, w.table, w.row, w.column) for f, w in conversion.findings
                  if f.code == "PS103"]
    assert homoglyphs == [("PS103", "10", 1, 4), ("PS103", "12.1", 1, 4),
                          ("PS103", "13", 2, 4)]


def test_the_legal_database_copy():
    result = wordin.read_file(GARANT_DOCX)
    s = result.document.standards[0]
    assert [gf.code for gf in s.functions] == ["А", "В", "С", "D"]
    assert [len(gf.functions) for gf in s.functions] == [2, 2, 2, 2]
    assert work_functions(s) == GARANT_WF
    assert totals(GARANT_WF) == (72, 69, 106)
    assert (s.name, s.registration_number, s.order_number, s.approval_date) == (
        "Контролер радиоэлектронной аппаратуры и приборов", "1286", "479н", "03.07.2019")
    assert (s.general.code, s.general.purpose) == (
        "40.201", "Обеспечение качества радиоэлектронной аппаратуры и приборов")
    d = s.functions[3]
    assert [(u.code, u.name) for u in d.okpdtr] == [
        ("12950", "Контролер деталей и приборов"),
        ("13047", "Контролер радиоэлектронной аппаратуры и приборов")]
    # Note marks are not values: «осмотров (обследований) ³» → «… (обследований)».
    assert s.functions[0].admission_conditions.texts()[1] == \
        "Прохождение противопожарного инструктажа"
    assert len(s.developers.organizations) == 6
    # The order's text and the ГАРАНТ notes before the standard are outside it; the notes
    # citing other regulations have no place in the registry XML and are unplaced.
    assert [u.where.para for u in result.outside if not u.where.table] == [1, 2, 3, 4, 5, 6, 7]
    assert [(u.where.para, u.where.text[:2]) for u in result.unplaced] == [
        (38, "³ "), (39, "⁴ "), (40, "⁵ "), (41, "⁶ ")]
    assert result.disagreements == []


def test_the_legal_database_copy_is_schema_valid(tmp_path):
    conversion = convert_file(GARANT_DOCX, tmp_path / "garant.xml")
    assert conversion.profile == REGISTRY
    assert schema_findings(conversion) == []
    assert conversion.counts["generalized_functions"] == 4
    assert conversion.counts["work_functions"] == 8


def test_every_value_knows_its_word_cell():
    result = wordin.read_file(DRAFT_DOCX)
    places = result.provenance()
    assert len(places) == result.counts()["values"] + sum(
        1 for v, _ in places if not v.text.strip())
    assert all(where is not None for _, where in places)
    by_key = {(v.field.key, v.index): w for v, w in places if v.scope == "A/01.3"}
    first = by_key[("wf.labor_actions", 0)]
    assert (first.table, first.row, first.column) == ("6", 7, 2)
    assert first.text.startswith("Подготовка к проведению технологического процесса")
    name = next(w for v, w in places if v.field.key == "standard.name")
    assert name.table == "" and name.para == 5
