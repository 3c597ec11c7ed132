"""Plain text for people and editors: ``file:line:col: severity CODE message``, grouped by file."""

from __future__ import annotations

from profstandards.findings import Finding
from profstandards.i18n import Msg
from profstandards.rules import get
from profstandards.validation import FileResult

SUMMARY = Msg("Проверено файлов: {files}; ошибок: {errors}; предупреждений: {warnings}; "
              "замечаний: {infos}.",
              "Checked {files} file(s): {errors} error(s), {warnings} warning(s), "
              "{infos} info(s).")
CLEAN = Msg("Проверено файлов: {files}; ошибок нет.", "Checked {files} file(s): no problems.")
FIXABLE = Msg(" Исправимо автоматически (profstandards fix): {count}.",
              " {count} fixable automatically (profstandards fix).")


def location(path: str, line: int, column: int) -> str:
    out = path
    if line:
        out += f":{line}"
        if column:
            out += f":{column}"
    return out


def line_of(f: Finding) -> str:
    """``file:line:col: severity CODE message``."""
    return f"{location(f.path, f.line, f.column)}: {f.severity.value} {f.code} {f.message()}"


def render(results: list[FileResult], strict: bool = False) -> str:
    """The findings, one per line, file by file (the summary is :func:`summary`, for
    stderr)."""
    return "".join(line_of(f) + "\n" for result in results for f in result.all_findings())


def summary(results: list[FileResult]) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for result in results:
        for f in result.all_findings():
            counts[f.severity.value] += 1
    if not any(counts.values()):
        return CLEAN(files=len(results))
    fixable = sum(1 for result in results for f in result.findings
                  if (rule := get(f.code)) is not None and rule.fix)
    return SUMMARY(files=len(results), errors=counts["error"], warnings=counts["warning"],
                   infos=counts["info"]) + (FIXABLE(count=fixable) if fixable else "")
