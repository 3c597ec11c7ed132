"""``--normalize``: the safe fixes on both versions, and what they changed as changes.

A registry export fault (skills and knowledge swapped, Cyrillic letters in codes,
stray spaces, items glued with line breaks) must not drown the real changes: both
versions are fixed first (:func:`profstandards.fixes.apply_safe`), and each fix that
only one side needed becomes one editorial change (:func:`changes`).
"""

from __future__ import annotations

from collections import Counter

from profstandards import fixes, model
from profstandards.diff.changes import Change, Class, Kind, Section, Target
from profstandards.i18n import Msg

SIDES = {"old": Msg("старая редакция", "old version"), "new": Msg("новая редакция", "new version")}
FIX_LABELS: dict[str, Msg] = {
    "unswap_skills_knowledge": Msg(
        "умения и знания выгружены реестром наоборот — списки поменяны местами",
        "skills and knowledge were exported swapped — the lists were exchanged"),
    "fold_code_letters": Msg("кириллические буквы в кодах заменены латинскими: {count}",
                             "Cyrillic letters in codes replaced by Latin ones: {count}"),
    "unescape_breaks": Msg("«<br />» и «&nbsp;» записаны переносом строки и пробелом: {count}",
                           "'<br />' and '&nbsp;' written as a line break and a space: {count}"),
    "split_merged_items": Msg("элементы из нескольких строк разделены: {count}",
                              "multi-line items split: {count}"),
    "strip_spaces": Msg("убраны пробелы по краям значений: {count}",
                        "leading/trailing spaces removed: {count}"),
}
OTHER_FIX = Msg("исправление {fix}: {count}", "fix {fix}: {count}")


def normalize(std: model.Standard) -> tuple[model.Standard, list[fixes.Change]]:
    """A fixed copy of ``std`` and the fixes made."""
    fixed, made = fixes.apply_safe(model.Document(model.Seq([std])))
    return fixed.standards[0], made


def changes(old_fixes: list[fixes.Change], new_fixes: list[fixes.Change]) -> list[Change]:
    """One editorial change per fix and side, for the fixes the other side did not need
    (a fault both exports share is no difference between them)."""
    def key(c: fixes.Change) -> tuple[str, str, str, str]:
        return (c.fix, c.field, c.old, c.new)

    counts = {"old": Counter(map(key, old_fixes)), "new": Counter(map(key, new_fixes))}
    only = {"old": counts["old"] - counts["new"], "new": counts["new"] - counts["old"]}
    out: list[Change] = []
    for side, made in (("old", old_fixes), ("new", new_fixes)):
        left = only[side]
        groups: dict[str, list[fixes.Change]] = {}
        for c in made:
            if left[key(c)] > 0:
                left[key(c)] -= 1
                groups.setdefault(c.fix, []).append(c)
        for fix, group in groups.items():
            label = FIX_LABELS.get(fix, OTHER_FIX)
            what = label.bind(count=len(group), fix=fix)
            detail = Msg(f"{SIDES[side].ru}: {what.ru}", f"{SIDES[side].en}: {what.en}")
            line = group[0].loc.line if group[0].loc else 0
            out.append(Change(Kind.NORMALIZED, Class.EDITORIAL, Section.NORMALIZE,
                              Target.STANDARD, fix, lines=(line, 0) if side == "old" else (0, line),
                              detail=detail))
    return out
