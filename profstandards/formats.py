"""Output formats by name: the one way ``validate`` (findings) and ``diff`` (a comparison)
choose how to write their results.

Each format is a module with a ``render`` function taking the result and keyword
options (a renderer ignores the options it has no use for).  A :class:`Formats` table maps
names to modules and imports a module only when its format is used, so a command's
start-up does not pay for python-docx or jinja2 it will not need.  Adding a format is
one module and one line in its table.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any


class Formats(Mapping[str, Callable[..., Any]]):
    """Format name → its module's ``render`` (see the module docstring)."""

    def __init__(self, modules: dict[str, str]) -> None:
        self._modules = dict(modules)

    def __getitem__(self, name: str) -> Callable[..., Any]:
        render: Callable[..., Any] = importlib.import_module(self._modules[name]).render
        return render

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)
