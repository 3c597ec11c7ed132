"""Small helpers about text values that several rule modules share."""

from __future__ import annotations

DASHES = frozenset({"-", "–", "—"})
CONNECTORS = frozenset({"и", "или", "и/или", "либо", "а также"})


def is_dash(text: str) -> bool:
    """A dash placeholder («-», «–», «—»): the registry's way to say "nothing"."""
    return text.strip() in DASHES


def meaningful(text: str) -> bool:
    """A value that says something: not blank, not a dash placeholder."""
    text = text.strip()
    return bool(text) and text not in DASHES


def is_connector(text: str) -> bool:
    """A connector word left as an item of its own when a table was split by lines."""
    return text.strip().lower() in CONNECTORS


