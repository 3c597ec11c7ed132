"""Comparing a standard's printed values with the values an import gave back.

The printed form cannot carry a few things, and those alone are normalised on both
sides before values are compared, in printed order:

* blanks: leading and trailing spaces of a line, blank lines, ``\\r\\n`` versus
  ``\\n`` (a line break prints as a break);
* «nothing»: an empty value, an empty list item, an empty classifier row and a value
  that is only a dash («-», «–», «—») all print as «-»;
* characters a reader cannot see: non-breaking and other special spaces (printed as
  spaces), soft hyphens and zero-width characters, and note marks («<1>», « ³»),
  which the import drops as the print shows them as marks, not as text;
* the approval date printed in words («6» июля 2020 г. is 06.07.2020, also 6.7.2020)
  and a blank order number («____»); both stand after a word on the title page («от …»,
  «№ …»), so a date or number that is only note-mark digits («¹») reads as a mark there;
* a borrowed function's origin in the 446н layout, which has no «Происхождение» rows.
"""

from __future__ import annotations

from profstandards import fields, model
from profstandards.render.layouts import LAYOUTS
from profstandards.render.printing import display, long_date
from profstandards.wordin import labels, text
from profstandards.wordin.title import parse_date, parse_number

Value = tuple[str, str, str | None]  # field key, part, normalised text


def normal(value: str) -> str:
    shown = display(text.clean(value))
    return "" if labels.is_dash(shown) else shown


def _after_a_word(value: str) -> str:
    """``value`` as the import reads it where the print sets it after a word."""
    return text.clean(f"от {value}").removeprefix("от ").removeprefix("от")


def printed_values(standard: model.Standard, layout: str = "maket-2013") -> list[Value]:
    """The values of ``standard`` as the print in ``layout`` shows them, «nothing» left out."""
    out: list[Value] = []
    units: list[tuple[fields.Value, fields.Value]] = []
    origins = LAYOUTS[layout].origin_tables
    for v in fields.values(standard):
        if v.field.shape is fields.Shape.ORIGIN and not origins:
            continue
        if v.part == "code":
            units.append((v, v))
            continue
        if v.part == "name" and units and units[-1][0].node is v.node:
            code = units.pop()[0]
            pair = (normal(code.text), normal(v.text))
            if any(pair):
                out += [(v.field.key, "code", pair[0]), (v.field.key, "name", pair[1])]
            continue
        value = v.text
        if v.field.name == "approval_date":
            value = _after_a_word(parse_date(long_date(value) or value))
        elif v.field.name == "order_number":
            value = _after_a_word(parse_number(value))
        shown = normal(value)
        if shown or v.field.shape is fields.Shape.TEXT:
            out.append((v.field.key, v.part or "", shown))
    return out


def identical_share(original: model.Standard, imported: model.Standard) -> tuple[int, int]:
    """How many of ``original``'s values came back identical (as a multiset per field,
    ignoring whitespace and the look-alike letters in codes), and how many there are."""
    from collections import Counter

    from profstandards import function_codes

    def key(v: fields.Value) -> tuple[str, str | None, str]:
        squashed = "".join(v.text.split())
        if v.field.name == "code" or v.part == "code":
            squashed = function_codes.fold(squashed)
        return v.field.key, v.part, squashed

    theirs = Counter(key(v) for v in fields.values(imported))
    total = same = 0
    for v in fields.values(original):
        total += 1
        k = key(v)
        if theirs[k] > 0:
            theirs[k] -= 1
            same += 1
    return same, total
