"""Layout profiles: what differs between the 2013 макет (приказ № 147н) and the 446н one.

A profile is data: the builder in :mod:`profstandards.render.maket` reads its labels
and switches, so both layouts come out of one renderer.  The differences are those between
the макет of приказ Минтруда № 147н (2013) and the one approved by приказ № 446н,
as the published standards of each show them (README, the `--layout` option of export).
"""

from __future__ import annotations

from dataclasses import dataclass


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

LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (MAKET_2013, MAKET_446N)}
DEFAULT = MAKET_2013.name
