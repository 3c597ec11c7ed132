"""The public-consultation package: draft, comments form, cover note."""

from __future__ import annotations

import datetime as dt

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


def test_cover_note_names_the_standard_dates_contact_and_files():
    standard = read_file(PS1090).document.standards[0]
    text = "\n".join(paragraphs(package(standard, PERIOD)["ps1090_06.042_cover-note.docx"]))
    for part in ("Уведомление о публичном обсуждении проекта профессионального стандарта",
                 "«Специалист по большим данным»", "06.042", "регистрационный номер 1090",
                 "с 1 марта 2025 г. по 30 марта 2025 г. (30 календарных дней)",
                 "ps@example.org", "ps1090_06.042_draft.docx", "ps1090_06.042_comments.docx",
                 "Исполнительный директор\nКомлев Николай Васильевич",
                 "Ассоциация предприятий компьютерных и информационных технологий (АПКИТ)"):
        assert part in text, part


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
