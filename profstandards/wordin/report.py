"""The import report: for people (text lines) and for programs (JSON).

Text: the findings of the imported XML go one per line like ``validate``'s
(``file.xml:line:col: severity CODE message``), followed by the Word place of the value
(``[Word: таблица 7, строка 3, столбец 2]``); the import's own report — a summary per
file, every unplaced paragraph or cell, every disagreement of sections II and III, what
lay outside the standard, the fixes made — is for stderr.
"""

from __future__ import annotations

import json

from profstandards.i18n import Msg, get_lang
from profstandards.report.text import line_of
from profstandards.wordin.convert import Conversion
from profstandards.wordin.result import Where

SUMMARY = Msg("{source} → {output}: стандартов {standards}, ОТФ {generalized_functions}, "
              "ТФ {work_functions}, значений {values}; не размещено: {unplaced}, "
              "расхождений разделов II и III: {disagreements}",
              "{source} -> {output}: {standards} standard(s), {generalized_functions} GWF, "
              "{work_functions} WF, {values} value(s); unplaced: {unplaced}, "
              "section II/III disagreements: {disagreements}")
UNPLACED = Msg("не размещено", "unplaced")
DISAGREEMENT = Msg("расхождение", "disagreement")
OUTSIDE = Msg("пропущено", "skipped")
FIXED = Msg("исправлено", "fixed")
WORD = Msg("Word", "Word")


def finding_lines(conversion: Conversion) -> list[str]:
    """The findings of the imported XML, each with the Word place of its value."""
    out = []
    for finding, where in conversion.findings:
        line = line_of(finding)
        if where is not None:
            line += f" [{WORD()}: {where.place().render()}]"
        out.append(line)
    return out


def report_lines(conversion: Conversion) -> list[str]:
    """The import report of one file (for stderr)."""
    error = conversion.failed
    if error is not None:
        return [error.render()]
    source = conversion.source
    out = [SUMMARY(source=source, output=conversion.output, **conversion.counts,
                   unplaced=len(conversion.unplaced),
                   disagreements=len(conversion.disagreements))]
    out += [f"{source}: {UNPLACED()}: {u.render()}" for u in conversion.unplaced]
    out += [f"{source}: {DISAGREEMENT()}: {d.render()}" for d in conversion.disagreements]
    out += [f"{source}: {OUTSIDE()}: {u.render()}" for u in conversion.outside]
    for fixed in conversion.fixed:
        where = f"{fixed.where.place().render()}: " if fixed.where is not None else ""
        out.append(f"{source}: {FIXED()}: {where}{fixed.code} "
                   f"{fixed.message.render(_one_line(fixed.params))}")
    return out


def _one_line(params: dict[str, object]) -> dict[str, object]:
    return {k: str(v).replace("\r", "\\r").replace("\n", "\\n") for k, v in params.items()}


def _where(where: Where | None) -> dict[str, object] | None:
    return where.as_dict() if where is not None else None


def as_json(conversions: list[Conversion]) -> str:
    """Every file's import as one JSON document."""
    lang = get_lang()
    files: list[dict[str, object]] = []
    for c in conversions:
        error = c.failed
        if error is not None:
            files.append({"source": c.source, "error": error.render(lang)})
            continue
        files.append({
            "source": c.source,
            "output": c.output,
            "complete": c.complete,
            "profile": c.profile,
            "counts": c.counts,
            "unplaced": [{"where": u.where.as_dict(), "message": u.message(lang)}
                         for u in c.unplaced],
            "disagreements": [{"message": d.message(lang), "section2": _where(d.map_where),
                               "section3": _where(d.where)} for d in c.disagreements],
            "outside": [{"where": u.where.as_dict(), "message": u.message(lang)}
                        for u in c.outside],
            "fixed": [{"code": f.code, "message": f.message.render(f.params, lang),
                       "word": _where(f.where)} for f in c.fixed],
            "findings": [{"line": f.line, "column": f.column, "code": f.code,
                          "severity": f.severity.value, "message": f.message(lang),
                          "word": _where(where)} for f, where in c.findings],
        })
    return json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n"
