"""``validate`` with the rules: exit codes, profiles, selection, configuration, CI formats."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import corpus_file

# Relative names: the tests run in the ``here`` directory, which holds copies of them.
CLEAN = Path(corpus_file("ps1090_").name)  # no findings at all
WARNS = Path(corpus_file("ps1055_").name)  # one warning (PS507), no errors
ERRS = Path(corpus_file("ps4_06.001_2022").name)  # Cyrillic letters in codes (PS103 errors)


@pytest.fixture
def here(tmp_path):
    """Run in a directory holding copies of the three files (and whatever configuration a
    test writes there), so no configuration file of the checkout applies."""
    old = os.getcwd()
    os.chdir(tmp_path)
    for path in (CLEAN, WARNS, ERRS):
        shutil.copy(corpus_file(path.name), tmp_path / path.name)
    yield tmp_path
    os.chdir(old)


def test_exit_codes_errors_warnings_and_strict(cli, here):
    assert cli("validate", CLEAN).exit_code == 0
    result = cli("validate", WARNS)
    assert result.exit_code == 0 and "warning PS507" in result.stdout
    assert cli("validate", "--strict", WARNS).exit_code == 1
    result = cli("validate", ERRS)
    assert result.exit_code == 1 and "error PS103" in result.stdout
    assert "profstandards fix" in result.stderr  # the summary counts what fix can repair


def test_profile_draft(cli, here, tmp_path):
    draft = tmp_path / "draft.xml"
    data = CLEAN.read_bytes()
    data = data.replace(b"<RegistrationNumber>1090</RegistrationNumber>",
                        b"<RegistrationNumber/>").replace(b"<OrderNumber>405\xd0\xbd</OrderNumber>",
                                                          b"<OrderNumber/>")
    draft.write_bytes(data)
    result = cli("validate", draft)
    assert result.exit_code == 1 and {"PS110", "PS111"} <= _codes(result.stdout)
    assert cli("validate", "--profile", "draft", draft).exit_code == 0


def test_select_ignore_and_unknown_codes(cli, here):
    result = cli("validate", "--select", "PS5,PS7", corpus_file("ps68_"))
    assert _codes(result.stdout) and all(c[:3] in ("PS5", "PS7") for c in _codes(result.stdout))
    result = cli("validate", "--ignore", "PS1", ERRS)
    assert "PS103" not in result.stdout and result.exit_code == 0
    result = cli("validate", "--select", "PS999", CLEAN)
    assert result.exit_code == 2 and "PS999" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


def test_configuration_file(cli, here):
    (here / ".profstandards.toml").write_text(
        'ignore = ["PS103", "PS907"]\nstrict = true\n[severity]\nPS507 = "info"\n',
        encoding="utf-8")
    # PS103 and PS907 (C/02.5 joins two functions, see test_expert_rules) ignored, nothing else
    assert cli("validate", ERRS).exit_code == 0
    result = cli("validate", WARNS)
    assert result.exit_code == 0 and "info PS507" in result.stdout  # strict, but only info now
    assert cli("validate", "--no-config", ERRS).exit_code == 1
    other = here / "elsewhere.toml"
    other.write_text('select = ["PS5"]\n', encoding="utf-8")
    assert cli("validate", "--config", other, ERRS).exit_code == 0  # no PS5 findings there
    result = cli("validate", "--config", here / "missing.toml", ERRS)
    assert result.exit_code == 2 and "missing.toml" in result.stderr


def test_pyproject_section_found_from_the_checked_path_upwards(cli, here):
    project = here / "project"
    sub = project / "a" / "b"
    (sub / "skip").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.profstandards]\n'
                                            'profile = "draft"\nexclude = ["skip/*.xml"]\n',
                                            encoding="utf-8")
    shutil.copy(here / ERRS, sub / "skip" / "bad.xml")
    shutil.copy(here / CLEAN, sub / "good.xml")
    result = cli("validate", sub)  # run from elsewhere: the file is found from the path
    assert result.exit_code == 0 and "1" in result.stderr  # one file checked
    os.chdir(sub)
    assert cli("validate", ".").exit_code == 0
    assert cli("validate", "--no-config", ".").exit_code == 1


@pytest.mark.parametrize("content, message", [
    ("colour = 1\n", "colour"),
    ('profile = "final"\n', "profile"),
    ('select = "PS1"\n', "select"),
    ('[severity]\nPS103 = "fatal"\n', "PS103"),
    ('[severity]\nPS1 = "error"\n', "PS1"),
    ("select = [\n", "TOML"),
])
def test_bad_configuration_is_one_line_and_exit_2(cli, here, content, message):
    (here / ".profstandards.toml").write_text(content, encoding="utf-8")
    result = cli("validate", "--lang", "en", CLEAN)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(str(here / ".profstandards.toml")) or "TOML" in message
    assert message in line or message == "TOML"


def test_bad_classifiers_location_is_a_usage_error(cli, here):
    result = cli("validate", "--classifiers", here / "nope", CLEAN)
    assert result.exit_code == 2 and "nope" in result.stderr


def test_json_keys_are_stable(cli, here):
    rows = json.loads(cli("validate", "--format", "json", ERRS).stdout)
    assert rows and all(set(r) == {"file", "line", "column", "severity", "code", "message",
                                   "xpath"} for r in rows)


def test_junit_has_a_test_case_per_file(cli, here, tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<XMLCardInfo><a></b></XMLCardInfo>")
    result = cli("validate", "--format", "junit", CLEAN, WARNS, ERRS, broken)
    assert result.exit_code == 2
    root = etree.fromstring(result.stdout.encode())
    cases = root.findall(".//testcase")
    assert [c.get("name") for c in cases] == [str(CLEAN), str(WARNS), str(ERRS), str(broken)]
    assert cases[0].find("failure") is None and cases[0].find("system-out") is None
    assert cases[1].find("failure") is None and "PS507" in cases[1].find("system-out").text
    assert "PS103" in cases[2].find("failure").text
    assert cases[3].find("error").get("type") == "PS000"
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "1", "1")
    strict = etree.fromstring(cli("validate", "--format", "junit", "--strict", WARNS)
                              .stdout.encode())
    assert strict.find(".//testcase/failure") is not None


def test_sarif(cli, here):
    result = cli("validate", "--format", "sarif", "--lang", "en", ERRS)
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert "PS001" in ids and "PS103" in ids and len(ids) == len(set(ids))
    ps103 = rules[ids.index("PS103")]
    # The rule's help travels inside the file: no link into a checkout.
    assert "file://" not in result.stdout and "helpUri" not in ps103
    from profstandards.rules import get
    rule = get("PS103")
    assert rule.about.en in ps103["help"]["markdown"] and rule.source.en in ps103["help"]["text"]
    assert ps103["fullDescription"]["text"] == rule.about.en
    assert "**" not in ps103["help"]["text"]
    assert ps103["defaultConfiguration"]["level"] == "error"
    assert ps103["shortDescription"]["text"] == "Cyrillic letters in OTF/TF codes"
    results = run["results"]
    assert results and all(r["ruleId"] == ids[r["ruleIndex"]] for r in results)
    first = results[0]["locations"][0]
    assert first["physicalLocation"]["artifactLocation"]["uri"] == ERRS.name
    assert first["physicalLocation"]["region"]["startLine"] == 4
    assert first["logicalLocations"][0]["fullyQualifiedName"].startswith("/XMLCardInfo/")
    levels = {r["level"] for r in results}
    assert levels <= {"error", "warning", "note"}


def test_github_annotations(cli, here):
    result = cli("validate", "--format", "github", ERRS, WARNS)
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"::error file={ERRS},line=4,col=")
    assert ",title=PS103 " in lines[0] and "::в коде «" in lines[0]
    assert any(line.startswith("::warning file=") and "PS507" in line for line in lines)


def test_github_escapes_newlines_and_commas():
    from profstandards.report.github import _data, _property

    assert _data("a\nb%") == "a%0Ab%25"
    assert _property("x,y:z") == "x%2Cy%3Az"


def _codes(stdout: str) -> set[str]:
    return {line.split()[2] for line in stdout.splitlines() if line.strip()}


def test_pre_commit_hooks_run(cli, here, tmp_path):
    from tests.conftest import FIXTURES

    hooks = (FIXTURES.parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    ids = re.findall(r"^- id: (\S+)$", hooks, re.M)
    entries = re.findall(r"^  entry: (.+)$", hooks, re.M)
    assert ids == ["profstandards-validate", "profstandards-fmt"]
    target = tmp_path / "s.xml"
    shutil.copy(here / CLEAN, target)
    for entry in entries:
        program, *args = entry.split()
        assert program == "profstandards"
        assert cli(*args, target).exit_code == 0, entry


def test_progress_bar_only_for_a_batch_on_a_terminal(monkeypatch, capsys):
    import sys

    from profstandards.cli.common import progress
    from profstandards.cli.validate import PROGRESS

    paths = [Path("a.xml"), Path("b.xml")]
    assert list(progress(iter(paths), 2, PROGRESS)) == paths
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert list(progress(iter(paths), 2, PROGRESS)) == paths
    assert "Проверка" in capsys.readouterr().err
    assert list(progress(iter(paths[:1]), 1, PROGRESS)) == paths[:1]
    assert capsys.readouterr().err == ""
