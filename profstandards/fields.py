"""The fields of a professional standard as one table, beside the model.

Every package that walks a standard field by field iterates :data:`FIELDS` instead of
writing the field names out again: the rules (which lists to check, how to name a list
in a message), the diff (what to compare, what to call it), the renderer (what to print
under which label, in which order), the fixes, the Word import (which label announces
which value), the comments (which value a reviewer's note is on) and the registry index.
Adding a field means one line here (and its element in ``xmlio/spec.py``, which maps
the registry's tag names onto these model attributes).

A :class:`Field` is one value slot of a model node: its owner (the standard, section I,
an ОТФ, a ТФ, section IV or its responsible developer), its model attribute, its shape
(a single text, a list of text items, or a list of classifier units), the section of
the printed standard it is in, and its printed label in Russian and English.  The
order of :data:`FIELDS` is the printed order within each owner.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from profstandards import model
from profstandards.i18n import Msg


class Owner(StrEnum):
    """The model node a field belongs to (also the scope of a value key)."""

    STANDARD = "standard"  # model.Standard: title block
    GENERAL = "general"  # model.GeneralInfo: section I
    GF = "gf"  # model.GeneralizedFunction: an ОТФ of section III
    WF = "wf"  # model.WorkFunction: a ТФ of section III
    RESPONSIBLE = "responsible"  # model.ResponsibleDeveloper: 4.1
    DEVELOPERS = "developers"  # model.Developers: 4.2


class Shape(StrEnum):
    TEXT = "text"  # a single string
    ITEMS = "items"  # Seq[Item]: one value per printed line or row
    UNITS = "units"  # Seq[ClassifierUnit]: code + name rows of a classifier
    ORIGIN = "origin"  # Origin | None: a borrowed function's original (code, reg. number)


@dataclass(frozen=True, slots=True)
class Field:
    """One value slot of a standard (see the module docstring)."""

    owner: Owner
    name: str  # the model attribute
    shape: Shape
    section: str  # "title", "I", "III" or "IV" of the printed standard
    label: Msg  # the printed label («Трудовые действия»)
    short: Msg | None = None  # a short name where the label is long (ОКЗ, «Код ТФ»)
    aliases: tuple[str, ...] = ()  # other printed forms of the label (older макет, copies)
    optional: bool = False  # the model may hold None (a list absent from the source)

    @property
    def key(self) -> str:
        """``owner.name``: unique over the table (``wf.other_characteristics``)."""
        return f"{self.owner}.{self.name}"

    @property
    def title(self) -> Msg:
        """The short name if there is one, else the label."""
        return self.short or self.label

    @property
    def quoted(self) -> Msg:
        """How a message names the field: a text list's title in «» («Трудовые действия»),
        a classifier's short name as it is (ОКЗ)."""
        if self.shape is Shape.UNITS:
            return self.title
        return Msg(f"«{self.title.ru}»", f"'{self.title.en}'")

    def get(self, node: object) -> object:
        """This field's value on ``node`` (an instance of the owner's model class), untyped:
        prefer the accessor of the field's shape (:meth:`text`, :meth:`items`, :meth:`units`,
        :meth:`origin`)."""
        return getattr(node, self.name)

    # Typed accessors: the shape says what the model attribute holds, so each one casts at
    # this one place (free at run time) instead of every caller ignoring the type.
    def text(self, node: object) -> str:
        """The value of a :attr:`Shape.TEXT` field."""
        return cast(str, getattr(node, self.name))

    def items(self, node: object) -> model.Seq[model.Item]:
        """The list of an :attr:`Shape.ITEMS` field."""
        return cast(model.Seq[model.Item], getattr(node, self.name))

    def units(self, node: object) -> model.Seq[model.ClassifierUnit] | None:
        """The units of a :attr:`Shape.UNITS` field (``None`` where the list is absent)."""
        return cast("model.Seq[model.ClassifierUnit] | None", getattr(node, self.name))

    def origin(self, node: object) -> model.Origin | None:
        """The value of the :attr:`Shape.ORIGIN` field of an ОТФ/ТФ."""
        return cast("model.Origin | None", getattr(node, self.name))


def _f(owner: Owner, name: str, shape: Shape, section: str, ru: str, en: str,
       short: tuple[str, str] | None = None, aliases: tuple[str, ...] = (),
       optional: bool = False) -> Field:
    return Field(owner, name, shape, section, Msg(ru, en),
                 Msg(*short) if short else None, aliases, optional)


S, G, GF, WF, R, D = (Owner.STANDARD, Owner.GENERAL, Owner.GF, Owner.WF, Owner.RESPONSIBLE,
                      Owner.DEVELOPERS)
TEXT, ITEMS, UNITS, ORIGIN = Shape.TEXT, Shape.ITEMS, Shape.UNITS, Shape.ORIGIN
_OTHER = ("Другие характеристики", "Other characteristics")

