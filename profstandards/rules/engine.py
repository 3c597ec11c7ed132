"""The rule engine: what a rule is, the registry of rules, and running them over a model.

A rule is declared once, next to its check, with :func:`rule`::

    @rule("PS103", ERROR, title=Msg(...), message=Msg(...), source=sources.MAKET,
          evidence="V-practice", about=Msg(...), fix="fold_code_letters")
    def cyrillic_letters(ctx: Context) -> Iterator[Hit]:
        ...
        yield node.where("code"), {"code": node.code}

The check receives a :class:`Context` for one standard and yields *hits*: the location
of the offending value and the parameters of the rule's message.  The engine turns
hits into :class:`~profstandards.findings.Finding` objects.  Everything else the
catalogue, ``profstandards rules``, SARIF and ``docs/rules.md`` show comes from the
same declaration.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from profstandards import classifiers, model, morph, swap
from profstandards import okved as okved_data
from profstandards.fields import (
    GENERAL_UNITS,
    GF_LISTS,
    GF_TEXTS,
    GF_UNITS,
    ITEMS,
    TEXT,
    WF_LISTS,
    WF_TEXTS,
    D,
    G,
    R,
    S,
    names,
)
from profstandards.findings import Finding, Severity
from profstandards.i18n import Msg
from profstandards.placeholders import MARK

if TYPE_CHECKING:
    from profstandards.registry.compare import Comparison

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
DRAFT, REGISTRY = "draft", "registry"
PROFILES = (DRAFT, REGISTRY)
"""``draft``: a standard being written (registration number, order and date may be
empty); ``registry``: a published standard, everything required."""
DEFAULT_PROFILE = REGISTRY
PLACEHOLDER_RULE = "PS301"  # reports unfilled placeholders; other rules skip those values

T = TypeVar("T")
V = TypeVar("V")
Hit = tuple[model.Loc, dict[str, object]]
Check = Callable[["Context"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One entry of the catalogue (a content rule, or a structural check of the XSD layer)."""

    code: str
    severity: Severity
    title: Msg
    message: Msg
    source: Msg
    evidence: str
    about: Msg
    check: Check | None = field(default=None, compare=False)
    fix: str | None = None  # name of the safe fix in profstandards.fixes
    profiles: tuple[str, ...] = PROFILES
    yields_to: tuple[str, ...] = ()  # rules whose finding at the same place says it better


RULES: dict[str, Rule] = {}
"""Content rules by code, in registration order (filled by importing the rule modules)."""


def rule(code: str, severity: Severity, *, title: Msg, message: Msg, source: Msg,
         evidence: str, about: Msg, fix: str | None = None,
         profiles: tuple[str, ...] = PROFILES,
         yields_to: tuple[str, ...] = ()) -> Callable[[Check], Check]:
    """Register the decorated check as rule ``code``.  ``yields_to``: one place, one
    finding — where one of these rules reports the same value, this one keeps quiet
    (a sentence cut in two is PS714, not also «experience without a duration»)."""

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code} defined twice")
        RULES[code] = Rule(code, severity, title, message, source, evidence, about, check,
                           fix, profiles, yields_to)
        return check

    return register


