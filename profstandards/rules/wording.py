"""PS4xx — wording (pymorphy3): labor actions as verbal nouns, skills as imperfective
infinitives, knowledge as noun phrases, and what methodology says is not a labor action.

Each word is analysed once per process (:mod:`profstandards.morph` caches); a standard
whose skills and knowledge are swapped by the registry gets one PS701 finding instead of
a skill and a knowledge finding for every item.
"""

from __future__ import annotations

from collections.abc import Iterator

from profstandards import model, morph
from profstandards.i18n import Msg, clip
from profstandards.rules.engine import ERROR, INFO, WARNING, Context, Hit, rule
from profstandards.rules.fillers import meaningful
from profstandards.rules.sources import GUIDE, MAKET, PORTAL, cite

NOT_ACTIONS = frozenset({"знание", "знания", "умение", "умения", "владение", "навык", "навыки",
                         "способность", "способности"})
_VERBS = frozenset({"INFN", "VERB"})


def _labor_actions(ctx: Context) -> list[tuple[str, str, model.Item]]:
    """(text, first word, item) of every meaningful labor action (once per standard)."""
    return ctx.shared("wording.labor_actions", lambda c: [
        (item.text, word, item) for item, word in c.heads("labor_actions") if word])


@rule("PS401", WARNING,
      title=Msg("Трудовое действие начинается с глагола", "Labor action starts with a verb"),
      message=Msg("трудовое действие начинается с глагола «{word}»: ТД формулируют "
                  "отглагольным существительным («Разработка …»): «{text}»",
                  "labor action starts with the verb '{word}'; use a verbal noun "
                  "('Разработка …'): '{text}'"),
      source=PORTAL,
      evidence="V-portal",
      about=Msg("«Описания ТД формулируются через отглагольные существительные» (методика "
                "Минтруда). Правило срабатывает, когда первое слово — инфинитив («Проводить "
                "оценку…»): так пишут умения, а не действия. Прилагательное перед "
                "существительным («Влажная уборка») и однородные существительные допустимы.",
                "Labor actions are phrased with verbal nouns (Mintrud methodology). Fires when "
                "the first word is an infinitive, the form of a skill."))
def labor_action_verb(ctx: Context) -> Iterator[Hit]:
    for text, word, item in _labor_actions(ctx):
        if morph.is_infinitive(word):
            yield item.loc, {"word": word, "text": clip(text)}


@rule("PS402", ERROR,
      title=Msg("Знание или умение записано трудовым действием",
                "Knowledge or skill written as a labor action"),
      message=Msg("«{text}» — это знание или умение, а не трудовое действие",
                  "'{text}' is knowledge or a skill, not a labor action"),
      source=PORTAL,
      evidence="V-portal",
      about=Msg("«Следует четко различать ТД и необходимые для них знания и умения» (методика "
                "Минтруда). Трудовое действие, которое начинается словами «Знание», «Умение», "
                "«Владение», «Навыки», «Способность», — место в «Необходимых знаниях» или "
                "«Необходимых умениях».",
                "Labor actions are distinct from the knowledge and skills they need. An action "
                "starting with 'Знание', 'Умение', 'Владение', 'Навыки' belongs in the "
                "knowledge or skills list."))
def knowledge_as_action(ctx: Context) -> Iterator[Hit]:
    for text, word, item in _labor_actions(ctx):
        if word in NOT_ACTIONS:
            yield item.loc, {"text": clip(text)}


@rule("PS403", ERROR,
      title=Msg("Соблюдение правил записано трудовым действием",
                "Compliance written as a labor action"),
      message=Msg("«{text}» — соблюдение правил не трудовое действие; его место в умениях "
                  "(«Соблюдать требования …»)",
                  "'{text}': compliance with rules is not a labor action; it belongs in the "
                  "skills ('Соблюдать требования …')"),
      source=PORTAL,
      evidence="V-portal",
      about=Msg("«Не следует считать ТД соблюдение правил охраны труда и т. п.» (методика "
                "Минтруда). Трудовое действие «Соблюдение …» переносят в умения: «Соблюдать "
                "требования охраны труда». «Контроль соблюдения …» — трудовое действие, его "
                "правило не трогает.",
                "'Compliance with labor-safety rules is not a labor action' (Mintrud "
                "methodology). Move 'Соблюдение …' to the skills as 'Соблюдать …'. 'Контроль "
                "соблюдения …' is a real action and is not reported."))