FIELDS: tuple[Field, ...] = (
    # Title block.
    _f(S, "name", TEXT, "title", "Наименование профессионального стандарта",
       "Name of the professional standard"),
    _f(S, "registration_number", TEXT, "title", "Регистрационный номер", "Registration number"),
    _f(S, "order_number", TEXT, "title", "Номер приказа об утверждении", "Approval order number"),
    _f(S, "approval_date", TEXT, "title", "Дата утверждения", "Approval date"),
    # Section I.
    _f(G, "kind_of_activity", TEXT, "I", "Наименование вида профессиональной деятельности",
       "Kind of professional activity"),
    _f(G, "code", TEXT, "I", "Код вида профессиональной деятельности",
       "Code of the kind of activity", aliases=("Код",)),
    _f(G, "purpose", TEXT, "I", "Основная цель вида профессиональной деятельности",
       "Main purpose of the kind of activity",
       aliases=("Краткое описание вида профессиональной деятельности",)),
    _f(G, "okz", UNITS, "I", "Группа занятий", "Occupation groups", short=("ОКЗ", "OKZ")),
    _f(G, "okved", UNITS, "I", "Отнесение к видам экономической деятельности",
       "Kinds of economic activity", short=("ОКВЭД", "OKVED"), optional=True),
    # Section III: an ОТФ.
    _f(GF, "code", TEXT, "III", "Код", "Code", short=("Код ОТФ", "GWF code")),
    _f(GF, "name", TEXT, "III", "Наименование", "Name", short=("Наименование ОТФ", "GWF name")),
    _f(GF, "level", TEXT, "III", "Уровень квалификации", "Qualification level"),
    _f(GF, "origin", ORIGIN, "III", "Происхождение обобщенной трудовой функции",
       "Origin of the generalized work function", optional=True),
    _f(GF, "job_titles", ITEMS, "III", "Возможные наименования должностей, профессий",
       "Possible job titles",
       aliases=("Возможные наименования должностей", "Возможные наименования профессий",
                "Возможные наименования должностей, профессий рабочих")),
    _f(GF, "education", ITEMS, "III", "Требования к образованию и обучению",
       "Education and training requirements", aliases=("Образование и обучение",)),
    _f(GF, "experience", ITEMS, "III", "Требования к опыту практической работы",
       "Practical work experience requirements", aliases=("Опыт практической работы",)),
    _f(GF, "admission_conditions", ITEMS, "III", "Особые условия допуска к работе",
       "Special conditions for admission to work"),
    _f(GF, "other_characteristics", ITEMS, "III", *_OTHER),
    _f(GF, "okz", UNITS, "III", "ОКЗ", "OKZ", optional=True),
    _f(GF, "eks", UNITS, "III", "ЕКС", "EKS/ETKS", short=("ЕКС/ЕТКС", "EKS/ETKS"),
       aliases=("ЕТКС", "ЕКС/ЕТКС", "ЕТКС/ЕКС"), optional=True),
    _f(GF, "okpdtr", UNITS, "III", "ОКПДТР", "OKPDTR", optional=True),
    _f(GF, "okso", UNITS, "III", "ОКСО", "OKSO", optional=True),
    _f(GF, "oknpo", UNITS, "III", "ОКНПО", "OKNPO", optional=True),
    _f(GF, "oksvnk", UNITS, "III", "ОКСВНК", "OKSVNK", optional=True),
    # Section III: a ТФ.
    _f(WF, "code", TEXT, "III", "Код", "Code", short=("Код ТФ", "WF code")),
    _f(WF, "name", TEXT, "III", "Наименование", "Name", short=("Наименование ТФ", "WF name")),
    _f(WF, "level", TEXT, "III", "Уровень (подуровень) квалификации",
       "Qualification (sub)level", aliases=("Уровень квалификации",)),
    _f(WF, "origin", ORIGIN, "III", "Происхождение трудовой функции",
       "Origin of the work function", optional=True),
    _f(WF, "labor_actions", ITEMS, "III", "Трудовые действия", "Labor actions"),
    _f(WF, "skills", ITEMS, "III", "Необходимые умения", "Required skills"),
    _f(WF, "knowledge", ITEMS, "III", "Необходимые знания", "Required knowledge"),
    _f(WF, "other_characteristics", ITEMS, "III", *_OTHER),
    # Section IV.
    _f(R, "organization", TEXT, "IV", "Ответственная организация-разработчик",
       "Responsible developer organisation"),
    _f(R, "head_position", TEXT, "IV", "Должность руководителя", "Position of the head"),
    _f(R, "head_name", TEXT, "IV", "ФИО руководителя", "Full name of the head"),
    _f(D, "organizations", ITEMS, "IV", "Наименования организаций-разработчиков",
       "Developer organisations", short=("Организации-разработчики", "Developer organisations")),
)

