"""Findings → output formats.  Each format is one module with
``render(results, strict=False) -> str``; ``strict`` says warnings fail a file too (the
formats that mark files as passed or failed — JUnit — need to know)."""

from __future__ import annotations

from profstandards.formats import Formats

FORMATS = Formats({name: f"profstandards.report.{name}"
                   for name in ("text", "json", "junit", "sarif", "github")})