def compliance_as_action(ctx: Context) -> Iterator[Hit]:
    for text, word, item in _labor_actions(ctx):
        if word == "соблюдение":
            yield item.loc, {"text": clip(text)}


@rule("PS404", WARNING, yields_to=("PS410", "PS716"),
      title=Msg("Умение не начинается с инфинитива", "Skill does not start with an infinitive"),
      message=Msg("умение начинается не с глагола в неопределённой форме («Применять …»): "
                  "«{text}»",
                  "skill does not start with an infinitive ('Применять …'): '{text}'"),
      source=cite(GUIDE, "формулировка необходимых умений", "wording of skills"),
      evidence="M",
      about=Msg("Умения формулируют глаголом несовершенного вида в неопределённой форме: "
                "«Применять …», «Анализировать …», «Соблюдать …». Наречия и обстоятельства "
                "в начале («Самостоятельно находить …», «Визуально и с помощью приборов "
                "оценивать …») допустимы; существительное в начале («Способность "
                "выполнять …») — нет. Слитые слова («Оцениватьвыполнение») — PS410, слово "
                "из латинских и кириллических букв — PS716. Стандарт, где умения и знания "
                "перепутаны выгрузкой реестра, получает одну находку PS701 вместо этой.",
                "Skills start with an imperfective infinitive ('Применять …'); leading adverbs "
                "and circumstances are fine, a leading noun is not. Glued words: PS410; a "
                "word of Latin and Cyrillic letters: PS716. A standard with swapped lists "
                "gets one PS701 finding instead."))
def skill_infinitive(ctx: Context) -> Iterator[Hit]:
    if ctx.swap.swapped:
        return
    for item, word in ctx.heads("skills"):
        if not morph.is_infinitive(word) and meaningful(item.text) \
                and not morph.is_infinitive(morph.head_word(item.text)) \
                and not morph.infinitive_in_lead(item.text):
            yield item.loc, {"text": clip(item.text)}


@rule("PS410", WARNING,
      title=Msg("Слова слиты", "Words run together"),
      message=Msg("слова слиты: «{word}» — вероятно, «{split}»: «{text}»",
                  "words run together: '{word}', probably '{split}': '{text}'"),
      source=cite(GUIDE, "формулировка трудовых действий, умений и знаний",
                  "wording of labor actions, skills and knowledge"),
      evidence="format",
      about=Msg("Пробел между глаголом и следующим словом потерян при наборе "
                "(«Оцениватьвыполнение»): такого слова нет в словаре, а его части — "
                "инфинитив и известное слово. Это опечатка, а не «умение не с глагола». "
                "Проверяется первое слово трудовых действий, умений и знаний.",
                "The space after a verb was lost ('Оцениватьвыполнение'): the word is not in "
                "the dictionary, its parts are an infinitive and a known word. A typo, not a "
                "skill without a verb. The first word of labor actions, skills and knowledge "
                "is checked."))
def glued_words(ctx: Context) -> Iterator[Hit]:
    # The first word of each item (computed once for the wording rules): where a lost
    # space turns a skill into «not an infinitive».  glued() is cached per word.
    for name in ("labor_actions", "skills", "knowledge"):
        for item, word in ctx.heads(name):
            parts = morph.glued(word) if len(word) >= 7 else None
            if parts:
                written = morph.russian_words(item.text)[0]
                split = written[:len(parts[0])] + " " + written[len(parts[0]):]
                yield item.loc, {"word": written, "split": split, "text": clip(item.text)}


@rule("PS405", WARNING,
      title=Msg("Умение — глагол совершенного вида", "Skill uses a perfective verb"),
      message=Msg("умение начинается с глагола совершенного вида «{word}»; умения пишут "
                  "несовершенным видом («изучать», а не «изучить»): «{text}»",
                  "skill starts with the perfective verb '{word}'; skills use the imperfective "
                  "aspect: '{text}'"),
      source=cite(GUIDE, "формулировка необходимых умений", "wording of skills"),
      evidence="M",
      about=Msg("Умение — постоянная способность, поэтому глагол несовершенного вида: "
                "«Описывать», а не «Описать». Двувидовые глаголы («использовать», "
                "«организовать») не считаются ошибкой.",
                "A skill is a lasting ability, hence the imperfective aspect; two-aspect verbs "
                "are accepted."))
