"""Markup the registry keeps literally inside values.

The registry stores a line break typed in its web form as the text «<br />» (in the XML
file escaped: ``&lt;br /&gt;``) and a non-breaking space as «&nbsp;»; real exports
have both (six «<br />» on the first page of one standard, a list in the purpose field
written with them).  They mean a line break and a space: :func:`unescape` gives the
text with them so, which is how every output prints a value and what ``fix`` writes
back where nothing else is marked up (:func:`only_breaks`).
"""

from __future__ import annotations

import re

BREAK = re.compile(r"[ \t]*<\s*br\s*/?\s*>[ \t]*", re.IGNORECASE)
NBSP = re.compile(r"&nbsp;", re.IGNORECASE)
MARKUP = re.compile(r"<\s*/?\s*(?:br|p|div|span|b|i|u|strong|em|li|ul|ol|sup|sub|font)\b[^>]*>"
                    r"|&(?:nbsp|amp|lt|gt|quot|laquo|raquo|ndash|mdash|#\d+);", re.IGNORECASE)
"""HTML tags and entities that end up in registry values as text."""


def has_breaks(text: str) -> bool:
    """``text`` holds an escaped line break or non-breaking space."""
    return ("<" in text or "&" in text) and bool(BREAK.search(text) or NBSP.search(text))


def unescape(text: str) -> str:
    """``text`` with escaped line breaks as line breaks (the spaces around them
    dropped) and «&nbsp;» as a space."""
    if "<" not in text and "&" not in text:
        return text
    return NBSP.sub(" ", BREAK.sub("\n", text))


def only_breaks(text: str) -> bool:
    """``text`` has escaped line breaks or non-breaking spaces and no other markup: it
    can be unescaped without guessing."""
    return has_breaks(text) and MARKUP.search(unescape(text)) is None
