"""From a :class:`~profstandards.render.blocks.Key` back to the value in a standard.

A :meth:`DocxRenderer.value` hook gets a value with its key; :func:`resolve` finds
what another version of the standard holds under the same key.  (The redline does not
need it: it lays out both versions at once, see :mod:`~profstandards.render.versions`.)
"""

from __future__ import annotations

from profstandards import model
from profstandards.render.blocks import Key, code_key


def node_of(standard: model.Standard, scope: str) -> model.Node | None:
    """The node a key's scope names: the standard, section I or IV, an ОТФ or a ТФ."""
    if scope == "standard":
        return standard
    if scope == "general":
        return standard.general
    if scope == "developers":
        return standard.developers
    return function_of(standard, scope)


def function_of(standard: model.Standard, scope: str) -> model.Function | None:
    """The ОТФ or ТФ whose code is ``scope`` (as :func:`code_key` folds it), or ``None``."""
    for gf in standard.functions:
        if code_key(gf.code) == scope:
            return gf
        for wf in gf.functions:
            if code_key(wf.code) == scope:
                return wf
    return None


def resolve(standard: model.Standard, key: Key) -> str | None:
    """The text under ``key`` in ``standard`` (``None`` if the standard has no such value).

    ``developers:organization``/``head_position``/``head_name`` are the responsible
    developer's; ``general:area`` is derived from the code and has no value of its own.
    """
    node = node_of(standard, key.scope)
    if node is not None and key.scope == "developers" and key.field != "organizations":
        node = standard.developers.responsible
    value = getattr(node, key.field, None) if node is not None else None
    if isinstance(value, str):
        return value if key.index is None else None
    if isinstance(value, model.Origin):  # a borrowed function: its original's code, number
        return getattr(value, key.part) if key.part in ("code", "registration_number") \
            and key.index is None else None
    if not isinstance(value, model.Seq) or key.index is None:
        return None
    if not 0 <= key.index < len(value):
        return None
    item = value[key.index]
    if isinstance(item, model.ClassifierUnit):
        return getattr(item, key.part) if key.part in ("code", "name") else None
    return item.text if key.part is None else None
