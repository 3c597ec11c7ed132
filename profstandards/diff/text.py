"""The comparison as text for a terminal: grouped by section, ОТФ and ТФ.

A changed text shows its word-level diff inline, git ``--word-diff`` style:
``[-deleted-]{+inserted+}``; with ``color`` the markers are replaced by red and green.
"""

from __future__ import annotations

import click

from profstandards.diff import labels
from profstandards.diff.changes import (
    Change,
    Comparison,
    Kind,
    Section,
    StandardDiff,
    Target,
    summary,
)
from profstandards.diff.textdiff import DELETE, INSERT, KEEP
from profstandards.diff.textview import Functions, one_line
from profstandards.i18n import Msg

SYMBOLS = {Kind.ADDED: "+", Kind.REMOVED: "-", Kind.CHANGED: "~", Kind.MOVED: ">",
           Kind.RENUMBERED: "#", Kind.SPLIT: "<", Kind.MERGED: ">", Kind.SWAPPED: "~",
           Kind.NORMALIZED: "*"}
NO_DIFFERENCES = Msg("Различий нет.", "No differences.")
TOTAL = Msg("Изменений: {total} — по существу {substantive}, редакционных {editorial}.",
            "Changes: {total} — {substantive} substantive, {editorial} editorial.")
FUNCTIONS = Msg(
    "{what}: сопоставлено {matched} (было {old}, стало {new}); перенумеровано {renumbered}, "
    "перенесено {moved}, уровень изменён {level_changed}, добавлено {added}, удалено {removed}"
    "{extra}",
    "{what}: {matched} matched ({old} old, {new} new); {renumbered} renumbered, {moved} moved, "
    "{level_changed} level changed, {added} added, {removed} removed{extra}")
SPLITS = Msg(", разделено {split}, объединено {merged}", ", {split} split, {merged} merged")
EDITORIAL = Msg("редакционное", "editorial")
WHOLE_STANDARD = {Kind.ADDED: Msg("стандарт добавлен", "standard added"),
                  Kind.REMOVED: Msg("стандарт удалён", "standard removed")}


def render(comparison: Comparison, color: bool = False, **_: object) -> str:
    """The whole report (a trailing newline included)."""
    out: list[str] = []
    for diff in comparison.standards:
        out += _standard(comparison, diff, color)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _style(text: str, color: bool, fg: str | None = None, bold: bool | None = None) -> str:
    return click.style(text, fg=fg, bold=bold) if color else text


def _standard(comparison: Comparison, diff: StandardDiff, color: bool) -> list[str]:
    old, new = labels.sides(diff)
    out = [_style(f"--- {comparison.old_source}: {old}", color, bold=True),
           _style(f"+++ {comparison.new_source}: {new}", color, bold=True)]
    out += function_stats(diff)
    if not diff.changes:
        out.append(NO_DIFFERENCES.render())
        return out
    out.append(TOTAL.render(summary(diff.changes)))
    functions = Functions(diff)
    section = gf = wf = None
    for change in diff.changes:
        if change.section != section:
            section = change.section
            gf = wf = None
            out += ["", _style(labels.SECTIONS[section].render(), color, bold=True)]
        indent = "  "
        if section is Section.III:
            if functions.gf_pair(change) != gf:
                gf, wf = functions.gf_pair(change), None
                out.append(_style(functions.title(change, "gf"), color, bold=True))
            indent = "  "
            if change.wf != (None, None):
                if change.wf != wf:
                    wf = change.wf
                    out.append("  " + _style(functions.title(change, "wf"), color, bold=True))
                indent = "    "
        out += _change(change, functions, indent, color)
    return out


def function_stats(diff: StandardDiff) -> list[str]:
    """How the ОТФ and the ТФ paired, one line each (none for a one-sided standard)."""
    if diff.functions is None:
        return []
    lines = []
    for target, stats in ((Target.GF, diff.gf_stats), (Target.WF, diff.wf_stats)):
        values = stats.as_dict()
        extra = SPLITS.render(values) if stats.split or stats.merged else ""
        lines.append(FUNCTIONS.render({**values, "what": labels.TARGETS[target].render(),
                                       "extra": extra}))
    return lines


def _change(change: Change, functions: Functions, indent: str, color: bool) -> list[str]:
    head = labels.element(change, with_section=False)
    if change.target is Target.STANDARD and not change.field and change.kind in WHOLE_STANDARD:
        head = WHOLE_STANDARD[change.kind].render()
    elif change.section in (Section.III, Section.NORMALIZE):  # said by the group header
        head = labels.field_label(change)
        number = change.index[1] if change.index[1] is not None else change.index[0]
        if head and number is not None:
            head += ", " + labels.ITEM.render({"n": number})
    kind = labels.describe(change) if change.kind not in (Kind.ADDED, Kind.REMOVED,
                                                          Kind.CHANGED) else ""
    if change.editorial:
        kind = f"{kind}, {EDITORIAL.render()}" if kind else EDITORIAL.render()
    if kind:
        head = f"{head} ({kind})" if head else kind
    symbol = SYMBOLS[change.kind]
    colour = {"+": "green", "-": "red"}.get(symbol, "yellow")
    body = _body(change, color)
    text = f"{head}: {body}" if head and body else head or body
    line = f"{indent}{_style(symbol, color, fg=colour)} {text}"
    return [line] + [f"{indent}    {one_line(text)}" for text in functions.content(change)]


def _body(change: Change, color: bool) -> str:
    if change.ops:
        return "".join(_op(op, one_line(text), color) for op, text in change.ops)
    if change.old is not None and change.new is not None:
        return f"{one_line(change.old)}{labels.ARROW}{one_line(change.new)}"
    value = change.new if change.new is not None else change.old
    return one_line(value) if value else ""


def _op(op: str, text: str, color: bool) -> str:
    if op == KEEP:
        return text
    if color:
        return click.style(text, fg="red" if op == DELETE else "green",
                           strikethrough=op == DELETE, underline=op == INSERT)
    return f"[-{text}-]" if op == DELETE else f"{{+{text}+}}"
