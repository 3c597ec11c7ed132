"""Placeholders of a scaffolded standard (``profstandards new``) that a person must fill.

A placeholder is a value containing :data:`MARK`, e.g. ``«ЗАПОЛНИТЬ: наименование ОТФ»``;
``validate`` reports every one still left, so a skeleton cannot pass unfilled.
"""

from __future__ import annotations

from profstandards import fields, model

MARK = "ЗАПОЛНИТЬ"


def placeholder(what: str) -> str:
    """The placeholder text asking for ``what``."""
    return f"{MARK}: {what}"


def is_placeholder(text: str) -> bool:
    return MARK in text


def unfinished(standard: model.Standard) -> list[tuple[model.Loc, str]]:
    """Where ``standard`` still holds a placeholder, and its text, in printed order."""
    return [(value.loc, value.text) for value in fields.values(standard)
            if is_placeholder(value.text)]