OWNER_CLASSES: dict[Owner, type] = {
    S: model.Standard, G: model.GeneralInfo, GF: model.GeneralizedFunction,
    WF: model.WorkFunction, R: model.ResponsibleDeveloper, D: model.Developers,
}

_BY_KEY: dict[tuple[Owner, str], Field] = {(f.owner, f.name): f for f in FIELDS}


def get(owner: Owner | str, name: str) -> Field:
    """The field ``name`` of ``owner`` (``KeyError`` if there is none)."""
    return _BY_KEY[(Owner(owner), name)]


def find(owner: Owner | str, name: str) -> Field | None:
    """The field ``name`` of ``owner``, or ``None``."""
    return _BY_KEY.get((Owner(owner), name))


def of(owner: Owner, shape: Shape | None = None) -> tuple[Field, ...]:
    """The fields of ``owner`` (of one shape, if given), in printed order."""
    return tuple(f for f in FIELDS if f.owner is owner and (shape is None or f.shape is shape))


def names(owner: Owner, shape: Shape | None = None) -> tuple[str, ...]:
    """The model attributes of :func:`of`."""
    return tuple(f.name for f in of(owner, shape))


# The lists every package walks, derived once.
GF_TEXTS = names(GF, TEXT)  # code, name, level
WF_TEXTS = names(WF, TEXT)
GF_LISTS = names(GF, ITEMS)  # job titles … other characteristics, printed order
WF_LISTS = names(WF, ITEMS)  # labor actions, skills, knowledge, other characteristics
GF_UNITS = names(GF, UNITS)  # okz, eks, okpdtr, okso, oknpo, oksvnk
GENERAL_UNITS = names(G, UNITS)  # okz, okved
ITEM_LISTS = tuple(dict.fromkeys(f.name for f in FIELDS if f.shape is ITEMS))
"""Every text-list attribute name of any node (each once)."""


def quoted(shape: Shape) -> dict[str, Msg]:
    """Attribute name → :attr:`Field.quoted` for the fields of ``shape`` (a name shared by
    several owners, like ``other_characteristics``, has one label)."""
    return {f.name: f.quoted for f in FIELDS if f.shape is shape}


@dataclass(frozen=True, slots=True)
class Value:
    """One value of a standard as a reader, a reviewer or an index sees it.

    ``scope`` is the key scope of its node (``standard``, ``general``, ``developers``,
    or the ОТФ/ТФ code as written); ``index`` numbers list entries from 0 (``None`` for
    a single text); ``part`` is ``code`` or ``name`` of a classifier unit.
    """

    field: Field
    scope: str
    index: int | None
    part: str | None
    text: str
    node: model.Node  # the item, unit or owner node that holds the text

    @property
    def attr(self) -> str:
        """The attribute of :attr:`node` that holds the text."""
        return "text" if isinstance(self.node, model.Item) else self.part or self.field.name

    @property
    def loc(self) -> model.Loc:
        """Where the text is in its source file (best known)."""
        node = self.node
        return node.loc if isinstance(node, model.Item) else node.where(self.attr)


def scope_of(owner: Owner, node: object) -> str:
    """The key scope of a node: its code for an ОТФ/ТФ, the owner's name otherwise
    (the responsible developer shares the scope ``developers`` with 4.2)."""
    if isinstance(node, model.GeneralizedFunction | model.WorkFunction):
        return node.code
    return "developers" if owner is R else owner.value


def owners(standard: model.Standard) -> Iterator[tuple[Owner, model.Node]]:
    """Every owner node of ``standard`` in printed order (an ОТФ before its ТФ)."""
    yield S, standard
    yield G, standard.general
    for gf in standard.functions:
        yield GF, gf
        for wf in gf.functions:
            yield WF, wf
    yield R, standard.developers.responsible
    yield D, standard.developers


def values(standard: model.Standard) -> Iterator[Value]:
    """Every value of ``standard`` in printed order (absent lists yield nothing)."""
    for owner, node in owners(standard):
        scope = scope_of(owner, node)
        for f in of(owner):
            value = f.get(node)
            if isinstance(value, str):
                yield Value(f, scope, None, None, value, node)
            elif isinstance(value, model.Origin):
                yield Value(f, scope, None, "code", value.code, value)
                yield Value(f, scope, None, "registration_number", value.registration_number,
                            value)
            elif isinstance(value, model.Seq):
                for i, entry in enumerate(value):
                    if isinstance(entry, model.Item):
                        yield Value(f, scope, i, None, entry.text, entry)
                    else:
                        yield Value(f, scope, i, "code", entry.code, entry)
                        yield Value(f, scope, i, "name", entry.name, entry)
