"""Every content rule fires on a defect made for it, and stays silent on a clean standard.

The clean base is a genuine export (reg. 1090, 2020) on which no rule fires.  For each
rule, ``TRIGGERS`` makes one defect in a copy of it; a test checks that the catalogue
has no rule without a trigger, so no rule ships that cannot fire.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from profstandards import model, okved, rules, swap
from profstandards.errors import InputError
from profstandards.findings import Severity
from profstandards.model import ClassifierUnit, Item, Seq, texts
from profstandards.placeholders import placeholder
from profstandards.rules import Selection
from profstandards.xmlio.reader import read_file
from tests.conftest import corpus_file
from tests.helpers import USER_CLASSIFIERS

BASE = read_file(corpus_file("ps1090_")).document


def _gf(std: model.Standard, i: int = 0) -> model.GeneralizedFunction:
    return std.functions[i]


def _wf(std: model.Standard, i: int = 0) -> model.WorkFunction:
    return std.functions[0].functions[i]


def _set(getter: Callable, attr: str, value: object) -> Callable[[model.Standard], None]:
    return lambda std: setattr(getter(std), attr, value)


def _append(getter: Callable, item: object) -> Callable[[model.Standard], None]:
    return lambda std: getter(std).items.append(item)


def _first_text(getter: Callable, value: str) -> Callable[[model.Standard], None]:
    return lambda std: setattr(getter(std).items[0], "text", value)


def _swap_lists(std: model.Standard) -> None:
    swapped = swap.unswap(std)
    std.functions = swapped.functions


def _otf_order(std: model.Standard) -> None:
    std.functions[1].level = "5"


def _single_tf(std: model.Standard) -> None:
    std.functions[3].functions.items = std.functions[3].functions.items[:1]


def _etks(std: model.Standard) -> None:
    _gf(std).eks = Seq([ClassifierUnit("§ 33", "Газоспасатель (3-й разряд)")])
    _gf(std).job_titles = texts("Газоспасатель")


def _okved_name(std: model.Standard) -> None:
    std.general.okved.items[0].name = "Производство мебели"


def _section1(attr: str, value: str) -> Callable[[model.Standard], None]:
    return _set(lambda s: s.general, attr, value)


def _borrow_wf(std: model.Standard, source: str, index: int) -> None:
    """The first ТФ becomes a copy of ТФ ``index`` of the corpus file ``source``."""
    wfs = [wf for _, wf in read_file(corpus_file(source)).document.standards[0]
           .work_functions()]
    copied = copy.deepcopy(wfs[index])
    copied.code = _wf(std).code
    std.functions[0].functions.items[0] = copied


def _borrow_gf(std: model.Standard) -> None:
    """The first ОТФ becomes a copy of ОТФ A of reg. 565 (its ТФ too)."""
    std.functions.items[0] = copy.deepcopy(
        read_file(corpus_file("ps565_")).document.standards[0].functions[0])


def _category(std: model.Standard) -> None:
    _gf(std).job_titles.items.append(Item("Специалист по большим данным I категории"))
    _gf(std).experience = texts("-")


def _electrical(std: model.Standard) -> None:
    _gf(std).admission_conditions.items.append(
        Item("Наличие группы по электробезопасности не ниже II"))
    _wf(std).labor_actions.items.append(Item("Подключение серверов к щиткам электропитания"))


def _okso_training(std: model.Standard) -> None:
    _gf(std).education = texts("Профессиональное обучение - программы профессиональной "
                               "подготовки по профессиям рабочих")
    _gf(std).okso = Seq([ClassifierUnit("2.09.01.01", "Наладчик аппаратного и программного "
                                        "обеспечения")])


def _level_without_experience(std: model.Standard) -> None:  # level 6
    _gf(std).education = texts("Среднее профессиональное образование - программы подготовки "
                               "специалистов среднего звена")
    _gf(std).experience = texts("-")


def _thin_level_7(std: model.Standard) -> None:
    for _, wf in std.work_functions():
        if wf.level == "7":
            wf.skills.items[2:] = []
            wf.knowledge.items[2:] = []


TRIGGERS: dict[str, Callable[[model.Standard], None]] = {
    "PS101": _section1("code", "35.001"),
    "PS102": _section1("code", ""),
    "PS103": _set(_wf, "code", "\u0410/01.6"),
    "PS104": _set(_gf, "code", "Д"),
    "PS105": lambda s: setattr(s.functions[1], "code", "A"),
    "PS106": lambda s: setattr(s.functions[3], "code", "F"),
    "PS107": _set(_wf, "code", "B/09.6"),
    "PS108": lambda s: setattr(_wf(s, 1), "code", _wf(s).code),
    "PS109": _set(_wf, "code", "A/05.6"),
    "PS110": _set(lambda s: s, "registration_number", ""),
    "PS111": _set(lambda s: s, "order_number", ""),
    "PS112": _set(lambda s: s, "approval_date", ""),
    "PS113": _set(lambda s: s, "approval_date", "31.02.2020"),
    "PS114": _set(lambda s: s, "order_number", "405h"),
    "PS201": _set(_gf, "level", "0"),
    "PS202": _set(_wf, "level", "5"),
    "PS203": lambda s: (setattr(_wf(s), "code", "A/01.7"), setattr(_wf(s), "level", "7")),
    "PS204": _otf_order,
    "PS205": _set(_gf, "education", texts("Профессиональное обучение - программы "
                                          "профессиональной подготовки по профессиям рабочих")),
    "PS301": _set(lambda s: s, "name", placeholder("наименование стандарта")),
    "PS302": _set(lambda s: s, "name", ""),
    "PS303": _section1("kind_of_activity", ""),
    "PS304": _section1("purpose", " "),
    "PS305": _set(_wf, "name", ""),
    "PS306": _set(lambda s: s.general, "okz", Seq([ClassifierUnit("", "")])),
    "PS307": _set(lambda s: s.general, "okved", None),
    "PS308": _set(_gf, "job_titles", texts("-")),
    "PS309": _set(_gf, "education", texts("")),
    "PS310": _set(_wf, "labor_actions", texts("-")),
    "PS311": _set(_wf, "skills", texts("–")),
    "PS312": _set(_wf, "knowledge", Seq([])),
    "PS313": _set(_gf, "okz", None),
    "PS314": _set(_gf, "experience", texts("Опыт работы в области анализа данных")),
    "PS315": _etks,
    "PS316": _single_tf,
    "PS401": _first_text(lambda s: _wf(s).labor_actions, "Проводить оценку качества данных"),
    "PS402": _first_text(lambda s: _wf(s).labor_actions, "Знание методов анализа данных"),
    "PS403": _first_text(lambda s: _wf(s).labor_actions, "Соблюдение требований охраны труда"),
    "PS404": _first_text(lambda s: _wf(s).skills, "Способность анализировать данные"),
    "PS405": _first_text(lambda s: _wf(s).skills, "Изучить документацию"),
    "PS406": _first_text(lambda s: _wf(s).knowledge, "Использовать методы анализа"),
    "PS407": _set(_wf, "name", "Разрабатывать модели данных"),
    "PS408": _section1("purpose", "Создавать информационные технологии"),
    "PS409": _first_text(lambda s: _wf(s).labor_actions, "Тестирование"),
    "PS501": lambda s: setattr(_gf(s).okz.items[0], "code", "25-11"),
    "PS502": lambda s: setattr(s.general.okved.items[0], "code", "62.011"),
    "PS503": lambda s: setattr(_gf(s).okpdtr.items[0], "code", "2402-6"),
    "PS504": lambda s: setattr(_gf(s).okso.items[0], "code", "2.09.03"),
    "PS505": lambda s: setattr(_gf(s).eks.items[0], "code", "ЕКС"),
    "PS506": lambda s: setattr(s.general.okved.items[0], "code", "2131"),
    "PS507": lambda s: setattr(_gf(s).okz.items[0], "code", "9999"),
    "PS508": lambda s: setattr(s.general.okved.items[0], "code", "72.40"),
    "PS509": _okved_name,
    "PS601": _set(lambda s: s.developers.responsible, "organization", ""),
    "PS602": _set(lambda s: s.developers.responsible, "head_position", ""),
    "PS603": _set(lambda s: s.developers.responsible, "head_name", "-"),
    "PS604": _first_text(lambda s: s.developers.organizations, "ООО «Ромашка»"),
    "PS701": _swap_lists,
    "PS702": _append(lambda s: s.general.okz, ClassifierUnit("", "")),
    "PS703": lambda s: setattr(s.general.okz.items[0], "name", ""),
    "PS704": _append(lambda s: _wf(s).labor_actions, Item("  ")),
    "PS705": _append(lambda s: _wf(s).labor_actions, Item("-")),
    "PS706": _append(lambda s: _gf(s).education, Item("или")),
    "PS707": lambda s: _wf(s).labor_actions.items.append(Item(_wf(s).labor_actions[0].text)),
    "PS708": lambda s: setattr(_wf(s, 1), "name", _wf(s).name),
    "PS709": lambda s: setattr(_wf(s), "name", _gf(s).name),
    "PS710": lambda s: setattr(_wf(s).labor_actions[0], "text",
                               "<b>" + _wf(s).labor_actions[0].text + "</b>"),
    "PS711": _first_text(lambda s: _wf(s).knowledge, "Методы анализа\r\nМетоды синтеза"),
    "PS712": _set(lambda s: s.developers.responsible, "head_position",
                  "Управляющий директор\r\n\nУправления"),
    "PS713": lambda s: setattr(s, "name", s.name + " "),
    "PS714": _append(lambda s: _gf(s).education, Item("по направлению подготовки")),
    "PS410": _first_text(lambda s: _wf(s).skills, "Оцениватьвыполнение работ"),
    "PS716": _first_text(lambda s: _wf(s).skills, "Проbpводить анализ данных"),
    "PS510": lambda s: None,  # reg. 1090's own ОК 016-94 codes, checked as a draft
    "PS511": lambda s: setattr(_gf(s).okpdtr.items[0], "code", "24027"),
    "PS512": lambda s: setattr(_gf(s).okpdtr.items[0], "name", "Математик-аналитик"),
    "PS715": lambda s: setattr(_wf(s).labor_actions[0], "text",
                               _wf(s).labor_actions[0].text + "<br />"),
    # PS8xx: against the registry of a few corpus standards (tests/conftest.py).
    "PS801": lambda s: _borrow_wf(s, "ps190_", 7),
    "PS802": _borrow_gf,
    "PS803": _set(_wf, "origin", model.Origin("A/01.3", "999999")),
    "PS804": _set(_wf, "origin", model.Origin("A/08.6", "190")),
    "PS805": lambda s: setattr(s.general.okz.items[0], "code", "2152."),
    "PS806": lambda s: setattr(s.general.okz.items[0], "code", "9999."),
    "PS901": _append(lambda s: _gf(s).job_titles,
                     Item("Монтажник радиоэлектронной аппаратуры и приборов 4-го разряда")),
    "PS902": _category,
    "PS903": _electrical,
    "PS904": _okso_training,
    "PS905": _level_without_experience,
    "PS906": _thin_level_7,
    "PS907": _set(_wf, "name", "Разработка регламентов и аудит системы безопасности данных"),
}


SELECTIONS = {"PS510": {"profile": "draft"}, "PS511": {"okved": USER_CLASSIFIERS},
              "PS512": {"okved": USER_CLASSIFIERS}}
"""Rules that need more than the default selection to be run."""


def findings(document: model.Document, **selection) -> list:
    return rules.run(document, Selection(**selection))


def defect(code: str) -> model.Document:
    document = copy.deepcopy(BASE)
    TRIGGERS[code](document.standards[0])
    return document


def test_the_base_is_clean_in_both_profiles():
    assert findings(BASE) == []
    assert findings(BASE, okved=USER_CLASSIFIERS) == []  # its codes and names, as printed
    # as a draft, its ОК 016-94 codes must be re-coded to ОК 016-2025 (2026)
    assert {f.code for f in findings(BASE, profile="draft")} == {"PS510"}


def test_every_rule_has_a_trigger():
    assert sorted(TRIGGERS) == sorted(rules.RULES)


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_rule_fires_on_its_defect(code, corpus_registry):
    registry = {"registry": str(corpus_registry)} if code.startswith("PS8") else {}
    found = findings(defect(code), **registry, **SELECTIONS.get(code, {}))
    mine = [f for f in found if f.code == code]
    assert mine, (code, [(f.code, f.message()) for f in found])
    rule = rules.get(code)
    for f in mine:
        assert f.severity is rule.severity
        assert f.message("ru") and f.message("en")  # every parameter is supplied
        assert "{" not in f.message("ru") + f.message("en")


@pytest.mark.parametrize("code", ["PS103", "PS202", "PS305", "PS401", "PS506", "PS713"])
def test_findings_point_at_the_value(code):
    (f,) = [f for f in findings(defect(code)) if f.code == code]
    assert f.line == 4 and f.column > 1
    assert f.xpath.startswith("/XMLCardInfo/ProfessionalStandarts/ProfessionalStandart")


def test_draft_profile_allows_missing_identification():
    document = defect("PS110")
    for code in ("PS111", "PS112", "PS102"):
        TRIGGERS[code](document.standards[0])
    registry = {f.code for f in findings(document)}
    assert {"PS102", "PS110", "PS111", "PS112"} <= registry
    assert findings(document, profile="draft", ignore=("PS510",)) == []


def test_a_placeholder_is_reported_once_and_in_every_profile():
    document = copy.deepcopy(BASE)
    wf = _wf(document.standards[0])
    wf.name = placeholder("наименование ТФ")  # would also look like a verb-less name …
    wf.labor_actions.items[0].text = placeholder("трудовое действие")
    for profile in ("draft", "registry"):
        found = findings(document, profile=profile, ignore=("PS510",))
        assert [f.code for f in found] == ["PS301", "PS301"]
        assert "ЗАПОЛНИТЬ: наименование ТФ" in found[0].message()


def test_selection_and_severity_overrides():
    document = defect("PS101")
    TRIGGERS["PS707"](document.standards[0])
    assert {f.code for f in findings(document)} == {"PS101", "PS707"}
    assert {f.code for f in findings(document, select=("PS1",))} == {"PS101"}
    assert {f.code for f in findings(document, ignore=("PS10",))} == {"PS707"}
    (f,) = findings(document, select=("PS707",), severity={"PS707": Severity.ERROR})
    assert f.severity is Severity.ERROR


def test_swapped_standard_gets_one_finding_not_hundreds():
    found = findings(defect("PS701"))
    assert [f.code for f in found] == ["PS701"]
    assert "%" in found[0].message()


def test_skill_wording_accepts_leading_adverbs_and_two_aspect_verbs():
    document = copy.deepcopy(BASE)
    skills = _wf(document.standards[0]).skills
    skills.items[0].text = "Самостоятельно и точно описывать работу системы"
    skills.items[1].text = "Использовать средства анализа"
    assert findings(document) == []


def test_a_skill_is_reported_for_what_is_wrong_with_it():
    """An infinitive after a circumstance is a skill; glued words and a word of Latin
    and Cyrillic letters are typos, each reported once under its own rule; a skill that
    opens with a noun is still «not an infinitive»."""
    document = copy.deepcopy(BASE)
    skills = _wf(document.standards[0]).skills
    skills.items[0].text = "Визуально и с помощью измерительных инструментов оценивать качество"
    skills.items[1].text = "При необходимости применять средства защиты"
    assert findings(document) == []
    skills.items[0].text = "Оцениватьвыполнение работ"
    skills.items[1].text = "Проbpводить анализ данных"
    skills.items.append(model.Item("Способность выполнять алгоритм без отклонений"))
    found = sorted((f.code, f.message()) for f in findings(document))
    assert [code for code, _ in found] == ["PS404", "PS410", "PS716"], found
    assert "слова слиты: «Оцениватьвыполнение» — вероятно, «Оценивать выполнение»" in found[1][1]
    assert "в слове «Проbpводить» смешаны латинские (bp)" in found[2][1]
    assert "Способность выполнять" in found[0][1]


def test_one_place_one_finding():
    """A sentence cut in two: the tail is PS714, not also «experience without a
    duration»; a line break written as «<br />»: PS715, not also PS712."""
    document = copy.deepcopy(BASE)
    gf = _gf(document.standards[0])
    gf.experience = texts("Не менее одного года при наличии", "высшего образования - бакалавриат")
    responsible = document.standards[0].developers.responsible
    responsible.head_position = "Директор<br />\r\nУправления"
    codes = sorted(f.code for f in findings(document))
    assert codes == ["PS714", "PS715"], codes
    assert sorted(f.code for f in findings(document, ignore=("PS714", "PS715"))) == \
        ["PS314", "PS712"]  # the other rule is not run: this one speaks


def test_contol_of_compliance_is_a_labor_action():
    document = copy.deepcopy(BASE)
    actions = _wf(document.standards[0]).labor_actions
    actions.items[0].text = "Контроль соблюдения требований охраны труда"
    actions.items[1].text = "Актуализация и расширение знаний по тематике"
    assert findings(document) == []


def test_connector_lines_and_alternatives_are_not_broken_lines():
    document = copy.deepcopy(BASE)
    gf = _gf(document.standards[0])
    gf.education = texts("Высшее образование - бакалавриат", "или",
                         "высшее образование - специалитет, магистратура")
    assert [f.code for f in findings(document)] == ["PS706"]


@pytest.mark.parametrize("lines, level, fires", [
    (["Среднее профессиональное образование - программы подготовки специалистов "
      "среднего звена", "или", "Высшее образование - бакалавриат"], 5, False),
    (["Высшее образование - специалитет, магистратура"], 6, False),
    (["Высшее образование - бакалавриат"], 8, True),
    (["Среднее профессиональное образование - программы подготовки квалифицированных "
      "рабочих (служащих)"], 7, True),
    (["Дополнительное профессиональное образование - программы повышения квалификации"],
     2, False),
    (["Основное общее образование", "Профессиональное обучение - программы "
      "профессиональной подготовки по профессиям рабочих"], 2, False),
])
def test_education_against_level(lines, level, fires):
    document = copy.deepcopy(BASE)
    gf = _gf(document.standards[0])
    gf.level = str(level)
    for wf in gf.functions:
        wf.level = str(level)
        wf.code = f"{wf.code[:-1]}{level}"
    gf.education = texts(*lines)
    assert ("PS205" in {f.code for f in findings(document, select=("PS2",))}) is fires


def test_wrong_list_is_not_also_a_bad_shape():
    codes = [f.code for f in findings(defect("PS506"))]
    assert codes == ["PS506"]


def test_okved_from_a_newer_file(tmp_path):
    shipped = okved.SHIPPED.read_bytes().decode("cp1251")
    newer = tmp_path / "data-20260101-structure-20180402.csv"
    newer.write_text(shipped + '"M";"72.40";"Деятельность по созданию баз данных"\r\n',
                     encoding="utf-8")
    older = tmp_path / "data-20200101-structure-20180402.csv"
    older.write_bytes(shipped.replace('"J";"62.02";', '"J";"62.02X";').encode("cp1251"))
    document = defect("PS508")
    (f,) = findings(document)
    assert f.code == "PS508" and "01.12.2023" in f.message()
    assert findings(document, okved=str(tmp_path), select=("PS508",)) == []  # the newest file
    found = findings(document, okved=str(older), select=("PS508",))
    assert [(f.code, f.params["code"]) for f in found] == [("PS508", "72.40"), ("PS508", "62.02")]
    assert "01.01.2020" in found[0].message()


def test_classifier_location_errors(tmp_path):
    with pytest.raises(InputError, match="no such"):
        okved.load(str(tmp_path / "missing"))
    with pytest.raises(InputError, match="no classifier files"):
        okved.load(str(tmp_path))
    (tmp_path / "okved.csv").write_text("not;a classifier\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a Rosstat"):
        okved.load(str(tmp_path))
