"""The schema layer of ``validate``: a fast lxml gate, then xmlschema for the complete list.

libxml2 validates a valid file in a millisecond but stops checking a parent after its
first content-model error; xmlschema is slower but reports every error.  So a file
is first checked with lxml, and only a file that fails is re-checked with xmlschema
(on the same lxml tree, which gives it line numbers).  Each error is classified with
the format table (missing, misplaced, unknown, renamed container, bad value, stray
text, …) into a :class:`Finding` with a stable code and a Russian message.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from profstandards.findings import Finding, Severity
from profstandards.i18n import Msg, clip
from profstandards.xmlio import spec
from profstandards.xmlio.parser import Parsed
from profstandards.xmlio.spec import El, Kind, local_name
from profstandards.xmlio.xsd import generate

if TYPE_CHECKING:  # xmlschema takes 0.2 s to import: only files that fail the gate need it
    import xmlschema


@dataclass(frozen=True)
class StructureCheck:
    """One class of structural error the schema layer reports."""

    code: str
    title: Msg
    message: Msg


UNKNOWN = StructureCheck(
    "PS001", Msg("Неизвестный элемент", "Unknown element"),
    Msg("неизвестный элемент <{tag}> в <{parent}>", "unknown element <{tag}> in <{parent}>"))
MISSING = StructureCheck(
    "PS002", Msg("Нет обязательного элемента", "Missing required element"),
    Msg("нет обязательного элемента <{expected}> в <{parent}>{where}",
        "required element <{expected}> is missing in <{parent}>{where}"))
ORDER = StructureCheck(
    "PS003", Msg("Нарушен порядок элементов", "Elements out of order"),
    Msg("нарушен порядок элементов в <{parent}>: <{tag}> стоит раньше <{expected}>",
        "elements out of order in <{parent}>: <{tag}> comes before <{expected}>"))
EXTRA = StructureCheck(
    "PS004", Msg("Лишний повтор элемента", "Element repeated too often"),
    Msg("лишний элемент <{tag}> в <{parent}>: допускается не более {max}",
        "extra element <{tag}> in <{parent}>: at most {max} allowed"))
RENAMED = StructureCheck(
    "PS005", Msg("Контейнер назван именем своего элемента", "Container named like its item"),
    Msg("<{tag}> вместо <{expected}>: список должен называться <{expected}>, "
        "а его элементы — <{tag}>; содержимое проверено как список <{expected}>",
        "<{tag}> instead of <{expected}>: the list is <{expected}>, its items are <{tag}>; "
        "its content was checked as the list <{expected}>"))
MISPLACED = StructureCheck(
    "PS006", Msg("Элемент не на своём месте", "Element in the wrong parent"),
    Msg("элемент <{tag}> не может стоять в <{parent}> (его место — в {home})",
        "element <{tag}> is not allowed in <{parent}> (it belongs in {home})"))
VALUE = StructureCheck(
    "PS007", Msg("Недопустимое значение", "Invalid value"),
    Msg("недопустимое значение «{value}» в <{tag}>: ожидается {expected}",
        "invalid value '{value}' in <{tag}>: expected {expected}"))
TEXT = StructureCheck(
    "PS008", Msg("Текст там, где ожидаются элементы", "Text where elements are expected"),
    Msg("текст «{text}» внутри <{parent}>, где допускаются только элементы",
        "text '{text}' inside <{parent}>, where only elements are allowed"))
ATTRIBUTE = StructureCheck(
    "PS009", Msg("Атрибут не предусмотрен форматом", "Attribute not allowed"),
    Msg("атрибут {name} не предусмотрен у <{tag}>", "attribute {name} is not allowed on <{tag}>"))
OTHER = StructureCheck(
    "PS010", Msg("Прочая ошибка схемы", "Other schema error"),
    Msg("ошибка схемы: {detail}", "schema error: {detail}"))

CHECKS = (UNKNOWN, MISSING, ORDER, EXTRA, RENAMED, MISPLACED, VALUE, TEXT, ATTRIBUTE, OTHER)

_BEFORE = Msg(" (ожидался перед <{tag}>)", " (expected before <{tag}>)")


class Schema:
    """A compiled XSD: the lxml gate and, built on first need, the xmlschema validator."""

    def __init__(self, text: str, location: str | None = None) -> None:
        self._text = text
        self._location = location
        self._lxml = etree.XMLSchema(etree.fromstring(text.encode("utf-8"),
                                                      etree.XMLParser(resolve_entities=False,
                                                                      no_network=True)))
        self._full: xmlschema.XMLSchema10 | None = None

    @classmethod
    def from_file(cls, path: str | Path) -> Schema:
        return cls(Path(path).read_text(encoding="utf-8"), str(path))

    def is_valid(self, root: etree._Element) -> bool:
        return self._lxml.validate(root)

    def full(self) -> xmlschema.XMLSchema10:
        if self._full is None:
            import xmlschema

            self._full = xmlschema.XMLSchema10(self._text, base_url=self._location)
        return self._full

    def check(self, parsed: Parsed) -> list[Finding]:
        """Every structural error of the file (none, cheaply, for a valid file)."""
        root = parsed.root
        if self.is_valid(root):
            return []
        findings = [_classify(e, parsed) for e in self.full().iter_errors(root)]
        if not findings:  # the engines disagree: keep libxml2's verdict
            findings = [_from_libxml2(e, parsed) for e in self._lxml.error_log]
        # Every renamed container, once, under its own code: xmlschema reports only what
        # it meets before it loses its way in a parent, and then under other codes.
        containers = renamed_containers(parsed)
        at = {(f.line, f.column) for f in containers}
        return [f for f in findings if (f.line, f.column) not in at] + containers


@lru_cache(maxsize=1)
def builtin() -> Schema:
    """Our schema (generated from the format table)."""
    return Schema(generate())


# --- classification ---------------------------------------------------------------

def _finding(check: StructureCheck, parsed: Parsed, el: etree._Element | None,
             **params: object) -> Finding:
    if el is None:
        line = column = 0
        xpath = ""
    else:
        line, column = parsed.position(el)
        xpath = el.getroottree().getpath(el)
    return Finding(parsed.source, line, column, check.code, Severity.ERROR, check.message,
                   params, xpath)


def _classify(err: xmlschema.XMLSchemaValidationError, parsed: Parsed) -> Finding:
    import xmlschema

    el = err.elem if isinstance(err.elem, etree._Element) else None
    if isinstance(err, xmlschema.XMLSchemaChildrenValidationError) and el is not None:
        return _children_error(err, el, parsed)
    reason = err.reason or ""
    if el is not None and "character data" in reason:
        text = next((p.strip() for p in [el.text, *(c.tail for c in el)] if p and p.strip()), "")
        return _finding(TEXT, parsed, el, text=clip(text, 60), parent=el.tag)
    if el is not None and "attribute not allowed" in reason:
        name = reason.split("'")[1] if "'" in reason else "?"
        return _finding(ATTRIBUTE, parsed, el, name=name, tag=el.tag)
    if el is not None and len(el) == 0 and ("pattern" in reason or "value" in reason):
        sp = spec_of(el)
        expected = Msg(sp.type.expect_ru, sp.type.expect_en) if sp and sp.type else reason
        return _finding(VALUE, parsed, el, value=clip(el.text or "", 60), tag=el.tag,
                        expected=expected)
    return _finding(OTHER, parsed, el, detail=reason or str(err))


def _children_error(err: xmlschema.XMLSchemaChildrenValidationError, parent: etree._Element,
                    parsed: Parsed) -> Finding:
    expected = [getattr(x, "local_name", None) or getattr(x, "name", str(x))
                for x in (err.expected or [])]
    first = expected[0] if expected else "?"
    child = err.invalid_child if isinstance(err.invalid_child, etree._Element) else None
    if child is None:  # content ended before a required element
        return _finding(MISSING, parsed, parent, expected=first, parent=parent.tag, where="")
    tag = child.tag if isinstance(child.tag, str) else "?"
    parent_sp = spec_of(parent)
    siblings = [c for c in parent if isinstance(c.tag, str)]
    later = siblings[siblings.index(child) + 1:]
    known = parent_sp.child(tag) if parent_sp else None
    if known is None:
        container = parent_sp.renamed_list(child) if parent_sp else None
        if container is not None:
            return _finding(RENAMED, parsed, child, tag=tag, expected=container.tag)
        home = _home_of(tag)
        if home:
            return _finding(MISPLACED, parsed, child, tag=tag, parent=parent.tag, home=home)
        return _finding(UNKNOWN, parsed, child, tag=local_name(tag), parent=parent.tag)
    earlier = siblings[: siblings.index(child)]
    if known.max is not None and sum(1 for c in earlier if c.tag == tag) >= known.max:
        return _finding(EXTRA, parsed, child, tag=tag, parent=parent.tag, max=known.max)
    for name in expected:
        if any(c.tag == name for c in later):
            return _finding(ORDER, parsed, child, tag=tag, expected=name, parent=parent.tag)
    if expected:
        return _finding(MISSING, parsed, child, expected=first, parent=parent.tag,
                        where=_BEFORE.bind(tag=tag))
    return _finding(OTHER, parsed, child, detail=err.reason or str(err))


def renamed_containers(parsed: Parsed) -> list[Finding]:
    """A :data:`RENAMED` finding for every list container named like its item
    (``<LaborAction>`` holding ``<LaborAction>`` items), in document order."""
    out: list[Finding] = []

    def walk(el: etree._Element, sp: El) -> None:
        if sp.kind is Kind.LIST:
            if sp.item.kind is not Kind.TEXT:
                for child in el:
                    if child.tag == sp.item.tag:
                        walk(child, sp.item)
            return
        for child in el:
            if not isinstance(child.tag, str):
                continue
            csp = sp.child(child.tag)
            if csp is None:
                container = sp.renamed_list(child)
                if container is not None:
                    out.append(_finding(RENAMED, parsed, child, tag=child.tag,
                                        expected=container.tag))
                    walk(child, container)
            elif csp.kind is not Kind.TEXT:
                walk(child, csp)

    if parsed.root.tag == spec.ROOT.tag:
        walk(parsed.root, spec.ROOT)
    return out


def _from_libxml2(entry: etree._LogEntry, parsed: Parsed) -> Finding:
    return Finding(parsed.source, entry.line, 0, OTHER.code, Severity.ERROR, OTHER.message,
                   {"detail": entry.message}, entry.path or "")


def spec_of(el: etree._Element) -> El | None:
    """The format-table entry of an lxml element, found through its ancestors."""
    chain = [el, *el.iterancestors()][::-1]
    if chain[0].tag != spec.ROOT.tag:
        return None
    sp: El | None = spec.ROOT
    for node in chain[1:]:
        sp = sp.child(node.tag) if sp else None
    return sp


@cache
def _home_of(tag: str) -> str | None:
    """The parent tag(s) where ``tag`` belongs in the format, if it is known at all."""
    homes = sorted({p.tag for c, p in spec.walk() if p is not None and c.tag == tag})
    return ", ".join(f"<{h}>" for h in homes) or None
