"""JUnit XML for CI test reports: one test case per file, failed when the file has errors
(or warnings, with ``--strict``); an unreadable file is a test error."""

from __future__ import annotations

from lxml import etree

from profstandards.i18n import Msg
from profstandards.report.text import line_of
from profstandards.validation import FileResult

SUITE = "profstandards validate"
FAILED = Msg("ошибок: {errors}; предупреждений: {warnings}",
             "{errors} error(s), {warnings} warning(s)")


def render(results: list[FileResult], strict: bool = False) -> str:
    failures = sum(1 for r in results if r.error is None and r.failed(strict))
    errors = sum(1 for r in results if r.error is not None)
    counts = {"tests": str(len(results)), "failures": str(failures), "errors": str(errors)}
    root = etree.Element("testsuites", name=SUITE, **counts)
    suite = etree.SubElement(root, "testsuite", name=SUITE, skipped="0", **counts)
    for result in results:
        case = etree.SubElement(suite, "testcase", classname="profstandards.validate",
                                name=result.path, file=result.path)
        findings = result.all_findings()
        body = "\n".join(line_of(f) for f in findings)
        if result.error is not None:
            etree.SubElement(case, "error", type=findings[0].code,
                             message=findings[0].message()).text = body
        elif result.failed(strict):
            first = next(f for f in findings if f.severity.value in ("error", "warning"))
            etree.SubElement(case, "failure", type=first.code,
                             message=FAILED(errors=result.errors,
                                            warnings=result.warnings)).text = body
        elif findings:
            etree.SubElement(case, "system-out").text = body
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                          pretty_print=True).decode("utf-8")
