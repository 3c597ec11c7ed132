"""The registry XML format (``XMLCardInfo``) as one table.

This is the single place that knows the format's element names.

Each :class:`El` says what an element is (a text leaf, a node of the model, a list
container, or a wrapper whose children belong to the enclosing node), how often it
occurs, which model attribute it fills, and what it means on the printed standard
(Russian and English).  The reader, both writers and the XSD generator are driven by
this table, so they cannot disagree; ``schemas/profstandard.xsd`` is generated from it.

Cardinalities are those observed in genuine registry exports
(``tests/fixtures/corpus/``, sources in its ``SOURCES.md``): a list whose items were
never seen empty requires one item; ``ListOKVED`` and the ОТФ's ЕКС, ОКПДТР, ОКСО, ОКНПО and ОКСВНК
lists may be absent (so may its ОКЗ list: reg. 565 has an ОТФ without one);
``ListFootnes`` is absent from 2017 exports and always empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from lxml import etree

from profstandards import model


class Kind(Enum):
    TEXT = "text"  # a leaf holding a value: parent.attr = str
    NODE = "node"  # an element mapped to a model dataclass: parent.attr = cls(...)
    LIST = "list"  # a container of repeated items: parent.attr = Seq[item]
    WRAP = "wrap"  # a grouping element: its children fill the parent's attributes
    FLAG = "flag"  # an element that is only present or absent (``ListFootnes``)


@dataclass(frozen=True)
class SimpleType:
    """A simple type of the XSD: a restriction of ``xs:token`` by a pattern.

    ``ru``/``en`` document the type; ``expect_ru``/``expect_en`` complete the phrase
    "ожидается …" / "expected …" of an invalid-value message.
    """

    name: str
    pattern: str
    ru: str
    en: str
    expect_ru: str
    expect_en: str


@dataclass(frozen=True)
class El:
    tag: str
    kind: Kind
    ru: str
    en: str
    attr: str | None = None
    cls: Any = None  # the model class a NODE element builds (called in the readers' hot loops)
    children: tuple[El, ...] = ()
    min: int = 1
    max: int | None = 1  # None = unbounded
    type: SimpleType | None = None
    origin: bool = False  # a NODE that may start with the ORIGIN_PI processing instruction
    positions: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.positions.update({c.tag: i for i, c in enumerate(self.children)})

    def child(self, tag: str) -> El | None:
        """The spec of child element ``tag`` (``None`` if the format has no such child)."""
        i = self.positions.get(tag)
        return None if i is None else self.children[i]

    @property
    def item(self) -> El:
        """The repeated item of a LIST container."""
        assert self.kind is Kind.LIST
        return self.children[0]

    def renamed_list(self, el: etree._Element) -> El | None:
        """The list child this element stands for if ``el`` (a child of an element of
        this spec) is a list container named like its item: ``<LaborAction>`` holding
        ``<LaborAction>`` items where ``<LaborActions>`` belongs.  ``None`` otherwise (an
        item without its container holds text, not items)."""
        tag = el.tag
        for child in self.children:
            if child.kind is Kind.LIST and child.item.tag == tag:
                return child if any(c.tag == tag for c in el) else None
        return None


# --- simple types -----------------------------------------------------------------

LEVEL = SimpleType(
    "LevelType", r"[0-9]",
    "Уровень квалификации: одна цифра (уровни 1–9, приказ Минтруда № 148н).",
    "Qualification level: one digit (levels 1-9, Mintrud order 148n).",
    "одна цифра (уровень 1–9)", "one digit (level 1-9)",
)
CODE_OTF = SimpleType(
    "CodeOTFType", r"\p{Lu}",
    "Код ОТФ: одна заглавная буква (A, B, C…). Кириллические буквы-двойники "
    "схема допускает, их находят правила.",
    "Generalized work function code: one capital letter (A, B, C...).",
    "одна заглавная латинская буква: A, B, C…", "one capital Latin letter: A, B, C...",
)
CODE_TF = SimpleType(
    "CodeTFType", r"\p{Lu}/[0-9]{2}\.[0-9]",
    "Код ТФ: буква ОТФ, «/», двузначный номер, «.», уровень (подуровень) — A/01.5.",
    "Work function code: the OTF letter, '/', a two-digit number, '.', the level: A/01.5.",
    "код вида A/01.5", "a code like A/01.5",
)
CODE_ACTIVITY = SimpleType(
    "CodeActivityType", r"([0-9]{2}\.[0-9]{3})?",
    "Код вида профессиональной деятельности NN.NNN (пусто в проекте до регистрации).",
    "Code of the kind of professional activity NN.NNN (empty in a draft).",
    "код вида NN.NNN, например 06.001", "a code like NN.NNN, e.g. 06.001",
)
REG_NUMBER = SimpleType(
    "RegistrationNumberType", r"([0-9]+)?",
    "Регистрационный номер в реестре: целое число (пусто в проекте).",
    "Registry number: an integer (empty in a draft).",
    "целое число", "an integer",
)
ORDER_NUMBER = SimpleType(
    "OrderNumberType", r"([0-9]+ ?\p{L}{0,2})?",
    "Номер приказа Минтруда об утверждении, например 424н (пусто в проекте).",
    "Number of the Mintrud approval order, e.g. 424н (empty in a draft).",
    "номер приказа вида 424н", "an order number like 424н",
)
DATE = SimpleType(
    "DateType", r"([0-9]{2}\.[0-9]{2}\.[0-9]{4})?",
    "Дата утверждения ДД.ММ.ГГГГ (пусто в проекте).",
    "Approval date DD.MM.YYYY (empty in a draft).",
    "дата ДД.ММ.ГГГГ", "a date DD.MM.YYYY",
)
SIMPLE_TYPES = (LEVEL, CODE_OTF, CODE_TF, CODE_ACTIVITY, REG_NUMBER, ORDER_NUMBER, DATE)


ORIGIN_PI = "profstandards-origin"
"""The processing instruction that marks a borrowed ОТФ/ТФ (see :class:`model.Origin`):
``<?profstandards-origin code="A/01.3" registration_number="530"?>``, first in the
function's element.  Schemas ignore processing instructions, so a file with one stays
valid against the registry's format."""
ORIGIN_ATTRS = (("code", "code"), ("registration_number", "registration_number"))


