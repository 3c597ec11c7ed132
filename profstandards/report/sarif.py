"""SARIF 2.1.0 for code-scanning tools: rule metadata from the catalogue (with a help link
to the rule's section of ``docs/rules.md``), one result per finding with its line, column
and XPath."""

from __future__ import annotations

import json
from pathlib import Path

from profstandards import __version__
from profstandards.rules import area_of, catalogue
from profstandards.rules.docs import PATH as DOCS
from profstandards.rules.engine import Rule
from profstandards.validation import FileResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def help_uri(code: str) -> str:
    """The rule's section of docs/rules.md (in the checkout profstandards runs from)."""
    return f"{DOCS.as_uri()}#{code.lower()}"


def render(results: list[FileResult], strict: bool = False) -> str:
    rules = catalogue()
    index = {r.code: i for i, r in enumerate(rules)}
    run = {
        "tool": {"driver": {
            "name": "profstandards",
            "version": __version__,
            "informationUri": DOCS.as_uri(),
            "rules": [_descriptor(r) for r in rules],
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index) for result in results for f in result.all_findings()],
    }
    sarif = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def _descriptor(rule: Rule) -> dict:
    return {
        "id": rule.code,
        "name": "".join(w.capitalize() for w in rule.title.en.replace("/", " ").split()
                        if w.isalnum()),
        "shortDescription": {"text": rule.title.render()},
        "fullDescription": {"text": rule.about.render()},
        "helpUri": help_uri(rule.code),
        "help": {"text": f"{rule.about.render()}\n{rule.source.render()}",
                 "markdown": f"{rule.about.render()}\n\n*{rule.source.render()}*"},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"tags": [area_of(rule.code).render()], "evidence": rule.evidence,
                       "fixable": rule.fix is not None},
    }


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
