"""Registry exports made before mid-2020 hold skills and knowledge swapped.

In such an export the ``RequiredSkills`` of every ТФ hold the knowledge items and
``NecessaryKnowledges`` the skills.  Skills are phrased with an infinitive
(«Использовать…», «Разрабатывать…»), knowledge items are noun phrases, so the share of
items that start with an infinitive tells the two lists apart: over the 25 genuine
exports it is 0.89–1.00 for skills and 0.00 for knowledge in correct files, and the
reverse (0.00 / 0.94–0.99) in the two swapped ones.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from profstandards import model
from profstandards.morph import first_word, is_infinitive

MIN_ITEMS = 5  # too few items in either list: no verdict
THRESHOLD = 0.5


@dataclass(frozen=True)
class SwapVerdict:
    swapped: bool
    skills: int
    knowledge: int
    skills_infinitive: float  # share of skill items starting with an infinitive
    knowledge_infinitive: float


def detect(standard: model.Standard) -> SwapVerdict:
    skills = [first_word(i.text) for _, wf in standard.work_functions() for i in wf.skills]
    knowledge = [first_word(i.text) for _, wf in standard.work_functions()
                 for i in wf.knowledge]
    return verdict(skills, knowledge)


def verdict(skills: list[str], knowledge: list[str]) -> SwapVerdict:
    """The verdict from the first words (:func:`~profstandards.morph.first_word`) of all
    skill and all knowledge items of a standard."""
    s_share = _share(skills)
    k_share = _share(knowledge)
    swapped = (len(skills) >= MIN_ITEMS and len(knowledge) >= MIN_ITEMS
               and k_share > THRESHOLD > s_share)
    return SwapVerdict(swapped, len(skills), len(knowledge), s_share, k_share)


def unswap(standard: model.Standard) -> model.Standard:
    """A copy of ``standard`` with the items of every ТФ's two lists exchanged.

    The containers keep their own locations; each item keeps its own.
    """
    fixed = copy.deepcopy(standard)
    for _, wf in fixed.work_functions():
        wf.skills.items, wf.knowledge.items = wf.knowledge.items, wf.skills.items
    return fixed


def _share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(map(is_infinitive, words)) / len(words)
