"""Layout profiles: what differs between the 2013 макет (приказ № 147н) and the 446н one.

A profile is data: the builder in :mod:`profstandards.render.maket` reads its labels
and switches, so both layouts come out of one renderer.  The differences are those between
the макет of приказ Минтруда № 147н (2013) and the one approved by приказ № 446н,
as the published standards of each show them (README, the `--layout` option of export).

Within the 2013 макет the labels of the ОТФ block changed when the макет was amended at
the end of 2014: standards approved in 2013–2014 print «Возможные наименования
должностей» and no «Другие характеристики» row in the ОТФ block (the 2014 standards'
printed copies), later ones «Возможные наименования должностей, профессий» and the row
(with «-» when empty).  :func:`for_standard` picks the profile of a standard's approval
date (a draft without a date gets the current one); an ОТФ of an early standard whose
XML does hold other characteristics gets the row anyway, so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Layout:
    name: str
    ru: str
    purpose_label: str  # the label above the purpose box of section I
    area_block: bool  # «Отнесение к области профессиональной деятельности:» in section I
    map_job_titles: bool  # functional map: a 4th ОТФ column with the job titles
    origin_tables: bool  # «Происхождение (обобщенной) трудовой функции» rows
    job_titles_label: str
    qualification_paths: str | None  # sub-heading over education + experience (446н)
    education_label: str
    experience_label: str
    classifiers_label: str  # the label above the classifier table of an ОТФ
    abbreviations: bool  # section V «Сокращения…»
    toc_subsections: bool  # 4.1 and 4.2 listed in «Содержание»
    gf_other_row: bool = True  # «Другие характеристики» in the ОТФ block even when empty


MAKET_2013 = Layout(
    name="maket-2013",
    ru="макет 2013 года (приказ Минтруда № 147н)",
    purpose_label="Основная цель вида профессиональной деятельности:",
    area_block=False,
    map_job_titles=False,
    origin_tables=True,
    job_titles_label="Возможные наименования должностей, профессий",
    qualification_paths=None,
    education_label="Требования к образованию и обучению",
    experience_label="Требования к опыту практической работы",
    classifiers_label="Дополнительные характеристики",
    abbreviations=False,
    toc_subsections=False,
)

MAKET_446N = Layout(
    name="maket-446n",
    ru="макет приказа Минтруда № 446н",
    purpose_label="Краткое описание вида профессиональной деятельности:",
    area_block=True,
    map_job_titles=True,
    origin_tables=False,
    job_titles_label="Возможные наименования должностей, профессий рабочих",
    qualification_paths="Пути достижения квалификации",
    education_label="Образование и обучение",
    experience_label="Опыт практической работы",
    classifiers_label="Справочная информация",
    abbreviations=True,
    toc_subsections=True,
)

# The 2013 макет as standards approved before its amendment print it (see the docstring).
MAKET_2013_EARLY = replace(MAKET_2013, job_titles_label="Возможные наименования должностей",
                           gf_other_row=False)
AMENDED = (2015, 1, 1)  # the first approval date printed with the amended labels

LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (MAKET_2013, MAKET_446N)}
DEFAULT = MAKET_2013.name
_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*")


def for_standard(layout: Layout, approval_date: str) -> Layout:
    """``layout`` as a standard approved on ``approval_date`` (``ДД.ММ.ГГГГ``) prints it:
    the early labels of the 2013 макет before its amendment, otherwise ``layout``."""
    m = _DATE.fullmatch(approval_date)
    if layout is MAKET_2013 and m and (int(m[3]), int(m[2]), int(m[1])) < AMENDED:
        return MAKET_2013_EARLY
    return layout
