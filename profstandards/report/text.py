"""Plain text for people and editors: ``file:line:col: severity CODE message``, grouped by file."""

from __future__ import annotations

from profstandards.i18n import Msg
from profstandards.validation import FileResult

SUMMARY = Msg("Проверено файлов: {files}; ошибок: {errors}; предупреждений: {warnings}; "
              "замечаний: {infos}.",
              "Checked {files} file(s): {errors} error(s), {warnings} warning(s), "
              "{infos} info(s).")
CLEAN = Msg("Проверено файлов: {files}; ошибок нет.", "Checked {files} file(s): no problems.")


def location(path: str, line: int, column: int) -> str:
    out = path
    if line:
        out += f":{line}"
        if column:
            out += f":{column}"
    return out


def render(results: list[FileResult]) -> str:
    """The findings, one per line (the summary is :func:`summary`, for stderr)."""
    lines: list[str] = []
    for result in results:
        for f in result.all_findings():
            lines.append(f"{location(f.path, f.line, f.column)}: {f.severity.value} {f.code} "
                         f"{f.message()}")
    return "".join(line + "\n" for line in lines)


def summary(results: list[FileResult]) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for result in results:
        for f in result.all_findings():
            counts[f.severity.value] += 1
    if not any(counts.values()):
        return CLEAN(files=len(results))
    return SUMMARY(files=len(results), errors=counts["error"], warnings=counts["warning"],
                   infos=counts["info"])
