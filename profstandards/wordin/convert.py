"""The whole Word → XML step of ``profstandards import`` for one file.

:func:`convert_file` reads the Word file (:func:`profstandards.wordin.read_file`),
applies the safe fixes if asked, writes the registry XML, validates it as ``validate``
would (the ``draft`` profile for a standard with neither registration number nor order
number) and points every finding and every fix back at the Word cell its value came
from.  What it returns pickles (no model), so several files can be converted on
several processes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from profstandards import fixes, model, rules, validation
from profstandards.errors import InputError
from profstandards.findings import Finding
from profstandards.i18n import Msg
from profstandards.rules.engine import DRAFT, REGISTRY
from profstandards.wordin.result import Disagreement, Unplaced, Where, where_of, word_places
from profstandards.xmlio import writer


@dataclass(frozen=True)
class Fixed:
    """A safe fix made on the imported values: its rule, its message, where in Word."""

    code: str
    message: Msg
    params: dict[str, object]
    where: Where | None


@dataclass
class Conversion:
    """One Word file converted (or the reason it could not be)."""

    source: str
    output: str
    xml: bytes = b""
    counts: dict[str, int] = field(default_factory=dict)
    profile: str = REGISTRY
    unplaced: list[Unplaced] = field(default_factory=list)
    outside: list[Unplaced] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    findings: list[tuple[Finding, Where | None]] = field(default_factory=list)
    fixed: list[Fixed] = field(default_factory=list)
    error: tuple[str, Msg, int, int, dict[str, object]] | None = None

    @property
    def failed(self) -> InputError | None:
        """The reason the file could not be imported, if it could not."""
        if self.error is None:
            return None
        path, msg, line, column, params = self.error
        return InputError(path, msg, line, column, **params)

    @property
    def complete(self) -> bool:
        return self.error is None and not self.unplaced and not self.disagreements


def convert_file(path: str | Path, output: str | Path, style: str = "pretty",
                 fix: bool = False) -> Conversion:
    """Import ``path``; ``output`` is the XML's name in the findings (nothing is
    written here)."""
    from profstandards import wordin

    out = Conversion(str(path), str(output))
    try:
        result = wordin.read_file(path)
    except InputError as e:
        out.error = (e.path, e.msg, e.line, e.column, dict(e.params))
        return out
    document = result.document
    if fix:
        document, changes = fixes.apply_safe(document)
        codes = {r.fix: r.code for r in rules.catalogue() if r.fix}
        out.fixed = [Fixed(codes.get(c.fix, ""), c.msg, {"field": c.field, "old": c.old,
                                                          "new": c.new}, where_of(c.loc))
                     for c in changes]
    out.xml = writer.dumps(document, style)
    out.counts = result.counts()
    out.unplaced, out.outside = result.unplaced, result.outside
    out.disagreements = result.disagreements
    out.profile = DRAFT if all(not s.registration_number.strip() and not s.order_number.strip()
                               for s in document.standards) else REGISTRY
    checked = validation.validate_bytes(out.xml, str(output), None,
                                        rules.Selection(profile=out.profile))
    out.findings = _placed(checked.findings, checked.document, document)
    return out


def _placed(findings: list[Finding], xml_document: model.Document | None,
            imported: model.Document) -> list[tuple[Finding, Where | None]]:
    """Each finding with the Word place of the value it is on (the nearest node at or
    before its line and column)."""
    if xml_document is None:
        return [(f, None) for f in findings]
    places = word_places(xml_document, imported)
    keys = sorted(places)
    out = []
    for f in findings:
        i = bisect_right(keys, (f.line, f.column))
        out.append((f, places[keys[i - 1]] if f.line and i else None))
    return out


def convert_job(args: tuple[str, str, str, bool]) -> Conversion:
    """:func:`convert_file` of ``(path, output, style, fix)``, for :func:`parallel.imap`."""
    return convert_file(*args)
