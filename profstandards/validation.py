"""What ``validate`` does to one file: parse it, run the schema layer, read the model, run
the content rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from profstandards import files, model, rules
from profstandards.errors import InputError
from profstandards.findings import Finding, Severity
from profstandards.rules.catalogue import UNREADABLE
from profstandards.xmlio import reader
from profstandards.xmlio.parser import parse
from profstandards.xmlio.schema import Schema, builtin

UNREADABLE_CODE = UNREADABLE.code


@dataclass
class FileResult:
    """The outcome for one file: its findings, or the reason it could not be read."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: InputError | None = None
    document: model.Document | None = None

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)

    def failed(self, strict: bool = False) -> bool:
        """Whether the file fails: unreadable, an error, or (``strict``) a warning."""
        return self.error is not None or self.errors > 0 or (strict and self.warnings > 0)

    def all_findings(self) -> list[Finding]:
        """Findings, with an unreadable file reported as one PS000 error."""
        if self.error is None:
            return self.findings
        e = self.error
        return [Finding(self.path, e.line, e.column, UNREADABLE_CODE, Severity.ERROR,
                        e.msg, e.params)]


def validate_file(path: str | Path, schema: Schema | None = None,
                  selection: rules.Selection | None = None) -> FileResult:
    """Every finding of one file under ``selection``: the schema layer, then the content
    rules on the model (read leniently, so a file with structural errors still gets its
    content findings)."""
    try:
        data = files.read_bytes(path)
    except InputError as e:
        return FileResult(str(path), error=e)
    return validate_bytes(data, str(path), schema, selection)


def validate_bytes(data: bytes, source: str, schema: Schema | None = None,
                   selection: rules.Selection | None = None) -> FileResult:
    """:func:`validate_file` of a file's bytes already in memory (``source`` names it)."""
    try:
        parsed = parse(data, source)
    except InputError as e:
        return FileResult(source, error=e)
    selection = selection or rules.Selection()
    findings = (schema or builtin()).check(parsed)
    # The schema already reports stray text, attributes and unknown elements.
    document = reader.read_parsed(parsed, check=False).document
    findings = selection.apply(findings) + rules.run(document, selection, source)
    findings.sort(key=Finding.sort_key)
    return FileResult(source, findings, document=document)
