"""PS9xx — what an expert review of a draft checks beyond the form (issue 14).

An experienced methodologist reading a draft for Mintrud or a national council checks that
the classifier rows match the kind of job titles, that the titles' requirements are met
(categories need experience, electrical work needs an electrical-safety group), that the
education and the classifiers tell one story, that high-level functions are described as
richly as approved standards describe them, and that a ТФ is one function.  Each rule
here sees one such class of problem in the data; all are warnings, since each rests on a
text not read in full here (the ЕКС requirements, the electrical-safety rules, 148н) or on
statistics of approved standards.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator

from profstandards import fields, model, morph
from profstandards.function_codes import level_of
from profstandards.i18n import Msg, clip
from profstandards.rules.engine import WARNING, Context, Hit, rule
from profstandards.rules.fillers import meaningful
from profstandards.rules.levels import PATHWAYS, pathways
from profstandards.rules.sources import (
    EDUCATION_LAW,
    EKS,
    ELECTRICAL,
    LEVELS,
    MAKET,
    PORTAL,
    cite,
)

WF = fields.Owner.WF


def _present(seq: model.Seq[model.ClassifierUnit] | None) -> list[model.ClassifierUnit]:
    """The classifier rows that say something (not empty, not a lone dash)."""
    return [u for u in seq or () if u.code.strip() not in ("", "-") or u.name.strip()]


def _said(seq: model.Seq[model.Item]) -> list[str]:
    return [t for t in seq.texts() if meaningful(t)]


# --- PS901: worker professions without their classifier rows ------------------------------

_RANK = re.compile(r"разряд", re.IGNORECASE)


@rule("PS901", WARNING,
      title=Msg("Профессия рабочего без строки ЕТКС или ОКПДТР",
                "Worker profession without an ETKS or OKPDTR row"),
      message=Msg("ОТФ «{code}»: профессии рабочих с разрядом («{title}»), но в "
                  "дополнительных характеристиках нет {missing}",
                  "OTF '{code}': worker professions with a rank ('{title}') but the "
                  "classifier table has no {missing}"),
      source=cite(MAKET, "раздел III, «Дополнительные характеристики»: профессии рабочих — "
                  "по ЕТКС (§) и ОКПДТР", "section III, classifier table: worker professions "
                  "from the ETKS (§) and OKPDTR"),
      evidence="V-practice",
      about=Msg("Профессия рабочего с разрядом берётся из тарифно-квалификационной "
                "характеристики ЕТКС и кодируется по ОКПДТР: в таблице дополнительных "
                "характеристик ОТФ стоит параграф ЕТКС («§ 19») с наименованием профессии и "
                "разрядом и строка ОКПДТР с кодом профессии. Если такой характеристики нет "
                "ни в одном выпуске ЕТКС, профессию с разрядом назвать нельзя — пишут "
                "профессию из ЕТКС или должность без разряда. Правило срабатывает, когда "
                "хотя бы одно наименование содержит «разряд», а строк ЕТКС (с «§») или "
                "ОКПДТР нет.",
                "A worker profession with a rank comes from an ETKS characteristic and is "
                "coded in OKPDTR: the OTF's classifier table has the ETKS paragraph ('§ 19') "
                "and an OKPDTR row. Fires when a job title has a rank but the ETKS (§) or "
                "OKPDTR rows are missing."))
def worker_rows(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        ranked = [t for t in gf.job_titles.texts() if _RANK.search(t)]
        if not ranked:
            continue
        missing = []
        if not any("§" in u.code for u in gf.eks or ()):
            missing.append(Msg("строки ЕТКС (§ …)", "ETKS row (§ …)"))
        if not _present(gf.okpdtr):
            missing.append(Msg("строки ОКПДТР", "OKPDTR row"))
        if missing:
            yield gf.job_titles.loc, {
                "code": gf.code, "title": clip(ranked[0], 80),
                "missing": Msg(" и ".join(m.ru for m in missing),
                               " and ".join(m.en for m in missing))}


# --- PS902: a category title without an experience requirement ------------------------------

_CATEGORY = re.compile(r"(?<![\w-])(I|II|1|2|первой|второй)[ -]+категории\b", re.IGNORECASE)


@rule("PS902", WARNING,
      title=Msg("Должность с категорией без требования к опыту",
                "Post with a category but no experience requirement"),
      message=Msg("ОТФ «{code}»: должность «{title}» предполагает стаж в должности "
                  "предшествующей категории, а требований к опыту практической работы нет",
                  "OTF '{code}': the post '{title}' requires experience in the lower "
                  "category, but no experience requirement is given"),
      source=cite(EKS, "стаж работы в должности более низкой категории",
                  "experience in the lower category"),
      evidence="V-practice",
      about=Msg("По ЕКС должность I и II категории (инженер-конструктор I категории, техник "
                "II категории) занимают со стажем в должности предшествующей категории; "
                "утверждённые стандарты пишут это в требованиях к опыту («Не менее трех лет "
                "в должности инженера-конструктора более низкой (предшествующей) "
                "категории»). Правило срабатывает, когда среди наименований есть I или II "
                "категория, а требований к опыту нет или стоит «-». III категория и «без "
                "категории» опыта по ЕКС при профильном образовании не требуют.",
                "Under the EKS a post of category I or II requires experience in the lower "
                "category; approved standards write it in the experience requirements. "
                "Fires when a job title has category I or II and the experience "
                "requirement is absent or '-'."))
def category_experience(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        titled = [t for t in gf.job_titles.texts() if _CATEGORY.search(t)]
        if titled and not _said(gf.experience):
            yield gf.job_titles.loc, {"code": gf.code, "title": clip(titled[0], 80)}


# --- PS903: electrical work with an electrical-safety group below III -----------------------

_ELECTRICAL_WORK = re.compile(
    r"напряжени\w*\s+(сети|питания|на\s)|(наличи|отсутстви|проверк|измерени)\w*\s+напряжени|"
    r"под\s+напряжением|указател\w*\s+напряжения|электроустановк|"
    r"\b(электро)?щит\w{0,4}\b|распределительн\w+\s+(щит|устройств)|"
    r"(сет\w*|источник\w*)\s+электропитания|электрическ\w+\s+сет|"
    r"защитн\w+\s+заземлени|сопротивлени\w+\s+изоляции|мегаомметр|"
    r"устройств\w*\s+защитного\s+отключения|(проверк|испытани|измерени)\w*\s+электробезопасност",
    re.IGNORECASE)
# A word one of which every branch of _ELECTRICAL_WORK needs: a lower-cased text without
# any cannot match.  (Case-insensitive Unicode matching is slow: the full search costs
# some 30 µs an item, this one about 2.)  Letters that re.IGNORECASE also equates with
# Cyrillic ones (U+1C80–U+1C88, «ᲀ» for «в» …) send a text to the full search.
_ELECTRICAL_STEMS = re.compile(
    "напряжени|электроустановк|щит|распределительн|электропитания|электрическ|заземлени|"
    "изоляции|мегаомметр|отключения|электробезопасност|[\u1c80-\u1c88]")


def _may_be_electrical(text: str) -> bool:
    return _ELECTRICAL_STEMS.search(text.lower()) is not None


_GROUP_WORDS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "1": 1, "2": 2, "3": 3, "4": 4,
                "5": 5, "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5}
"""A group as written (Roman, Arabic, the stem of an ordinal word) → its number."""
_GROUP = re.compile(
    r"(?:\b(I{1,3}|IV|V|[1-5])\b|\b(перв|втор|трет|четв[её]рт|пят)\w*)\s+"
    r"(?:квалификационн\w+\s+)?групп\w*\s+(?:допуска\s+)?по\s+электробезопасности|"
    r"групп\w*\s+(?:допуска\s+)?по\s+электробезопасности\s+(?:не\s+ниже\s+)?"
    r"(I{1,3}|IV|V|[1-5])\b",
    re.IGNORECASE)


def electrical_groups(lines: list[str]) -> list[int]:
    """The electrical-safety groups named in ``lines`` («группа … не ниже III» → 3)."""
    found = []
    for line in lines:
        for m in _GROUP.finditer(line):
            word = next(g for g in m.groups() if g).lower().replace("ё", "е")
            found.append(_GROUP_WORDS[word])
    return found


_ACTIONS = fields.get(WF, "labor_actions")
_SKILLS = fields.get(WF, "skills")


@rule("PS903", WARNING,
      title=Msg("Электротехнические работы при группе по электробезопасности ниже III",
                "Electrical work with an electrical-safety group below III"),
      message=Msg("ОТФ «{code}»: группа по электробезопасности {group}, а ТФ «{tf}» "
                  "предусматривает работы в электроустановках: «{text}» — для них нужна "
                  "группа не ниже III",
                  "OTF '{code}': electrical-safety group {group}, but TF '{tf}' has work in "
                  "electrical installations: '{text}' — it needs group III or higher"),
      source=cite(ELECTRICAL, "группы по электробезопасности электротехнического персонала",
                  "electrical-safety groups of electrical staff"),
      evidence="M",
      about=Msg("Подключение оборудования к щиткам и сети, проверка наличия напряжения, "
                "измерение сопротивления изоляции, работы с защитным заземлением и УЗО — "
                "работы электротехнического персонала в электроустановках; по правилам "
                "охраны труда при эксплуатации электроустановок для них нужна группа не "
                "ниже III (II группа — для электротехнологического персонала и работ без "
                "допуска к частям под напряжением). Правило срабатывает, когда в особых "
                "условиях допуска ОТФ названа группа ниже III, а в трудовых действиях или "
                "умениях её ТФ есть такие работы. Точные формулировки приказа № 903н о "
                "группах не сверены, поэтому — предупреждение.",
                "Connecting equipment to switchboards and the mains, checking for voltage, "
                "insulation resistance, protective earthing and RCDs are work of electrical "
                "staff in electrical installations, which needs group III or higher. Fires "
                "when the OTF's admission conditions name a group below III and its TFs' "
                "labor actions or skills contain such work. The wording of order 903n was "
                "not checked, hence a warning."))
def electrical_group(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        groups = electrical_groups(gf.admission_conditions.texts()
                                   + gf.other_characteristics.texts())
        if not groups or max(groups) >= 3:
            continue
        hit = _first_electrical(gf)
        if hit:
            wf, item = hit
            yield item.loc, {"code": gf.code, "group": _ROMAN[max(groups)], "tf": wf.code,
                             "text": clip(item.text, 100)}


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}


def _first_electrical(gf: model.GeneralizedFunction
                      ) -> tuple[model.WorkFunction, model.Item] | None:
    for wf in gf.functions:
        for f in (_ACTIONS, _SKILLS):
            for item in f.items(wf):
                if _may_be_electrical(item.text) and _ELECTRICAL_WORK.search(item.text):
                    return wf, item
    return None


# --- PS904: ОКСО codes where the only pathway is vocational training ------------------------

_TRAINING_ONLY = frozenset({"training", "general"})


@rule("PS904", WARNING,
      title=Msg("Коды ОКСО при профессиональном обучении", "OKSO codes with vocational "
                "training only"),
      message=Msg("ОТФ «{code}»: единственный путь — профессиональное обучение, а в "
                  "дополнительных характеристиках коды ОКСО ({codes}): ОКСО классифицирует "
                  "профессии и специальности образования, профессионального обучения в нём "
                  "нет",
                  "OTF '{code}': the only pathway is vocational training, but the classifier "
                  "table has OKSO codes ({codes}); OKSO classifies education programmes, not "
                  "vocational training"),
      source=EDUCATION_LAW,
      evidence="M",
      about=Msg("ОКСО — классификатор специальностей по образованию: профессий и "
                "специальностей среднего профессионального и высшего образования. "
                "Профессиональное обучение (273-ФЗ, ст. 73) — не уровень образования и идёт "
                "по перечню профессий рабочих, должностей служащих, а не по ОКСО. Если "
                "требования к образованию ОТФ называют только профессиональное обучение "
                "(и общее образование), строки ОКСО ничего не описывают — их убирают или "
                "добавляют путь через СПО. Текст закона здесь не сверен — предупреждение.",
                "OKSO classifies secondary vocational and higher education specialities; "
                "vocational training (273-FZ art. 73) is not a level of education. If an "
                "OTF's only pathway is vocational training, OKSO rows describe nothing."))
def okso_without_education(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        okso = gf.okso
        rows = _present(okso)
        found = pathways(gf.education.texts())
        if okso is not None and rows and found and found <= _TRAINING_ONLY:
            yield okso.loc, {"code": gf.code,
                             "codes": ", ".join(u.code.strip() for u in rows[:4])}


# --- PS905: a level above what the named education gives without experience -----------------

STRICT_LEVEL: dict[str, int] = {
    "general": 1, "training": 3, "spo": 4, "spo_workers": 4, "spo_specialists": 5,
    "higher": 6, "bachelor": 6, "master": 7, "doctoral": 8,
}
"""The highest level each pathway leads to by itself, without practical experience
(148н as paraphrased in approved standards: профессиональное обучение — levels 2–3, level 4
with experience; ПКРС — 4; ППССЗ — 5; бакалавриат — 6; специалитет, магистратура — 7;
подготовка кадров высшей квалификации — 8)."""


@rule("PS905", WARNING,
      title=Msg("Уровень выше, чем даёт образование без опыта",
                "Level above what the education gives without experience"),
      message=Msg("{what} «{code}» уровня {level}: {found} без опыта ведёт не выше уровня "
                  "{reach}, а требований к опыту практической работы нет",
                  "{what} '{code}' of level {level}: {found} without experience leads to "
                  "level {reach} at most, and no experience is required"),
      source=cite(LEVELS, "«Основные пути достижения уровня квалификации»: образование и "
                  "практический опыт", "'main ways to reach a level': education and "
                  "practical experience"),
      evidence="M",
      about=Msg("По приказу № 148н уровень достигается образованием и практическим опытом: "
                "профессиональное обучение — уровни 2–3 (4 — с опытом), СПО по программам "
                "квалифицированных рабочих — 4, специалистов среднего звена — 5, "
                "бакалавриат — 6, специалитет и магистратура — 7, подготовка кадров высшей "
                "квалификации — 8. Правило срабатывает, когда уровень ОТФ (или ТФ) выше, "
                "чем даёт самое высокое названное образование, и опыт не требуется. Случаи, "
                "когда образование вовсе не ведёт к уровню, — PS205. Таблица 148н не сверена "
                "с текстом приказа — предупреждение.",
                "Under order 148n a level is reached by education plus practical "
                "experience. Fires when the OTF (or TF) level is above what the highest "
                "named education gives and no experience is required. Education that does "
                "not lead to the level at all is PS205."))
def level_without_experience(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        found = pathways(gf.education.texts())
        if not found or _said(gf.experience):
            continue
        reach = max(STRICT_LEVEL[key] for key in found)
        name = _pathway_names(found)
        level = level_of(gf.level)
        if level and _fits_widened(found, level) and level > reach:
            yield gf.where("level"), {"what": _OTF, "code": gf.code, "level": level,
                                      "found": name, "reach": reach}
            continue
        for wf in gf.functions:
            wf_level = level_of(wf.level)
            if wf_level and _fits_widened(found, wf_level) and wf_level > reach:
                yield wf.where("level"), {"what": _TF, "code": wf.code, "level": wf_level,
                                          "found": name, "reach": reach}


def _fits_widened(found: set[str], level: int) -> bool:
    """PS205 stays silent: some named pathway leads to ``level`` in the widened table."""
    return any(level in PATHWAYS[key].levels for key in found)


def _pathway_names(found: set[str]) -> Msg:
    best = max(found, key=lambda key: STRICT_LEVEL[key])
    return PATHWAYS[best].name


_OTF = Msg("ОТФ", "OTF")
_TF = Msg("ТФ", "TF")


# --- PS906: level 6-7 ТФ much thinner than approved standards ------------------------------

CORPUS_MEDIANS: dict[int, tuple[int, int]] = {6: (4, 7), 7: (5, 9)}
"""Median number of (skills, knowledge items) per ТФ of approved standards, by level:
149 ТФ of level 6 and 122 of level 7 in the 24 distinct standards of the test corpus
(tests/fixtures/corpus; tests/test_expert_rules.py recomputes them)."""
THIN = 0.6  # a standard's median skills + knowledge at or below 60 % of the corpus median


@rule("PS906", WARNING,
      title=Msg("ТФ уровня 6–7 намного тоньше утверждённых стандартов",
                "Level 6-7 TFs much thinner than approved standards"),
      message=Msg("ТФ уровня {level} ({count}) описаны скупо: в середине {skills} умений и "
                  "{knowledge} знаний на ТФ, а у утверждённых стандартов этого уровня — "
                  "{m_skills} и {m_knowledge}",
                  "level {level} TFs ({count}) are thin: a median of {skills} skills and "
                  "{knowledge} knowledge items per TF, against {m_skills} and {m_knowledge} "
                  "in approved standards of this level"),
      source=cite(PORTAL, "«перечень умений при описании ТФ» высоких уровней шире",
                  "higher-level TFs have a wider list of skills"),
      evidence="V-practice",
      about=Msg("Деятельность высоких уровней «предполагает выбор или конструирование способа "
                "её выполнения», поэтому ТФ уровней 6–7 описывают широким перечнем умений и "
                "знаний (методика Минтруда). В утверждённых стандартах корпуса медиана на "
                "ТФ — 4 умения и 7 знаний на уровне 6, 5 и 9 на уровне 7. Правило "
                "срабатывает один раз на уровень, когда у ТФ стандарта этого уровня медианы "
                "умений и знаний обе ниже медиан корпуса, а их сумма — не больше 60 % суммы "
                "медиан корпуса: одна короткая ТФ среди подробных его не вызывает.",
                "High-level activity 'involves choosing or constructing the way to do it', "
                "so level 6-7 TFs have wide lists of skills and knowledge. Approved standards "
                "have medians of 4 skills and 7 knowledge items at level 6, 5 and 9 at "
                "level 7. Fires once per level when the standard's TFs of that level have "
                "both medians below the corpus's and their sum at most 60 % of it."))
def thin_high_levels(ctx: Context) -> Iterator[Hit]:
    by_level: dict[int, list[model.WorkFunction]] = {}
    for _, wf in ctx.standard.work_functions():
        level = level_of(wf.level)
        if level in CORPUS_MEDIANS:
            by_level.setdefault(level, []).append(wf)
    for level, wfs in sorted(by_level.items()):
        m_skills, m_knowledge = CORPUS_MEDIANS[level]
        skills = statistics.median(len(wf.skills) for wf in wfs)
        knowledge = statistics.median(len(wf.knowledge) for wf in wfs)
        if skills < m_skills and knowledge < m_knowledge and \
                skills + knowledge <= THIN * (m_skills + m_knowledge):
            yield wfs[0].skills.loc, {
                "level": level, "count": ", ".join(wf.code for wf in wfs),
                "skills": _number(skills), "knowledge": _number(knowledge),
                "m_skills": m_skills, "m_knowledge": m_knowledge}


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"


# --- PS907: a ТФ name joining two functions --------------------------------------------------

_ACTION_SUFFIX = re.compile(r"(ние|тие|ция|зия|ство|аж)$")
_ACTION_NOUNS = frozenset({
    "ремонт", "контроль", "анализ", "учёт", "учет", "охрана", "оценка", "выбор", "расчёт",
    "расчет", "отбор", "надзор", "поиск", "сбор", "запуск", "пуск", "ввод", "вывод", "осмотр",
    "обмен", "приём", "прием", "отчёт", "синтез", "аудит", "мониторинг", "поддержка",
    "защита", "экспертиза", "продажа", "закупка", "доставка", "сборка", "настройка",
    "наладка", "подготовка", "разработка", "проверка", "доработка", "обработка", "поставка",
    "приемка", "приёмка", "упаковка", "маркировка", "регулировка", "отладка", "очистка",
    "пайка", "разметка", "постановка", "корректировка", "диагностика", "проработка"})
"""Action nouns the suffix test misses (-ка, -за, bare stems)."""
_CONCRETE = frozenset({
    "задание", "здание", "издание", "знание", "умение", "оборудование", "обеспечение",
    "отношение", "положение", "помещение", "учреждение", "предприятие", "мероприятие",
    "сооружение", "уравнение", "решение", "средство", "устройство", "качество", "количество",
    "руководство", "производство", "хозяйство", "общество", "имущество", "действие",
    "состояние", "значение", "назначение", "направление", "условие", "занятие",
    "подразделение", "соединение", "приложение", "расписание", "содержание", "явление",
    "документация", "организация", "продукция", "конструкция", "информация", "станция",
    "инструкция", "функция", "позиция", "категория", "комиссия", "версия", "коллекция",
    "композиция", "экспозиция", "пассаж", "этаж", "персонаж", "тираж", "багаж", "стаж"})
"""Nouns with an action suffix that name things, not actions."""
_PRONOUNS = frozenset({"их", "его", "ее", "её", "них", "нем", "нём", "ней", "него", "нее"})
_OBJECT_CASES = frozenset({"gent", "ablt"})  # «подготовка средств», «управление работами»
_SKIP = frozenset({"ADJF", "PRTF", "ADJS", "NUMR"})


def _is_action(lemma: str) -> bool:
    return lemma in _ACTION_NOUNS or (bool(_ACTION_SUFFIX.search(lemma))
                                      and lemma not in _CONCRETE)


def _object_after(words: list[str], i: int) -> int | None:
    """The index of the noun that ``words[i]`` governs directly (adjectives skipped, no
    preposition between), in the genitive or instrumental; ``None`` if there is none."""
    for k in range(i + 1, len(words)):
        pos, _, case = morph.best(words[k])
        if pos in _SKIP:
            continue
        return k if pos == "NOUN" and case in _OBJECT_CASES else None
    return None


def _lemma(word: str) -> str:
    return morph.best(word)[1]


def two_functions(name: str) -> tuple[str, str] | None:
    """The two actions with objects of their own that «… и …» joins in ``name``
    («Подготовка средств … и техническая поддержка работников» → (подготовка,
    поддержка)), or ``None``.  The left side is what follows the last comma before «и»
    (in «A, B и C» the «и» joins B and C); the right side ends at the next comma or «и»;
    a pronoun on the right («и выявление их причин») refers back to the same object."""
    text = re.sub(r"\([^)]*\)", " ", name)
    for m in re.finditer(r"\sи\s", text):
        left = morph.tokens(text[:m.start()].rsplit(",", 1)[-1])
        right = morph.tokens(re.split(r",|\sи\s", text[m.end():], maxsplit=1)[0])
        if not left or _PRONOUNS & set(right):
            continue
        head = next(((i, morph.best(w)) for i, w in enumerate(right)
                     if morph.best(w)[0] not in _SKIP), None)
        if head is None:
            continue
        i, (pos, lemma, case) = head
        k2 = _object_after(right, i)
        if pos != "NOUN" or not _is_action(lemma) or k2 is None:
            continue
        obj2 = _lemma(right[k2])
        # The left action is the head of the left side or the noun it governs
        # («Организация подтверждения соответствия и …»), not a noun deeper down
        # («Разработка процедур проверки … и измерения …» coordinates inside an object).
        top = next((j for j, w in enumerate(left) if morph.best(w)[0] not in _SKIP), None)
        if top is None:
            continue
        candidates = [top] + [k for k in [_object_after(left, top)] if k is not None]
        for j in candidates:
            pos1, lemma1, case1 = morph.best(left[j])
            if pos1 != "NOUN" or case1 != case or lemma1 == lemma or not _is_action(lemma1):
                continue
            k1 = _object_after(left, j)
            if k1 is not None and _lemma(left[k1]) != obj2:
                return lemma1, lemma
    return None


@rule("PS907", WARNING,
      title=Msg("ТФ объединяет две функции", "TF joins two functions"),
      message=Msg("ТФ «{code}» объединяет два действия над разными предметами («{first}» и "
                  "«{second}»): это, вероятно, две трудовые функции — «{name}»",
                  "TF '{code}' joins two actions on different objects ('{first}' and "
                  "'{second}'): probably two work functions — '{name}'"),
      source=cite(PORTAL, "ТД — «процесс взаимодействия работника с предметом труда»; ТФ — "
                  "система ТД", "a labor action is an interaction with one object of labor"),
      evidence="V-practice",
      about=Msg("Трудовая функция — одна функция с одним результатом. Наименование вида "
                "«Организация подтверждения соответствия и правовой охраны оборудования» "
                "или «Подготовка средств обучения к занятиям и техническая поддержка "
                "педагогов» соединяет союзом «и» два отглагольных существительных, у каждого "
                "из которых свой предмет: обычно это две функции, часто разных уровней. "
                "Правило (pymorphy3) срабатывает, когда по обе стороны «и» стоят "
                "действия в одном падеже, каждое со своим дополнением, и дополнения "
                "разные; «Разработка и согласование технического задания» (общий предмет) "
                "и «Текущий ремонт и приемка после ремонта узлов» его не вызывают.",
                "A work function is one function with one result. A name joining with "
                "'и' two verbal nouns, each with its own object, usually describes two "
                "functions. Fires (pymorphy3) when both sides of 'и' hold actions in the "
                "same case, each with an object of its own, and the objects differ."))
def bundled_function(ctx: Context) -> Iterator[Hit]:
    for _, wf in ctx.standard.work_functions():
        pair = two_functions(wf.name)
        if pair:
            yield wf.where("name"), {"code": wf.code, "first": pair[0], "second": pair[1],
                                     "name": clip(wf.name, 120)}