# --- builders ---------------------------------------------------------------------

def text(tag: str, attr: str, ru: str, en: str, type: SimpleType | None = None) -> El:
    return El(tag, Kind.TEXT, ru, en, attr=attr, type=type)


def items(tag: str, item_tag: str, attr: str, ru: str, en: str, item: tuple[str, str], *,
          min_items: int = 1) -> El:
    """A list container of text items (``<LaborActions><LaborAction>…``)."""
    entry = El(item_tag, Kind.TEXT, item[0], item[1], min=min_items, max=None)
    return El(tag, Kind.LIST, ru, en, attr=attr, children=(entry,))


def units(suffix: str, attr: str, ru: str, en: str, *, min: int = 1, min_units: int = 1) -> El:
    """A classifier list ``List<X>`` of ``Unit<X>`` with ``Code<X>`` and ``Name<X>``."""
    unit = El(
        f"Unit{suffix}", Kind.NODE, f"Строка классификатора {ru}", f"{en} entry",
        cls=model.ClassifierUnit, min=min_units, max=None,
        children=(
            text(f"Code{suffix}", "code", f"Код по {ru}", f"{en} code"),
            text(f"Name{suffix}", "name", f"Наименование по {ru}", f"{en} name"),
        ),
    )
    return El(f"List{suffix}", Kind.LIST, f"Перечень кодов {ru}", f"{en} references",
              attr=attr, min=min, children=(unit,))


# --- the tree ---------------------------------------------------------------------

