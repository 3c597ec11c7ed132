"""``profstandards new``: the skeleton's codes, placeholders and validity; the command."""

from __future__ import annotations

import json

import pytest

from profstandards import function_codes, model, placeholders, rules, scaffold
from profstandards.validation import validate_file
from profstandards.xmlio import reader, writer

OPTIONS = ("--name", "Сборщик учебного оборудования", "--activity", "Сборка учебного оборудования",
           "--code", "29", "--levels", "2,3,4", "--functions", "2,3,1")


def outline(**changes) -> scaffold.Outline:
    values = dict(name="Наладчик & <испытатель>", activity="Наладка", code="29",
                  levels=(2, 3, 4), counts=(2, 3, 1))
    values.update(changes)
    return scaffold.Outline(**values)


def test_codes_follow_letters_ordinals_and_levels():
    standard = scaffold.render(outline()).standards[0]
    got = [(gf.code, gf.level, [(wf.code, wf.level) for wf in gf.functions])
           for gf in standard.functions]
    assert got == [
        ("A", "2", [("A/01.2", "2"), ("A/02.2", "2")]),
        ("B", "3", [("B/01.3", "3"), ("B/02.3", "3"), ("B/03.3", "3")]),
        ("C", "4", [("C/01.4", "4")]),
    ]
    for gf, wf in standard.work_functions():
        parsed = function_codes.parse_tf_code(wf.code)
        assert parsed.letter == gf.code and parsed.level == function_codes.level_of(gf.level)


def test_skeleton_is_schema_valid_and_canonical(tmp_path):
    path = tmp_path / "new.xml"
    document = scaffold.render(outline())
    data = writer.dumps(document, "pretty")
    path.write_bytes(data)
    result = validate_file(path, selection=rules.Selection(profile="draft"))
    assert result.error is None
    # Schema-valid; the only errors are the unfilled placeholders, one for each
    # (an ОТФ of one ТФ may draw an info-level remark).
    errors = [f for f in result.findings if f.severity == "error"]
    assert {f.code for f in errors} == {"PS301"}
    assert len(errors) == len(scaffold.placeholders_left(document))
    # What new writes is already what fmt would write.
    assert writer.dumps(reader.load(path, strict=True), "pretty") == data


def test_what_a_person_writes_is_a_placeholder_and_the_rest_is_given():
    document = scaffold.render(outline())
    standard = document.standards[0]
    assert standard.name == "Наладчик & <испытатель>"  # escaped by the template, read back
    assert (standard.registration_number, standard.order_number, standard.approval_date) == \
        ("", "", "")
    assert standard.general.code == ""  # assigned by the Ministry
    given = {standard.name, standard.general.kind_of_activity, ""}
    given |= {gf.code for gf in standard.functions} | {gf.level for gf in standard.functions}
    given |= {wf.code for _, wf in standard.work_functions()}
    free = [value for node in model.walk(document) for value in
            (getattr(node, name) for name in model.text_fields(node)) if value not in given]
    assert free and all(placeholders.is_placeholder(v) for v in free)
    left = scaffold.placeholders_left(document)
    assert left == free
    # Every ОТФ and ТФ is named by a placeholder that says which one it is.
    assert "ЗАПОЛНИТЬ: наименование ТФ B/03.3" in left
    assert any(v.startswith("ЗАПОЛНИТЬ: наименование ОТФ C ") for v in left)
    # The education hint follows the level.
    assert "программы подготовки квалифицированных рабочих" in \
        standard.functions[2].education[0].text


def test_placeholders_left_finds_every_filled_value_gone():
    document = scaffold.render(outline(levels=(5,), counts=(2,)))
    for node in model.walk(document):
        for name in model.text_fields(node):
            if placeholders.is_placeholder(getattr(node, name)):
                setattr(node, name, "Текст")
    assert scaffold.placeholders_left(document) == []


def test_area_is_recorded_and_a_full_code_is_written():
    area_only = scaffold.render(outline(code="01"))
    assert area_only.standards[0].general.code == ""
    assert len(area_only.prolog) == 1 and "01 «Образование и наука»" in area_only.prolog[0]
    assigned = scaffold.render(outline(code="40.011"))
    assert assigned.standards[0].general.code == "40.011"
    assert assigned.prolog == ()


@pytest.mark.parametrize("parse, value", [
    (scaffold.parse_code, "34"), (scaffold.parse_code, "29.3"), (scaffold.parse_code, "A9"),
    (scaffold.parse_levels, "2,0"), (scaffold.parse_levels, "2,,3"), (scaffold.parse_levels, ""),
    (scaffold.parse_levels, ",".join("3" * 27)), (scaffold.parse_levels, "10"),
    (lambda v: scaffold.parse_counts(v, 3), "2,2"), (lambda v: scaffold.parse_counts(v, 3), "100"),
    (lambda v: scaffold.parse_text(v, "--name"), "  "),
])
def test_bad_outline_values_are_refused_with_a_reason(parse, value):
    with pytest.raises(scaffold.OutlineError) as e:
        parse(value)
    assert e.value.message()


def test_good_outline_values():
    assert scaffold.parse_code(" 29 ") == "29"
    assert scaffold.parse_levels("3, 4,5") == (3, 4, 5)
    assert scaffold.parse_counts("3", 3) == (3, 3, 3)
    assert scaffold.parse_counts("1,2", 2) == (1, 2)
    assert scaffold.parse_text("  Сборка   узлов ", "x") == "Сборка узлов"


