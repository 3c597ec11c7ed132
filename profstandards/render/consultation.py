"""The public-consultation package: the draft, the comments form and a cover note.

* the draft is the standard in the printed layout with a blank approval stamp and the
  mark «ПРОЕКТ» (:class:`~profstandards.render.docx.DocxRenderer` with ``draft``);
* the comments form («Таблица замечаний и предложений») has one pre-numbered row per
  section, ОТФ and ТФ, so that reviewers refer to elements by code; its rows carry the
  draft's hidden anchors (the values' bookmarks, the sections' heading bookmarks), so
  that ``profstandards comments collect`` places a filled row without reading it;
* the cover note is a letter of the developer (an industry association, say) from
  ``templates/consultation-cover.txt.j2``: letterhead, outgoing number and date,
  addressee, subject, the legal basis of the discussion, where the draft is published,
  the period, where remarks go, the attachments by title and the signature.  What the
  tool cannot know (the letter's number and date unless given, the page of the draft
  unless ``published`` is given) is a marked blank «________ (что вписать)».

A draft with «ЗАПОЛНИТЬ» placeholders is not a draft to discuss: :func:`unfinished`
lists them, and the command refuses such a file unless asked.
"""

from __future__ import annotations

import datetime as dt

from profstandards import model, placeholders
from profstandards.consulting import Consultation
from profstandards.render import file_stem, maket, printing
from profstandards.render.blocks import (
    Cell,
    Key,
    Page,
    Para,
    Row,
    Run,
    Section,
    Table,
    code_key,
    para,
)
from profstandards.render.docx import DocxRenderer
from profstandards.render.html import environment
from profstandards.render.layouts import DEFAULT, LAYOUTS, Layout

COVER_TEMPLATE = "consultation-cover.txt.j2"
FORM_TITLE = "Таблица замечаний и предложений"
FORM_HEADS = ("№", "Структурный элемент (раздел, код ОТФ/ТФ)", "Редакция проекта",
              "Замечание / предложение", "Предлагаемая редакция", "Автор (организация)",
              "Решение разработчика")
FORM_WIDTHS = [1.0, 4.6, 5.6, 5.6, 4.5, 2.9, 2.5]  # landscape A4, 26.7 cm
FILLED = 3  # columns filled from the draft


def blank(hint: str) -> str:
    """A marked blank of the letter: «________ (hint)»."""
    return f"________ ({hint})"


FormRow = tuple[list[Run], list[Run], str | None]


def elements(standard: model.Standard, layout: Layout) -> list[FormRow]:
    """The rows of the comments form: (structural element, its wording in the draft, the
    anchor of the draft's heading of that element: ``s1``, ``s3.1``, ``s3.1.2``…)."""
    name = [Run(standard.name, Key("standard", "name"))]
    rows: list[FormRow] = [
        ([Run("Наименование профессионального стандарта")], name, None),
        ([Run(maket.SECTION_I)], [], "s1"),
        ([Run(maket.SECTION_II)], [], "s2"),
        ([Run(maket.SECTION_III)], [], "s3"),
    ]
    for i, gf in enumerate(standard.functions, 1):
        rows.append(([Run(f"3.{i}. Обобщенная трудовая функция "),
                      Run(gf.code, Key(code_key(gf.code), "code"))],
                     [Run(gf.name, Key(code_key(gf.code), "name"))], f"s3.{i}"))
        for j, wf in enumerate(gf.functions, 1):
            rows.append(([Run(f"3.{i}.{j}. Трудовая функция "),
                          Run(wf.code, Key(code_key(wf.code), "code"))],
                         [Run(wf.name, Key(code_key(wf.code), "name"))], f"s3.{i}.{j}"))
    rows.append(([Run(maket.SECTION_IV)], [], "s4"))
    if layout.abbreviations:
        rows.append(([Run(maket.SECTION_V)], [], "s5"))
    return rows


def describe(standard: model.Standard) -> str:
    """«код 06.042, рег. № 1090» as far as the standard has them."""
    parts = []
    if standard.general.code.strip():
        parts.append(f"код {standard.general.code.strip()}")
    if standard.registration_number.strip():
        parts.append(f"рег. № {standard.registration_number.strip()}")
    return ", ".join(parts)


