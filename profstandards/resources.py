"""Where the project's data files are: jinja2/document templates and classifier data.

Templates live in the checkout's top-level ``templates/`` folder (used as is by an
editable install, ``pip install -e .``); a regular install copies them to
``<prefix>/share/profstandards/templates``.  Shipped data is package data in
``profstandards/data/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (PACKAGE.parent / "templates",
               Path(sys.prefix) / "share" / "profstandards" / "templates")
TEMPLATES = next((p for p in _CANDIDATES if p.is_dir()), _CANDIDATES[0])
DATA = PACKAGE / "data"


def template(name: str) -> Path:
    """The path of template ``name`` in ``templates/``."""
    return TEMPLATES / name