# --- the command --------------------------------------------------------------------

def test_new_with_options_writes_a_valid_skeleton(cli, tmp_path):
    path = tmp_path / "standards" / "new.xml"
    result = cli("new", "-o", path, *OPTIONS)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    document = reader.load(path, strict=True)
    left = len(scaffold.placeholders_left(document))
    assert f"ОТФ — 3, ТФ — 6; мест «ЗАПОЛНИТЬ» для заполнения — {left}" in result.stderr
    assert [wf.code for _, wf in document.standards[0].work_functions()] == [
        "A/01.2", "A/02.2", "B/01.3", "B/02.3", "B/03.3", "C/01.4"]
    assert cli("validate", "--select", "PS0", path).exit_code == 0  # schema-valid
    unfilled = cli("validate", "--profile", "draft", "--format", "json", path)
    assert unfilled.exit_code == 1  # a skeleton does not pass until it is filled in
    rows = json.loads(unfilled.stdout)
    assert {row["code"] for row in rows if row["severity"] == "error"} == {"PS301"}
    assert cli("fmt", "--check", path).exit_code == 0


def test_new_refuses_to_overwrite_without_force(cli, tmp_path):
    path = tmp_path / "new.xml"
    path.write_text("keep")
    result = cli("new", "-o", path, *OPTIONS)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{path}: файл уже существует (--force — перезаписать)"
    assert path.read_text() == "keep"
    assert cli("new", "-o", path, "--force", *OPTIONS).exit_code == 0
    assert b"<CodeTF>C/01.4</CodeTF>" in path.read_bytes()


def test_unwritable_target_is_one_line(cli, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = cli("new", "-o", blocker / "x.xml", *OPTIONS)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{blocker / 'x.xml'}: не удалось записать файл: ")
    assert len(result.stderr.splitlines()) == 1


def test_new_to_stdout_in_english(cli):
    result = cli("new", "-o", "-", "--lang", "en", *OPTIONS)
    assert result.exit_code == 0
    assert result.stdout.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!-- ')
    assert "<CodeTF>B/03.3</CodeTF>" in result.stdout


@pytest.mark.parametrize("option, value, message", [
    ("--levels", "2,x", "неверное значение --levels: «2,x»: уровни ОТФ"),
    ("--code", "36", "неверное значение --code: «36»: нужен код области"),
    ("--functions", "1,2", "неверное значение --functions: «1,2»: число ТФ"),
])
def test_bad_option_is_one_line_and_exit_2(cli, tmp_path, option, value, message):
    args = list(OPTIONS)
    args[args.index(option) + 1] = value
    result = cli("new", "-o", tmp_path / "x.xml", *args)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(message)
    assert not (tmp_path / "x.xml").exists()


def test_new_asks_for_what_is_missing_and_asks_again_after_a_bad_answer(cli, tmp_path):
    path = tmp_path / "asked.xml"
    answers = "Техник\nОбслуживание\n4\n01\n2\n5\n0\n6\n\n3\n"
    result = cli("new", "-o", path, input=answers.encode())
    assert result.exit_code == 0, result.output
    assert "«4»: нужен код области" in result.stderr
    assert "«0»: нужно целое число от 1 до 9" in result.stderr
    standard = reader.load(path).standards[0]
    assert standard.name == "Техник"
    assert [(gf.code, gf.level, len(gf.functions)) for gf in standard.functions] == [
        ("A", "5", 2), ("B", "6", 3)]


def test_new_without_answers_names_the_missing_options(cli, tmp_path):
    result = cli("new", "-o", tmp_path / "x.xml", "--name", "Техник", input=b"")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "не хватает данных для нового стандарта: задайте --activity, --code, --levels, "
        "--functions или ответьте на вопросы")


def test_own_template_errors_name_the_template(cli, tmp_path):
    broken = tmp_path / "broken.j2"
    broken.write_text("{% if %}")
    foreign = tmp_path / "foreign.j2"
    foreign.write_text('<?xml version="1.0"?><XMLCardInfo><Foo/></XMLCardInfo>')
    for template, message in [(broken, f"{broken}:1: ошибка в шаблоне"),
                              (foreign, f"{foreign}: шаблон дал XML не по формату реестра: "
                                        "неизвестный элемент <Foo>"),
                              (tmp_path / "none.j2", f"{tmp_path / 'none.j2'}: нет такого")]:
        result = cli("new", "-o", tmp_path / "x.xml", "--template", template, *OPTIONS)
        assert result.exit_code == 2
        assert result.stderr.startswith(message), result.stderr


def test_own_template_can_prefill_fields(cli, tmp_path):
    own = tmp_path / "own.j2"
    text = scaffold.resources.template(scaffold.TEMPLATE).read_text(encoding="utf-8")
    own.write_text(text.replace('{{ p("ответственная организация-разработчик, город") }}',
                                "Ассоциация, город Москва"), encoding="utf-8")
    path = tmp_path / "x.xml"
    assert cli("new", "-o", path, "--template", own, *OPTIONS).exit_code == 0
    developer = reader.load(path).standards[0].developers.responsible
    assert developer.organization == "Ассоциация, город Москва"
