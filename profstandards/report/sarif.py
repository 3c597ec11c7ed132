"""SARIF 2.1.0 for code-scanning tools: rule metadata from the catalogue, one result per
finding with its line, column and XPath.

Each rule carries its whole help (what it checks, why, its source, its message) as
``fullDescription``, ``help.text`` and ``help.markdown``: the same text as the rule's
section of ``docs/rules.md``, generated from the rule's declaration.  Viewers show it
offline; no link points into a checkout that an installed copy does not have.
"""

from __future__ import annotations

import json
from pathlib import Path

from profstandards import __version__
from profstandards.i18n import get_lang
from profstandards.rules import area_of, catalogue
from profstandards.rules.docs import body
from profstandards.rules.engine import Rule
from profstandards.validation import FileResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(results: list[FileResult], strict: bool = False) -> str:
    rules = catalogue()
    index = {r.code: i for i, r in enumerate(rules)}
    run = {
        "tool": {"driver": {
            "name": "profstandards",
            "version": __version__,
            "rules": [_descriptor(r) for r in rules],
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index) for result in results for f in result.all_findings()],
    }
    sarif = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def _descriptor(rule: Rule) -> dict:
    help_md = f"**{rule.code}. {rule.title.render()}**\n\n" + body(rule, get_lang(), explain=True)
    return {
        "id": rule.code,
        "name": "".join(w.capitalize() for w in rule.title.en.replace("/", " ").split()
                        if w.isalnum()),
        "shortDescription": {"text": rule.title.render()},
        "fullDescription": {"text": rule.about.render()},
        "help": {"text": _plain(help_md), "markdown": help_md},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"tags": [area_of(rule.code).render()], "evidence": rule.evidence,
                       "fixable": rule.fix is not None},
    }


def _plain(markdown: str) -> str:
    """Markdown without its emphasis and code marks, for viewers that show plain text."""
    return markdown.replace("**", "").replace("`", "")


def _result(f, index: dict[str, int]) -> dict:
    location: dict = {"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}}}
    if f.line:
        region = {"startLine": f.line}
        if f.column:
            region["startColumn"] = f.column
        location["physicalLocation"]["region"] = region
    if f.xpath:
        location["logicalLocations"] = [{"fullyQualifiedName": f.xpath, "kind": "element"}]
    result = {"ruleId": f.code, "level": LEVELS[f.severity.value],
              "message": {"text": f.message()}, "locations": [location]}
    if f.code in index:
        result["ruleIndex"] = index[f.code]
    return result


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_uri() if p.is_absolute() else p.as_posix()
