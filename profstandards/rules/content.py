"""PS3xx — content present: unfilled placeholders, the required texts of sections I and III,
the lists every ОТФ and ТФ must have, experience requirements and worker ranks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from profstandards import model
from profstandards.findings import Severity
from profstandards.i18n import Msg, clip
from profstandards.placeholders import MARK
from profstandards.rules.engine import ERROR, INFO, WARNING, Context, Hit, rule
from profstandards.rules.fillers import is_connector, meaningful
from profstandards.rules.sources import GUIDE, MAKET, TOOL, cite


@rule("PS301", ERROR,
      title=Msg("Не заполнена заготовка", "Unfilled placeholder"),
      message=Msg("не заполнено: «{text}»", "not filled in: '{text}'"),
      source=TOOL,
      evidence="tool",
      about=Msg(f"Заготовка стандарта (profstandards new) помечает места для заполнения "
                f"словом «{MARK}». Пока такое значение осталось, стандарт не проходит "
                f"проверку ни в одном профиле.",
                f"A scaffolded standard (profstandards new) marks what to fill in with "
                f"'{MARK}'. While such a value is left, the standard fails in every profile."))
def placeholders(ctx: Context) -> Iterator[Hit]:
    if MARK not in ctx.blob:
        return
    for ref in ctx.texts:
        if MARK in ref[0]:
            yield ctx.where(ref), {"text": clip(ref[0])}


def _required_text(code: str, title: Msg, message: Msg, source: Msg, about: Msg,
                   values: Callable[[model.Standard], Iterator[tuple[model.Node, str]]]) -> None:
    """A rule: each text field that ``values`` yields (node, attribute) is not empty."""

    @rule(code, ERROR, title=title, message=message, source=source, evidence="V", about=about)
    def present(ctx: Context) -> Iterator[Hit]:
        for node, attr in values(ctx.standard):
            if not meaningful(getattr(node, attr)):
                yield node.where(attr), {"code": getattr(node, "code", "")}


_required_text(
    "PS302", Msg("Нет наименования стандарта", "No name of the standard"),
    Msg("не указано наименование профессионального стандарта",
        "the name of the professional standard is empty"),
    cite(MAKET, "титульная часть", "title block"),
    Msg("Наименование профессионального стандарта обязательно.",
        "The name of the professional standard is required."),
    lambda std: iter([(std, "name")]))
_required_text(
    "PS303", Msg("Нет наименования вида деятельности", "No kind of professional activity"),
    Msg("не указано наименование вида профессиональной деятельности",
        "the kind of professional activity is empty"),
    cite(MAKET, "раздел I «Общие сведения»", "section I"),
    Msg("Раздел I называет вид профессиональной деятельности.",
        "Section I names the kind of professional activity."),
    lambda std: iter([(std.general, "kind_of_activity")]))
_required_text(
    "PS304", Msg("Нет основной цели вида деятельности", "No main purpose"),
    Msg("не указана основная цель вида профессиональной деятельности",
        "the main purpose of the kind of professional activity is empty"),
    cite(MAKET, "раздел I, «Основная цель вида профессиональной деятельности»",
         "section I, main purpose"),
    Msg("Раздел I содержит основную цель вида профессиональной деятельности.",
        "Section I states the main purpose of the kind of professional activity."),
    lambda std: iter([(std.general, "purpose")]))
_required_text(
    "PS305", Msg("Нет наименования ОТФ или ТФ", "OTF or TF without a name"),
    Msg("у функции «{code}» нет наименования", "function '{code}' has no name"),
    cite(MAKET, "разделы II и III", "sections II and III"),
    Msg("У каждой обобщённой трудовой функции и трудовой функции есть наименование.",
        "Every generalized work function and work function has a name."),
    lambda std: ((node, "name") for gf in std.functions for node in (gf, *gf.functions)))


@rule("PS306", ERROR,
      title=Msg("Нет группы занятий (ОКЗ) в разделе I", "No occupation group (OKZ) in section I"),
      message=Msg("в разделе I не указана ни одна группа занятий по ОКЗ",
                  "section I gives no OKZ occupation group"),
      source=cite(MAKET, "раздел I, «Группа занятий»", "section I, occupation group"),
      evidence="V",
      about=Msg("Раздел I «Группа занятий» называет хотя бы одну группу ОКЗ (код и "
                "наименование). Пустые строки классификатора не считаются.",
                "Section I names at least one OKZ group (code and name); empty rows do not "
                "count."))
def section1_okz(ctx: Context) -> Iterator[Hit]:
    general = ctx.standard.general
    if not any(u.code.strip() for u in general.okz):
        yield general.okz.loc, {}


@rule("PS307", ERROR,
      title=Msg("Нет видов экономической деятельности (ОКВЭД) в разделе I",
                "No economic activity (OKVED) in section I"),
      message=Msg("в разделе I не указан ни один вид экономической деятельности по ОКВЭД",
                  "section I gives no OKVED economic activity"),
      source=cite(MAKET, "раздел I, «Отнесение к видам экономической деятельности»",
                  "section I, economic activities"),
      evidence="V",
      about=Msg("Раздел I относит вид деятельности хотя бы к одному виду экономической "
                "деятельности по ОКВЭД (код и наименование).",
                "Section I assigns the activity to at least one OKVED code."))
def section1_okved(ctx: Context) -> Iterator[Hit]:
    general = ctx.standard.general
    if general.okved is None or not any(u.code.strip() for u in general.okved):
        loc = general.okved.loc if general.okved is not None \
            else general.where("employment_group")
        yield loc, {}


def _required_list(code: str, title: Msg, message: Msg, source: Msg, about: Msg,
                   lists: Callable[[model.Standard],
                                  Iterator[tuple[model.Function, model.Seq[model.Item]]]],
                   schema_requires_item: bool, severity: Severity = ERROR,
                   evidence: str = "V") -> None:
    """A rule: each list that ``lists`` yields has at least one meaningful item.

    Where the XSD requires an item (``schema_requires_item``), an empty list is the
    schema's finding (PS002) and not reported again here.
    """

    @rule(code, severity, title=title, message=message, source=source, evidence=evidence,
          about=about)
    def present(ctx: Context) -> Iterator[Hit]:
        for owner, seq in lists(ctx.standard):
            if schema_requires_item and not seq.items:
                continue
            if not any(meaningful(item.text) for item in seq.items):
                yield seq.loc, {"code": owner.code}


_OTF_BLOCK = cite(MAKET, "раздел III, подраздел 3.N (ОТФ)", "section III, OTF block")
_TF_BLOCK = cite(MAKET, "раздел III, подраздел 3.N.M (ТФ)", "section III, TF block")
_required_list(
    "PS308", Msg("Нет наименований должностей", "No job titles"),
    Msg("у ОТФ «{code}» не указано ни одно возможное наименование должности, профессии",
        "OTF '{code}' lists no possible job title"),
    _OTF_BLOCK,
    Msg("Для ОТФ перечислены возможные наименования должностей, профессий (хотя бы одно).",
        "An OTF lists at least one possible job title."),
    lambda std: ((gf, gf.job_titles) for gf in std.functions), True)
_required_list(
    "PS309", Msg("Нет требований к образованию", "No education requirements"),
    Msg("у ОТФ «{code}» не указаны требования к образованию и обучению",
        "OTF '{code}' states no education and training requirements"),
    _OTF_BLOCK,
    Msg("Для ОТФ указаны требования к образованию и обучению.",
        "An OTF states its education and training requirements."),
    lambda std: ((gf, gf.education) for gf in std.functions), True)
_required_list(
    "PS310", Msg("ТФ без трудовых действий", "TF without labor actions"),
    Msg("у ТФ «{code}» нет ни одного трудового действия", "TF '{code}' has no labor action"),
    _TF_BLOCK,
    Msg("В каждой ТФ есть хотя бы одно трудовое действие; список из одних прочерков или пустых "
        "строк не считается. Пустой список сообщает схема (PS002).",
        "Every TF has at least one labor action; dashes and blanks do not count. An empty "
        "list is the schema's finding (PS002)."),
    lambda std: ((wf, wf.labor_actions) for _, wf in std.work_functions()), True,
    evidence="V-practice")
_required_list(
    "PS311", Msg("ТФ без необходимых умений", "TF without required skills"),
    Msg("у ТФ «{code}» нет ни одного необходимого умения", "TF '{code}' has no required skill"),
    _TF_BLOCK,
    Msg("В каждой ТФ есть хотя бы одно необходимое умение; список из одних прочерков или "
        "пустых строк не считается. Пустой список сообщает схема (PS002).",
        "Every TF has at least one required skill; dashes and blanks do not count. An empty "
        "list is the schema's finding (PS002)."),
    lambda std: ((wf, wf.skills) for _, wf in std.work_functions()), True,
    evidence="V-practice")
_required_list(
    "PS312", Msg("ТФ без необходимых знаний", "TF without required knowledge"),
    Msg("у ТФ «{code}» нет ни одного необходимого знания", "TF '{code}' has no required "
        "knowledge"),
    _TF_BLOCK,
    Msg("В каждой ТФ есть хотя бы одно необходимое знание. Схема допускает пустой список (он "
        "встречается в выгрузках реестра); что знание обязательно — пересказ методики, "
        "поэтому это предупреждение.",
        "Every TF has at least one knowledge item. The XSD accepts an empty list (registry "
        "exports contain one); the requirement is a paraphrase of the methodology, hence a "
        "warning."),
    lambda std: ((wf, wf.knowledge) for _, wf in std.work_functions()), False,
    severity=WARNING, evidence="M")


@rule("PS313", WARNING,
      title=Msg("Нет кода ОКЗ в дополнительных характеристиках ОТФ",
                "No OKZ code in the OTF's classifier table"),
      message=Msg("у ОТФ «{code}» в дополнительных характеристиках нет кода ОКЗ",
                  "OTF '{code}' has no OKZ code in its additional characteristics"),
      source=cite(MAKET, "раздел III, «Дополнительные характеристики»",
                  "section III, additional characteristics"),
      evidence="V",
      about=Msg("Таблица «Дополнительные характеристики» ОТФ начинается со строки ОКЗ: "
                "базовая группа занятий, к которой относятся должности ОТФ.",
                "The OTF's classifier table starts with the OKZ row: the occupation group of "
                "its job titles."))
def otf_okz(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        if gf.okz is None or not any(u.code.strip() for u in gf.okz):
            yield (gf.okz.loc if gf.okz is not None else gf.where("classifiers")), \
                {"code": gf.code}


_DURATION = re.compile(r"\b(год|года|лет|месяц\w*|полугод\w*|недел\w*)\b|не\s+требуется|"
                       r"без\s+(требований|опыта)", re.IGNORECASE)


@rule("PS314", WARNING, yields_to=("PS714",),
      title=Msg("Требование к опыту без срока", "Experience requirement without a duration"),
      message=Msg("требование к опыту практической работы без срока: «{text}»",
                  "work experience requirement without a duration: '{text}'"),
      source=cite(MAKET, "раздел III, «Требования к опыту практической работы»",
                  "section III, work experience requirements"),
      evidence="V-practice",
      about=Msg("Требование к опыту — «-» или срок с областью работы: «Не менее одного года в "
                "области …», «Не менее двух лет работы … при наличии среднего "
                "профессионального образования», «опыт работы не требуется». Строка без "
                "срока — обычно обломок предыдущей строки.",
                "An experience requirement is '-' or a duration with its scope ('Не менее "
                "одного года в области …'). A line without a duration is usually a broken "
                "piece of the previous line."))
def experience_duration(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        for item in gf.experience:
            text = item.text.strip()
            if meaningful(text) and not is_connector(text) and MARK not in text \
                    and not _DURATION.search(text):
                yield item.loc, {"text": clip(text)}


@rule("PS315", WARNING,
      title=Msg("Профессия рабочего без разряда", "Worker profession without a rank"),
      message=Msg("ОТФ «{code}» ссылается на ЕТКС ({paragraphs}), но ни в одном наименовании "
                  "профессии нет разряда",
                  "OTF '{code}' refers to the ETKS ({paragraphs}) but no job title has a rank"),
      source=cite(MAKET, "раздел III, «Возможные наименования должностей, профессий»",
                  "section III, possible job titles"),
      evidence="V-practice",
      about=Msg("Профессии рабочих по ЕТКС пишутся с разрядом: «Машинист уборочных машин "
                "3-го разряда», «Обойщик третьего разряда», «(8-й разряд)». Если ОТФ ссылается "
                "на параграф ЕТКС (§ N), хотя бы одно наименование содержит разряд. Разряд "
                "с уровнем квалификации не сверяется: они не связаны.",
                "ETKS worker professions carry a rank ('3-го разряда'). If the OTF cites an "
                "ETKS paragraph (§ N), at least one job title has a rank. Ranks are not "
                "compared with levels: they are unrelated."))
def worker_rank(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        paragraphs = [u.code.strip() for u in gf.eks or () if "§" in u.code]
        if paragraphs and not any("разряд" in t.lower() for t in gf.job_titles.texts()):
            yield gf.job_titles.loc, {"code": gf.code, "paragraphs": ", ".join(paragraphs)}


@rule("PS316", INFO,
      title=Msg("ОТФ из одной ТФ", "OTF with a single TF"),
      message=Msg("ОТФ «{code}» состоит из одной трудовой функции",
                  "OTF '{code}' has a single work function"),
      source=cite(GUIDE, "ОТФ — совокупность связанных трудовых функций",
                  "an OTF is a set of related work functions"),
      evidence="M",
      about=Msg("Обобщённая трудовая функция — совокупность связанных между собой трудовых "
                "функций; ОТФ из одной ТФ стоит пересмотреть.",
                "A generalized work function is a set of related work functions; an OTF "
                "with a single TF is worth a second look."))
def single_tf(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        if len(gf.functions) == 1:
            yield gf.functions.loc, {"code": gf.code}

