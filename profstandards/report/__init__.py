"""Findings → output formats.  Each format is one module with
``render(results, strict=False) -> str``; ``strict`` says warnings fail a file too (the
formats that mark files as passed or failed — JUnit — need to know)."""

from __future__ import annotations

from typing import Protocol

from profstandards.report import github, json, junit, sarif, text
from profstandards.validation import FileResult


class Renderer(Protocol):
    def __call__(self, results: list[FileResult], strict: bool = False) -> str: ...


FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json.render,
    "junit": junit.render,
    "sarif": sarif.render,
    "github": github.render,
}
