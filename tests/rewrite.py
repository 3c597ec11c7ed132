"""A revision that rewrites a standard: every ТФ replaced by an unrelated one while the
codes are reused (with the level raised by one), as a rewrite in the registry does it.

The donor is a real standard of the same area (reg. 566 «Системный программист» for
reg. 4 «Программист»), so the two versions share the vocabulary of the trade but no
function: what a diff must not pair by code alone.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from profstandards import model
from profstandards.function_codes import fold


def rewrite(base: model.Standard, donor: model.Standard, *, names: bool = False,
            ) -> model.Standard:
    """``base`` with the name and contents of each ТФ taken from the donor's ТФ in
    order, the codes kept and the ТФ levels raised by one; with ``names``, the ОТФ
    names and job titles are taken from the donor's ОТФ too."""
    donors = [wf for _, wf in donor.work_functions()]
    donor_gfs = list(donor.functions)
    assert len(donors) >= sum(len(gf.functions) for gf in base.functions)
    out = copy.deepcopy(base)
    k = 0
    gfs = []
    for g, gf in enumerate(out.functions):
        wfs = []
        for wf in gf.functions:
            source = donors[k]
            k += 1
            letter, rest = fold(wf.code).split("/")
            number = rest.split(".")[0]
            level = str(min(int(wf.level) + 1, 9))
            wfs.append(replace(copy.deepcopy(source), code=f"{letter}/{number}.{level}",
                               level=level))
        new_gf = replace(gf, functions=model.Seq(wfs))
        if names:
            other = donor_gfs[g % len(donor_gfs)]
            new_gf = replace(new_gf, name=other.name,
                             job_titles=copy.deepcopy(other.job_titles))
        gfs.append(new_gf)
    return replace(out, functions=model.Seq(gfs))
