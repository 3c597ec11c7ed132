"""Every command speaks Russian (click's own texts and OS errors too) unless --lang en,
and writes its output one way: atomically, making directories, one line on failure."""

from __future__ import annotations

import re

import pytest

from tests.conftest import PRETTY_2017, corpus_file

ENGLISH_WORDS = ("Usage:", "Options:", "Show this message", "Error:", "Missing argument",
                 "No such option", "No such file", "[default:", "(dynamic)", "Errno")


@pytest.mark.parametrize("args", [
    ("--help",), ("validate", "--help"), ("diff", "--help"), ("validate",),
    ("validate", "--bogus", "x"), ("valdate",), ("diff", "--format", "xx", "a", "b"),
    ("consultation", "x.xml", "-o", "out", "--start", "2026-13-01", "--end", "2026-12-31"),
    ("validate", "no-such-file.xml"),
])
def test_click_texts_are_russian(cli, args):
    result = cli(*args)
    text = result.output
    assert not any(word in text for word in ENGLISH_WORDS), text
    assert any(word in text for word in ("Использование:", "Параметры:", "Ошибка:",
                                         "нет такого файла"))


def _every_command() -> list[tuple[str, ...]]:
    import click

    from profstandards.cli import COMMANDS, main

    found: list[tuple[str, ...]] = []
    for name in COMMANDS:
        found.append((name,))
        command = main.get_command(None, name)  # type: ignore[arg-type]
        if isinstance(command, click.Group):
            found += [(name, sub) for sub in command.commands]
    return found


@pytest.mark.parametrize("path", _every_command(), ids=" ".join)
def test_every_usage_line_is_russian(cli, path):
    usage = cli(*path, "--help").output.splitlines()[0]
    assert usage.startswith("Использование:") and "[ПАРАМЕТРЫ]" in usage, usage
    assert "[OPTIONS]" not in usage and "COMMAND" not in usage, usage


def test_english_on_request(cli):
    result = cli("validate", "--lang", "en", "--help")
    assert "Usage:" in result.output and "Options:" in result.output


CYRILLIC = re.compile("[а-яёА-ЯЁ]")
QUOTED = re.compile("«([^»]*)»")


def _untranslated(page: str) -> list[str]:
    """Lines of an English help page with Russian outside «…»: the quotes hold literal
    Russian a user meets in the files («ЗАПОЛНИТЬ», «ПРОЕКТ»), a few words each."""
    assert all(len(quoted) <= 40 for quoted in QUOTED.findall(page)), page
    return [line for line in QUOTED.sub("", page).splitlines() if CYRILLIC.search(line)]


@pytest.mark.parametrize("order", ["--lang en --help", "--help --lang en"])
@pytest.mark.parametrize("path", _every_command(), ids=" ".join)
def test_every_help_page_is_english_on_request(cli, path, order):
    result = cli(*path, *order.split())
    assert result.exit_code == 0, result.output
    page = result.output
    usage = page.splitlines()[0]
    assert usage.startswith("Usage: ") and f" {' '.join(path)} [OPTIONS]" in usage, usage
    assert "Options:" in page and "Show this message and exit." in page
    assert not _untranslated(page), _untranslated(page)


@pytest.mark.parametrize("path", _every_command(), ids=" ".join)
def test_every_help_page_stays_russian(cli, path):
    from profstandards.cli import click_ru

    page = cli(*path, "--help").output
    description = page.split("\n\n")[1]  # the command's docstring, after the usage line
    assert CYRILLIC.search(description), page
    flat = " ".join(page.split())
    leaked = [en for en in click_ru.EN.values() if " ".join(en.split())[:40] in flat]
    assert not leaked, leaked


def test_command_list_is_english_under_the_environment(cli, monkeypatch):
    from profstandards.cli import COMMANDS, click_ru

    monkeypatch.setenv("PROFSTANDARDS_LANG", "en")
    page = cli("--help").output
    assert page.splitlines()[0].endswith(" [OPTIONS] COMMAND [ARGS]..."), page
    assert not _untranslated(page), page
    listing = " ".join(page.partition("Commands:")[2].split())
    for name, (_, _, russian) in COMMANDS.items():
        assert f"{name} {click_ru.EN[russian]}" in listing, (name, listing)


def test_english_group_lists_its_subcommands_in_english(cli):
    page = cli("registry", "--lang", "en", "--help").output
    assert "build   Index files and directories" in page, page


