"""The registry index (``registry build``/``search``), the PS8xx checks against it and
``export --registry``, on genuine corpus exports."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from profstandards import model
from profstandards.errors import InputError
from profstandards.registry import index, similarity
from profstandards.registry.compare import compare_standard
from profstandards.registry.search import JSON_KEYS, search
from profstandards.registry.store import Registry
from profstandards.xmlio import reader, writer
from tests.conftest import corpus_file, multi_standard_file

SOURCE = "ps190_"  # the standard whose ТФ A/08.6 the drafts copy
HOST = "ps1644_"  # an unrelated standard turned into a draft that copies it
REPEATS = "PS801,PS802,PS803,PS804"  # the rules on borrowed and repeated functions


def _wf(prefix: str, code: str) -> model.WorkFunction:
    standard = reader.read_file(corpus_file(prefix)).document.standards[0]
    return copy.deepcopy(next(wf for _, wf in standard.work_functions() if wf.code == code))


def _draft(tmp_path: Path, wf: model.WorkFunction | None = None,
           origin: model.Origin | None = None, name: str = "draft.xml") -> Path:
    """The host standard as a draft (no number, no code) whose first ТФ is ``wf``."""
    document = reader.read_file(corpus_file(HOST)).document
    host = document.standards[0]
    host.registration_number = host.general.code = host.order_number = ""
    host.approval_date = ""
    first = host.functions[0].functions
    if wf is not None:
        wf.code = first[0].code
        first.items[0] = wf
    first[0].origin = origin
    path = tmp_path / name
    path.write_bytes(writer.dumps(document))
    return path


def _reworded() -> model.WorkFunction:
    """ТФ A/08.6 of reg. 190 with two of its four labor actions reworded and one dropped."""
    wf = _wf(SOURCE, "A/08.6")
    actions = wf.labor_actions.items
    actions[0].text = ("Согласование архитектуры программного обеспечения с заказчиком и "
                       "другими заинтересованными сторонами")
    actions[2].text = ("Контроль качества проектных решений по программному обеспечению, "
                       "структуре базы данных и интерфейсам")
    del actions[1]
    return wf


def _findings(cli, *args) -> list[dict]:
    result = cli("validate", "--format", "json", "--no-config", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


# --- build --------------------------------------------------------------------------

def _copy(tmp_path: Path, *prefixes: str) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir(exist_ok=True)
    for prefix in prefixes:
        shutil.copy(corpus_file(prefix), folder)
    return folder


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchone()[0]


def test_build_indexes_every_version_and_marks_the_latest_current(tmp_path):
    folder = _copy(tmp_path, "ps4_06.001_2013", "ps4_06.001_2022", "ps4_06.001_export2017")
    stats = index.build([folder], tmp_path / "r.db", jobs=1)
    assert (stats.added, stats.indexed, stats.standards, stats.numbers) == (3, 3, 3, 1)
    with sqlite3.connect(tmp_path / "r.db") as con:
        rows = con.execute("SELECT date, current FROM standards ORDER BY date").fetchall()
    assert rows == [("", 0), ("2013-11-18", 0), ("2022-07-20", 1)]


def test_build_is_incremental_and_drops_vanished_files(tmp_path):
    folder = _copy(tmp_path, "ps190_", "ps148_", "ps233_")
    db = tmp_path / "r.db"
    index.build([folder], db, jobs=1)
    again = index.build([folder], db, jobs=1)
    assert (again.unchanged, again.indexed, again.added) == (3, 0, 0)
    changed = folder / corpus_file("ps190_").name
    changed.write_bytes(changed.read_bytes().replace(
        "Анализ и согласование архитектуры".encode(), "Обсуждение архитектуры".encode(), 1))
    (folder / corpus_file("ps148_").name).unlink()
    shutil.copy(corpus_file("ps27_"), folder)
    (folder / corpus_file("ps233_").name).rename(folder / "renamed.xml")
    stats = index.build([folder], db, jobs=1)
    assert (stats.changed, stats.removed, stats.added, stats.indexed) == (1, 2, 2, 2)
    assert stats.standards == 3
    registry = Registry(db)
    assert search(registry, "обсуждение архитектуры")[0].registration_number == "190"
    assert not any(h.text.startswith("Анализ и согласование архитектуры")
                   for h in search(registry, "анализ и согласование архитектуры", limit=100))
    assert not registry.has_number("148") and registry.has_number("233")


def test_an_interrupted_build_leaves_the_previous_database(tmp_path):
    folder = _copy(tmp_path, "ps190_", "ps148_")
    db = tmp_path / "r.db"
    index.build([folder], db, jobs=1)
    before = db.read_bytes()
    shutil.copy(corpus_file("ps233_"), folder)

    def interrupt(_: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        index.build([folder], db, jobs=1, tick=interrupt)
    assert db.read_bytes() == before
    fresh = tmp_path / "new.db"
    with pytest.raises(KeyboardInterrupt):
        index.build([folder], fresh, jobs=1, tick=interrupt)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports", "r.db"]


def test_build_reads_multi_standard_files_and_reports_unreadable_ones(tmp_path, cli):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "two.xml").write_bytes(multi_standard_file([corpus_file("ps148_"),
                                                          corpus_file("ps27_")]))
    (folder / "broken.xml").write_bytes(b"<XMLCardInfo><oops")
    result = cli("registry", "build", folder, "--db", tmp_path / "r.db", "--jobs", "2")
    assert result.exit_code == 2
    assert "broken.xml:1:" in result.stderr and "стандартов 2" in result.stderr
    registry = Registry(tmp_path / "r.db")
    assert registry.has_number("148") and registry.has_number("27")


def test_a_database_that_is_not_a_registry_is_refused(tmp_path, cli):
    other = tmp_path / "notes.db"
    other.write_bytes(b"not a database at all" * 100)
    for args in (["registry", "build", corpus_file("ps148_"), "--db", other],
                 ["registry", "search", "данные", "--db", other],
                 ["validate", "--registry", other, corpus_file("ps148_")],
                 ["registry", "search", "данные", "--db", tmp_path / "missing.db"],
                 ["registry", "build", corpus_file("ps148_"), "--db", "/proc/none/r.db"]):
        result = cli(*args)
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert other.read_bytes() == b"not a database at all" * 100


def test_classifier_names_are_recorded_with_their_use(corpus_registry):
    with sqlite3.connect(corpus_registry) as con:
        rows = con.execute("SELECT name, standards FROM classifier_names "
                           "WHERE classifier = 'okz' AND code = '2152'").fetchall()
    assert rows == [("Инженеры-электроники", 1)]


# --- search -------------------------------------------------------------------------

def test_search_matches_lemmas_not_word_forms(tmp_path, cli):
    document = reader.read_file(corpus_file("ps148_")).document
    wf = document.standards[0].functions[0].functions[0]
    wf.labor_actions.items[0].text = "Монтаж учебного оборудования"
    (tmp_path / "a.xml").write_bytes(writer.dumps(document))
    db = tmp_path / "r.db"
    index.build([tmp_path / "a.xml", corpus_file("ps190_")], db, jobs=1)
    result = cli("registry", "search", "монтажа учебного оборудования", "--db", db,
                 "--format", "json")
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert tuple(hits[0]) == JSON_KEYS
    assert hits[0]["text"] == "Монтаж учебного оборудования"
    assert (hits[0]["registration_number"], hits[0]["kind"], hits[0]["code"]) == \
        ("148", "item", wf.code)
    text = cli("registry", "search", "монтажа учебного оборудования", "--db", db)
    assert f"рег. № 148, 06.013 «{document.standards[0].name}», ТФ {wf.code}, трудовые " \
           "действия: Монтаж учебного оборудования" in text.stdout
    assert cli("registry", "search", "космонавтика", "--db", db).exit_code == 1


def test_search_filters_by_kind_and_level(corpus_registry):
    registry = Registry(corpus_registry)
    names = search(registry, "проектирование программного обеспечения", kind="wf")
    assert names and all(h.kind == "wf" for h in names)
    assert names[0].text == "Руководство проектированием программного обеспечения"
    levelled = search(registry, "программный код", level="3", limit=50)
    assert levelled and all(h.code.endswith(".3") or "/" not in h.code for h in levelled)
    assert {h.registration_number for h in levelled} == {"4"}
    assert search(registry, "и по для") == []  # function words only


# --- the checks ---------------------------------------------------------------------

def test_a_verbatim_copy_is_flagged_with_the_original(tmp_path, cli, corpus_registry):
    draft = _draft(tmp_path, _wf(SOURCE, "A/08.6"))
    found = [f for f in _findings(cli, "--profile", "draft", "--registry", corpus_registry,
                                  draft) if f["code"] in REPEATS]
    assert [f["code"] for f in found] == ["PS801"]
    assert "ТФ A/08.6" in found[0]["message"] and "рег. № 190" in found[0]["message"]
    assert "сходство 100 %" in found[0]["message"] and found[0]["line"] > 1


def test_a_reworded_copy_is_flagged_with_the_original(tmp_path, corpus_registry):
    std = reader.read_file(_draft(tmp_path, _reworded())).document.standards[0]
    repeats = compare_standard(std, Registry(corpus_registry)).repeats
    assert [(r.original.registration_number, r.original.code) for r in repeats] == \
        [("190", "A/08.6")]
    assert 0.6 <= repeats[0].score.value < 1 and repeats[0].score.similar == 2


def test_a_whole_copied_ofunction_is_flagged_too(corpus_registry):
    std = reader.read_file(corpus_file(HOST)).document.standards[0]
    std.registration_number = std.general.code = ""
    std.functions.items[0] = copy.deepcopy(
        reader.read_file(corpus_file("ps565_")).document.standards[0].functions[0])
    repeats = compare_standard(std, Registry(corpus_registry)).repeats
    assert [(type(r.node).__name__, r.original.code) for r in repeats] == \
        [("GeneralizedFunction", "A"), ("WorkFunction", "A/01.4"), ("WorkFunction", "A/02.4"),
         ("WorkFunction", "A/03.4")]
    assert repeats[0].score.value == 1.0


def test_a_standard_is_never_compared_with_its_own_versions(cli, corpus_registry):
    for prefix in ("ps4_06.001_2013", "ps4_06.001_export2017", "ps190_"):
        found = _findings(cli, "--registry", corpus_registry, "--select", REPEATS,
                          corpus_file(prefix))
        assert found == [], found


def test_a_marked_borrowing_is_checked_against_its_original(tmp_path, cli, corpus_registry):
    origin = model.Origin("A/08.6", "190")
    exact = _draft(tmp_path, _wf(SOURCE, "A/08.6"), origin, "exact.xml")
    assert _findings(cli, "--profile", "draft", "--registry", corpus_registry, "--select",
                     REPEATS, exact) == []
    edited = _draft(tmp_path, _reworded(), origin, "edited.xml")
    (found,) = _findings(cli, "--profile", "draft", "--registry", corpus_registry,
                         "--select", REPEATS, edited)
    assert found["code"] == "PS804" and "из A/08.6 стандарта рег. № 190" in found["message"]
    wrong = _draft(tmp_path, None, model.Origin("A/08.6", "4"), "wrong.xml")
    (found,) = _findings(cli, "--profile", "draft", "--registry", corpus_registry,
                         "--select", REPEATS, wrong)
    assert found["code"] == "PS803" and "нет ТФ с таким кодом" in found["message"]


def test_classifier_names_are_checked_against_the_registry(tmp_path, cli, corpus_registry):
    document = reader.read_file(corpus_file(HOST)).document
    okz = document.standards[0].general.okz.items[0]
    okz.code, okz.name = "2152.", "Инженеры-электрики"
    (tmp_path / "x.xml").write_bytes(writer.dumps(document))
    found = _findings(cli, "--registry", corpus_registry, "--select", "PS805", tmp_path / "x.xml")
    assert [f["message"] for f in found] == [
        "ОКЗ 2152.: наименование «Инженеры-электрики» не совпадает с принятым в реестре "
        "«Инженеры-электроники» (так в стандартах реестра: 1)"]


def test_a_users_classifier_outranks_the_registry(tmp_path, cli, corpus_registry):
    document = reader.read_file(corpus_file(HOST)).document
    okz = document.standards[0].general.okz.items[0]
    okz.code, okz.name = "2152.", "Инженеры-электрики"
    (tmp_path / "x.xml").write_bytes(writer.dumps(document))
    (tmp_path / "cls").mkdir()
    (tmp_path / "cls" / "okz.csv").write_text(
        "code;name;edition\n2152;Инженеры-электроники;ОК 010-2014\n", encoding="utf-8")
    found = _findings(cli, "--registry", corpus_registry, "--classifiers", tmp_path / "cls",
                      "--select", "PS805,PS806,PS511,PS512", tmp_path / "x.xml")
    about = [f["code"] for f in found if "2152" in f["message"]]
    assert about == ["PS512"], found  # one name, one finding: the classifier's
    registry_on_okz = [f for f in found if f["code"] in ("PS805", "PS806")
                       and f["message"].startswith("ОКЗ")]
    assert registry_on_okz == [] and "PS511" in {f["code"] for f in found}


def test_the_registry_comes_from_the_configuration(tmp_path, cli, corpus_registry):
    shutil.copy(corpus_registry, tmp_path / "reg.db")
    (tmp_path / ".profstandards.toml").write_text('registry = "reg.db"\nprofile = "draft"\n',
                                                  encoding="utf-8")
    draft = _draft(tmp_path, _wf(SOURCE, "A/08.6"))
    result = cli("validate", "--select", REPEATS, draft)
    assert "PS801" in result.stdout


def test_validate_without_a_registry_does_not_load_the_database_code():
    code = ("import sys; from profstandards.validation import validate_file; "
            f"validate_file({str(corpus_file('ps190_'))!r}); "
            "print(sorted(m for m in sys.modules if m == 'sqlite3' or "
            "m.startswith('profstandards.registry')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


# --- similarity ---------------------------------------------------------------------

def _profile(wf: model.WorkFunction, df: dict[int, int] | None = None
             ) -> similarity.Profile:
    from profstandards.registry.text import Lemmatizer, signature

    lemmas = Lemmatizer().lemmas
    items = [(signature(lemmas(i.text)), lemmas(i.text), key)
             for key, seq in (("wf.labor_actions", wf.labor_actions), ("wf.skills", wf.skills),
                              ("wf.knowledge", wf.knowledge)) for i in seq]
    return similarity.Profile.of(lemmas(wf.name), items, df or {})


def test_similarity_ignores_word_forms_order_and_swapped_lists():
    wf = _wf(SOURCE, "A/08.6")
    other = copy.deepcopy(wf)
    other.skills, other.knowledge = other.knowledge, other.skills
    other.labor_actions.items[0].text = "с заинтересованными сторонами согласование и " \
        "анализ АРХИТЕКТУРЫ программного обеспечения"
    score = similarity.compare(_profile(wf), _profile(other))
    assert score is not None and score.value == 1.0 and score.identical


def test_boilerplate_weighs_less_than_what_a_function_is_made_of():
    wf = _wf(SOURCE, "A/08.6")
    other = copy.deepcopy(wf)  # the same skills and knowledge, other labor actions
    other.labor_actions.items[:] = [model.Item("Выдача пропусков посетителям")]
    rare = similarity.compare(_profile(wf), _profile(other))
    common = {sig: 50 for sig in _profile(wf).items}  # found in 50 registry ТФ each
    boilerplate = similarity.compare(_profile(wf, common), _profile(other, common))
    assert rare is not None and boilerplate is not None
    assert boilerplate.value < rare.value
    assert not rare.repeats and rare.actions == 0  # no labor action in common


# --- export -------------------------------------------------------------------------

def _html(cli, *args) -> str:
    """The exported page's text, tags dropped, spaces collapsed."""
    import re

    result = cli("export", "--to", "html", "-o", "-", *args)
    assert result.exit_code == 0, result.output
    return " ".join(re.sub(r"<[^>]+>", " ", result.stdout).split())