class Context:
    """One standard under check, with what several rules need computed once."""

    def __init__(self, standard: model.Standard, okved_location: str | None = None,
                 registry: str | None = None, profile: str = DEFAULT_PROFILE) -> None:
        self.standard = standard
        self.profile = profile  # draft | registry: what the standard is checked as
        self._okved_location = okved_location
        self._registry = registry
        self._heads: dict[str, list[tuple[model.Item, str]]] = {}
        self._shared: dict[str, object] = {}

    @property
    def okved(self) -> okved_data.Okved:
        """The ОКВЭД2 data (loaded on first use, once per process and location)."""
        return okved_data.load(self._okved_location)

    def classifier(self, name: str) -> classifiers.Classifier | None:
        """The user's ОКЗ, ОКПДТР or ОКСО (``name``) from the ``--classifiers`` directory,
        or ``None`` (loaded on first use, once per process)."""
        location = self._okved_location
        if location is None or not Path(location).is_dir():
            return None
        return classifiers.load(location, name)

    @cached_property
    def registry(self) -> Comparison | None:
        """The standard against the registry database of the selection (``None``: no
        registry given).  Computed once for every PS8xx rule; the database module is
        imported only here, so a check without a registry never loads it."""
        if self._registry is None:
            return None
        from profstandards.registry import compare, store

        return compare.compare_standard(self.standard, store.opened(self._registry))

    @cached_property
    def texts(self) -> list[TextRef]:
        """Every text value of the standard as (text, node, field), in document order;
        the field is ``None`` when the node is a list item.  See :meth:`where`."""
        return _texts(self.standard)

    @staticmethod
    def where(ref: TextRef) -> model.Loc:
        """The location of a text value from :attr:`texts`."""
        _, node, attr = ref
        return node.loc if attr is None else node.where(attr)

    @cached_property
    def blob(self) -> str:
        """All text values joined by NUL: one C-speed scan tells a rule whether any value
        could match before it looks at the values one by one.  (Built from the values
        alone: most standards never need :attr:`texts`.)"""
        return "\0".join(_values(self.standard, _field_strings, _item_strings))

    @cached_property
    def lists(self) -> list[tuple[str, model.Seq[model.Item]]]:
        """Every text list of the standard as (attribute name, list), in document order."""
        out = []
        for gf in self.standard.functions:
            out += [(name, getattr(gf, name)) for name in GF_LISTS]
            for wf in gf.functions:
                out += [(name, getattr(wf, name)) for name in WF_LISTS]
        developers = self.standard.developers
        out += [(name, getattr(developers, name)) for name in _DEVELOPER_LISTS]
        return out

    def units(self) -> Iterator[tuple[str, model.Seq[model.ClassifierUnit]]]:
        """Every classifier list present, as (list name, list); section I lists first."""
        general = self.standard.general
        for name in GENERAL_UNITS:
            seq = getattr(general, name)
            if seq is not None:
                yield name, seq
        for gf in self.standard.functions:
            for name in GF_UNITS:
                seq = getattr(gf, name)
                if seq is not None:
                    yield name, seq

    def heads(self, name: str) -> list[tuple[model.Item, str]]:
        """(item, its first word lower-cased) of every item of the ТФ lists ``name``
        (``labor_actions``, ``skills`` or ``knowledge``), computed once per standard."""
        if name not in self._heads:
            first_word = morph.first_word
            self._heads[name] = [(item, first_word(item.text))
                                 for _, wf in self.standard.work_functions()
                                 for item in getattr(wf, name).items]
        return self._heads[name]

    @cached_property
    def swap(self) -> swap.SwapVerdict:
        return swap.verdict([w for _, w in self.heads("skills")],
                            [w for _, w in self.heads("knowledge")])

    def shared(self, key: str, compute: Callable[[Context], T]) -> T:
        """``compute(self)``, computed once per standard for every rule that asks for
        ``key`` (data several rules of a module derive from the standard)."""
        if key not in self._shared:
            self._shared[key] = compute(self)
        return cast(T, self._shared[key])  # what compute gave for this key

    def placeholder_locations(self) -> set[model.Loc]:
        """Where unfilled placeholders are: only their own rule reports on those values."""
        if MARK not in self.blob:
            return set()
        return {self.where(ref) for ref in self.texts if MARK in ref[0]}


_STANDARD_TEXTS = names(S, TEXT)
_GENERAL_TEXTS = names(G, TEXT)
_RESPONSIBLE_TEXTS = names(R, TEXT)
_DEVELOPER_LISTS = names(D, ITEMS)
TextRef = tuple[str, model.Node, "str | None"]


def _texts(std: model.Standard) -> list[TextRef]:
    return _values(std, _field_refs, _item_refs)


def _field_refs(node: model.Node, names: tuple[str, ...]) -> list[TextRef]:
    return [(getattr(node, name), node, name) for name in names]


def _item_refs(seq: model.Seq[model.Item]) -> list[TextRef]:
    return [(item.text, item, None) for item in seq.items]


