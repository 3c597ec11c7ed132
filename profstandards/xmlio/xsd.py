"""Generate the XSD 1.0 of the registry format from the format table in :mod:`spec`.

``schemas/profstandard.xsd`` is this module's output, committed for editors (a test
keeps it current); validation uses the same text generated in memory, so the
package needs no data file.  Regenerate with ``python -m profstandards.xmlio.xsd``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from profstandards.xmlio import spec
from profstandards.xmlio.spec import El, Kind

_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": "&#10;",
                               "\r": "&#13;", "\t": "&#9;"})


def escape(text: str) -> str:
    """Character data escaped (as ``xml.sax.saxutils.escape``, which would import
    ``urllib`` and more on the start path of ``validate``)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(value: str) -> str:
    """An attribute value escaped and quoted (as ``xml.sax.saxutils.quoteattr``)."""
    value = value.translate(_ATTR_ESCAPES)
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', "&quot;") + '"'


SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schemas" / "profstandard.xsd"

_HEADER = """\
<?xml version="1.0" encoding="utf-8"?>
<!--
  XSD 1.0 for the XML of Russian professional standards exported by the Mintrud registry
  («Программно-аппаратный комплекс „Профессиональные стандарты“», кнопка «Скачать в XML»).
  No official schema is published; this one is derived from genuine registry exports
  (element order and cardinalities as observed) by profstandards.  GENERATED from
  profstandards/xmlio/spec.py: do not edit by hand, run `python -m profstandards.xmlio.xsd`.

  Схема XML профессиональных стандартов в формате выгрузки реестра Минтруда России.
  Официальной схемы нет; эта построена по настоящим выгрузкам реестра (порядок и
  количество элементов — как в них). Содержательные проверки (буквы-двойники в кодах,
  уровни, классификаторы, формулировки) выполняет `profstandards validate`, а не схема.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="unqualified"
           xml:lang="ru">
"""


def generate() -> str:
    """The XSD text."""
    types = _TypeNames()
    types.collect(spec.ROOT, None)
    out = [_HEADER]
    out += _element(spec.ROOT, types, 1, top=True)
    for name, sp in types.complex_types():
        out += _complex_type(name, sp, types)
    for st in spec.SIMPLE_TYPES:
        out += _simple_type(st)
    out.append("</xs:schema>\n")
    return "".join(out)


class _TypeNames:
    """One named complex type per distinct content; tags shared by different contents
    (``OtherCharacteristics`` of an ОТФ and of a ТФ, the two ``ResponsibleDeveloper``)
    get their parent's tag as a prefix."""

    def __init__(self) -> None:
        self._by_tag: dict[str, list[tuple[tuple, El, El | None]]] = {}
        self._order: list[tuple[str, tuple]] = []

    def collect(self, sp: El, parent: El | None) -> None:
        if sp.kind is not Kind.TEXT:
            sig = _signature(sp)
            seen = self._by_tag.setdefault(sp.tag, [])
            if all(s != sig for s, _, _ in seen):
                seen.append((sig, sp, parent))
                self._order.append((sp.tag, sig))
        for child in sp.children:
            self.collect(child, sp)

    def name(self, sp: El, parent: El | None = None) -> str:
        seen = self._by_tag[sp.tag]
        if len(seen) == 1:
            return f"{sp.tag}Type"
        sig = _signature(sp)
        owner = next(p for s, _, p in seen if s == sig)
        assert owner is not None  # only the root has no parent, and its tag is unique
        return f"{owner.tag}{sp.tag}Type"

    def complex_types(self) -> list[tuple[str, El]]:
        out = []
        for tag, sig in self._order:
            sp = next(s for g, s, _ in self._by_tag[tag] if g == sig)
            if sp is spec.ROOT:
                continue
            out.append((self.name(sp), sp))
        return out


def _signature(sp: El) -> tuple:
    return (sp.tag, sp.kind, sp.type and sp.type.name,
            tuple((c.min, c.max) + _signature(c) for c in sp.children))


def _doc(sp_ru: str, sp_en: str, indent: str) -> list[str]:
    return [
        f"{indent}<xs:annotation>\n",
        f'{indent}  <xs:documentation xml:lang="ru">{escape(sp_ru)}</xs:documentation>\n',
        f'{indent}  <xs:documentation xml:lang="en">{escape(sp_en)}</xs:documentation>\n',
        f"{indent}</xs:annotation>\n",
    ]


def _occurs(sp: El) -> str:
    out = ""
    if sp.min != 1:
        out += f' minOccurs="{sp.min}"'
    if sp.max != 1:
        out += ' maxOccurs="unbounded"' if sp.max is None else f' maxOccurs="{sp.max}"'
    return out


def _element(sp: El, types: _TypeNames, level: int, top: bool = False) -> list[str]:
    indent = "  " * level
    if sp.kind is Kind.TEXT:
        type_name = sp.type.name if sp.type else "xs:string"
    elif top:
        type_name = None
    else:
        type_name = types.name(sp)
    occurs = "" if top else _occurs(sp)
    type_attr = f" type={quoteattr(type_name)}" if type_name else ""
    out = [f"{indent}<xs:element name={quoteattr(sp.tag)}{type_attr}{occurs}>\n"]
    out += _doc(sp.ru, sp.en, indent + "  ")
    if top:
        out += _content(sp, types, level + 1)
    out.append(f"{indent}</xs:element>\n")
    return out


def _content(sp: El, types: _TypeNames, level: int) -> list[str]:
    indent = "  " * level
    if sp.kind is Kind.FLAG:
        return [f"{indent}<xs:complexType/>\n"]
    out = [f"{indent}<xs:complexType>\n", f"{indent}  <xs:sequence>\n"]
    for child in sp.children:
        out += _element(child, types, level + 2)
    out += [f"{indent}  </xs:sequence>\n", f"{indent}</xs:complexType>\n"]
    return out


def _complex_type(name: str, sp: El, types: _TypeNames) -> list[str]:
    out = [f"\n  <xs:complexType name={quoteattr(name)}>\n"]
    out += _doc(sp.ru, sp.en, "    ")
    if sp.kind is not Kind.FLAG:
        out.append("    <xs:sequence>\n")
        for child in sp.children:
            out += _element(child, types, 3)
        out.append("    </xs:sequence>\n")
    out.append("  </xs:complexType>\n")
    return out


def _simple_type(st: spec.SimpleType) -> list[str]:
    out = [f"\n  <xs:simpleType name={quoteattr(st.name)}>\n"]
    out += _doc(st.ru, st.en, "    ")
    out += [
        '    <xs:restriction base="xs:token">\n',
        f"      <xs:pattern value={quoteattr(st.pattern)}/>\n",
        "    </xs:restriction>\n",
        "  </xs:simpleType>\n",
    ]
    return out


def main() -> int:
    SCHEMA_FILE.parent.mkdir(exist_ok=True)
    SCHEMA_FILE.write_text(generate(), encoding="utf-8")
    print(SCHEMA_FILE, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
