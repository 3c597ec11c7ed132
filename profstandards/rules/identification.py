"""PS1xx — codes and identification: the code of the kind of activity, ОТФ and ТФ codes,
registration number, order number and approval date.

The XSD already checks the *shape* of these values (PS007); these rules check what a
pattern cannot: known areas, Latin letters, uniqueness, sequence, real dates, and the
values a published standard must have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from profstandards.function_codes import fold, lookalikes_in, parse_tf_code
from profstandards.i18n import Msg
from profstandards.rules.engine import ERROR, REGISTRY, WARNING, Context, Hit, rule
from profstandards.rules.sources import FORMAT, GUIDE, MAKET, RULES_580, cite
from profstandards.rules.sources import REGISTRY as REGISTRY_ORDER

ACTIVITY_CODE = re.compile(r"\d{2}\.\d{3}")
AREAS = frozenset({f"{n:02d}" for n in range(1, 34)} | {"40"})
LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
ORDER_NUMBER = re.compile(r"\d{1,4}н")


@rule("PS101", ERROR,
      title=Msg("Неизвестная область деятельности в коде вида деятельности",
                "Unknown area in the code of the kind of activity"),
      message=Msg("код вида профессиональной деятельности «{code}»: области {area} нет в "
                  "реестре (01–33, 40)",
                  "code of the kind of professional activity '{code}': area {area} is not in "
                  "the registry (01-33, 40)"),
      source=cite(REGISTRY_ORDER, "классификация по областям профессиональной деятельности",
                  "classification by areas of professional activity"),
      evidence="V",
      about=Msg("Код вида профессиональной деятельности имеет вид NN.NNN, где NN — код "
                "области профессиональной деятельности реестра: 01–33 или 40 (сквозные "
                "виды деятельности в промышленности); коды 34–39 не используются. Вид "
                "NN.NNN проверяет схема (PS007), это правило — область.",
                "The code is NN.NNN where NN is an area of the registry: 01-33 or 40 "
                "(cross-industry); 34-39 are unused. The XSD checks the NN.NNN shape "
                "(PS007), this rule the area."))
def activity_area(ctx: Context) -> Iterator[Hit]:
    general = ctx.standard.general
    code = general.code.strip()
    if ACTIVITY_CODE.fullmatch(code) and code[:2] not in AREAS:
        yield general.where("code"), {"code": code, "area": code[:2]}


@rule("PS102", ERROR, profiles=(REGISTRY,),
      title=Msg("Нет кода вида профессиональной деятельности",
                "No code of the kind of professional activity"),
      message=Msg("не указан код вида профессиональной деятельности",
                  "the code of the kind of professional activity is empty"),
      source=cite(MAKET, "раздел I «Общие сведения»", "section I"),
      evidence="V",
      about=Msg("У опубликованного стандарта в разделе I есть код вида профессиональной "
                "деятельности (NN.NNN). В проекте (профиль draft) он может быть пустым: "
                "код присваивается при включении в реестр.",
                "A published standard has the code of its kind of activity in section I. "
                "A draft (profile draft) may leave it empty: the registry assigns it."))
def activity_code_present(ctx: Context) -> Iterator[Hit]:
    general = ctx.standard.general
    if not general.code.strip():
        yield general.where("code"), {}


@rule("PS103", ERROR, fix="fold_code_letters",
      title=Msg("Кириллические буквы в кодах ОТФ и ТФ", "Cyrillic letters in OTF/TF codes"),
      message=Msg("в коде «{code}» кириллическая буква {letters} вместо латинской ({fixed})",
                  "code '{code}' has the Cyrillic letter {letters} instead of a Latin one "
                  "({fixed})"),
      source=cite(MAKET, "раздел II, коды ОТФ и ТФ (A, B, C…; A/01.5)",
                  "section II, OTF and TF codes"),
      evidence="V-practice",
      about=Msg("Коды ОТФ и ТФ пишутся латинскими буквами. В выгрузках реестра встречаются "
                "кириллические двойники (А, В, С, Е, Н, К, М, О, Р, Т, Х): на вид код тот же, "
                "но поиск, сортировка и сравнение редакций его не находят. Исправляется "
                "автоматически (profstandards fix).",
                "OTF and TF codes use Latin letters. Registry exports contain Cyrillic "
                "look-alikes (А, В, С, …) that break search, sorting and comparison. Fixed "
                "automatically by profstandards fix."))
def cyrillic_letters(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        for node in (gf, *gf.functions):
            letters = lookalikes_in(node.code)
            if letters:
                yield node.where("code"), {"code": node.code, "letters": ", ".join(letters),
                                           "fixed": fold(node.code)}


@rule("PS104", ERROR,
      title=Msg("Буква кода ОТФ или ТФ не латинская", "OTF/TF code letter is not Latin"),
      message=Msg("в коде «{code}» буква «{letter}» — нужна латинская заглавная (A, B, C…)",
                  "code '{code}': letter '{letter}' must be a Latin capital (A, B, C...)"),
      source=cite(MAKET, "раздел II, коды ОТФ и ТФ", "section II, OTF and TF codes"),
      evidence="V-practice",
      about=Msg("Буква ОТФ — заглавная латинская. Схема пропускает любую заглавную букву; "
                "это правило находит те, у которых нет латинского двойника (Д, Ж, Б…), — "
                "их нельзя исправить автоматически.",
                "The OTF letter is a Latin capital. The XSD accepts any capital letter; this "
                "rule reports those without a Latin twin (Д, Ж, Б…), which cannot be fixed "
                "automatically."))
def non_latin_letter(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        letter = _letter(gf.code)
        if letter and fold(letter) not in LATIN:
            yield gf.where("code"), {"code": gf.code, "letter": letter}
        for wf in gf.functions:
            parsed = parse_tf_code(wf.code)
            if parsed and parsed.letter.isalpha() and fold(parsed.letter) not in LATIN:
                yield wf.where("code"), {"code": wf.code, "letter": parsed.letter}


@rule("PS105", ERROR,
      title=Msg("Повторяется код ОТФ", "Duplicate OTF code"),
      message=Msg("код ОТФ «{code}» уже есть в этом стандарте",
                  "OTF code '{code}' is already used in this standard"),
      source=cite(MAKET, "раздел II", "section II"),
      evidence="V-practice",
      about=Msg("Коды ОТФ в стандарте уникальны. Сравниваются коды после замены кириллических "
                "двойников латинскими (А и A — один код).",
                "OTF codes are unique within a standard (compared after folding Cyrillic "
                "look-alikes)."))
def duplicate_otf(ctx: Context) -> Iterator[Hit]:
    seen: set[str] = set()
    for gf in ctx.standard.functions:
        key = fold(gf.code.strip())
        if key and key in seen:
            yield gf.where("code"), {"code": gf.code}
        seen.add(key)


@rule("PS106", WARNING,
      title=Msg("Буквы ОТФ идут не подряд", "OTF letters are not consecutive"),
      message=Msg("коды ОТФ {found}: ожидаются буквы подряд начиная с A ({expected})",
                  "OTF codes {found}: expected consecutive letters from A ({expected})"),
      source=cite(GUIDE, "кодирование ОТФ", "coding of OTFs"),
      evidence="M",
      about=Msg("ОТФ обозначаются буквами A, B, C… без пропусков. Порядок записей в файле не "
                "проверяется: реестр выгружал ОТФ и в обратном порядке.",
                "OTFs are lettered A, B, C… without gaps. The order of records in the file is "
                "not checked: the registry has exported them in reverse order."))
def otf_letters_consecutive(ctx: Context) -> Iterator[Hit]:
    functions = ctx.standard.functions
    letters = sorted({fold(gf.code.strip()) for gf in functions})
    if not letters or not all(c in LATIN for c in letters):
        return
    expected = [chr(ord("A") + i) for i in range(len(letters))]
    if letters != expected:
        yield functions.loc, {"found": ", ".join(letters), "expected": ", ".join(expected)}


@rule("PS107", ERROR,
      title=Msg("Код ТФ не от своей ОТФ", "TF code does not belong to its OTF"),
      message=Msg("код ТФ «{code}» начинается не с кода своей ОТФ «{otf}»",
                  "TF code '{code}' does not start with the code of its OTF '{otf}'"),
      source=cite(MAKET, "раздел II, код ТФ «A/01.5»", "section II, TF code 'A/01.5'"),
      evidence="V-practice",
      about=Msg("Код ТФ — буква её ОТФ, «/», порядковый номер из двух цифр, «.», уровень "
                "(A/01.5). Буква сравнивается с кодом ОТФ после замены кириллических двойников.",
                "A TF code is its OTF's letter, '/', a two-digit number, '.', the level "
                "(A/01.5); letters are compared after folding look-alikes."))
def tf_prefix(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        otf = fold(gf.code.strip())
        for wf in gf.functions:
            parsed = parse_tf_code(wf.code)
            if otf and parsed and fold(parsed.letter) != otf:
                yield wf.where("code"), {"code": wf.code, "otf": gf.code}


@rule("PS108", ERROR,
      title=Msg("Повторяется код ТФ", "Duplicate TF code"),
      message=Msg("код ТФ «{code}» уже есть в этом стандарте",
                  "TF code '{code}' is already used in this standard"),
      source=cite(MAKET, "раздел II", "section II"),
      evidence="V-practice",
      about=Msg("Коды ТФ в стандарте уникальны (после замены кириллических двойников).",
                "TF codes are unique within a standard (after folding look-alikes)."))
def duplicate_tf(ctx: Context) -> Iterator[Hit]:
    seen: set[str] = set()
    for _, wf in ctx.standard.work_functions():
        key = fold(wf.code.strip())
        if key and key in seen:
            yield wf.where("code"), {"code": wf.code}
        seen.add(key)


@rule("PS109", WARNING,
      title=Msg("Номера ТФ идут не подряд", "TF numbers are not consecutive"),
      message=Msg("ТФ ОТФ «{otf}» пронумерованы {found}: ожидается {expected}",
                  "the TFs of OTF '{otf}' are numbered {found}: expected {expected}"),
      source=cite(MAKET, "раздел II", "section II"),
      evidence="V-practice",
      about=Msg("Внутри ОТФ трудовые функции нумеруются 01, 02, 03… без пропусков "
                "(A/01.3, A/02.3, A/03.3).",
                "Within an OTF the TFs are numbered 01, 02, 03… without gaps."))
def tf_numbers_consecutive(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        parsed = [parse_tf_code(wf.code) for wf in gf.functions]
        if not parsed or None in parsed:
            continue
        numbers = sorted({p.number for p in parsed if p})
        if numbers != list(range(1, len(numbers) + 1)):
            yield gf.functions.loc, {
                "otf": gf.code, "found": ", ".join(f"{n:02d}" for n in numbers),
                "expected": f"01–{len(numbers):02d}" if len(numbers) > 1 else "01"}


def _identification(code: str, attr: str, title: Msg, message: Msg, about: Msg) -> None:
    """A registry-profile rule: the value ``attr`` of the standard is not empty."""

    @rule(code, ERROR, profiles=(REGISTRY,), title=title, message=message,
          source=cite(RULES_580, "утверждение стандарта приказом Минтруда и включение в реестр",
                      "approval by a Mintrud order and entry into the registry"),
          evidence="V", about=about)
    def present(ctx: Context) -> Iterator[Hit]:
        standard = ctx.standard
        if not getattr(standard, attr).strip():
            yield standard.where(attr), {}


_identification(
    "PS110", "registration_number",
    Msg("Нет регистрационного номера", "No registration number"),
    Msg("не указан регистрационный номер", "the registration number is empty"),
    Msg("Регистрационный номер присваивается при включении стандарта в реестр. В проекте "
        "(профиль draft) он пуст; у опубликованного стандарта (профиль registry) обязателен.",
        "The registry assigns the number; a draft (profile draft) leaves it empty, a "
        "published standard (profile registry) must have it."))
_identification(
    "PS111", "order_number",
    Msg("Нет номера приказа об утверждении", "No approval order number"),
    Msg("не указан номер приказа об утверждении", "the approval order number is empty"),
    Msg("Опубликованный стандарт утверждён приказом Минтруда (номер вида 424н). В проекте "
        "номера нет. Пустой номер бывает и в старых выгрузках реестра (2017 год).",
        "A published standard is approved by a Mintrud order (number like 424н); a draft "
        "has none. Old registry exports (2017) leave it empty too."))
_identification(
    "PS112", "approval_date",
    Msg("Нет даты утверждения", "No approval date"),
    Msg("не указана дата утверждения", "the approval date is empty"),
    Msg("Дата приказа об утверждении (ДД.ММ.ГГГГ) обязательна для опубликованного стандарта; "
        "в проекте её нет.",
        "The date of the approval order (DD.MM.YYYY) is required for a published standard; "
        "a draft has none."))


@rule("PS113", ERROR,
      title=Msg("Несуществующая дата утверждения", "Approval date does not exist"),
      message=Msg("дата утверждения «{value}» не существует", "approval date '{value}' "
                  "does not exist"),
      source=cite(FORMAT, "DateOfApproval (ДД.ММ.ГГГГ)", "DateOfApproval (DD.MM.YYYY)"),
      evidence="format",
      about=Msg("Схема проверяет вид ДД.ММ.ГГГГ; правило — что такая дата есть в календаре "
                "(не 31.02.2020, не 00.13.2021).",
                "The XSD checks the DD.MM.YYYY shape; this rule checks that the date exists."))
def real_date(ctx: Context) -> Iterator[Hit]:
    standard = ctx.standard
    value = standard.approval_date.strip()
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", value)
    if m:
        try:
            date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            yield standard.where("approval_date"), {"value": value}


@rule("PS114", WARNING,
      title=Msg("Номер приказа не вида «424н»", "Order number not like '424н'"),
      message=Msg("номер приказа «{value}»: ожидается число и кириллическая «н» (424н)",
                  "order number '{value}': expected digits and the Cyrillic 'н' (424н)"),
      source=cite(FORMAT, "OrderNumber", "OrderNumber"),
      evidence="format",
      about=Msg("Приказы Минтруда о стандартах нумеруются «424н»: цифры и кириллическая «н» "
                "без пробела. Латинская «h», «H» или пробел — опечатки, из-за которых приказ "
                "не найти поиском.",
                "Mintrud orders are numbered like '424н': digits and a Cyrillic 'н', no "
                "space. A Latin 'h' or a space is a typo that defeats search."))
def order_number_shape(ctx: Context) -> Iterator[Hit]:
    standard = ctx.standard
    value = standard.order_number.strip()
    if value and not ORDER_NUMBER.fullmatch(value):
        yield standard.where("order_number"), {"value": value}


def _letter(code: str) -> str:
    code = code.strip()
    return code if len(code) == 1 and code.isalpha() else ""

