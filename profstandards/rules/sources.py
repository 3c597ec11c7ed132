"""The documents rules cite, named once.  :func:`cite` adds the point within a document."""

from __future__ import annotations

from profstandards.i18n import Msg

MAKET = Msg("Приказ Минтруда России от 12.04.2013 № 147н «Об утверждении макета "
            "профессионального стандарта»",
            "Mintrud order No. 147n of 12.04.2013 (layout of a professional standard)")
LEVELS = Msg("Приказ Минтруда России от 12.04.2013 № 148н «Об утверждении уровней "
             "квалификаций в целях разработки проектов профессиональных стандартов»",
             "Mintrud order No. 148n of 12.04.2013 (qualification levels)")
GUIDE = Msg("Приказ Минтруда России от 29.04.2013 № 170н «Об утверждении методических "
            "рекомендаций по разработке профессионального стандарта»",
            "Mintrud order No. 170n of 29.04.2013 (methodological recommendations)")
REGISTRY = Msg("Приказ Минтруда России от 29.09.2014 № 667н «О реестре профессиональных "
               "стандартов (перечне видов профессиональной деятельности)»",
               "Mintrud order No. 667n of 29.09.2014 (registry of professional standards)")
RULES_580 = Msg("Правила разработки и утверждения профессиональных стандартов "
                "(постановление Правительства РФ от 10.04.2023 № 580)",
                "Rules for developing and approving professional standards "
                "(Government decree No. 580 of 10.04.2023)")
PORTAL = Msg("Методика Минтруда России (pst-c.rosmintrud.ru), «Заполнение III раздела», "
             "4д «Определение ТД»",
             "Mintrud methodology (pst-c.rosmintrud.ru), 'Filling in section III', "
             "4d 'Defining labor actions'")
FORMAT = Msg("Формат XML реестра профессиональных стандартов (выгрузка "
             "profstandart.rosmintrud.ru): дефекты данных настоящих выгрузок",
             "Registry XML format (profstandart.rosmintrud.ru export): data faults of genuine "
             "exports")
OKZ = Msg("ОК 010-2014 (МСКЗ-08) «Общероссийский классификатор занятий»",
          "OK 010-2014 (ISCO-08) Russian classification of occupations")
OKVED = Msg("ОК 029-2014 (КДЕС Ред. 2) «Общероссийский классификатор видов экономической "
            "деятельности» (ОКВЭД 2)",
            "OK 029-2014 (NACE Rev. 2) Russian classification of economic activities (OKVED 2)")
OKPDTR = Msg("ОК 016-94 «Общероссийский классификатор профессий рабочих, должностей служащих и "
             "тарифных разрядов» (ОКПДТР)",
             "OK 016-94 Russian classification of workers' professions, employees' posts and "
             "wage grades (OKPDTR)")
OKSO = Msg("ОК 009-2016 «Общероссийский классификатор специальностей по образованию» (ОКСО), "
           "ранее ОК 009-2003",
           "OK 009-2016 Russian classification of education specialities (OKSO), "
           "formerly OK 009-2003")
REGISTRY_DATA = Msg("Реестр профессиональных стандартов (profstandart.rosmintrud.ru): "
                    "стандарты, проиндексированные profstandards registry build",
                    "The registry of professional standards (profstandart.rosmintrud.ru): the "
                    "standards indexed by profstandards registry build")
TOOL = Msg("Соглашение profstandards: значения-заготовки «ЗАПОЛНИТЬ: …» команды "
           "profstandards new",
           "profstandards convention: 'ЗАПОЛНИТЬ: …' placeholders written by profstandards new")


ELECTRICAL = Msg("Правила по охране труда при эксплуатации электроустановок (приказ Минтруда "
                 "России от 15.12.2020 № 903н)",
                 "Labour safety rules for operating electrical installations (Mintrud order "
                 "No. 903n of 15.12.2020)")
EKS = Msg("Единый квалификационный справочник должностей руководителей, специалистов и других "
          "служащих (ЕКС), квалификационные требования к должностям с категориями",
          "Unified qualification handbook of managers', specialists' and employees' posts "
          "(EKS), requirements of posts with categories")
EDUCATION_LAW = Msg("Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской "
                    "Федерации»: профессиональное обучение (ст. 73) и профессии и "
                    "специальности образования (ОКСО)",
                    "Federal law No. 273-FZ of 29.12.2012 'On education': vocational training "
                    "(art. 73) and education specialities (OKSO)")


def cite(document: Msg, ru: str = "", en: str = "") -> Msg:
    """``document`` with a point in it (``cite(MAKET, "раздел III", "section III")``)."""
    return Msg(f"{document.ru}, {ru}" if ru else document.ru,
               f"{document.en}, {en}" if en else document.en)
