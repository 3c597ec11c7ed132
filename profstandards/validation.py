"""What ``validate`` does: parse a file, run the schema layer, read the model, run the
content rules.

:func:`validate_paths` is the library entry point of ``profstandards validate``: the
results of many files, in input order, on several processes (see
:mod:`profstandards.parallel`).  Its results hold findings, never a model, so memory
stays flat however many files are checked.  :func:`validate_file` and
:func:`validate_bytes` check one file and also hand back the model the rules ran on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from profstandards import files, i18n, model, parallel, rules
from profstandards.errors import InputError
from profstandards.findings import Finding, Severity
from profstandards.rules.catalogue import UNREADABLE
from profstandards.xmlio import reader, valid_reader
from profstandards.xmlio.parser import parse
from profstandards.xmlio.schema import Schema, builtin

UNREADABLE_CODE = UNREADABLE.code


@dataclass
class FileResult:
    """The outcome for one file: its findings, or the reason it could not be read."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: InputError | None = None
    # The model the rules ran on, for a caller of validate_file/validate_bytes that maps
    # findings back to values; validate_paths drops it (a batch keeps findings only).
    document: model.Document | None = field(default=None, repr=False, compare=False)

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


def validate_paths(paths: Iterable[str | Path], schema_path: str | None = None,
                   selection: rules.Selection | None = None,
                   jobs: int | None = None) -> Iterator[FileResult]:
    """The result of every file of ``paths``, in input order, on ``jobs`` processes
    (default: every core; 1 runs in this process).

    ``schema_path`` names an XSD to check against instead of the built-in one; each
    worker loads it (and the morphology dictionaries, when a rule needs them) once.
    """
    check = partial(_check, schema_path, selection or rules.Selection(), i18n.get_lang())
    return parallel.imap(check, [str(p) for p in paths], jobs)


def _check(schema_path: str | None, selection: rules.Selection, lang: str,
           path: str) -> FileResult:
    i18n.set_lang(lang)  # a worker renders parameters in the parent's language
    result = validate_file(path, load_schema(schema_path), selection)
    result.document = None  # findings only: memory stays flat over a whole registry
    return result


@lru_cache(maxsize=4)
def load_schema(path: str | None = None) -> Schema:
    """The XSD at ``path`` (the built-in one for ``None``), compiled once per process."""
    return builtin() if path is None else Schema.from_file(path)


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
    with _collector_paused():
        return _validate(data, source, schema, selection)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while one file is checked.

    The model and the rules' views are thousands of small objects that live exactly as
    long as the file's check and form no cycles: refcounting frees them as the check
    returns.  With the collector running, each collection in between would walk all
    of them again (about a tenth of the time of a check)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _validate(data: bytes, source: str, schema: Schema | None,
              selection: rules.Selection | None) -> FileResult:
    try:
        parsed = parse(data, source)
    except InputError as e:
        return FileResult(source, error=e)
    selection = selection or rules.Selection()
    gate = builtin()
    schema = schema or gate
    findings = schema.check(parsed)
    valid = not findings if schema is gate else gate.is_valid(parsed.root)
    if valid_reader.applies(parsed, valid):
        document = valid_reader.read_valid(parsed)
    else:  # the schema already reports stray text, attributes and unknown elements
        document = reader.read_parsed(parsed, check=False).document
    findings = selection.apply(findings) + rules.run(document, selection, source)
    findings.sort(key=Finding.sort_key)
    return FileResult(source, findings, document=document)