WORK_FUNCTION = El(
    "ParticularWorkFunction", Kind.NODE,
    "Трудовая функция (ТФ), подраздел 3.N.M", "Work function (TF), subsection 3.N.M",
    cls=model.WorkFunction, min=1, max=None, origin=True,
    children=(
        text("CodeTF", "code", "Код трудовой функции", "Work function code", CODE_TF),
        text("NameTF", "name", "Наименование трудовой функции", "Work function name"),
        text("SubQualification", "level", "Уровень (подуровень) квалификации ТФ",
             "Qualification (sub)level of the work function", LEVEL),
        items("LaborActions", "LaborAction", "labor_actions", "Трудовые действия", "Labor actions",
              ("Трудовое действие (одно на элемент)", "Labor action (one per element)")),
        items("RequiredSkills", "RequiredSkill", "skills", "Необходимые умения", "Required skills",
              ("Необходимое умение (одно на элемент)", "Required skill (one per element)")),
        items("NecessaryKnowledges", "NecessaryKnowledge", "knowledge", "Необходимые знания",
              "Required knowledge",
              ("Необходимое знание (одно на элемент)", "Required knowledge item (one per element)"),
              min_items=0),
        items("OtherCharacteristics", "OtherCharacteristic", "other_characteristics",
              "Другие характеристики (ТФ)", "Other characteristics (TF)",
              ("Другая характеристика ТФ (имя элемента в единственном числе)",
               "Other characteristic of the TF (singular element name)"), min_items=0),
        El("ListFootnes", Kind.FLAG, "Сноски (в выгрузках реестра всегда пусто)",
           "Footnotes (always empty in registry exports)", attr="footnotes_list", min=0),
    ),
)

GENERALIZED_FUNCTION = El(
    "GeneralizedWorkFunction", Kind.NODE,
    "Обобщённая трудовая функция (ОТФ), подраздел 3.N",
    "Generalized work function (OTF), subsection 3.N",
    cls=model.GeneralizedFunction, min=1, max=None, origin=True,
    children=(
        text("CodeOTF", "code", "Код обобщённой трудовой функции", "Generalized function code",
             CODE_OTF),
        text("NameOTF", "name", "Наименование обобщённой трудовой функции",
             "Generalized function name"),
        text("LevelOfQualification", "level", "Уровень квалификации ОТФ",
             "Qualification level of the generalized function", LEVEL),
        items("PossibleJobTitles", "PossibleJobTitle", "job_titles",
              "Возможные наименования должностей, профессий", "Possible job titles",
              ("Наименование должности или профессии", "Job title or profession")),
        items("EducationalRequirements", "EducationalRequirement", "education",
              "Требования к образованию и обучению", "Education and training requirements",
              ("Требование к образованию и обучению", "Education or training requirement")),
        items("RequirementsWorkExperiences", "RequirementsWorkExperience", "experience",
              "Требования к опыту практической работы", "Practical work experience requirements",
              ("Требование к опыту практической работы", "Work experience requirement"),
              min_items=0),
        items("SpecialConditionsForAdmissionToWork", "SpecialConditionForAdmissionToWork",
              "admission_conditions", "Особые условия допуска к работе",
              "Special conditions for admission to work",
              ("Особое условие допуска к работе", "Special condition for admission to work"),
              min_items=0),
        items("OtherCharacteristics", "OtherCharacteristics", "other_characteristics",
              "Другие характеристики (ОТФ)", "Other characteristics (OTF)",
              ("Другая характеристика ОТФ (имя элемента, как у списка, во множественном числе)",
               "Other characteristic of the OTF (item named like its list, plural)"),
              min_items=0),
        El("OtherCharacteristicPlus", Kind.WRAP,
           "Дополнительные характеристики (справочники)",
           "Additional characteristics (classifier references)",
           attr="classifiers",
           children=(
               # Absent once in a genuine export (reg. 565, ОТФ E), contrary to the research notes.
               units("OKZ", "okz", "ОКЗ", "OKZ (occupations)", min=0),
               units("EKS", "eks", "ЕКС/ЕТКС", "EKS/ETKS (qualification handbooks)", min=0),
               units("OKPDTR", "okpdtr", "ОКПДТР", "OKPDTR (professions and posts)", min=0,
                     min_units=0),
               units("OKSO", "okso", "ОКСО", "OKSO (education specialities)", min=0),
               units("OKNPO", "oknpo", "ОКНПО", "OKNPO (primary vocational education)", min=0),
               units("OKSVNK", "oksvnk", "ОКСВНК", "OKSVNK (scientific specialities)", min=0),
           )),
        El("ParticularWorkFunctions", Kind.LIST, "Трудовые функции ОТФ",
           "Work functions of the generalized function", attr="functions",
           children=(WORK_FUNCTION,)),
    ),
)

