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
from pathlib import Path

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


def unique_stems(standards: list[model.Standard], sources: list[str] | None = None,
                 ) -> list[str]:
    """:func:`file_stem` of each standard, unique and independent of the order of the
    input: where several standards would get one name, all of them get their approval
    date (``ps4_06.001_2013-11-18``, ``ps4_06.001_2022-07-20``); where that does not
    tell them apart, the name of the file each came from (``sources``: the input paths,
    one per standard), numbered ``-2``, ``-3`` in the order of path and position only if
    even that repeats.  A draft with neither number nor code is named after its file."""
    sources = sources or [""] * len(standards)
    stems = [Path(src).stem for src in sources]
    names = [file_stem(s, stems[i]) for i, s in enumerate(standards)]
    groups: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        groups.setdefault(name, []).append(i)
    out = list(names)
    for name, members in groups.items():
        if len(members) < 2:
            continue
        dated = [d for i in members if (d := _dated(name, standards[i]))]
        if len(dated) == len(members) and len(set(dated)) == len(dated):
            for i, stem in zip(members, dated, strict=True):
                out[i] = stem
            continue
        for i in members:
            out[i] = stems[i] or name
    seen: dict[str, int] = {}
    order = sorted(range(len(out)), key=lambda i: (out[i], sources[i], i))
    for i in order:
        n = seen.get(out[i], 0) + 1
        seen[out[i]] = n
        if n > 1:
            out[i] = f"{out[i]}-{n}"
    return out


def _dated(stem: str, standard: model.Standard) -> str | None:
    date = standard.approval_date.strip().split(".")
    if len(date) == 3 and all(part.isdigit() for part in date):
        return f"{stem}_{'-'.join(reversed(date))}"
    return None