def test_a_borrowed_function_prints_its_origin(tmp_path, cli):
    draft = _draft(tmp_path, _wf(SOURCE, "A/08.6"), model.Origin("A/08.6", "190"))
    html = _html(cli, "--draft", draft)
    assert html.count("Оригинал Заимствовано из оригинала X A/08.6 190 Код оригинала") == 1
    functions = reader.read_file(draft).document.standards[0].functions
    count = len(functions) + sum(len(gf.functions) for gf in functions)
    assert html.count("Оригинал X Заимствовано из оригинала Код оригинала") == count - 1


def test_export_registry_marks_what_the_registry_recognises(tmp_path, cli, corpus_registry):
    draft = _draft(tmp_path, _reworded())
    html = _html(cli, "--draft", "--registry", corpus_registry, draft)
    assert html.count("Оригинал Заимствовано из оригинала X A/08.6 190 Код оригинала") == 1
    plain = corpus_file("ps148_")  # nothing of it is in the small registry: byte-identical
    out = tmp_path / "out"
    assert cli("export", plain, "-o", out / "a.docx").exit_code == 0
    assert cli("export", plain, "--registry", corpus_registry, "-o", out / "b.docx"
               ).exit_code == 0
    assert (out / "a.docx").read_bytes() == (out / "b.docx").read_bytes()


def test_registry_errors_are_input_errors(tmp_path):
    with pytest.raises(InputError):
        Registry(tmp_path / "nothing.db")
