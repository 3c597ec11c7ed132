"""A file that cannot be read is one line in the user's language, at the right place:
libxml2's English is translated, the DOCTYPE is found where it is, the encoding
message says what the file really does."""

from __future__ import annotations

import re

import pytest

from profstandards.errors import InputError
from profstandards.xmlio.reader import read_bytes

BROKEN = {
    "mismatch": b"<XMLCardInfo>\n<a>\n</b></XMLCardInfo>",
    "amp": b"<XMLCardInfo>a & b</XMLCardInfo>",
    "entity": b"<XMLCardInfo>a &nbsp; b</XMLCardInfo>",
    "premature": b"<XMLCardInfo><a>text",
    "extra": b"<XMLCardInfo/><b/>",
    "not xml": b"hello world",
    "bad name": b"<XMLCardInfo><1a/></XMLCardInfo>",
    "attributes": b"<XMLCardInfo><a x=\"1\"</XMLCardInfo>",
    "unquoted": b"<XMLCardInfo x=1/>",
    "control": b"<XMLCardInfo>\x01</XMLCardInfo>",
    "comment": b"<XMLCardInfo><!-- x </XMLCardInfo>",
    "late declaration": b"\n<XMLCardInfo/><?xml version='1.0'?>",
    "prefix": b"<XMLCardInfo><p:a/></XMLCardInfo>",
    "huge": b"<XMLCardInfo>" + b"a" * 10_000_001 + b"</XMLCardInfo>",
}
LIBXML_ENGLISH = re.compile(r"\b(line|column|expected|mismatch|found|not|try|option|Entity|"
                            r"Premature|content|XML_PARSE_HUGE|Char|value)\b")


def error(data: bytes) -> InputError:
    with pytest.raises(InputError) as caught:
        read_bytes(data, "x.xml")
    return caught.value


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_syntax_errors_are_russian_with_the_english_original_in_english(name):
    e = error(BROKEN[name])
    ru, en = e.message("ru"), e.message("en")
    assert not LIBXML_ENGLISH.search(ru), ru
    assert "ошибка синтаксиса XML" not in ru, ru  # every case here is a known message
    assert en != ru and e.line >= 1


def test_the_messages_say_what_is_wrong():
    assert error(BROKEN["mismatch"]).render("ru") == \
        "x.xml:3:5: файл не является корректным XML: открывающий тег <a> (строка 2) закрыт " \
        "тегом </b>"
    assert "«&amp;»" in error(BROKEN["amp"]).message("ru")
    assert "10 МБ" in error(BROKEN["huge"]).message("ru")


def test_a_doctype_is_refused_where_it_is():
    e = error(b'<?xml version="1.0"?>\n  <!DOCTYPE x [<!ENTITY a "b">]>\n<XMLCardInfo/>')
    assert (e.line, e.column) == (2, 3) and "DOCTYPE" in e.message("ru")
    utf16 = '<?xml version="1.0" encoding="utf-16"?>\n<!DOCTYPE x>\n<XMLCardInfo/>'
    e = error(utf16.encode("utf-16"))
    assert e.line == 2 and "DOCTYPE" in e.message("ru")


def test_encoding_messages_say_what_the_file_declares():
    bom = error(b"\xef\xbb\xbf<?xml version='1.0' encoding='windows-1251'?>\n"
                b"<XMLCardInfo>\xe0\xe1</XMLCardInfo>")
    assert "метки UTF-8 (BOM), а объявляет кодировку windows-1251" in bom.message("ru")
    assert "без объявления" not in bom.message("ru") and bom.line == 2
    undeclared = error(b"<?xml version='1.0'?>\n<XMLCardInfo>\xe0\xe1</XMLCardInfo>")
    assert "кодировка не объявлена" in undeclared.message("ru")
    declared = error(b"<?xml version='1.0' encoding='utf-8'?>\n<XMLCardInfo>\xe0</XMLCardInfo>")
    assert "объявленной кодировке utf-8" in declared.message("ru")
