"""GitHub Actions workflow commands: each finding becomes an annotation on its line
(``::error file=…,line=…,col=…,title=…::message``); info findings are notices."""

from __future__ import annotations

from profstandards.rules import get
from profstandards.validation import FileResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(results: list[FileResult], strict: bool = False) -> str:
    out = []
    for result in results:
        for f in result.all_findings():
            props = [f"file={_property(f.path)}"]
            if f.line:
                props.append(f"line={f.line}")
                if f.column:
                    props.append(f"col={f.column}")
            rule = get(f.code)
            title = f"{f.code} {rule.title.render()}" if rule else f.code
            props.append(f"title={_property(title)}")
            out.append(f"::{COMMANDS[f.severity.value]} {','.join(props)}::{_data(f.message())}")
    return "".join(line + "\n" for line in out)


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")
