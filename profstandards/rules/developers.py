"""PS6xx — section IV «Сведения об организациях – разработчиках»."""

from __future__ import annotations

import re
from collections.abc import Iterator

from profstandards.i18n import Msg, clip
from profstandards.rules.engine import ERROR, WARNING, Context, Hit, rule
from profstandards.rules.fillers import meaningful
from profstandards.rules.sources import MAKET, cite

_SECTION_41 = cite(MAKET, "раздел IV, 4.1 «Ответственная организация-разработчик»",
                   "section IV, 4.1 responsible developer")
_CITY = re.compile(r"(?<!\w)(?:город|г\.)", re.IGNORECASE)


def _responsible(code: str, attr: str, title: Msg, message: Msg, about: Msg) -> None:
    """A rule: field ``attr`` of 4.1 is filled."""

    @rule(code, ERROR, title=title, message=message, source=_SECTION_41, evidence="V",
          about=about)
    def present(ctx: Context) -> Iterator[Hit]:
        responsible = ctx.standard.developers.responsible
        if not meaningful(getattr(responsible, attr)):
            yield responsible.where(attr), {}


_responsible(
    "PS601", "organization",
    Msg("Нет ответственной организации-разработчика", "No responsible developer"),
    Msg("не указана ответственная организация-разработчик",
        "the responsible developer organisation is empty"),
    Msg("Подраздел 4.1 называет ответственную организацию-разработчика.",
        "Subsection 4.1 names the responsible developer organisation."))
_responsible(
    "PS602", "head_position",
    Msg("Нет должности руководителя разработчика", "No position of the developer's head"),
    Msg("в 4.1 не указана должность руководителя", "4.1 gives no position of the head"),
    Msg("Подраздел 4.1 называет должность руководителя ответственной организации "
        "(«Председатель», «Генеральный директор»).",
        "Subsection 4.1 gives the position of the responsible organisation's head."))
_responsible(
    "PS603", "head_name",
    Msg("Нет ФИО руководителя разработчика", "No name of the developer's head"),
    Msg("в 4.1 не указаны фамилия, имя, отчество руководителя",
        "4.1 gives no full name of the head"),
    Msg("Подраздел 4.1 называет руководителя ответственной организации по фамилии, имени и "
        "отчеству.",
        "Subsection 4.1 gives the full name of the responsible organisation's head."))


@rule("PS604", WARNING,
      title=Msg("Организация-разработчик без города", "Developer organisation without a city"),
      message=Msg("у организации-разработчика не указан город: «{text}»",
                  "developer organisation without its city: '{text}'"),
      source=cite(MAKET, "раздел IV, 4.1 и 4.2", "section IV, 4.1 and 4.2"),
      evidence="V",
      about=Msg("Наименование организации-разработчика заканчивается городом: «…, город "
                "Москва».",
                "A developer organisation's name ends with its city: '…, город Москва'."))
def developer_city(ctx: Context) -> Iterator[Hit]:
    developers = ctx.standard.developers
    responsible = developers.responsible
    named = [(responsible.organization, responsible.where("organization"))]
    named += [(item.text, item.loc) for item in developers.organizations]
    for text, loc in named:
        if meaningful(text) and not _CITY.search(text):
            yield loc, {"text": clip(text)}
