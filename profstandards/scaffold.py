"""The skeleton of a new standard (``profstandards new``): an outline, a jinja2 template, a model.

An :class:`Outline` holds what the methodologist decides first — the name, the kind of
activity, the area of professional activity (or the full code, if the Ministry has
already assigned one), the levels of the ОТФ and how many ТФ each has.  It works out
the codes (``A``, ``A/01.3`` …).  :func:`render` fills the jinja2 template
``templates/new-standard.xml.j2`` with it; everything a person still has to write is
a placeholder (:mod:`profstandards.placeholders`), so the skeleton cannot pass
``validate`` until it is filled.  The rendered XML is read back into the model and
checked against the schema, so a home-made template cannot produce a file that is
not in the registry format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from profstandards import files, model, placeholders, resources
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.xmlio import reader
from profstandards.xmlio.schema import builtin

TEMPLATE = "new-standard.xml.j2"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAX_FUNCTIONS = 99  # ТФ ordinals are two digits

# Areas of professional activity: the first two digits of a standard's code
# (the register of areas and kinds of professional activity, приказ Минтруда № 667н).
AREAS: dict[str, str] = {
    "01": "Образование и наука",
    "02": "Здравоохранение",
    "03": "Социальное обслуживание",
    "04": "Культура, искусство",
    "05": "Физическая культура и спорт",
    "06": "Связь, информационные и коммуникационные технологии",
    "07": "Административно-управленческая и офисная деятельность",
    "08": "Финансы и экономика",
    "09": "Юриспруденция",
    "10": "Архитектура, проектирование, геодезия, топография и дизайн",
    "11": "Средства массовой информации, издательство и полиграфия",
    "12": "Обеспечение безопасности",
    "13": "Сельское хозяйство",
    "14": "Лесное хозяйство, охота",
    "15": "Рыбоводство и рыболовство",
    "16": "Строительство и жилищно-коммунальное хозяйство",
    "17": "Транспорт",
    "18": "Добыча, переработка угля, руд и других полезных ископаемых",
    "19": "Добыча, переработка, транспортировка нефти и газа",
    "20": "Электроэнергетика",
    "21": "Легкая и текстильная промышленность",
    "22": "Пищевая промышленность, включая производство напитков и табака",
    "23": "Деревообрабатывающая и целлюлозно-бумажная промышленность, мебельное производство",
    "24": "Атомная промышленность",
    "25": "Ракетно-космическая промышленность",
    "26": "Химическое, химико-технологическое производство",
    "27": "Металлургическое производство",
    "28": "Производство машин и оборудования",
    "29": "Производство электрооборудования, электронного и оптического оборудования",
    "30": "Судостроение",
    "31": "Автомобилестроение",
    "32": "Авиастроение",
    "33": "Сервис, оказание услуг населению (торговля, техническое обслуживание, ремонт, "
          "предоставление персональных услуг, услуги гостеприимства, общественное питание и пр.)",
    "40": "Сквозные виды профессиональной деятельности в промышленности",
}

BAD_CODE = Msg(
    "«{value}»: нужен код области профессиональной деятельности (две цифры: 01–33 или 40) "
    "или код вида NN.NNN, если Минтруд его уже присвоил",
    "'{value}': expected the code of an area of professional activity (two digits: 01-33 or "
    "40) or a kind-of-activity code NN.NNN if the Ministry has already assigned one")
BAD_LEVELS = Msg(
    "«{value}»: уровни ОТФ — цифры 1–9 через запятую, по одной на ОТФ (не больше {max}), "
    "например 3,4,5",
    "'{value}': ОТФ levels are digits 1-9 separated by commas, one per ОТФ (at most {max}), "
    "e.g. 3,4,5")
BAD_COUNTS = Msg(
    "«{value}»: число ТФ — одно число 1–{max} для всех ОТФ или по числу на каждую из {n} ОТФ "
    "через запятую",
    "'{value}': the number of ТФ is one number 1-{max} for every ОТФ or one per each of the "
    "{n} ОТФ, separated by commas")
BAD_NUMBER = Msg("«{value}»: нужно целое число от {lo} до {hi}",
                 "'{value}': expected a whole number from {lo} to {hi}")
EMPTY_TEXT = Msg("{what}: пустое значение", "{what}: empty value")
TEMPLATE_ERROR = Msg("ошибка в шаблоне: {detail}", "template error: {detail}")
TEMPLATE_INVALID = Msg(
    "шаблон дал XML не по формату реестра: {detail}",
    "the template produced XML that does not follow the registry format: {detail}")


class OutlineError(ValueError):
    """A value of the outline that cannot be used; :attr:`msg` says why."""

    def __init__(self, msg: Msg, **params: object) -> None:
        self.msg = msg
        self.params = params
        super().__init__(msg.render(params, "en"))

    def message(self) -> str:
        return self.msg.render(self.params)


def parse_code(value: str) -> str:
    """``"40"`` or ``"40.011"``, checked: an area of the registry, or a full NN.NNN code."""
    value = value.strip()
    m = re.fullmatch(r"(\d{2})(\.\d{3})?", value)
    if not m or m[1] not in AREAS:
        raise OutlineError(BAD_CODE, value=value)
    return value


def parse_levels(value: str) -> tuple[int, ...]:
    """``"3, 4,5"`` → ``(3, 4, 5)``: one level 1–9 per ОТФ."""
    levels = _numbers(value, 9)
    if not 1 <= len(levels) <= len(LETTERS):
        raise OutlineError(BAD_LEVELS, value=value, max=len(LETTERS))
    return levels


def parse_counts(value: str, otf_count: int) -> tuple[int, ...]:
    """The number of ТФ per ОТФ: ``"3"`` for all of them or ``"3,2,4"`` one by one."""
    counts = _numbers(value, MAX_FUNCTIONS)
    if len(counts) not in (1, otf_count):
        raise OutlineError(BAD_COUNTS, value=value, max=MAX_FUNCTIONS, n=otf_count)
    return counts * otf_count if len(counts) == 1 else counts


def _numbers(value: str, hi: int) -> tuple[int, ...]:
    """Comma-separated numbers 1–``hi``; ``()`` if any of them is not one."""
    try:
        return tuple(parse_number(part, 1, hi) for part in value.split(","))
    except OutlineError:
        return ()


def parse_number(value: str, lo: int, hi: int) -> int:
    """A whole number ``lo``–``hi`` (the number of ОТФ, a level, the number of ТФ)."""
    value = value.strip()
    if not value.isdigit() or not lo <= int(value) <= hi:
        raise OutlineError(BAD_NUMBER, value=value, lo=lo, hi=hi)
    return int(value)


def parse_text(value: str, what: str) -> str:
    """A name: trimmed, not empty."""
    value = " ".join(value.split())
    if not value:
        raise OutlineError(EMPTY_TEXT, what=what)
    return value


@dataclass(frozen=True)
class FunctionOutline:
    """One ОТФ of the skeleton: its letter, level and the codes of its ТФ."""

    code: str
    level: int
    functions: tuple[str, ...]


@dataclass(frozen=True)
class Outline:
    """What ``profstandards new`` asks for."""

    name: str
    activity: str
    code: str  # an area "NN" or a full code "NN.NNN"
    levels: tuple[int, ...]
    counts: tuple[int, ...]  # ТФ per ОТФ

    @property
    def area(self) -> str:
        return self.code[:2]

    @property
    def area_name(self) -> str:
        return AREAS[self.area]

    @property
    def kind_code(self) -> str:
        """The code of section I: empty until the Ministry assigns one."""
        return self.code if len(self.code) > 2 else ""

    def generalized(self) -> list[FunctionOutline]:
        """The ОТФ with their codes: A, B, … and A/01.N, A/02.N, … (N = the ОТФ level)."""
        pairs = zip(self.levels, self.counts, strict=True)
        return [FunctionOutline(LETTERS[i], level,
                                tuple(f"{LETTERS[i]}/{n:02d}.{level}" for n in range(1, count + 1)))
                for i, (level, count) in enumerate(pairs)]


def render(outline: Outline, template: str | Path | None = None) -> model.Document:
    """The skeleton of ``outline`` made from ``template`` (default: the shipped one).

    Raises :class:`InputError` naming the template if it cannot be rendered or does
    not give a file in the registry format.
    """
    path = Path(template) if template else resources.template(TEMPLATE)
    try:
        text = _environment(str(path.parent)).get_template(path.name).render(
            standard=outline, functions=outline.generalized(), p=placeholders.placeholder)
    except jinja2.TemplateNotFound:
        raise InputError(str(path), files.NO_SUCH) from None
    except jinja2.TemplateSyntaxError as e:
        raise InputError(str(path), TEMPLATE_ERROR, e.lineno or 0, detail=e.message) from None
    except jinja2.TemplateError as e:
        raise InputError(str(path), TEMPLATE_ERROR, detail=str(e)) from None
    result = reader.read_bytes(text.encode("utf-8"), str(path))
    findings = builtin().check(result.parsed)
    if findings:
        raise InputError(str(path), TEMPLATE_INVALID, detail=findings[0].msg.render(
            findings[0].params))
    reader.check_lossless(result)
    return result.document


@lru_cache(maxsize=8)
def _environment(directory: str) -> jinja2.Environment:
    """One jinja2 environment per template folder: it keeps the compiled templates."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(directory), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def placeholders_left(document: model.Document) -> list[str]:
    """Every value of ``document`` that still holds a placeholder, in document order."""
    return [text for standard in document.standards
            for _, text in placeholders.unfinished(standard)]
