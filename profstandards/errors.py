"""The one exception for input we cannot use: unreadable, malformed or refused files."""

from __future__ import annotations

from profstandards.i18n import Msg


class InputError(Exception):
    """A file we cannot read.  Rendered as one line: ``file:line:col: message``."""

    def __init__(self, path: str, msg: Msg, line: int = 0, column: int = 0,
                 **params: object) -> None:
        self.path = path
        self.msg = msg
        self.line = line
        self.column = column
        self.params = params
        super().__init__(self.render("en"))

    def __reduce__(self) -> tuple:
        """Picklable, so that a worker process (:mod:`profstandards.parallel`) can return
        one: the keyword parameters go through a helper."""
        return _rebuild, (self.path, self.msg, self.line, self.column, self.params)

    def message(self, lang: str | None = None) -> str:
        return self.msg.render(self.params, lang)

    def render(self, lang: str | None = None) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return f"{where}: {self.message(lang)}"


def _rebuild(path: str, msg: Msg, line: int, column: int, params: dict) -> InputError:
    return InputError(path, msg, line, column, **params)
