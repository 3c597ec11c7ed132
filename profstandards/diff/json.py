"""The comparison as JSON for machines: a documented, stable schema.

The schema is ``schemas/diff.schema.json`` (JSON Schema 2020-12) and the README;
``"format": "profstandards-diff"`` and ``"version": 1`` name it.  Additions keep the
version; a change of meaning or a removed key raises it.  Texts for people
(``element``, ``detail``) are in the language chosen with ``--lang``; every other value
is language-neutral (kinds, classes, sections, field names are fixed English words).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from profstandards import model
from profstandards.diff import labels
from profstandards.diff.changes import Change, Comparison, StandardDiff, summary

FORMAT, VERSION = "profstandards-diff", 1


Coded = model.GeneralizedFunction | model.WorkFunction


def render(comparison: Comparison, **_: object) -> str:
    return json.dumps(document(comparison), ensure_ascii=False, indent=2) + "\n"


def document(comparison: Comparison) -> dict[str, object]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "old": {"file": comparison.old_source},
        "new": {"file": comparison.new_source},
        "options": {"normalize": comparison.normalized, "order": comparison.order},
        "identical": comparison.identical,
        "summary": summary(comparison.changes),
        "standards": [_standard(s, n) for n, s in enumerate(comparison.standards, 1)],
    }


def _version(std: model.Standard | None) -> dict[str, str] | None:
    if std is None:
        return None
    return {"registration_number": std.registration_number, "name": std.name,
            "code": std.general.code, "order_number": std.order_number,
            "approval_date": std.approval_date}


def _standard(diff: StandardDiff, number: int) -> dict[str, object]:
    return {
        "registration_number": diff.registration_number,
        "old": _version(diff.old),
        "new": _version(diff.new),
        "summary": summary(diff.changes),
        "functions": ({"gf": diff.gf_stats.as_dict(), "wf": diff.wf_stats.as_dict()}
                      if diff.functions is not None else None),
        "mapping": mapping(diff),
        "changes": [_change(c, f"{number}.{k}") for k, c in enumerate(diff.changes, 1)],
    }


def mapping(diff: StandardDiff) -> list[dict[str, object]]:
    """Old → new codes of every ОТФ and ТФ (``null`` where one side has none)."""
    fm = diff.functions
    if fm is None:
        return []
    rows: list[dict[str, object]] = []
    sides: list[tuple[str, Sequence[Coded], Sequence[Coded], Any]] = [
        ("gf", fm.old_gf, fm.new_gf, fm.gf), ("wf", fm.old_works, fm.new_works, fm.wf)]
    for level, olds, news, m in sides:
        paired_new = {j for _, j in m.pairs}
        new_of = dict(m.pairs)
        for i, f in enumerate(olds):
            j = new_of.get(i)
            rows.append({"level": level, "old": f.code,
                         "new": news[j].code if j is not None else None})
        rows += [{"level": level, "old": None, "new": f.code}
                 for j, f in enumerate(news) if j not in paired_new]
    return rows


def _change(change: Change, ident: str) -> dict[str, object]:
    return {
        "id": ident,
        "kind": change.kind.value,
        "class": change.cls.value,
        "section": change.section.value,
        "target": change.target.value,
        "field": change.field,
        "path": list(change.path),
        "element": labels.element(change),
        "codes": {"gf": {"old": change.gf[0], "new": change.gf[1]},
                  "wf": {"old": change.wf[0], "new": change.wf[1]}},
        "old": change.old,
        "new": change.new,
        "ops": [[op, text] for op, text in change.ops],
        "index": {"old": change.index[0], "new": change.index[1]},
        "line": {"old": change.lines[0], "new": change.lines[1]},
        "related": list(change.related),
        "detail": change.detail.render() if change.detail is not None else None,
    }
