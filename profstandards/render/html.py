"""The HTML writer: a laid-out standard as one self-contained page (jinja2, inline CSS).

The page model is the one the DOCX writer gets (:mod:`~profstandards.render.maket`),
so the browser shows the same tables, cells and merges; there are no page numbers.
"""

from __future__ import annotations

from functools import cache

import jinja2
from markupsafe import Markup, escape

from profstandards import model
from profstandards.render import printing, styles
from profstandards.render.layouts import DEFAULT, LAYOUTS, Layout
from profstandards.render.maket import build
from profstandards.resources import TEMPLATES

TEMPLATE = "standard.html.j2"


def lines(text: str) -> Markup:
    """Text with its line breaks kept (``<br>``), escaped."""
    return Markup("<br>").join(escape(line) for line in text.split("\n"))


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["display"] = printing.display
    env.filters["lines"] = lines
    return env


def render(standard: model.Standard, layout: Layout | str = DEFAULT, *,
           draft: bool = False) -> str:
    """The HTML page of ``standard``."""
    layout = LAYOUTS[layout] if isinstance(layout, str) else layout
    page = build(standard, layout, draft=draft)
    return environment().get_template(TEMPLATE).render(
        page=page, css=Markup(styles.css()), layout=layout)