STANDARD = El(
    "ProfessionalStandart", Kind.NODE, "Профессиональный стандарт", "Professional standard",
    cls=model.Standard, min=1, max=None,
    children=(
        text("NameProfessionalStandart", "name", "Наименование профессионального стандарта",
             "Name of the professional standard"),
        text("RegistrationNumber", "registration_number", "Регистрационный номер",
             "Registration number", REG_NUMBER),
        text("OrderNumber", "order_number", "Номер приказа об утверждении",
             "Approval order number", ORDER_NUMBER),
        text("DateOfApproval", "approval_date", "Дата утверждения (дата приказа)",
             "Approval date (order date)", DATE),
        El("FirstSection", Kind.NODE, "Раздел I. Общие сведения", "Section I. General information",
           attr="general", cls=model.GeneralInfo,
           children=(
               text("KindProfessionalActivity", "kind_of_activity",
                    "Наименование вида профессиональной деятельности",
                    "Kind of professional activity"),
               text("CodeKindProfessionalActivity", "code",
                    "Код вида профессиональной деятельности",
                    "Code of the kind of professional activity", CODE_ACTIVITY),
               text("PurposeKindProfessionalActivity", "purpose",
                    "Основная цель вида профессиональной деятельности",
                    "Main purpose of the kind of professional activity"),
               El("EmploymentGroup", Kind.WRAP, "Группа занятий и виды экономической деятельности",
                  "Occupation groups and kinds of economic activity", attr="employment_group",
                  children=(
                      units("OKZ", "okz", "ОКЗ (группа занятий)", "OKZ (occupation group)"),
                      units("OKVED", "okved",
                            "ОКВЭД (отнесение к видам экономической деятельности)",
                            "OKVED (kinds of economic activity)", min=0),
                  )),
           )),
        El("ThirdSection", Kind.WRAP, "Раздел III. Характеристика обобщённых трудовых функций",
           "Section III. Generalized work functions", attr="section3",
           children=(
               El("WorkFunctions", Kind.WRAP, "Трудовые функции", "Work functions",
                  attr="work_functions",
                  children=(
                      El("GeneralizedWorkFunctions", Kind.LIST, "Обобщённые трудовые функции",
                         "Generalized work functions", attr="functions",
                         children=(GENERALIZED_FUNCTION,)),
                  )),
           )),
        El("FourthSection", Kind.NODE,
           "Раздел IV. Сведения об организациях – разработчиках профессионального стандарта",
           "Section IV. Developer organisations", attr="developers", cls=model.Developers,
           children=(
               El("ResponsibleDeveloper", Kind.NODE, "4.1. Ответственная организация-разработчик",
                  "4.1 Responsible developer organisation", attr="responsible",
                  cls=model.ResponsibleDeveloper,
                  children=(
                      text("ResponsibleDeveloper", "organization",
                           "Наименование ответственной организации-разработчика",
                           "Name of the responsible developer organisation"),
                      text("ThePositionOfHead", "head_position", "Должность руководителя",
                           "Position of the head"),
                      text("TheFullNameOfTheHead", "head_name", "ФИО руководителя",
                           "Full name of the head"),
                  )),
               items("OrganizationDevelopers", "OrganizationDeveloper", "organizations",
                     "4.2. Наименования организаций-разработчиков", "4.2 Developer organisations",
                     ("Организация-разработчик", "Developer organisation"), min_items=0),
           )),
    ),
)

STANDARDS = El(
    "ProfessionalStandarts", Kind.LIST, "Профессиональные стандарты (один или несколько)",
    "Professional standards (one or several)", attr="standards", children=(STANDARD,),
)

ROOT = El(
    "XMLCardInfo", Kind.NODE, "Выгрузка реестра профессиональных стандартов Минтруда",
    "Mintrud professional-standard registry export", cls=model.Document, children=(STANDARDS,),
)


def local_name(tag: object) -> str:
    """An element's name without its namespace (``{uri}Foo`` → ``Foo``); ``?`` for a
    comment or processing instruction."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else "?"


def walk(el: El = ROOT, parent: El | None = None):
    """Every (element spec, parent spec) pair of the tree, depth first."""
    yield el, parent
    for child in el.children:
        yield from walk(child, el)
