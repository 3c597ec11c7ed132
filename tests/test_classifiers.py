"""Classifiers: ОКПДТР ОК 016-2025 beside ОК 016-94, and the ОКЗ, ОКПДТР and ОКСО files a
user brings in the ``--classifiers`` directory (small files written here)."""

from __future__ import annotations

import copy

import pytest

from profstandards import classifiers, rules
from profstandards.errors import InputError
from profstandards.model import ClassifierUnit, Seq
from profstandards.rules import Selection
from profstandards.xmlio.reader import read_file
from tests.conftest import corpus_file
from tests.helpers import USER_CLASSIFIERS

BASE = read_file(corpus_file("ps1090_")).document  # approved 06.07.2020


def codes_of(document, **selection) -> list[tuple[str, str]]:
    return [(f.code, f.message()) for f in rules.run(document, Selection(**selection))]


def with_okpdtr(*codes: str, approved: str | None = None):
    document = copy.deepcopy(BASE)
    std = document.standards[0]
    std.functions[0].okpdtr = Seq([ClassifierUnit(code, "Должность") for code in codes])
    if approved is not None:
        std.approval_date = approved
    return document


def test_okpdtr_codes_of_both_editions_have_a_valid_shape():
    found = codes_of(with_okpdtr("24026", "124026", "224026", "1240261", "324026"))
    assert [m for c, m in found if c == "PS503"] == [
        "код ОКПДТР «1240261» не по образцу: ожидается 5 цифр (ОК 016-94: «27099») или 6 цифр "
        "с первой 1 или 2 (ОК 016-2025: «227099»)"]
    # six digits that are not ОК 016-2025 look like an old ОКСО code, as before 2026
    assert [c for c, m in found if "«324026»" in m] == ["PS506"]


def test_five_digit_okpdtr_in_a_draft_is_a_warning_to_recode():
    draft = codes_of(with_okpdtr("24026", "224026"), profile="draft")
    (message,) = [m for c, m in draft if c == "PS510" and "«24026»" in m]
    assert not [m for c, m in draft if c == "PS510" and "224026" in m]
    assert "«24026»" in message and "ОК 016-2025" in message
    assert "перед отправкой проекта строки ОКПДТР нужно перекодировать по ОК 016-2025" in message


def test_a_published_standard_keeps_its_five_digit_codes_until_2026():
    assert not [c for c, _ in codes_of(with_okpdtr("24026")) if c == "PS510"]
    assert not [c for c, _ in codes_of(with_okpdtr("24026", approved="31.12.2025"))
                if c == "PS510"]
    late = [m for c, m in codes_of(with_okpdtr("24026", "224026", approved="15.01.2026"))
            if c == "PS510" and "«24026»" in m]
    assert len(late) == 1 and "утверждённом с 2026 года" in late[0]


def write(path, text: str, encoding: str = "utf-8") -> None:
    path.write_bytes(text.encode(encoding))


def test_user_files_in_any_documented_form(tmp_path):
    write(tmp_path / "okz_2014.csv", "name;code\nСистемные аналитики;2511\n", "cp1251")
    write(tmp_path / "okpdtr-2025.csv",
          "code,name,edition,note\n224026,Математик,ОК 016-2025,x\n", "utf-8-sig")
    found = classifiers.load_all(str(tmp_path))
    assert set(found) == {"okz", "okpdtr"}
    okz, okpdtr = found["okz"], found["okpdtr"]
    assert okz.lookup("2511.") == "Системные аналитики"  # section I writes a dot
    assert okpdtr.lookup("224026") == "Математик" and okpdtr.edition("224026") == "ОК 016-2025"
    assert okpdtr.covers("124026") and not okpdtr.covers("24026")  # five digits: not judged


def test_bad_user_files_are_reported(tmp_path):
    write(tmp_path / "okso.csv", "код;наименование\n1.01.03.02;Математика\n")
    with pytest.raises(InputError) as caught:
        classifiers.load_all(str(tmp_path))
    assert "нет столбцов code и name" in caught.value.message("ru")
    write(tmp_path / "okso.csv", "code;name\n")
    classifiers.load.cache_clear()
    with pytest.raises(InputError) as caught:
        classifiers.load_all(str(tmp_path))
    assert "ни одной строки" in caught.value.message("ru")


def test_codes_and_names_are_checked_against_the_users_files():
    document = copy.deepcopy(BASE)
    gf = document.standards[0].functions[1]
    gf.okpdtr.items[0].code = "21346"  # not in the file
    gf.okpdtr.items[1].name = "Начальник отдела"  # another name
    gf.okso.items[0].name = "Прикладная математика и информатика!"  # punctuation only
    gf.okpdtr.items.append(ClassifierUnit("224026", "Математик"))  # a form the file lacks
    found = codes_of(document, okved=USER_CLASSIFIERS)
    assert [c for c, _ in found] == ["PS511", "PS512"], found
    assert "кода ОКПДТР «21346» нет в классификаторе (ОК 016-94)" in found[0][1]
    assert "«Начальник отдела», а в классификаторе — «Начальник отдела (специализированного" \
        in found[1][1]
    assert not [c for c, _ in codes_of(document) if c in ("PS511", "PS512")]  # no files


def test_the_cli_takes_a_classifier_directory(cli, tmp_path):
    write(tmp_path / "okz.csv", "code;name;edition\n2511;Системные аналитики;ОК 010-2014\n")
    result = cli("validate", "--classifiers", tmp_path, corpus_file("ps1090_"))
    assert result.exit_code == 0, result.output
    assert "PS511" in result.stdout and "«1330»" in result.stdout  # the file lacks it
    write(tmp_path / "okz.csv", "a;b\n1;2\n")
    classifiers.load.cache_clear()
    bad = cli("validate", "--classifiers", tmp_path, corpus_file("ps1090_"))
    assert bad.exit_code == 2 and "okz.csv:1: в первой строке файла классификатора" in bad.output
