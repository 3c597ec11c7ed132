"""Findings → output formats.  Each format is one module with ``render(results) -> str``."""

from __future__ import annotations

from collections.abc import Callable

from profstandards.report import json, text
from profstandards.validation import FileResult

Renderer = Callable[[list[FileResult]], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json.render,
}
