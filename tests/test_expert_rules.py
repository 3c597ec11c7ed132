"""PS9xx, the expert-review rules: what they find in the first editions of our drafts (the
problems the review of issue 14 named), what they find in the 25 registry exports (the
precision measured there), and their building blocks."""

from __future__ import annotations

import copy
import statistics
from collections import defaultdict
from pathlib import Path

import pytest

from profstandards import model, rules
from profstandards.function_codes import level_of
from profstandards.rules import expert
from profstandards.validation import validate_file
from profstandards.xmlio import reader
from tests.conftest import CORPUS

ROOT = Path(__file__).parent.parent
HISTORY = ROOT / "standards" / "history"
EXPERT = rules.Selection(profile="draft", select=("PS9",))


def expert_findings(path: Path) -> set[tuple[str, str]]:
    """(code, the ОТФ/ТФ or level the finding names) of every PS9xx finding of ``path``."""
    out = set()
    for f in validate_file(path, selection=EXPERT).findings:
        p = f.params
        out.add((f.code, str(p.get("tf") and p["code"] or p.get("code") or p.get("level"))))
    return out


def test_the_first_editions_draw_the_reviews_findings():
    assembler = expert_findings(HISTORY / "sborshchik-naladchik-uchebnogo-oborudovaniya_red2.xml")
    # No ЕТКС/ОКПДТР rows for ranked professions; ОКСО with vocational training only;
    # group II for connecting to switchboards (B/03.3).
    assert assembler == {("PS901", "A"), ("PS901", "B"), ("PS901", "C"), ("PS904", "A"),
                         ("PS904", "B"), ("PS903", "B")}
    designer = expert_findings(HISTORY / "inzhener-konstruktor-uchebnogo-oborudovaniya_red1.xml")
    # Categories without experience; thin level-7 ТФ; C/03.7 joins two functions.
    assert designer == {("PS902", "A"), ("PS902", "B"), ("PS906", "7"), ("PS907", "C/03.7")}
    equipping = expert_findings(
        HISTORY / "specialist-po-osnashcheniyu-obrazovatelnyh-organizaciy_red1.xml")
    # Group II for electrical-safety checks; A/03.5 joins preparing and user support.
    assert equipping == {("PS903", "A"), ("PS907", "A/03.5")}


@pytest.fixture(scope="module")
def corpus_findings():
    found = defaultdict(list)
    for path in CORPUS:
        for f in validate_file(path, selection=EXPERT).findings:
            found[f.code].append((path.name.split("_")[0], f.params))
    return found


def test_precision_on_the_registry_exports(corpus_findings):
    """The counts the README reports; each finding was read and judged (see README)."""
    assert set(corpus_findings) == {"PS906", "PS907"}  # PS901–PS905: nothing on 25 files
    thin = sorted((name, p["level"]) for name, p in corpus_findings["PS906"])
    assert thin == [("ps146", 6), ("ps146", 7), ("ps148", 6), ("ps233", 6), ("ps233", 7),
                    ("ps68", 6)]
    bundled = sorted((name, p["code"]) for name, p in corpus_findings["PS907"])
    assert bundled == [("ps146", "D/04.6"), ("ps4", "C/02.5"), ("ps4", "С/02.5"),
                       ("ps4", "С/02.5"), ("ps882", "B/08.5")]


def test_corpus_medians_are_those_of_the_corpus():
    skills, knowledge = defaultdict(list), defaultdict(list)
    seen = set()
    for path in CORPUS:
        for standard in reader.load(path).standards:
            key = (standard.registration_number, standard.approval_date)
            if key in seen:  # the same standard exported twice
                continue
            seen.add(key)
            for _, wf in standard.work_functions():
                level = level_of(wf.level)
                skills[level].append(len(wf.skills))
                knowledge[level].append(len(wf.knowledge))
    for level, (m_skills, m_knowledge) in expert.CORPUS_MEDIANS.items():
        assert (statistics.median(skills[level]), statistics.median(knowledge[level])) == \
            (m_skills, m_knowledge)


@pytest.mark.parametrize(("name", "pair"), [
    ("Организация подтверждения соответствия и правовой охраны разрабатываемого оборудования",
     ("подтверждение", "охрана")),
    ("Подготовка средств обучения к учебным занятиям и техническая поддержка педагогических "
     "работников", ("подготовка", "поддержка")),
    ("Разработка регламентов и аудит системы безопасности данных", ("разработка", "аудит")),
    ("Разработка и согласование технического задания на оборудование", None),
    ("Текущий ремонт и приемка после ремонта сложных функциональных узлов", None),
    ("Ввод в эксплуатацию, техническое обслуживание и текущий ремонт комплексов", None),
    ("Анализ сбоев в работе БД и выявление их причин", None),
    ("Разработка процедур проверки работоспособности и измерения характеристик", None),
    ("Разработка спецификаций и технических заданий на закупку", None),
    ("Сборка узлов и изделий учебного и лабораторного оборудования", None),
])
def test_two_functions(name, pair):
    assert expert.two_functions(name) == pair


@pytest.mark.parametrize(("text", "groups"), [
    ("Наличие группы по электробезопасности не ниже II", [2]),
    ("Наличие II квалификационной группы по электробезопасности", [2]),
    ("Наличие III группы допуска по электробезопасности", [3]),
    ("Третья группа по электробезопасности", [3]),
    ("Прохождение обучения по охране труда", []),
])
def test_electrical_groups(text, groups):
    assert expert.electrical_groups([text]) == groups


def _designer() -> model.Standard:
    path = HISTORY / "inzhener-konstruktor-uchebnogo-oborudovaniya_red1.xml"
    return copy.deepcopy(reader.load(path).standards[0])


def _codes(standard: model.Standard) -> list[tuple[str, str]]:
    found = rules.run(model.Document(model.Seq([standard])), EXPERT)
    return [(f.code, f.params.get("code", "")) for f in found if f.code == "PS905"]


def test_level_above_the_education_without_experience():
    standard = _designer()
    gf = standard.functions[2]  # C, level 7: магистратура, experience required
    assert _codes(standard) == []
    gf.education = model.texts("Высшее образование - бакалавриат")
    assert _codes(standard) == []  # experience still required
    gf.experience = model.texts("-")
    assert _codes(standard) == [("PS905", "C")]
    gf.education = model.texts("Среднее профессиональное образование - программы подготовки "
                               "квалифицированных рабочих")
    assert _codes(standard) == []  # PS205's case: the education does not lead to 7 at all
