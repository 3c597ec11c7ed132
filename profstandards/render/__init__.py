"""Rendering a standard as the printed макет: DOCX (Word) and HTML.

* :mod:`.layouts` — the layout profiles ``maket-2013`` and ``maket-446n``;
* :mod:`.maket` (with :mod:`.section3`) — standard → page model (:mod:`.blocks`);
* :mod:`.docx` — page model → DOCX (:class:`~.docx.DocxRenderer`, the value hook);
* :mod:`.versions` — two versions laid out at once (a redline), :mod:`.tracked` — their
  differences as Word tracked changes;
* :mod:`.keys` — a value's key back to the value in (another version of) a standard;
* :mod:`.html` — page model → one self-contained HTML page (jinja2);
* :mod:`.consultation` — the public-consultation package.
"""

from __future__ import annotations

import re

from profstandards import model

_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


def file_stem(standard: model.Standard, fallback: str = "") -> str:
    """A file name for ``standard`` from its registration number and code:
    ``ps1090_06.042`` (``ps_06.042`` for a draft without a number).  A draft with
    neither takes ``fallback`` (the name of the file it was read from) if given."""
    number = _UNSAFE.sub("_", standard.registration_number.strip())
    code = _UNSAFE.sub("_", standard.general.code.strip())
    if not number and not code and fallback:
        return fallback
    return "_".join(part for part in (f"ps{number}", code) if part)


def unique_stems(standards: list[model.Standard],
                 fallbacks: list[str] | None = None) -> list[str]:
    """:func:`file_stem` of each standard; where two would clash, the later ones get
    their approval date (``ps4_06.001_2022-07-20``) or else a counter (``-2``).
    ``fallbacks`` are the source files' names, for drafts with neither number nor code."""
    taken: set[str] = set()
    stems = []
    for i, standard in enumerate(standards):
        stem = file_stem(standard, fallbacks[i] if fallbacks else "")
        if stem in taken:
            date = standard.approval_date.strip().split(".")
            if len(date) == 3 and all(part.isdigit() for part in date):
                stem = f"{stem}_{'-'.join(reversed(date))}"
            base, n = stem, 1
            while stem in taken:
                n += 1
                stem = f"{base}-{n}"
        taken.add(stem)
        stems.append(stem)
    return stems
