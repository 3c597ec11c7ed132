"""The public-consultation package: draft, comments form, cover note."""

from __future__ import annotations

import datetime as dt
import re

from profstandards.render.consultation import Consultation, days_phrase, package
from profstandards.xmlio.reader import read_file
from tests.conftest import corpus_file
from tests.docx_text import headers, paragraphs, rows, table_with

PS1090 = corpus_file("ps1090_")
PERIOD = Consultation(dt.date(2025, 3, 1), dt.date(2025, 3, 30), "ps@example.org")


def test_package_via_the_command_line(cli, tmp_path):
    result = cli("consultation", PS1090, "-o", tmp_path / "pkg", "--start", "01.03.2025",
                 "--end", "2025-03-30", "--contact", "ps@example.org")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "pkg").iterdir())
    assert names == ["ps1090_06.042_comments.docx", "ps1090_06.042_cover-note.docx",
                     "ps1090_06.042_draft.docx"]
    draft = (tmp_path / "pkg" / "ps1090_06.042_draft.docx").read_bytes()
    assert "ПРОЕКТ" in headers(draft)
    assert paragraphs(draft)[4] == "от «__» ____________ 20__ г. № ____"


def test_comments_form_has_a_numbered_row_per_section_otf_and_tf():
    standard = read_file(PS1090).document.standards[0]
    files = package(standard, PERIOD)
    form = rows(table_with(files["ps1090_06.042_comments.docx"], "№"))
    assert form[0] == ["№", "Структурный элемент (раздел, код ОТФ/ТФ)", "Редакция проекта",
                       "Замечание / предложение", "Предлагаемая редакция",
                       "Автор (организация)", "Решение разработчика"]
    assert form[1] == ["1", "2", "3", "4", "5", "6", "7"]
    body = form[2:]
    functions = len(standard.functions) + sum(1 for _ in standard.work_functions())
    assert len(body) == 1 + 4 + functions
    assert [r[0] for r in body] == [str(n) for n in range(1, len(body) + 1)]
    assert body[0][1:3] == ["Наименование профессионального стандарта",
                            "Специалист по большим данным"]
    assert [r[1] for r in body[1:5]] == [
        "I. Общие сведения",
        "II. Описание трудовых функций, входящих в профессиональный стандарт (функциональная "
        "карта вида профессиональной деятельности)",
        "III. Характеристика обобщенных трудовых функций",
        "3.1. Обобщенная трудовая функция A"]
    gf, wf = standard.functions[0], standard.functions[0].functions[0]
    assert body[4][2] == gf.name
    assert body[5][1:3] == ["3.1.1. Трудовая функция A/01.6", wf.name]
    assert body[-1][1].startswith("IV.")
    assert all(r[3:] == ["", "", "", ""] for r in body)
    with_v = package(standard, PERIOD, "maket-446n")["ps1090_06.042_comments.docx"]
    assert rows(table_with(with_v, "№"))[-1][1].startswith("V. Сокращения")


def cover(standard, period=PERIOD) -> str:
    files = package(standard, period)
    return "\n".join(paragraphs(next(v for k, v in files.items() if k.endswith("cover-note.docx"))))


def test_cover_letter_reads_as_an_association_letter():
    standard = read_file(PS1090).document.standards[0]
    text = cover(standard)
    lines = text.split("\n")
    assert lines[0] == "Ассоциация предприятий компьютерных и информационных технологий " \
                       "(АПКИТ), город Москва"  # the letterhead
    for part in ("Исх. № ________ (исходящий номер)\nот ________ (дата письма)",
                 "О публичном обсуждении проекта профессионального стандарта «Специалист по "
                 "большим данным»", "Уважаемые коллеги!",
                 "постановлением Правительства Российской Федерации от 10 апреля 2023 г. № 580",
                 "(код вида профессиональной деятельности 06.042, регистрационный номер 1090)",
                 "Ответственная организация-разработчик — Ассоциация предприятий компьютерных "
                 "и информационных технологий (АПКИТ), город Москва.",
                 "Текст проекта размещён: ________ (адрес страницы, где размещён проект).",
                 "с 1 марта 2025 г. по 30 марта 2025 г. (30 календарных дней)",
                 "по адресу: ps@example.org",
                 "1. Проект профессионального стандарта «Специалист по большим данным».",
                 "2. Таблица замечаний и предложений (форма).",
                 "Исполнительный директор\n____________________ Комлев Николай Васильевич\n"
                 "(подпись)"):
        assert part in text, part
    assert ".docx" not in text  # attachments by title, not by file name
    given = Consultation(dt.date(2025, 3, 1), dt.date(2025, 3, 30), "ps@example.org",
                         dt.date(2025, 2, 20), "12/345", "https://example.org/ps")
    text = cover(standard, given)
    assert "Исх. № 12/345\nот 20 февраля 2025 г." in text
    assert "Текст проекта размещён: https://example.org/ps." in text
    assert "________" in text  # the executor's name and phone stay blank: nobody told us


def test_a_draft_without_a_code_has_no_empty_code_in_the_letter():
    standard = read_file(PS1090).document.standards[0]
    standard.general.code = ""
    standard.registration_number = ""
    text = cover(standard)
    assert "код вида профессиональной деятельности" not in text and "(-)" not in text
    assert "проекта профессионального стандарта «Специалист по большим данным». " in text


def test_an_unfinished_draft_is_refused_with_its_placeholders(cli, tmp_path):
    draft = tmp_path / "new.xml"
    assert cli("new", "-o", draft, "--name", "Техник", "--activity", "Ремонт", "--code", "33",
               "--levels", "4", "--functions", "2").exit_code == 0
    args = ("consultation", draft, "-o", tmp_path / "pkg", "--start", "01.03.2027",
            "--end", "31.03.2027")
    result = cli(*args)
    assert result.exit_code == 1 and not (tmp_path / "pkg").exists()
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("проект не закончен: мест «ЗАПОЛНИТЬ» — ")
    assert all(re.match(rf"{re.escape(str(draft))}:\d+:\d+: не заполнено: «ЗАПОЛНИТЬ: ", line)
               for line in lines[:-1]) and len(lines) > 10
    result = cli(*args, "--allow-unfinished")
    assert result.exit_code == 0, result.output
    letter = "\n".join(paragraphs(next((tmp_path / "pkg").glob("*cover-note.docx")).read_bytes()))
    assert "ЗАПОЛНИТЬ" not in letter  # blanks, marked, instead of the placeholders
    assert "________ (ответственная организация-разработчик)" in letter


def test_days_phrase_agrees_with_the_number():
    day = dt.date(2025, 1, 1)
    got = [days_phrase(day, day + dt.timedelta(days=n - 1)) for n in (1, 2, 5, 11, 21, 22, 30)]
    assert got == ["1 календарный день", "2 календарных дня", "5 календарных дней",
                   "11 календарных дней", "21 календарный день", "22 календарных дня",
                   "30 календарных дней"]


def test_bad_period_and_bad_input_exit_2(cli, tmp_path):
    result = cli("consultation", PS1090, "-o", tmp_path, "--start", "31.03.2025",
                 "--end", "01.03.2025")
    assert result.exit_code == 2 and "раньше начала" in result.stderr
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<html/>")
    result = cli("consultation", bad, "-o", tmp_path, "--start", "01.03.2025",
                 "--end", "31.03.2025")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:") and len(result.stderr.splitlines()) == 1
    assert not list(tmp_path.glob("*.docx"))
