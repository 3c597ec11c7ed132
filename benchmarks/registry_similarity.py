"""Precision and recall of the ОТФ/ТФ comparison behind PS801/PS802 and ``export
--registry`` (profstandards.registry.similarity), on a labelled set from the corpus.

Run: ``.venv/bin/python benchmarks/registry_similarity.py [--corpus DIR]``

1. Real pairs.  Every pair of ТФ from two different files of the corpus is compared.
   Positives: the same ТФ in two versions of one standard (reg. № 4: 2013, the 2017
   export, 2022; reg. № 566 and its 2020 export with skills and knowledge swapped) —
   the checker never compares those, but they are what a revised copy looks like — and
   the pairs of different standards labelled by hand in
   ``benchmarks/data/similarity-labels.csv`` (label P; label A — a template applied to
   another object — is reported apart and counted neither way).  Every other pair is a
   negative.  Printed: precision and recall for several thresholds.
2. Synthetic copies through the whole check (candidates from the index, then the
   comparison): each ТФ (with 4+ labor actions) of the current corpus standards is put
   into a draft (a) verbatim, (b) with two labor actions reworded (head word replaced by
   a synonym, last word dropped) and one dropped, (c) with two labor actions replaced by
   unrelated text and one dropped, (d) with half its labor actions, skills and knowledge
   replaced.  Printed: the share flagged with the right registration number and code.
"""

from __future__ import annotations

import argparse
import copy
import csv
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from profstandards import function_codes, model  # noqa: E402
from profstandards.registry import compare as comparison  # noqa: E402
from profstandards.registry import index, similarity  # noqa: E402
from profstandards.registry.store import Registry  # noqa: E402
from profstandards.xmlio import reader  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "similarity-labels.csv"
HOST = ROOT / "standards" / "sborshchik-naladchik-uchebnogo-oborudovaniya.xml"
THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
SYNONYMS = {
    "разработка": "Составление", "проведение": "Выполнение", "контроль": "Проверка",
    "анализ": "Изучение", "оценка": "Определение", "подготовка": "Формирование",
    "организация": "Обеспечение", "установка": "Монтаж", "настройка": "Наладка",
    "выполнение": "Осуществление", "формирование": "Создание", "обеспечение": "Поддержание",
    "согласование": "Утверждение", "определение": "Выявление", "документирование":
    "Оформление", "планирование": "Составление плана", "сбор": "Получение",
    "мониторинг": "Отслеживание", "проверка": "Контроль", "создание": "Разработка",
}


def fold(code: str) -> str:
    return function_codes.fold(code.strip())


def load_labels() -> dict[frozenset, str]:
    out = {}
    with LABELS.open(encoding="utf-8") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        next(rows)
        for reg_a, code_a, reg_b, code_b, label, _ in rows:
            out[frozenset({(reg_a, fold(code_a)), (reg_b, fold(code_b))})] = label
    return out


def real_pairs(registry: Registry) -> list[tuple[str, similarity.Score]]:
    """(truth, score) of every pair of ТФ from two different files."""
    labels = load_labels()
    rows = registry.db.execute(
        "SELECT f.id, s.registration_number, f.code, s.document_id FROM functions f "
        "JOIN standards s ON s.id = f.standard_id WHERE f.kind = 'wf'").fetchall()
    profiles = registry.profiles([r[0] for r in rows])
    out = []
    for (ida, rega, codea, doca), (idb, regb, codeb, docb) in itertools.combinations(rows, 2):
        if doca == docb:
            continue
        key = frozenset({(rega, fold(codea)), (regb, fold(codeb))})
        if rega == regb:
            truth = "P" if fold(codea) == fold(codeb) else labels.get(key, "N")
        else:
            truth = labels.get(key, "N")
        score = similarity.compare(profiles[ida], profiles[idb])
        assert score is not None
        out.append((truth, score))
    return out


def report_real(pairs: list[tuple[str, similarity.Score]]) -> None:
    positives = sum(1 for t, _ in pairs if t == "P")
    adapted = sum(1 for t, _ in pairs if t == "A")
    print(f"real pairs: {len(pairs)} compared, {positives} positive, {adapted} adapted "
          f"template (A), {len(pairs) - positives - adapted} negative")
    print("threshold  flagged  TP  FP  FN  A-flagged  precision  recall")
    for threshold in THRESHOLDS:
        flagged = [(t, s) for t, s in pairs
                   if s.value >= threshold and s.shared >= similarity.MIN_SHARED]
        tp = sum(1 for t, _ in flagged if t == "P")
        fp = sum(1 for t, _ in flagged if t == "N")
        a = sum(1 for t, _ in flagged if t == "A")
        precision = tp / (tp + fp) if tp + fp else 1.0
        mark = "  <- DUPLICATE" if threshold == similarity.DUPLICATE else ""
        print(f"{threshold:9.2f}  {len(flagged):7d}  {tp:2d}  {fp:2d}  {positives - tp:2d}  "
              f"{a:9d}  {precision:9.3f}  {tp / positives:6.3f}{mark}")
    worst = sorted((s.value for t, s in pairs if t == "N"), reverse=True)[:3]
    print("highest negative scores:", ", ".join(f"{v:.3f}" for v in worst))


