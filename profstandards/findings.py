"""Findings: what ``validate`` reports, whatever layer (schema or rule) produced them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from profstandards.i18n import Msg


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class Finding:
    """One problem at one place of one file."""

    path: str
    line: int
    column: int
    code: str
    severity: Severity
    msg: Msg
    params: dict[str, object] = field(default_factory=dict, hash=False)
    xpath: str = ""

    def message(self, lang: str | None = None) -> str:
        return self.msg.render(self.params, lang)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code)
