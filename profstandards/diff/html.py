"""The comparison as one self-contained HTML page (``templates/diff.html.j2``).

Side by side: the old text with deletions struck out, the new text with insertions
marked.  A summary table counts the changes per section and links to each change.
The page has no external assets (styles inline, no scripts, no fonts, no images).
"""

from __future__ import annotations

from functools import cache

import jinja2

from profstandards import i18n, resources
from profstandards.diff import labels
from profstandards.diff.changes import Change, Comparison, Section, StandardDiff, summary
from profstandards.diff.text import TOTAL, function_stats
from profstandards.diff.textdiff import DELETE, INSERT, KEEP
from profstandards.diff.textview import Functions
from profstandards.i18n import Msg

TEMPLATE = "diff.html.j2"
WORDS = {
    "title": Msg("Сравнение редакций профессионального стандарта",
                 "Comparison of two versions of a professional standard"),
    "summary": Msg("Сводка", "Summary"),
    "section": Msg("Раздел", "Section"),
    "total": Msg("Всего", "Total"),
    "substantive": Msg("По существу", "Substantive"),
    "editorial": Msg("Редакционных", "Editorial"),
    "changes": Msg("Изменения", "Changes"),
    "index": Msg("Все изменения", "All changes"),
    "element": Msg("Структурный элемент", "Element"),
    "comment": Msg("Комментарий", "Comment"),
    "none": Msg("Различий нет.", "No differences."),
    "options": Msg("Параметры", "Options"),
}


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(resources.TEMPLATES)),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    return env.get_template(TEMPLATE)


def render(comparison: Comparison, **_: object) -> str:
    return _template().render(
        lang=i18n.get_lang(),
        words={k: m.render() for k, m in WORDS.items()},
        old_source=comparison.old_source,
        new_source=comparison.new_source,
        options=", ".join(name for name, on in (("--normalize", comparison.normalized),
                                                ("--order", comparison.order)) if on),
        total=TOTAL.render(summary(comparison.changes)),
        standards=[_standard(s, n) for n, s in enumerate(comparison.standards, 1)],
    ) + "\n"


def _standard(diff: StandardDiff, number: int) -> dict[str, object]:
    functions = Functions(diff)
    counts = summary(diff.changes)
    by_section = counts["by_section"]
    assert isinstance(by_section, dict)
    sections = []
    for section in Section:
        items = [(k, c) for k, c in enumerate(diff.changes, 1) if c.section is section]
        if not items:
            continue
        sections.append({
            "anchor": f"s{number}-{section.value}",
            "label": labels.SECTIONS[section].render(),
            "substantive": by_section[section.value]["substantive"],
            "editorial": by_section[section.value]["editorial"],
            "changes": [_change(c, f"c{number}-{k}", functions) for k, c in items],
        })
    return {
        "anchor": f"s{number}",
        "old": labels.version(diff.old) if diff.old else "—",
        "new": labels.version(diff.new) if diff.new else "—",
        "old_edition": labels.edition(diff.old, labels.OLD_EDITION),
        "new_edition": labels.edition(diff.new, labels.NEW_EDITION),
        "stats": function_stats(diff),
        "total": TOTAL.render(counts),
        "sections": sections,
    }


def _change(change: Change, anchor: str, functions: Functions) -> dict[str, object]:
    if change.ops:
        old = [(op == DELETE, text) for op, text in change.ops if op in (KEEP, DELETE)]
        new = [(op == INSERT, text) for op, text in change.ops if op in (KEEP, INSERT)]
    else:
        old = [(change.new is None, change.old)] if change.old else []
        new = [(change.old is None, change.new)] if change.new else []
    content = functions.content(change)
    return {
        "anchor": anchor,
        "element": labels.element(change, with_section=False),
        "kind": change.kind.value,
        "describe": labels.describe(change),
        "cls": change.cls.value,
        "cls_label": labels.CLASSES[change.cls].render(),
        "old": old,
        "new": new,
        "old_content": content if change.new is None else [],
        "new_content": content if change.new is not None else [],
    }
