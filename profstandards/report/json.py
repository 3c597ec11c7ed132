"""JSON for machines: a list of findings (schema documented in the README, stable).

Each finding is an object with exactly these keys::

    {"file": "standards/x.xml", "line": 4, "column": 3951, "severity": "error",
     "code": "PS002", "message": "…", "xpath": "/XMLCardInfo/…"}

``line``/``column`` are 1-based (0 when unknown), ``severity`` is ``error``,
``warning`` or ``info``, ``message`` is in the language chosen with ``--lang``.
"""

from __future__ import annotations

import json

from profstandards.validation import FileResult


def render(results: list[FileResult], strict: bool = False) -> str:
    rows = [
        {
            "file": f.path,
            "line": f.line,
            "column": f.column,
            "severity": f.severity.value,
            "code": f.code,
            "message": f.message(),
            "xpath": f.xpath,
        }
        for result in results
        for f in result.all_findings()
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