def group_pairs(registry: Registry) -> list[tuple[str, similarity.Score]]:
    """(truth, score) of every pair of ОТФ from two different files that share a
    repeating ТФ (the others cannot be flagged), compared through their ТФ."""
    labels = load_labels()
    gfs = registry.db.execute(
        "SELECT f.id, s.registration_number, f.code, s.document_id FROM functions f "
        "JOIN standards s ON s.id = f.standard_id WHERE f.kind = 'gf'").fetchall()
    children = registry.children([g[0] for g in gfs])
    names = registry.name_lemmas([g[0] for g in gfs])
    profiles = registry.profiles([c for kids in children.values() for c in kids])
    out = []
    for (ida, rega, codea, doca), (idb, regb, codeb, docb) in itertools.combinations(gfs, 2):
        if doca == docb:
            continue
        pairs = [(i, j, score) for i in children[ida] for j in children[idb]
                 for score in [similarity.compare(profiles[i], profiles[j])]
                 if score is not None and score.repeats]
        if not pairs:
            continue
        key = frozenset({(rega, fold(codea)), (regb, fold(codeb))})
        truth = "P" if rega == regb and fold(codea) == fold(codeb) else labels.get(key, "N")
        out.append((truth, similarity.compare_groups(
            pairs, len(children[ida]), len(children[idb]),
            similarity.dice(frozenset(names[ida]), frozenset(names[idb])))))
    return out


def report_groups(pairs: list[tuple[str, similarity.Score]]) -> None:
    positives = sum(1 for t, _ in pairs if t == "P")
    flagged = [(t, s) for t, s in pairs if s.repeats_group]
    tp = sum(1 for t, _ in flagged if t == "P")
    fp = len(flagged) - tp
    print(f"\nОТФ pairs sharing a repeating ТФ: {len(pairs)}, {positives} positive; at "
          f"DUPLICATE: flagged {len(flagged)}, TP {tp}, FP {fp}, precision "
          f"{tp / len(flagged) if flagged else 1.0:.3f}, recall {tp / positives:.3f}; "
          f"highest negative {max((s.value for t, s in pairs if t != 'P'), default=0):.3f}")


def reword(text: str) -> str:
    words = text.split()
    head = SYNONYMS.get(words[0].lower().strip(",")) if words else None
    if head:
        words[0] = head
    else:
        words.insert(0, "Выполнение работ:")
    if len(words) > 4:
        words = words[:-1]
    return " ".join(words)


def mutate(wf: model.WorkFunction, variant: str) -> model.WorkFunction:
    out = copy.deepcopy(wf)
    actions = out.labor_actions.items
    if variant == "reworded":
        actions[0].text, actions[1].text = reword(actions[0].text), reword(actions[1].text)
        del actions[2]
    elif variant == "replaced":
        actions[0].text = "Согласование графика дежурств с профсоюзным комитетом"
        actions[1].text = "Ведение журнала посещений выставочного павильона"
        del actions[2]
    elif variant == "half":
        for seq in (out.labor_actions, out.skills, out.knowledge):
            for i, item in enumerate(seq.items):
                if i % 2 == 0:
                    item.text = f"Уникальная формулировка номер {i} пункта проекта стандарта"
    return out


def report_synthetic(registry: Registry, corpus: Path) -> None:
    host = reader.read_file(HOST).document.standards[0]
    host.registration_number = host.general.code = ""
    sources = []
    current = {row[0] for row in registry.db.execute(
        "SELECT d.path FROM standards s JOIN documents d ON d.id = s.document_id "
        "WHERE s.current")}
    for path in sorted(corpus.glob("*.xml")):
        if str(path.resolve()) not in current:
            continue
        for standard in reader.read_file(path).document.standards:
            for _, wf in standard.work_functions():
                if len(wf.labor_actions) >= 4:
                    sources.append((standard.registration_number, wf))
    print(f"\nsynthetic copies of {len(sources)} ТФ (4+ labor actions) put into a draft:")
    print("variant     flagged right  flagged wrong  missed  mean similarity")
    for variant in ("verbatim", "reworded", "replaced", "half"):
        right = wrong = 0
        values = []
        start = time.perf_counter()
        for number, wf in sources:
            draft = copy.copy(host)
            gf = copy.copy(host.functions[0])
            copied = mutate(wf, variant)
            copied.code, copied.origin = gf.functions[0].code, None
            gf.functions = model.Seq([copied])
            draft.functions = model.Seq([gf])
            found = [r for r in comparison.compare_standard(draft, registry, units=False).repeats
                     if r.node is copied]
            if not found:
                continue
            original = found[0].original
            values.append(found[0].score.value)
            if original.registration_number == number and fold(original.code) == fold(wf.code):
                right += 1
            else:
                wrong += 1
        mean = sum(values) / len(values) if values else 0.0
        print(f"{variant:10}  {right / len(sources):13.3f}  {wrong / len(sources):13.3f}  "
              f"{1 - (right + wrong) / len(sources):6.3f}  {mean:15.3f}"
              f"   ({(time.perf_counter() - start) / len(sources) * 1000:.1f} ms each)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corpus.db"
        index.build([args.corpus], db)
        registry = Registry(db)
        print(f"thresholds: DUPLICATE={similarity.DUPLICATE}, MIN_SHARED="
              f"{similarity.MIN_SHARED}, ITEM_MATCH={similarity.ITEM_MATCH}, NAME_WEIGHT="
              f"{similarity.NAME_WEIGHT}")
        report_real(real_pairs(registry))
        report_groups(group_pairs(registry))
        report_synthetic(registry, args.corpus)
        registry.close()


if __name__ == "__main__":
    main()
