"""PS8xx — the standard against the registry (``validate --registry FILE``): ОТФ/ТФ that
repeat those of another standard, borrowed ones whose original is gone or differs,
classifier names other than the registry's.

The rules find nothing without a registry database (``profstandards registry build``).
The comparison itself (:mod:`profstandards.registry.compare`) runs once per standard and
is imported only when a registry is given, so a check without one costs nothing more.
How two functions are compared, and on what labelled data its thresholds were chosen:
:mod:`profstandards.registry.similarity`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from profstandards import classifiers, function_codes, model
from profstandards.i18n import Msg, clip
from profstandards.rules.classifiers import SHAPES
from profstandards.rules.engine import INFO, WARNING, Context, Hit, rule
from profstandards.rules.sources import MAKET, REGISTRY_DATA, cite

if TYPE_CHECKING:  # the database code is loaded only when a registry is given
    from profstandards.registry.compare import UnitCheck

_ORIGIN = cite(MAKET, "раздел III, «Происхождение (обобщенной) трудовой функции»: «Оригинал» / "
                      "«Заимствовано из оригинала», код оригинала, регистрационный номер",
               "section III, origin of the (generalized) work function")
_KIND = {"gf": Msg("ОТФ", "GWF"), "wf": Msg("ТФ", "WF")}
_UNITS = {"okz": Msg("ОКЗ", "OKZ"), "okpdtr": Msg("ОКПДТР", "OKPDTR"),
          "okso": Msg("ОКСО", "OKSO"), "oknpo": Msg("ОКНПО", "OKNPO"),
          "oksvnk": Msg("ОКСВНК", "OKSVNK")}
_HOW = Msg(
    " Сходство — взвешенная доля совпадающих пунктов (трудовые действия весят вдвое больше "
    "умений и знаний, шаблонные пункты, встречающиеся во многих стандартах, — меньше) и "
    "названий; пункты совпадают с точностью до формы слов и их порядка, а переформулированные "
    "сопоставляются по общим словам. ОТФ сравниваются по их ТФ. Стандарт не сравнивается со "
    "своими редакциями (тот же регистрационный номер или код вида деятельности) и с "
    "проектами без номера. Порог выбран по размеченным парам из выгрузок реестра: "
    "см. README, «Реестр».",
    " The similarity is the weighted share of items and names in common (labor actions weigh "
    "twice skills and knowledge; boilerplate found in many standards weighs less); items "
    "match up to word forms and order, reworded ones by their common words. A GWF is "
    "compared through its WFs. A standard is never compared with its own versions (same "
    "registration number or activity code) or with drafts without a number. The threshold "
    "was chosen on labelled pairs from registry exports: see README, 'Registry'.")


def percent(value: float) -> str:
    return f"{round(value * 100)} %"


def _kind(node: object) -> str:
    return "gf" if isinstance(node, model.GeneralizedFunction) else "wf"


def _repeat_rule(code: str, kind: str) -> None:
    what = _KIND[kind]

    @rule(code, WARNING,
          title=Msg(f"{what.ru} повторяет {what.ru} другого стандарта реестра",
                    f"{what.en} repeats a {what.en} of another registry standard"),
          message=Msg(
              f"{what.ru} {{code}} «{{name}}» повторяет {what.ru} {{original}} «{{original_name}}» "
              "стандарта рег. № {number} «{standard}»: сходство {similarity}, общих "
              f"{'ТФ' if kind == 'gf' else 'пунктов'} {{shared}} из {{count}}. Если она "
              "заимствована, отметьте это (происхождение — «Заимствовано из оригинала»), "
              "иначе она должна отличаться",
              f"{what.en} {{code}} '{{name}}' repeats {what.en} {{original}} "
              "'{original_name}' of standard reg. No. {number} '{standard}': similarity "
              f"{{similarity}}, {{shared}} of {{count}} {'WFs' if kind == 'gf' else 'items'} "
              "in common. If it is borrowed, mark it so ('borrowed from the original'), "
              "otherwise it should differ"),
          source=_ORIGIN, evidence="M",
          about=Msg(
              f"{what.ru} почти дословно повторяет {what.ru} другого стандарта реестра: "
              "методика велит не изобретать заново существующую функцию, а заимствовать её "
              "(в макете 2013 г. — отметка «Заимствовано из оригинала» с кодом оригинала и "
              "регистрационным номером). Находка называет оригинал и сходство; "
              "заимствованная с отметкой функция здесь не сообщается (её проверяют PS803 и "
              "PS804). Нужна база реестра: validate --registry FILE." + _HOW.ru,
              f"The {what.en} nearly repeats a {what.en} of another registry standard: the "
              "methodology asks to borrow an existing function rather than reinvent it (the "
              "2013 layout marks it 'borrowed from the original' with the original's code "
              "and registration number). The finding names the original and the similarity; "
              "a function marked as borrowed is not reported here (PS803 and PS804 check "
              "it). Needs a registry database: validate --registry FILE." + _HOW.en))
    def check(ctx: Context) -> Iterator[Hit]:
        comparison = ctx.registry
        if comparison is None:
            return
        for repeat in comparison.repeats:
            node, original, score = repeat.node, repeat.original, repeat.score
            if original.kind != kind:
                continue
            origin = node.origin
            if origin is not None and origin.registration_number.strip() == \
                    original.registration_number and \
                    function_codes.fold(origin.code.strip()) == function_codes.fold(original.code):
                continue
            yield node.where("code"), {
                "code": node.code.strip(), "name": clip(node.name, 60),
                "original": original.code, "original_name": clip(original.name, 60),
                "number": original.registration_number,
                "standard": clip(original.standard_name, 60),
                "similarity": percent(score.value), "shared": score.shared,
                "count": score.shared + score.only_a}


_repeat_rule("PS801", "wf")
_repeat_rule("PS802", "gf")


@rule("PS803", WARNING,
      title=Msg("Оригинал заимствованной функции не найден в реестре",
                "The original of a borrowed function is not in the registry"),
      message=Msg("{kind} {code} отмечена как заимствованная из {origin} стандарта рег. № "
                  "{number}, но {reason}",
                  "{kind} {code} is marked as borrowed from {origin} of standard reg. No. "
                  "{number}, but {reason}"),
      source=_ORIGIN, evidence="M",
      about=Msg("У заимствованной ОТФ/ТФ (отметка profstandards-origin, в документе — "
                "«Заимствовано из оригинала») должен быть оригинал: функция с этим кодом в "
                "стандарте с этим регистрационным номером. Её нет в базе реестра — в реестре "
                "нет такого стандарта или в нём нет такой функции (опечатка в коде или "
                "номере, оригинал исключён при пересмотре). Если база неполна, это может быть "
                "и её пробел.",
                "A borrowed GWF/WF (the profstandards-origin mark, 'borrowed from the "
                "original' in the document) must have an original: a function with that code "
                "in the standard with that registration number. The registry database has "
                "neither such a standard nor such a function in it (a typo in the code or "
                "number, an original dropped in a revision) — or the database is incomplete."))
def missing_original(ctx: Context) -> Iterator[Hit]:
    comparison = ctx.registry
    if comparison is None:
        return
    for check in comparison.origins:
        if check.original is not None:
            continue
        kind = _kind(check.node)
        reason = (Msg(f"в этом стандарте нет {_KIND[kind].ru} с таким кодом",
                      f"that standard has no {_KIND[kind].en} with this code")
                  if check.known_number else
                  Msg("в реестре нет стандарта с этим номером",
                      "the registry has no standard with this number"))
        yield check.origin.loc or check.node.where("code"), {
            "kind": _KIND[kind], "code": check.node.code.strip(),
            "origin": check.origin.code.strip(),
            "number": check.origin.registration_number.strip(), "reason": reason}


@rule("PS804", WARNING,
      title=Msg("Заимствованная функция расходится с оригиналом",
                "A borrowed function differs from its original"),
      message=Msg("{kind} {code} заимствована из {origin} стандарта рег. № {number}, но её "
                  "текст расходится с оригиналом: сходство {similarity}, совпадают {same} из "
                  "{count} {units}{name}",
                  "{kind} {code} is borrowed from {origin} of standard reg. No. {number}, but "
                  "its text differs from the original: similarity {similarity}, {same} of "
                  "{count} {units} are the same{name}"),
      source=_ORIGIN, evidence="M",
      about=Msg("Заимствованная ОТФ/ТФ повторяет оригинал; если текст разошёлся — оригинал "
                "пересмотрен после заимствования или копию правили, — функцию нужно либо "
                "привести к оригиналу, либо отметить как оригинальную. Сравнение — с текущей "
                "редакцией стандарта-оригинала, с точностью до формы слов, порядка, регистра "
                "и знаков препинания; у ТФ сравниваются название, трудовые действия, умения и "
                "знания, у ОТФ — название и её ТФ.",
                "A borrowed GWF/WF repeats its original; if the texts have drifted apart (the "
                "original was revised after the borrowing, or the copy was edited), bring the "
                "function back to the original or mark it as original. It is compared with "
                "the current version of the original's standard, up to word forms, order, "
                "case and punctuation: a WF by name, labor actions, skills and knowledge, a "
                "GWF by name and its WFs."))
def differs_from_original(ctx: Context) -> Iterator[Hit]:
    comparison = ctx.registry
    if comparison is None:
        return
    for check in comparison.origins:
        score = check.score
        if score is None or score.identical:
            continue
        kind = _kind(check.node)
        yield check.origin.loc or check.node.where("code"), {
            "kind": _KIND[kind], "code": check.node.code.strip(),
            "origin": check.origin.code.strip(),
            "number": check.origin.registration_number.strip(),
            "similarity": percent(score.value), "same": score.same,
            "count": score.same + score.similar + score.only_a + score.only_b,
            "units": Msg("ТФ", "WFs") if kind == "gf" else Msg("пунктов", "items"),
            "name": Msg("" if score.name == 1 else ", название другое",
                        "" if score.name == 1 else ", the name differs")}


@rule("PS805", WARNING,
      title=Msg("Наименование по классификатору не такое, как в реестре",
                "Classifier name unlike the registry's"),
      message=Msg("{classifier} {code}: наименование «{name}» не совпадает с принятым в "
                  "реестре «{usual}» (так в стандартах реестра: {count})",
                  "{classifier} {code}: the name '{name}' is not the registry's '{usual}' "
                  "(used so by {count} registry standard(s))"),
      source=REGISTRY_DATA, evidence="V-practice",
      about=Msg("Код ОКЗ, ОКПДТР, ОКСО (ОКНПО, ОКСВНК) назван не так, как его называет любой "
                "другой стандарт реестра (текущие редакции): опечатка, устаревшая редакция "
                "классификатора или наименование другого кода. Сравниваются слова "
                "наименования (регистр, «ё», дефисы и знаки препинания не важны). Реестр — "
                "свидетельство, а не сам классификатор: сверьте с классификатором. ЕКС/ЕТКС "
                "не проверяются: их «коды» («-», «§ 33») не называют одну должность. Коды, которые "
                "судит файл классификатора из --classifiers, сверяют PS511/PS512, а не реестр.",
                "An OKZ, OKPDTR, OKSO (OKNPO, OKSVNK) code is named unlike any other registry "
                "standard (current versions) names it: a typo, an outdated classifier edition "
                "or another code's name. Words are compared (case, «ё», hyphens and "
                "punctuation do not matter). The registry is evidence, not the classifier: "
                "check against the classifier. EKS/ETKS are not checked: their 'codes' ('-', "
                "'§ 33') do not name one position. Codes a --classifiers file judges are "
                "checked by PS511/PS512, not against the registry."))
def unit_name_differs(ctx: Context) -> Iterator[Hit]:
    for check in _unit_checks(ctx):
        if check.usual is not None:
            yield check.unit.where("name"), {
                "classifier": _UNITS[check.classifier], "code": check.unit.code.strip(),
                "name": clip(check.unit.name, 70), "usual": clip(check.usual, 70),
                "count": check.standards}


@rule("PS806", INFO,
      title=Msg("Код классификатора не встречается в реестре",
                "Classifier code never used in the registry"),
      message=Msg("{classifier} {code} «{name}» не встречается ни в одном другом стандарте "
                  "реестра",
                  "{classifier} {code} '{name}' is used by no other registry standard"),
      source=REGISTRY_DATA, evidence="V-practice",
      about=Msg("Код ОКЗ, ОКПДТР, ОКСО (ОКНПО, ОКСВНК) не встречается ни в одном другом "
                "стандарте реестра (текущие редакции). Это не ошибка — реестр не обязан "
                "содержать весь классификатор, — но повод проверить код по классификатору. "
                "Коды не по образцу своего списка сообщают правила PS5xx, коды, которые судит файл "
                "классификатора из --classifiers, — PS511. Сообщается один раз на код.",
                "An OKZ, OKPDTR, OKSO (OKNPO, OKSVNK) code is used by no other registry "
                "standard (current versions). Not an error — the registry need not cover the "
                "classifier — but worth checking against the classifier. Codes of the wrong "
                "shape are reported by the PS5xx rules, codes a --classifiers file judges by "
                "PS511. Reported once per code."))
def unit_unused(ctx: Context) -> Iterator[Hit]:
    seen: set[tuple[str, str]] = set()
    for check in _unit_checks(ctx):
        key = (check.classifier, check.unit.code.strip().rstrip("."))
        if check.usual is None and key not in seen:  # once per code: it is information
            seen.add(key)
            yield check.unit.where("code"), {
                "classifier": _UNITS[check.classifier], "code": check.unit.code.strip(),
                "name": clip(check.unit.name, 70)}


def _unit_checks(ctx: Context) -> list[UnitCheck]:
    """The classifier checks, without codes that do not fit their list (PS5xx's) and codes
    the user's own classifier file judges (PS511/PS512: the classifier outranks the
    registry's evidence, and one name should not draw two findings); once per standard
    for PS805 and PS806."""
    return ctx.shared("registry.units", _registry_judges)


def _registry_judges(ctx: Context) -> list[UnitCheck]:
    comparison = ctx.registry
    if comparison is None:
        return []
    kept = []
    for check in comparison.units:
        code = check.unit.code.strip()
        shape = SHAPES.get(check.classifier)
        if shape is not None and not shape.fullmatch(code):
            continue
        data = ctx.classifier(check.classifier) if check.classifier in classifiers.NAMES else None
        if data is None or not data.covers(code):
            kept.append(check)
    return kept
