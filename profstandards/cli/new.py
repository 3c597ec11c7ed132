"""``profstandards new``: scaffold a new standard from the jinja2 template, asking for the rest."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from profstandards import placeholders, scaffold
from profstandards.cli.click_ru import bilingual, english
from profstandards.cli.common import EXIT_INPUT, fail, lang_option, write_or_exit
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.scaffold import OutlineError
from profstandards.xmlio import writer

T = TypeVar("T")

ASK_NAME = Msg("Наименование профессионального стандарта",
               "Name of the professional standard")
ASK_ACTIVITY = Msg("Наименование вида профессиональной деятельности",
                   "Kind of professional activity")
ASK_CODE = Msg("Код области профессиональной деятельности (две цифры, например 29) "
               "или код вида NN.NNN, если он уже присвоен",
               "Area of professional activity (two digits, e.g. 29) or the kind-of-activity "
               "code NN.NNN if already assigned")
ASK_OTF_COUNT = Msg("Число обобщённых трудовых функций (ОТФ)",
                    "Number of generalized work functions (ОТФ)")
ASK_LEVEL = Msg("Уровень квалификации ОТФ {code} (1–9)", "Qualification level of ОТФ {code} (1-9)")
ASK_COUNT = Msg("Число трудовых функций (ТФ) в ОТФ {code}",
                "Number of work functions (ТФ) in ОТФ {code}")
NOT_GIVEN = Msg("не хватает данных для нового стандарта: задайте {options} или ответьте на вопросы",
                "not enough data for a new standard: give {options} or answer the prompts")
BAD_OPTION = Msg("неверное значение {option}: {message}", "invalid value for {option}: {message}")
EXISTS = Msg("файл уже существует (--force — перезаписать)",
             "the file already exists (--force to overwrite)")
WRITTEN = Msg(
    "Создан {path}: ОТФ — {otf}, ТФ — {tf}; мест «{mark}» для заполнения — {left}. "
    "Их покажет profstandards validate --profile draft {path} (профиль проекта: номер, "
    "приказ и код вида деятельности, которые присваивает Минтруд, могут быть пусты)",
    "Created {path}: {otf} ОТФ, {tf} ТФ; {left} «{mark}» placeholders to fill. "
    "profstandards validate --profile draft {path} lists them (the draft profile: the "
    "number, order and kind-of-activity code the Ministry assigns may be empty)")


@click.command("new")
@click.option("-o", "--output", required=True,
              help=bilingual("Куда записать новый стандарт (XML); «-» — в stdout.",
                             "Where to write the new standard (XML); '-' for stdout."))
@click.option("--name", help=bilingual("Наименование профессионального стандарта.",
                                       "Name of the professional standard."))
@click.option("--activity", help=bilingual("Наименование вида профессиональной деятельности.",
                                           "Name of the kind of professional activity."))
@click.option("--code", help=bilingual("Код области профессиональной деятельности (NN) или вида "
                                       "(NN.NNN).",
                                       "Code of the area of professional activity (NN) or of the "
                                       "kind of activity (NN.NNN)."))
@click.option("--levels", help=bilingual("Уровни квалификации ОТФ через запятую, по одному на "
                                         "ОТФ: 2,3,4.",
                                         "Qualification levels of the generalized work "
                                         "functions, comma-separated, one per function: 2,3,4."))
@click.option("--functions", "counts",
              help=bilingual("Число ТФ в каждой ОТФ: одно число для всех или по числу на ОТФ: "
                             "3,2,4.",
                             "Number of work functions in each generalized work function: one "
                             "number for all, or one per generalized function: 3,2,4."))
@click.option("--template", type=click.Path(dir_okay=False),
              help=bilingual("Свой jinja2-шаблон вместо templates/new-standard.xml.j2.",
                             "Your own jinja2 template instead of templates/new-standard.xml.j2."))
@click.option("--force", is_flag=True, help=bilingual("Перезаписать существующий файл.",
                                                      "Overwrite an existing file."))
@lang_option
@english("""Create the skeleton of a new professional standard.

    The codes of generalized and work functions (A, A/01.N …) follow the levels; whatever a
    person has to write is marked «ЗАПОЛНИТЬ: …» (fill in), and validate rejects the file while
    such places remain. The command asks for what the options do not give.
    """)
def new(output: str, name: str | None, activity: str | None, code: str | None,
        levels: str | None, counts: str | None, template: str | None, force: bool) -> None:
    """Создать заготовку нового профессионального стандарта.

    Коды ОТФ и ТФ (A, A/01.N …) проставляются по уровням; всё, что должен написать
    человек, помечено «ЗАПОЛНИТЬ: …», и validate не пропустит файл, пока такие места
    остаются. Чего нет в параметрах, команда спросит.
    """
    target = None if output == "-" else Path(output)
    if target is not None and target.exists() and not force:
        fail(InputError(output, EXISTS))
    try:
        outline = _outline(name, activity, code, levels, counts)
    except click.Abort:
        missing = [opt for opt, value in (("--name", name), ("--activity", activity),
                                           ("--code", code), ("--levels", levels),
                                           ("--functions", counts)) if value is None]
        click.echo("", err=True)  # end the unanswered prompt's line
        click.echo(NOT_GIVEN(options=", ".join(missing)), err=True)
        sys.exit(EXIT_INPUT)
    try:
        document = scaffold.render(outline, template)
    except InputError as e:
        fail(e)
    data = writer.dumps(document, "pretty")
    write_or_exit(target, data)
    if target is None:
        return
    click.echo(WRITTEN(path=output, otf=len(outline.levels), tf=sum(outline.counts),
                       left=len(scaffold.placeholders_left(document)),
                       mark=placeholders.MARK), err=True)


def _outline(name: str | None, activity: str | None, code: str | None, levels: str | None,
             counts: str | None) -> scaffold.Outline:
    """The outline from the options, asking for what is missing (EOF → click.Abort)."""
    name = _value("--name", name, ASK_NAME, lambda v: scaffold.parse_text(v, "--name"))
    activity = _value("--activity", activity, ASK_ACTIVITY,
                      lambda v: scaffold.parse_text(v, "--activity"))
    code = _value("--code", code, ASK_CODE, scaffold.parse_code)
    if levels is None:
        letters = scaffold.LETTERS[:_ask(ASK_OTF_COUNT(), _between(1, len(scaffold.LETTERS)))]
        level_list = tuple(_ask(ASK_LEVEL(code=c), _between(1, 9)) for c in letters)
    else:
        level_list = _parse("--levels", levels, scaffold.parse_levels)
        letters = scaffold.LETTERS[:len(level_list)]
    if counts is None:
        count_list = tuple(_ask(ASK_COUNT(code=c), _between(1, scaffold.MAX_FUNCTIONS),
                                default="2") for c in letters)
    else:
        count_list = _parse("--functions", counts,
                            lambda v: scaffold.parse_counts(v, len(level_list)))
    return scaffold.Outline(name, activity, code, level_list, count_list)


def _between(lo: int, hi: int) -> Callable[[str], int]:
    return lambda value: scaffold.parse_number(value, lo, hi)


def _value(option: str, value: str | None, question: Msg, parse: Callable[[str], T]) -> T:
    return _ask(question(), parse) if value is None else _parse(option, value, parse)


def _parse(option: str, value: str, parse: Callable[[str], T]) -> T:
    """An option's value, or one line naming the option and exit 2."""
    try:
        return parse(value)
    except OutlineError as e:
        click.echo(BAD_OPTION(option=option, message=e.message()), err=True)
        sys.exit(EXIT_INPUT)


def _ask(question: str, parse: Callable[[str], T], default: str | None = None) -> T:
    """Prompt (on stderr) until ``parse`` accepts the answer; end of input → click.Abort."""
    while True:
        answer = click.prompt(question, default=default, err=True)
        try:
            return parse(answer)
        except OutlineError as e:
            click.echo(e.message(), err=True)