def test_click_extras_survive_translation(cli):
    english = " ".join(cli("validate", "--lang", "en", "--help").output.split())
    assert "(GitHub Actions annotations). [default: text]" in english, english
    russian = " ".join(cli("validate", "--help").output.split())
    assert "(аннотации GitHub Actions). [по умолчанию: text]" in russian, russian
    search = " ".join(cli("registry", "search", "--lang", "en", "--help").output.split())
    assert "--db FILE Registry database file (SQLite). [required]" in search, search


def test_the_groups_language_reaches_the_command(cli):
    path = corpus_file("ps148_")
    assert "Checked 1 file(s)" in cli("--lang", "en", "validate", "--select", "PS0",
                                      path).stderr
    assert "Проверено файлов: 1" in cli("--lang", "en", "validate", "--lang", "ru",
                                        "--select", "PS0", path).stderr
    assert "Проверено файлов: 1" in cli("validate", "--select", "PS0", path).stderr


def test_a_parse_error_follows_a_later_lang(cli):
    result = cli("validate", "--bogus", "--lang", "en")
    assert result.exit_code == 2
    assert "Error: No such option '--bogus'" in result.output, result.output


def test_one_russian_text_has_one_english():
    from profstandards.cli import click_ru

    text = click_ru.bilingual("Проверочный текст для теста.", "A text for a test.")
    assert text == "Проверочный текст для теста."
    assert click_ru.bilingual(text, "A text for a test.") == text
    with pytest.raises(ValueError, match="two English texts"):
        click_ru.bilingual(text, "Another English text.")


def test_unknown_env_language_falls_back_to_russian_with_a_warning(cli, monkeypatch):
    monkeypatch.setenv("PROFSTANDARDS_LANG", "de")
    result = cli("validate", "--select", "PS0", corpus_file("ps148_"))
    assert result.exit_code == 0
    assert "PROFSTANDARDS_LANG" in result.stderr and "на русском" in result.stderr
    assert "Проверено файлов: 1" in result.stderr


@pytest.mark.parametrize("command", [
    ("fmt", "{src}", "-o", "{out}"),
    ("fix", "{src}"),  # fix writes in place: checked below with an unwritable directory
    ("diff", "{src}", "{src2}", "-o", "{out}"),
    ("export", "{src}", "-o", "{out}"),
    ("new", "-o", "{out}", "--name", "Тест", "--activity", "Тест", "--code", "29",
     "--levels", "3", "--functions", "2"),
])
def test_output_into_a_missing_directory_is_made(cli, tmp_path, command):
    src = tmp_path / "in.xml"
    src.write_bytes(PRETTY_2017.read_bytes())
    out = tmp_path / "missing" / "deeper" / ("out.docx" if command[0] == "export" else "out.xml")
    args = [a.format(src=src, src2=corpus_file("ps4_06.001_2013"), out=out) for a in command]
    result = cli(*args)
    assert result.exit_code in (0, 1), result.output
    if command[0] != "fix":
        assert out.is_file() and out.stat().st_size > 0


@pytest.mark.parametrize("command", ["fmt", "diff", "export", "new"])
def test_unwritable_output_is_one_russian_line_and_exit_2(cli, tmp_path, command):
    blocker = tmp_path / "file"
    blocker.write_text("")
    out = blocker / "x.out"
    src = str(PRETTY_2017)
    args = {"fmt": ("fmt", src, "-o", out), "diff": ("diff", src, src, "-o", out),
            "export": ("export", src, "-o", out),
            "new": ("new", "-o", out, "--name", "Т", "--activity", "Т", "--code", "29",
                    "--levels", "3", "--functions", "2")}[command]
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    line = result.stderr.strip().splitlines()[-1]
    assert line == f"{out}: не удалось записать файл: часть пути — не каталог"


@pytest.mark.parametrize("text, where, words", [
    ('profile = "draft"\nselect = [\n', ":", "недопустимое значение (в конце файла)"),
    ('profile = "draft"\nstrict true\n', ":2:8:", "после ключа ожидается «=»"),
    ('[tool\n', ":1:6:", "заголовок таблицы не закрыт «]»"),
])
def test_config_syntax_errors_are_russian_with_their_line(cli, tmp_path, text, where, words):
    (tmp_path / ".profstandards.toml").write_text(text, encoding="utf-8")
    (tmp_path / "a.xml").write_bytes(PRETTY_2017.read_bytes())
    result = cli("validate", tmp_path)
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith(f"{tmp_path / '.profstandards.toml'}{where}"), line
    assert line.endswith(f"ошибка синтаксиса TOML: {words}"), line