def _field_strings(node: model.Node, names: tuple[str, ...]) -> list[str]:
    return [getattr(node, name) for name in names]


def _item_strings(seq: model.Seq[model.Item]) -> list[str]:
    return [item.text for item in seq.items]


def _values(std: model.Standard, fields: Callable[[model.Node, tuple[str, ...]], list[V]],
            items: Callable[[model.Seq[model.Item]], list[V]]) -> list[V]:
    """``fields`` of every node and ``items`` of every text list of ``std``, in document
    order (one walk for :attr:`Context.texts` and :attr:`Context.blob`)."""
    out: list[V] = []
    add = out.extend
    add(fields(std, _STANDARD_TEXTS))
    general = std.general
    add(fields(general, _GENERAL_TEXTS))
    for name in GENERAL_UNITS:
        for unit in getattr(general, name) or ():
            add(fields(unit, _UNIT_FIELDS))
    for gf in std.functions:
        add(fields(gf, GF_TEXTS))
        for name in GF_LISTS:
            seq = getattr(gf, name)
            if seq is not None:
                add(items(seq))
        for name in GF_UNITS:
            for unit in getattr(gf, name) or ():
                add(fields(unit, _UNIT_FIELDS))
        for wf in gf.functions:
            add(fields(wf, WF_TEXTS))
            for name in WF_LISTS:
                seq = getattr(wf, name)
                if seq is not None:
                    add(items(seq))
    developers = std.developers
    add(fields(developers.responsible, _RESPONSIBLE_TEXTS))
    for name in _DEVELOPER_LISTS:
        seq = getattr(developers, name)
        if seq is not None:
            add(items(seq))
    return out


_UNIT_FIELDS = ("code", "name")


# --- selection ---------------------------------------------------------------------

@dataclass(frozen=True)
class Selection:
    """Which findings a run reports, and how severe they are.

    ``select`` and ``ignore`` hold codes or code prefixes (``PS1`` = PS100–PS199);
    a code is reported when it matches a ``select`` entry and no ``ignore`` entry.
    ``severity`` overrides the default severity of a code.  ``okved`` is the path of
    an ОКВЭД2 file or directory (``None``: the data shipped with profstandards);
    ``registry`` the path of a registry database (``None``: the PS8xx rules find nothing).
    """

    profile: str = DEFAULT_PROFILE
    select: tuple[str, ...] = ("PS",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    okved: str | None = None
    registry: str | None = None

    def enabled(self, code: str) -> bool:
        return code.startswith(self.select) and not code.startswith(self.ignore)

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        """``findings`` without the unselected ones, with severities overridden."""
        out = []
        for f in findings:
            if not self.enabled(f.code):
                continue
            severity = self.severity.get(f.code)
            if severity is not None and severity is not f.severity:
                f = Finding(f.path, f.line, f.column, f.code, severity, f.msg, f.params,
                            f.xpath)
            out.append(f)
        return out


def run(document: model.Document, selection: Selection | None = None,
        path: str | None = None) -> list[Finding]:
    """Every content finding of ``document`` under ``selection``."""
    selection = selection or Selection()
    path = document.source if path is None else path
    active = [(r, r.check) for r in RULES.values() if r.check is not None
              and selection.profile in r.profiles and selection.enabled(r.code)]
    findings: list[Finding] = []
    if not active:
        return findings
    for standard in document.standards:
        ctx = Context(standard, selection.okved, selection.registry, selection.profile)
        masked = ctx.placeholder_locations()
        hits: list[tuple[Rule, model.Loc, dict[str, object]]] = []
        for r, check in active:
            for loc, params in check(ctx):
                if masked and r.code != PLACEHOLDER_RULE and loc in masked:
                    continue
                hits.append((r, loc, params))
        taken = {(r.code, loc) for r, loc, _ in hits}
        for r, loc, params in hits:
            if any((code, loc) in taken for code in r.yields_to):
                continue
            findings.append(Finding(path, loc.line, loc.column, r.code,
                                    selection.severity.get(r.code, r.severity), r.message,
                                    params, loc.xpath))
    return findings

