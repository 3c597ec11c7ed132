"""PS2xx — qualification levels: the range 1–9, the level in the ТФ code, ТФ against ОТФ,
the order of ОТФ, and education requirements against the level (приказ № 148н)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from profstandards.function_codes import fold, level_of, parse_tf_code
from profstandards.i18n import Msg
from profstandards.rules.engine import ERROR, WARNING, Context, Hit, rule
from profstandards.rules.sources import GUIDE, LEVELS, MAKET, cite


@rule("PS201", ERROR,
      title=Msg("Уровень квалификации вне 1–9", "Qualification level outside 1-9"),
      message=Msg("уровень квалификации {what} «{code}» — {value}: уровни бывают от 1 до 9",
                  "qualification level of {what} '{code}' is {value}: levels are 1 to 9"),
      source=cite(LEVELS, "девять уровней квалификации", "nine qualification levels"),
      evidence="V-secondary",
      about=Msg("Уровни квалификации — от 1 до 9. Схема допускает любую цифру; 0 — ошибка.",
                "Qualification levels are 1 to 9; the XSD accepts any digit, 0 is an error."))
def level_range(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        if level_of(gf.level) == 0:
            yield gf.where("level"), {"what": _OTF, "code": gf.code, "value": gf.level.strip()}
        for wf in gf.functions:
            if level_of(wf.level) == 0:
                yield wf.where("level"), {"what": _TF, "code": wf.code,
                                          "value": wf.level.strip()}


@rule("PS202", ERROR,
      title=Msg("Уровень в коде ТФ не равен уровню ТФ", "Level in the TF code differs from "
                "the TF level"),
      message=Msg("код ТФ «{code}» говорит об уровне {in_code}, а уровень (подуровень) ТФ — "
                  "{level}",
                  "TF code '{code}' says level {in_code} but the TF (sub)level is {level}"),
      source=cite(MAKET, "раздел II, «уровень (подуровень) квалификации»",
                  "section II, 'qualification (sub)level'"),
      evidence="V",
      about=Msg("Последняя цифра кода ТФ (A/01.5) — её уровень (подуровень) квалификации, и "
                "он совпадает с полем «Уровень (подуровень) квалификации» (SubQualification).",
                "The last digit of the TF code (A/01.5) is its (sub)level and equals the "
                "SubQualification field."))
def level_in_code(ctx: Context) -> Iterator[Hit]:
    for _, wf in ctx.standard.work_functions():
        parsed = parse_tf_code(wf.code)
        level = level_of(wf.level)
        if parsed and level is not None and parsed.level != level:
            yield wf.where("level"), {"code": wf.code, "in_code": parsed.level, "level": level}


@rule("PS203", WARNING,
      title=Msg("Уровень ТФ выше уровня ОТФ", "TF level above its OTF level"),
      message=Msg("уровень ТФ «{code}» ({level}) выше уровня её ОТФ «{otf}» ({otf_level})",
                  "level of TF '{code}' ({level}) is above its OTF '{otf}' ({otf_level})"),
      source=cite(GUIDE, "уровни ОТФ и ТФ", "OTF and TF levels"),
      evidence="M",
      about=Msg("Уровень (подуровень) ТФ не выше уровня её ОТФ; обычно равен ему, бывает ниже.",
                "A TF's (sub)level does not exceed its OTF's level; usually equal, sometimes "
                "lower."))
def tf_above_otf(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        otf_level = level_of(gf.level)
        if not otf_level:
            continue
        for wf in gf.functions:
            level = level_of(wf.level)
            if level and level > otf_level:
                yield wf.where("level"), {"code": wf.code, "level": level, "otf": gf.code,
                                          "otf_level": otf_level}


@rule("PS204", WARNING,
      title=Msg("Уровни ОТФ убывают", "OTF levels decrease"),
      message=Msg("ОТФ «{code}» уровня {level} идёт после ОТФ «{previous}» уровня {prev_level}: "
                  "ОТФ располагают по неубыванию уровня",
                  "OTF '{code}' of level {level} follows OTF '{previous}' of level "
                  "{prev_level}: OTFs go in non-decreasing level order"),
      source=cite(MAKET, "раздел II «Описание трудовых функций»", "section II"),
      evidence="V-practice",
      about=Msg("ОТФ A — самого низкого уровня, дальше уровни не убывают (A 3, B 4, C 4, D 6). "
                "Сравнивается порядок букв, а не порядок записей в файле.",
                "OTF A has the lowest level, later letters do not go down. Letters are "
                "compared, not the order of records in the file."))
def otf_level_order(ctx: Context) -> Iterator[Hit]:
    ordered = sorted(((fold(gf.code.strip()), level, gf) for gf in ctx.standard.functions
                      if (level := level_of(gf.level))), key=lambda entry: entry[0])
    for (_, prev_level, prev), (_, level, gf) in zip(ordered, ordered[1:], strict=False):
        if level < prev_level:
            yield gf.where("level"), {"code": gf.code, "level": level, "previous": prev.code,
                                      "prev_level": prev_level}


@dataclass(frozen=True)
class Pathway:
    """A kind of education and the levels it leads to (приказ № 148н, «основные пути
    достижения уровня квалификации»; unverified, see docs/rules.md PS205)."""

    name: Msg
    pattern: re.Pattern[str]
    levels: range
    covers: tuple[str, ...] = ()  # less specific pathways this one makes redundant


def _p(ru: str, en: str, pattern: str, low: int, high: int, covers: tuple[str, ...] = ()):
    return Pathway(Msg(ru, en), re.compile(pattern), range(low, high + 1), covers)


PATHWAYS: dict[str, Pathway] = {
    "general": _p("общее образование", "general education",
                  r"(основное|среднее) общее образование", 1, 4),
    "training": _p("профессиональное обучение", "vocational training",
                   r"профессиональн\w* обучени|подготовки по профессиям рабочих|"
                   r"переподготовки рабочих", 1, 4),
    "spo": _p("СПО", "secondary vocational education",
              r"среднее профессиональное образование", 3, 6),
    "spo_workers": _p("СПО — квалифицированные рабочие", "secondary vocational (skilled workers)",
                      r"квалифицированных рабочих|квалифицированных служащих", 3, 5, ("spo",)),
    "spo_specialists": _p("СПО — специалисты среднего звена",
                          "secondary vocational (mid-level specialists)",
                          r"специалистов среднего звена", 4, 6, ("spo",)),
    "higher": _p("высшее образование", "higher education", r"высшее\s+(\w+\s+)?образование",
                 5, 9),
    "bachelor": _p("бакалавриат", "bachelor's degree", r"бакалавриат", 5, 7, ("higher",)),
    "master": _p("специалитет, магистратура", "specialist or master's degree",
                 r"специалитет|магистратур", 6, 9, ("higher",)),
    "doctoral": _p("подготовка кадров высшей квалификации", "doctoral training",
                   r"аспирантур|адъюнктур|ординатур|ассистентур|кадров высшей квалификации",
                   7, 9, ("higher",)),
}
_ADDITIONAL = re.compile(r"^\s*дополнительн")


def pathways(lines: list[str]) -> set[str]:
    """The education pathways named by the lines of «Требования к образованию и обучению».

    Lines on additional professional education (ДПО) name no pathway: they come on top.
    """
    found: set[str] = set()
    for line in lines:
        text = line.lower().replace("ё", "е")
        if _ADDITIONAL.match(text):
            continue
        named = {key for key, p in PATHWAYS.items() if p.pattern.search(text)}
        for key in list(named):
            named -= set(PATHWAYS[key].covers)
        found |= named
    return found


@rule("PS205", WARNING,
      title=Msg("Образование не соответствует уровню ОТФ", "Education does not fit the OTF "
                "level"),
      message=Msg("ОТФ «{code}» уровня {level}: требования к образованию ({found}) не ведут к "
                  "этому уровню (по 148н: {expected})",
                  "OTF '{code}' of level {level}: the education required ({found}) does not "
                  "lead to this level (148n: {expected})"),
      source=cite(LEVELS, "«Основные пути достижения уровня квалификации»",
                  "'main ways to reach the qualification level'"),
      evidence="M",
      about=Msg("Требования к образованию согласуются с путями достижения уровня по приказу "
                "№ 148н: уровни 1–4 — профессиональное обучение, 3–5 — СПО (квалифицированные "
                "рабочие), 4–6 — СПО (специалисты среднего звена), 5–7 — бакалавриат, 6–9 — "
                "специалитет, магистратура, 7–9 — подготовка кадров высшей квалификации. "
                "Диапазоны шире таблицы 148н на уровень в каждую сторону: стандарты допускают "
                "образование соседнего уровня как альтернативу. Таблица не сверена с текстом "
                "приказа, поэтому правило — предупреждение. Срабатывает, только если ни один "
                "названный путь не ведёт к уровню ОТФ.",
                "Education requirements agree with the pathways of order 148n (levels 1-4 "
                "vocational training, 3-5 skilled-worker programmes, 4-6 mid-level specialist "
                "programmes, 5-7 bachelor's, 6-9 specialist/master's, 7-9 doctoral), widened "
                "by one level each way. The table is not verified against the order's text, "
                "hence a warning. Fires only if no named pathway leads to the OTF level."))
def education_level(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        level = level_of(gf.level)
        if not level:
            continue
        found = pathways(gf.education.texts())
        if found and not any(level in PATHWAYS[key].levels for key in found):
            expected = [p.name for p in PATHWAYS.values() if level in p.levels]
            yield gf.education.loc, {"code": gf.code, "level": level,
                                     "found": _names([PATHWAYS[k].name for k in sorted(found)]),
                                     "expected": _names(expected)}


def _names(names: list[Msg]) -> Msg:
    return Msg("; ".join(n.ru for n in names), "; ".join(n.en for n in names))


_OTF = Msg("ОТФ", "OTF")
_TF = Msg("ТФ", "TF")