def comments_page(standard: model.Standard, layout: Layout, period: Consultation) -> Page:
    about = describe(standard)
    subtitle = [Run("к проекту профессионального стандарта «"),
                Run(standard.name, Key("standard", "name")),
                Run(f"»{f' ({about})' if about else ''}")]
    heads = Row([Cell([para(h, "head")], valign="center") for h in FORM_HEADS], header=True)
    numbers = Row([Cell([para(str(n), "head")]) for n in range(1, len(FORM_HEADS) + 1)],
                  header=True)
    rows = [heads, numbers]
    for n, (element, wording, anchor) in enumerate(elements(standard, layout), 1):
        rows.append(Row([Cell([para(str(n), align="center")]),
                         Cell([Para(element, anchor=anchor)]), Cell([Para(wording)]),
                         *(Cell([para()]) for _ in range(len(FORM_HEADS) - FILLED))]))
    blocks: list[Para | Table] = [
        Para([Run(FORM_TITLE)], "form-title"),
        Para(subtitle, "name"),
        Para([Run(f"Публичное обсуждение с {long_date(period.start)} "
                  f"по {long_date(period.end)}")], "toc-heading"),
        Table("comments", FORM_WIDTHS, rows),
        Para([Run(f"Графы 1–{FILLED} заполнены по проекту; для нескольких замечаний к одному "
                  "элементу добавьте строки, в графе 2 можно уточнить элемент (например, "
                  "«ТФ A/01.6, Трудовые действия, п. 3»), в графе 3 — привести его текст. "
                  f"Графа {len(FORM_HEADS)} заполняется разработчиком.")], "caption", "left"),
    ]
    return Page(FORM_TITLE, [Section(blocks, landscape=True)])


def long_date(date: dt.date) -> str:
    return f"{date.day} {printing.MONTHS[date.month - 1]} {date.year} г."


def days_phrase(start: dt.date, end: dt.date) -> str:
    """«30 календарных дней» (both ends included)."""
    n = (end - start).days + 1
    word = "календарный день" if n % 10 == 1 and n % 100 != 11 else \
        "календарных дня" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else \
        "календарных дней"
    return f"{n} {word}"


def cover_text(standard: model.Standard, period: Consultation) -> str:
    """The cover letter, as text from the jinja2 template."""
    r = standard.developers.responsible

    def known(text: str, hint: str) -> str:
        shown = text.strip()
        return shown if shown and not placeholders.is_placeholder(shown) else blank(hint)

    code = standard.general.code.strip()
    number = standard.registration_number.strip()
    identity = ", ".join(part for part in (
        f"код вида профессиональной деятельности {code}" if code else "",
        f"регистрационный номер {number}" if number else "") if part)
    return environment().get_template(COVER_TEMPLATE).render(
        organization=known(printing.display(r.organization) if r.organization.strip() else "",
                           "ответственная организация-разработчик"),
        name=known(standard.name, "наименование стандарта"),
        identity=identity, number_in_registry=bool(number),
        number=period.number.strip() or blank("исходящий номер"),
        date=long_date(period.date) if period.date else blank("дата письма"),
        published=period.published.strip() or blank("адрес страницы, где размещён проект"),
        start=long_date(period.start), end=long_date(period.end),
        days=days_phrase(period.start, period.end),
        contact=period.contact.strip() or blank("адрес для замечаний"),
        head_position=known(r.head_position, "должность руководителя"),
        head_name=known(r.head_name, "инициалы, фамилия руководителя"))


_PREFIXES = (("# ", "letterhead"), ("## ", "letter-title"), ("!! ", "signature"),
             (".. ", "letter-note"))


def cover_page(text: str) -> Page:
    """The cover letter's paragraphs (see the template for the marks of its parts): a
    paragraph of several lines is set flush left, not justified."""
    chunks = [chunk.strip("\n") for chunk in text.split("\n\n") if chunk.strip()]
    blocks: list[Para | Table] = []
    for chunk in chunks:
        style = "letter-lines" if "\n" in chunk else "letter"
        for prefix, named in _PREFIXES:
            if chunk.startswith(prefix):
                style, chunk = named, chunk[len(prefix):]
                break
        else:
            if chunk.startswith(">> "):
                style = "letter-address"
                chunk = "\n".join(line.removeprefix(">> ") for line in chunk.split("\n"))
        blocks.append(Para([Run(chunk)], style))
    return Page("О публичном обсуждении проекта профессионального стандарта", [Section(blocks)])


def package(standard: model.Standard, period: Consultation,
            layout: Layout | str = DEFAULT, stem: str | None = None) -> dict[str, bytes]:
    """File name → DOCX bytes of the three documents of the package (names start with
    ``stem``, by default :func:`~profstandards.render.file_stem`)."""
    layout = LAYOUTS[layout] if isinstance(layout, str) else layout
    stem = stem or file_stem(standard)
    names = {"draft": f"{stem}_draft.docx", "comments": f"{stem}_comments.docx",
             "cover": f"{stem}_cover-note.docx"}
    renderer = DocxRenderer(layout, draft=True)
    text = cover_text(standard, period)
    return {
        names["draft"]: renderer.render(standard),
        names["comments"]: renderer.save(renderer.page_document(
            comments_page(standard, layout, period))),
        names["cover"]: renderer.save(renderer.page_document(cover_page(text))),
    }