def skill_aspect(ctx: Context) -> Iterator[Hit]:
    if ctx.swap.swapped:
        return
    for item, word in ctx.heads("skills"):
        if not morph.is_infinitive(word):
            word = morph.head_word(item.text)
        if morph.is_perfective_infinitive(word):
            yield item.loc, {"word": word, "text": clip(item.text)}


@rule("PS406", WARNING,
      title=Msg("Знание записано глаголом", "Knowledge item starts with a verb"),
      message=Msg("знание начинается с глагола «{word}» — так пишут умения; знание — "
                  "именная группа («Методы …», «Требования …»): «{text}»",
                  "knowledge item starts with the verb '{word}', the form of a skill; "
                  "knowledge is a noun phrase: '{text}'"),
      source=cite(GUIDE, "формулировка необходимых знаний", "wording of knowledge"),
      evidence="M",
      about=Msg("Необходимые знания — именные группы: «Правила …», «Методы …», «Требования …». "
                "Знание, начинающееся с инфинитива, — умение не в своём списке.",
                "Knowledge items are noun phrases; one starting with an infinitive is a skill "
                "in the wrong list."))
def knowledge_noun(ctx: Context) -> Iterator[Hit]:
    if ctx.swap.swapped:
        return
    for item, word in ctx.heads("knowledge"):
        if morph.is_infinitive(word):
            yield item.loc, {"word": word, "text": clip(item.text)}


@rule("PS407", WARNING,
      title=Msg("Наименование ОТФ или ТФ начинается с глагола", "OTF/TF name starts with a verb"),
      message=Msg("наименование функции «{code}» начинается с глагола «{word}»; функции "
                  "называют отглагольным существительным («Разработка …»)",
                  "the name of function '{code}' starts with the verb '{word}'; use a verbal "
                  "noun ('Разработка …')"),
      source=cite(MAKET, "разделы II и III, наименования ОТФ и ТФ", "sections II and III"),
      evidence="M",
      about=Msg("ОТФ и ТФ называют, как трудовые действия, отглагольными существительными: "
                "«Выполнение …», «Разработка …», «Руководство …», «Работы по …».",
                "OTF and TF names are verbal-noun phrases ('Выполнение …', 'Разработка …')."))
def function_name_verb(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        for node in (gf, *gf.functions):
            word = morph.first_word(node.name)
            if morph.pos(word) in _VERBS or morph.is_infinitive(word):
                yield node.where("name"), {"code": node.code, "word": word}


@rule("PS408", WARNING,
      title=Msg("Основная цель начинается с глагола", "Main purpose starts with a verb"),
      message=Msg("основная цель вида деятельности начинается с глагола «{word}»; её пишут "
                  "одной именной группой («Обеспечение …»)",
                  "the main purpose starts with the verb '{word}'; write it as one noun phrase "
                  "('Обеспечение …')"),
      source=cite(MAKET, "раздел I, «Основная цель вида профессиональной деятельности»",
                  "section I, main purpose"),
      evidence="V-practice",
      about=Msg("Основную цель формулируют одной фразой на отглагольном существительном: "
                "«Обеспечение безопасного подъема и перемещения грузов …».",
                "The main purpose is one phrase built on a verbal noun."))
def purpose_verb(ctx: Context) -> Iterator[Hit]:
    general = ctx.standard.general
    word = morph.first_word(general.purpose)
    if morph.pos(word) in _VERBS or morph.is_infinitive(word):
        yield general.where("purpose"), {"word": word}


@rule("PS409", INFO,
      title=Msg("Трудовое действие из одного слова", "One-word labor action"),
      message=Msg("трудовое действие из одного слова «{text}»: не назван предмет труда",
                  "one-word labor action '{text}': the object of labor is not named"),
      source=PORTAL,
      evidence="V-portal",
      about=Msg("«В описании ТД должен быть обозначен „предмет труда“, „процесс“» (методика "
                "Минтруда). Одно слово называет только процесс.",
                "A labor action names the object of labor and the process; one word names "
                "only the process."))
def one_word_action(ctx: Context) -> Iterator[Hit]:
    for text, _, item in _labor_actions(ctx):
        if " " not in text.strip():
            yield item.loc, {"text": clip(text)}
