"""Where the project's data files are: jinja2/document templates and classifier data.

profstandards runs from its checkout (``pip install -e .``): templates live in the
top-level ``templates/`` folder, shipped data in ``profstandards/data/``.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE.parent / "templates"
DATA = PACKAGE / "data"


def template(name: str) -> Path:
    """The path of template ``name`` in ``templates/``."""
    return TEMPLATES / name
