"""PS5xx — classifiers: code shapes per list, codes filed in the wrong list, ОКЗ of an ОТФ
against section I, and ОКВЭД2 codes and names against the Rosstat data.

A code's shape is its only edition marker: ОКЗ-2014 codes carry a trailing dot in
section I, ОКСО is old six-digit or new dotted, ЕТКС paragraphs (``§ 33``) share the
ЕКС list.  A code that does not fit its own list but fits another one is reported as
filed in the wrong list (PS506), not as a bad shape.  ОКНПО and ОКСВНК (two legacy lists,
five ОТФ in the genuine exports) are not checked: their code format is not established.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from profstandards import classifiers, model, okved
from profstandards.i18n import Msg
from profstandards.rules.engine import DRAFT, ERROR, WARNING, Context, Hit, rule
from profstandards.rules.sources import (
    GUIDE,
    MAKET,
    OKPDTR,
    OKPDTR_2025,
    OKSO,
    OKVED,
    OKZ,
    cite,
)

LIST_NAMES: dict[str, Msg] = {
    "okz": Msg("ОКЗ", "OKZ"),
    "okved": Msg("ОКВЭД", "OKVED"),
    "okpdtr": Msg("ОКПДТР", "OKPDTR"),
    "okso": Msg("ОКСО", "OKSO"),
    "eks": Msg("ЕКС/ЕТКС", "EKS/ETKS"),
}
SHAPES: dict[str, re.Pattern[str]] = {
    "okz": re.compile(r"\d{3,4}\.?"),
    "okved": re.compile(r"\d{2}(?:\.\d{1,2}|\.\d{2}\.\d{1,2})?"),
    # ОК 016-94: five digits; ОК 016-2025 (from 2026): six, the first 1 (рабочие) or 2
    # (служащие).
    "okpdtr": re.compile(r"\d{5}|[12]\d{5}"),
    "okso": re.compile(r"\d{6}|\d\.\d{2}\.\d{2}\.\d{2}|\d{2}\.\d{2}\.\d{2}"),
    "eks": re.compile(r"[-–—]|§{1,2}\s*\d+(?:\s*[-–,]\s*\d+)*"),
}
# Lists a misfiled code is recognised as belonging to (ЕКС is never a guess: its "-" is
# not a code).
_OTHER_LISTS = ("okz", "okved", "okso", "okpdtr")  # six digits: ОКСО first, as before 2026


def _units(ctx: Context) -> Iterator[tuple[str, model.ClassifierUnit]]:
    """(list name, unit) of every non-empty code in the lists that have a known shape."""
    for name, seq in ctx.units():
        if name in SHAPES:
            for unit in seq.items:
                if unit.code.strip():
                    yield name, unit


def owner(list_name: str, code: str) -> str | None:
    """The list a code fits: its own, another one (misfiled), or ``None`` (bad shape)."""
    code = code.strip()
    if SHAPES[list_name].fullmatch(code):
        return list_name
    return next((other for other in _OTHER_LISTS
                 if other != list_name and SHAPES[other].fullmatch(code)), None)


def _shape_rule(code: str, list_name: str, expected: Msg, source: Msg, about: Msg) -> None:
    name = LIST_NAMES[list_name]

    @rule(code, ERROR,
          title=Msg(f"Код {name.ru} не по образцу", f"{name.en} code of the wrong shape"),
          message=Msg(f"код {name.ru} «{{code}}» не по образцу: ожидается {expected.ru}",
                      f"{name.en} code '{{code}}' has the wrong shape: expected {expected.en}"),
          source=source, evidence="V", about=about)
    def shape(ctx: Context) -> Iterator[Hit]:
        for found, unit in _units(ctx):
            if found == list_name and owner(list_name, unit.code) is None:
                yield unit.where("code"), {"code": unit.code.strip()}


_shape_rule(
    "PS501", "okz", Msg("4 цифры (в разделе I — с точкой: «2512.»)",
                        "4 digits (in section I with a dot: '2512.')"),
    cite(OKZ, "коды групп", "group codes"),
    Msg("Код ОКЗ — четыре цифры базовой группы ОК 010-2014; в разделе I стандарты с 2015 года "
        "пишут его с точкой («2512.»), стандарты 2013–2014 годов — без точки, иногда трёхзначную "
        "группу.",
        "An OKZ code is the 4-digit unit group of OK 010-2014; section I of standards since "
        "2015 writes it with a trailing dot, older ones without, sometimes a 3-digit group."))
_shape_rule(
    "PS502", "okved", Msg("NN.NN[.N[N]] («62.01», «62.02.1»)", "NN.NN[.N[N]] ('62.01')"),
    cite(OKVED, "коды группировок", "codes"),
    Msg("Код ОКВЭД — класс NN, подкласс NN.N, группа NN.NN, подгруппа NN.NN.N или вид "
        "NN.NN.NN.",
        "An OKVED code is NN, NN.N, NN.NN, NN.NN.N or NN.NN.NN."))
_shape_rule(
    "PS503", "okpdtr", Msg("5 цифр (ОК 016-94: «27099») или 6 цифр с первой 1 или 2 "
                           "(ОК 016-2025: «227099»)",
                           "5 digits (OK 016-94) or 6 digits starting with 1 or 2 (OK 016-2025)"),
    cite(OKPDTR, "коды профессий и должностей", "codes"),
    Msg("Код ОКПДТР — пять цифр по ОК 016-94 или, с 1 января 2026 года, шесть цифр по "
        "ОК 016-2025: первая цифра 1 — профессии рабочих, 2 — должности служащих. Принимаются "
        "оба вида; какой из них уместен в стандарте, говорит PS510.",
        "An OKPDTR code has five digits (OK 016-94) or, from 1 January 2026, six (OK 016-2025): "
        "the first is 1 for workers, 2 for employees. Both are accepted; PS510 says which one "
        "a standard should use."))
_shape_rule(
    "PS504", "okso", Msg("6 цифр (ОК 009-2003) или «2.09.03.01» (ОК 009-2016)",
                         "6 digits (OK 009-2003) or '2.09.03.01' (OK 009-2016)"),
    cite(OKSO, "коды специальностей", "codes"),
    Msg("Код ОКСО — шесть цифр старого классификатора ОК 009-2003 (230105) или код "
        "ОК 009-2016 вида «2.09.03.01»: область образования, укрупнённая группа, уровень "
        "образования, направление; принимается и код направления без цифры области "
        "(09.03.01).",
        "An OKSO code is the old 6-digit OK 009-2003 one (230105) or an OK 009-2016 code "
        "'2.09.03.01' (area, group, education level, direction); a direction code without the "
        "area digit (09.03.01) is accepted too."))
_shape_rule(
    "PS505", "eks", Msg("«-» для ЕКС или «§ N» для ЕТКС", "'-' for EKS or '§ N' for ETKS"),
    cite(MAKET, "раздел III, «Дополнительные характеристики»: ЕКС, ЕТКС",
         "section III, additional characteristics: EKS, ETKS"),
    Msg("В строке ЕКС код — «-», в строке ЕТКС — параграф: «§ 33», «§ 168 - 170».",
        "An EKS row has '-' as its code, an ETKS row a paragraph: '§ 33', '§ 168 - 170'."))


@rule("PS506", ERROR,
      title=Msg("Код классификатора не в своём списке", "Classifier code in the wrong list"),
      message=Msg("код «{code}» в списке {list} похож на код {other}: вероятно, попал не в тот "
                  "список",
                  "code '{code}' in the {list} list looks like an {other} code: probably filed "
                  "in the wrong list"),
      source=cite(MAKET, "раздел I и «Дополнительные характеристики»",
                  "section I and additional characteristics"),
      evidence="format",
      about=Msg("В выгрузках реестра коды попадают не в свой список: код ОКЗ в ОКВЭД («2131», "
                "«3513.»), код ОКСО в ОКЗ («230105»), код ОКЗ в ОКСО («2139»). Код, который не "
                "подходит своему списку, но точно подходит другому, сообщается этим правилом, "
                "а не правилом вида кода.",
                "Registry exports file codes in the wrong list (OKZ in OKVED, OKSO in OKZ, OKZ "
                "in OKSO). A code that does not fit its list but fits another is reported "
                "here, not as a bad shape."))
def wrong_list(ctx: Context) -> Iterator[Hit]:
    for list_name, unit in _units(ctx):
        found = owner(list_name, unit.code)
        if found is not None and found != list_name:
            yield unit.where("code"), {"code": unit.code.strip(), "list": LIST_NAMES[list_name],
                                       "other": LIST_NAMES[found]}


@rule("PS507", WARNING,
      title=Msg("ОКЗ ОТФ не из групп раздела I", "OTF OKZ code outside the section I groups"),
      message=Msg("код ОКЗ «{code}» ОТФ «{otf}» не входит в группы занятий раздела I ({groups})",
                  "OKZ code '{code}' of OTF '{otf}' is not among the section I groups "
                  "({groups})"),
      source=cite(GUIDE, "согласованность ОКЗ разделов I и III", "OKZ of sections I and III"),
      evidence="M",
      about=Msg("Коды ОКЗ в дополнительных характеристиках ОТФ совпадают с группами занятий "
                "раздела I или уточняют их (подгруппа). Код другого классификатора в списке ОКЗ "
                "здесь не рассматривается — это PS506.",
                "The OKZ codes of an OTF equal a section I group or refine it. A code of "
                "another classifier in the OKZ list is PS506's business."))
def okz_consistency(ctx: Context) -> Iterator[Hit]:
    groups = {u.code.strip().rstrip(".") for u in ctx.standard.general.okz
              if owner("okz", u.code) == "okz"}
    if not groups:
        return
    shown = ", ".join(sorted(groups))
    for gf in ctx.standard.functions:
        for unit in gf.okz or ():
            code = unit.code.strip().rstrip(".")
            if code and owner("okz", code) == "okz" \
                    and not any(code.startswith(g) or g.startswith(code) for g in groups):
                yield unit.where("code"), {"code": code, "otf": gf.code, "groups": shown}


def _okved_units(ctx: Context) -> Iterator[model.ClassifierUnit]:
    general = ctx.standard.general
    for unit in general.okved or ():
        if unit.code.strip() and owner("okved", unit.code) == "okved":
            yield unit


@rule("PS508", WARNING,
      title=Msg("Кода нет в ОКВЭД2", "Code not in OKVED2"),
      message=Msg("кода «{code}» нет в ОКВЭД2 (данные Росстата от {edition}): устаревший код "
                  "ОКВЭД (ОК 029-2007) или опечатка",
                  "code '{code}' is not in OKVED2 (Rosstat data of {edition}): an old OKVED "
                  "(OK 029-2007) code or a typo"),
      source=OKVED,
      evidence="V",
      about=Msg("Коды раздела I сверяются с ОКВЭД2 по данным Росстата, которые поставляются с "
                "profstandards (редакция от 01.12.2023; новее — ключ --classifiers). Стандарты "
                "2013–2014 годов ссылаются на ОКВЭД ОК 029-2007, утративший силу в 2017 году: "
                "их коды здесь тоже видны.",
                "Section I codes are checked against the OKVED2 data shipped with profstandards "
                "(edition 01.12.2023; point --classifiers at a newer one). Standards of "
                "2013-2014 cite the old OKVED (repealed in 2017) and show up here too."))
def okved_known(ctx: Context) -> Iterator[Hit]:
    units = list(_okved_units(ctx))
    if not units:
        return
    data = ctx.okved
    for unit in units:
        if data.name(unit.code) is None:
            yield unit.where("code"), {"code": unit.code.strip(), "edition": data.edition}


@rule("PS509", WARNING,
      title=Msg("Наименование ОКВЭД не совпадает с ОКВЭД2", "OKVED name differs from OKVED2"),
      message=Msg("код ОКВЭД «{code}»: «{name}», а в ОКВЭД2 — «{official}»",
                  "OKVED code '{code}': '{name}', but OKVED2 says '{official}'"),
      source=OKVED,
      evidence="V",
      about=Msg("Наименование вида экономической деятельности совпадает с ОКВЭД2. Сравнение "
                "не замечает регистр, пунктуацию, «ё» и пробелы (в выгрузках они теряются: "
                "«использованиемвычислительной»). Расхождение обычно значит, что код взят из "
                "старого ОКВЭД, где под тем же номером был другой вид деятельности.",
                "The name equals the OKVED2 name, ignoring case, punctuation, 'ё' and spaces. "
                "A difference usually means the code comes from the old OKVED, where the same "
                "number meant another activity."))
def okved_name(ctx: Context) -> Iterator[Hit]:
    units = [u for u in _okved_units(ctx) if u.name.strip()]
    if not units:
        return
    data = ctx.okved
    for unit in units:
        official = data.name(unit.code)
        if official is not None and okved.normalise(official) != okved.normalise(unit.name):
            yield unit.where("name"), {"code": unit.code.strip(), "name": unit.name.strip(),
                                       "official": official}


OKPDTR_2025_FROM = (2026, 1, 1)
_OLD_OKPDTR = re.compile(r"\d{5}")
_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*")


def _approved(date: str) -> tuple[int, int, int] | None:
    m = _DATE.fullmatch(date)
    return (int(m[3]), int(m[2]), int(m[1])) if m else None


@rule("PS510", WARNING,
      title=Msg("Код ОКПДТР по заменённому ОК 016-94", "OKPDTR code of the replaced OK 016-94"),
      message=Msg("код ОКПДТР «{code}» — из ОК 016-94, который с 1 января 2026 года заменён "
                  "ОК 016-2025 (шесть цифр: первая 1 — рабочие, 2 — служащие); {when} строки "
                  "ОКПДТР нужно перекодировать по ОК 016-2025",
                  "OKPDTR code '{code}' is from OK 016-94, replaced by OK 016-2025 (six digits: "
                  "1 workers, 2 employees) from 1 January 2026; {when} the OKPDTR rows must be "
                  "re-coded to OK 016-2025"),
      source=cite(OKPDTR_2025),
      evidence="V-secondary",
      about=Msg("С 1 января 2026 года ОКПДТР — ОК 016-2025 (приказ Росстандарта от 16.05.2025 "
                "№ 423-ст): коды из шести цифр, первая 1 — профессии рабочих, 2 — должности "
                "служащих. Проект (профиль draft) с пятизначными кодами ОК 016-94 получает "
                "предупреждение: перед отправкой проекта строки ОКПДТР нужно перекодировать. "
                "Опубликованный стандарт, утверждённый до 2026 года, сохраняет свои коды без "
                "находки; утверждённый с 2026 года — получает предупреждение.",
                "From 1 January 2026 OKPDTR is OK 016-2025: six-digit codes, 1 for workers, 2 "
                "for employees. A draft with five-digit OK 016-94 codes gets a warning: re-code "
                "the rows before submission. A published standard approved before 2026 keeps "
                "its codes without a finding; one approved since gets the warning."))
def okpdtr_edition(ctx: Context) -> Iterator[Hit]:
    approved = _approved(ctx.standard.approval_date)
    if ctx.profile == DRAFT:
        when = Msg("перед отправкой проекта", "before the draft is submitted")
    elif approved is not None and approved >= OKPDTR_2025_FROM:
        when = Msg("в стандарте, утверждённом с 2026 года,", "in a standard approved since 2026")
    else:
        return
    for gf in ctx.standard.functions:
        for unit in gf.okpdtr or ():
            code = unit.code.strip()
            if _OLD_OKPDTR.fullmatch(code):
                yield unit.where("code"), {"code": code, "when": when}


def _user_units(ctx: Context) -> Iterator[tuple[classifiers.Classifier, model.ClassifierUnit]]:
    """(the user's classifier, unit) of every code it can judge (see
    :mod:`profstandards.classifiers`)."""
    for name, seq in ctx.units():
        data = ctx.classifier(name) if name in classifiers.NAMES else None
        if data is None:
            continue
        for unit in seq.items:
            code = unit.code.strip()
            if code and owner(name, code) == name and data.covers(code):
                yield data, unit


@rule("PS511", WARNING,
      title=Msg("Кода нет в классификаторе", "Code not in the classifier"),
      message=Msg("кода {list} «{code}» нет в классификаторе ({edition}): опечатка или код "
                  "другой редакции",
                  "{list} code '{code}' is not in the classifier ({edition}): a typo or a code "
                  "of another edition"),
      source=cite(MAKET, "раздел I и «Дополнительные характеристики»",
                  "section I and additional characteristics"),
      evidence="tool",
      about=Msg("Если в каталоге --classifiers есть файл ОКЗ, ОКПДТР или ОКСО (okz*.csv, "
                "okpdtr*.csv, okso*.csv со столбцами code, name, edition — формат в README), "
                "каждый код этого классификатора сверяется с файлом. Коды вида, которого в "
                "файле нет (пятизначный ОКПДТР при файле ОК 016-2025), не проверяются.",
                "With an OKZ, OKPDTR or OKSO file in the --classifiers directory (columns code, "
                "name, edition; see the README), every code of that classifier is looked up. "
                "Codes of a form the file lacks are not checked."))
def user_code_known(ctx: Context) -> Iterator[Hit]:
    for data, unit in _user_units(ctx):
        if data.lookup(unit.code) is None:
            yield unit.where("code"), {"list": classifiers.TITLES[data.name],
                                       "code": unit.code.strip(),
                                       "edition": data.edition(unit.code)}


@rule("PS512", WARNING,
      title=Msg("Наименование не совпадает с классификатором",
                "Name differs from the classifier"),
      message=Msg("код {list} «{code}»: «{name}», а в классификаторе — «{official}»",
                  "{list} code '{code}': '{name}', but the classifier says '{official}'"),
      source=cite(MAKET, "раздел I и «Дополнительные характеристики»",
                  "section I and additional characteristics"),
      evidence="tool",
      about=Msg("Наименование группы занятий, профессии, должности или специальности совпадает "
                "с наименованием в файле классификатора из каталога --classifiers. Сравнение "
                "не замечает регистр, пунктуацию, «ё» и пробелы.",
                "The name equals the one in the user's classifier file, ignoring case, "
                "punctuation, 'ё' and spaces."))
def user_code_name(ctx: Context) -> Iterator[Hit]:
    for data, unit in _user_units(ctx):
        official = data.lookup(unit.code)
        if official is not None and unit.name.strip() \
                and okved.normalise(official) != okved.normalise(unit.name):
            yield unit.where("name"), {"list": classifiers.TITLES[data.name],
                                       "code": unit.code.strip(), "name": unit.name.strip(),
                                       "official": official}
