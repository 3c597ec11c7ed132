"""libxml2's syntax errors for people: each known message in Russian (and English).

libxml2 words its errors in English and for its own readers («Opening and ending tag
mismatch: a line 2 and b», «try XML_PARSE_HUGE»).  :func:`describe` matches the message
and gives a :class:`~profstandards.i18n.Msg`: the Russian text says what is wrong in the
file and how it is written correctly; the English one is libxml2's own message, which
is exact.  A message not in the table is «ошибка синтаксиса XML» in Russian.
"""

from __future__ import annotations

import re

from profstandards.i18n import Msg

_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"Opening and ending tag mismatch: (?P<open>\S+) line (?P<line>\d+) and (?P<close>[^\s,]+)",
     "открывающий тег <{open}> (строка {line}) закрыт тегом </{close}>"),
    (r"Premature end of data in tag (?P<tag>\S+) line (?P<line>\d+)",
     "файл оборвался: элемент <{tag}> (строка {line}) не закрыт"),
    (r"Premature end of data|Document is empty|EndTag: '</' not found",
     "файл оборвался: не все элементы закрыты"),
    (r"Extra content at the end of the document",
     "после закрывающего тега корневого элемента есть ещё текст или элементы"),
    (r"Start tag expected, '<' not found",
     "нет открывающего тега: файл не начинается с XML"),
    (r"StartTag: invalid element name",
     "недопустимое имя элемента: после «<» должно стоять имя"),
    (r"Couldn't find end of Start Tag (?P<tag>\S+)",
     "открывающий тег <{tag}> не закрыт символом «>»"),
    (r"attributes construct error|error parsing attribute name|expected '>'",
     "ошибка в открывающем теге: атрибуты записаны неверно или нет символа «>»"),
    (r"Specification mandates value for attribute (?P<name>\S+)",
     "у атрибута {name} нет значения"),
    (r"AttValue: .*expected|String not (?:started|closed)",
     "значение атрибута должно стоять в кавычках"),
    (r"Attribute (?P<name>\S+) redefined", "атрибут {name} повторён в одном теге"),
    (r"Unescaped '<' not allowed in attributes values",
     "символ «<» в значении атрибута: он пишется «&lt;»"),
    (r"xmlParseEntityRef: no name",
     "символ «&» в тексте: он пишется «&amp;»"),
    (r"EntityRef: expecting ';'",
     "ссылка на символ не закончена «;»: символ «&» в тексте пишется «&amp;»"),
    (r"Entity '(?P<name>[^']+)' not defined",
     "неизвестная ссылка «&{name};»: в XML есть только &amp; &lt; &gt; &quot; &apos; и "
     "коды символов (&#160;)"),
    (r"(?:PCDATA invalid Char value|invalid xmlChar value|xmlParseCharRef: invalid "
     r"xmlChar value) (?P<code>\d+)",
     "символ с кодом {code} недопустим в XML (управляющий символ)"),
    (r"Char 0x(?P<code>[0-9A-Fa-f]+) out of allowed range",
     "символ с кодом 0x{code} недопустим в XML (управляющий символ)"),
    (r"Comment not terminated", "комментарий «<!--» не закрыт «-->»"),
    (r"Double hyphen within comment", "два дефиса «--» внутри комментария"),
    (r"CData section not finished", "раздел «<![CDATA[» не закрыт «]]>»"),
    (r"Sequence '\]\]>' not allowed in content", "последовательность «]]>» в тексте"),
    (r"XML declaration allowed only at the start of the document",
     "объявление «<?xml …?>» стоит не в самом начале файла"),
    (r"(?:Malformed declaration|parsing XML declaration|Blank needed here|"
     r"Unsupported version|XML declaration)",
     "ошибка в объявлении «<?xml version=\"1.0\" encoding=\"…\"?>»"),
    (r"ParsePI|PI .* (?:not started|never end)|xmlParsePITarget",
     "инструкция обработки «<?…?>» записана неверно"),
    (r"Namespace prefix (?P<prefix>\S+) (?:for \S+ )?on (?P<tag>\S+) is not defined",
     "префикс пространства имён «{prefix}» у <{tag}> не объявлен (нет xmlns:{prefix})"),
    (r"XML_PARSE_HUGE|[Hh]uge (?:input|text)|Resource limit exceeded|Excessive depth",
     "файл превышает пределы разбора (текст элемента длиннее 10 МБ или вложенность глубже "
     "256 уровней): такие файлы не читаются, это защита от перегрузки"),
)
_TABLE = tuple((re.compile(pattern), ru) for pattern, ru in _MESSAGES)
GENERIC = "ошибка синтаксиса XML"


def describe(message: str) -> Msg:
    """The libxml2 error ``message`` (without its «, line N, column M» tail) as a
    :class:`Msg`: Russian from the table (or :data:`GENERIC`), English as libxml2 says it."""
    english = " ".join(message.split())
    for pattern, ru in _TABLE:
        m = pattern.search(english)
        if m:
            return Msg(ru.format(**m.groupdict()), english)
    return Msg(GENERIC, english)
