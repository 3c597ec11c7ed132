"""The methodology rule catalogue behind ``profstandards validate``.

Rule codes are grouped by area in hundreds (see :data:`AREAS`); PS000–PS010 are the
structural checks of the XSD layer (:mod:`profstandards.xmlio.schema`), listed in the same
catalogue.  :func:`run` checks a model; :func:`catalogue` lists every rule.
"""

from __future__ import annotations

from profstandards.rules import (  # noqa: F401 - importing a module registers its rules
    classifiers,
    content,
    developers,
    expert,
    identification,
    levels,
    quality,
    registry,
    wording,
)
from profstandards.rules.catalogue import AREAS, area_of, catalogue, get
from profstandards.rules.engine import DEFAULT_PROFILE, PROFILES, RULES, Rule, Selection, run

__all__ = ["AREAS", "DEFAULT_PROFILE", "PROFILES", "RULES", "Rule", "Selection", "area_of",
           "catalogue", "get", "run"]
