"""The professional-standard model: plain typed data, nothing of XML, CLI or DOCX.

A :class:`Document` is one file: 1..n :class:`Standard` records.  A standard holds
section I (:class:`GeneralInfo`), the generalized work functions of section III
(ОТФ, :class:`GeneralizedFunction`) with their work functions (ТФ,
:class:`WorkFunction`), and section IV (:class:`Developers`).

Values are kept exactly as the source has them (stray spaces, ``\\r\\n`` inside a
value, empty strings): cleaning is the job of the rules and their fixes, not of
the model.  The model distinguishes what the registry distinguishes:

* an absent optional list is ``None``, an empty one is an empty :class:`Seq`;
* an empty classifier unit is a :class:`ClassifierUnit` with ``code == name == ""``;
* a missing ``ListFootnes`` is ``WorkFunction.footnotes_list is False``.

Every node carries a :class:`Loc` (source line, column and XPath) in ``loc``; the
locations of its single-valued text fields are in ``locs`` keyed by attribute name
(see :meth:`Node.where`).  Locations never take part in equality, so a file read in
one layout equals the same file read in another.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeAlias, TypeVar

if TYPE_CHECKING:
    from dataclasses import Field

T = TypeVar("T")


class Columns(Protocol):
    """Resolves an element's document-order ordinal to its 1-based (line, column)."""

    def position(self, ordinal: int) -> tuple[int, int]: ...


class Loc(tuple):
    """Where a node starts in its source file: 1-based line and column, and its XPath.

    ``line == 0`` means "not from a file" (a node built by code, e.g. by a fix).
    Build one with ``Loc(line, column, xpath)``.  The reader instead makes
    :meth:`lazy` locations that know their element's ordinal and their parent: the
    column and the XPath are then worked out only when asked for, which keeps
    reading fast (most locations are never shown).  Locations are immutable values.
    """

    __slots__ = ()

    # Layout: (line, column or ordinal, xpath or last step, columns resolver, parent).
    def __new__(cls, line: int = 0, column: int = 0, xpath: str = "") -> Loc:
        return tuple.__new__(cls, (line, column, xpath, None, None))

    @classmethod
    def lazy(cls, line: int, ordinal: int, step: str, columns: Columns,
             parent: Loc | None) -> Loc:
        """A location whose column comes from ``columns`` and XPath from ``parent``."""
        return tuple.__new__(cls, (line, ordinal, step, columns, parent))

    @property
    def line(self) -> int:
        return self[0]

    @property
    def column(self) -> int:
        columns = self[3]
        return self[1] if columns is None else columns.position(self[1])[1]

    @property
    def xpath(self) -> str:
        parent = self[4]
        return self[2] if parent is None else f"{parent.xpath}/{self[2]}"

    def __bool__(self) -> bool:
        return self[0] > 0

    def _key(self) -> tuple[int, int, str]:
        return (self.line, self.column, self.xpath)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Loc):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Loc(line={self.line}, column={self.column}, xpath={self.xpath!r})"

    def __copy__(self) -> Loc:
        return self

    def __deepcopy__(self, memo: dict) -> Loc:
        return self

    def __reduce__(self):  # pickle as a plain, resolved location
        return (Loc, self._key())


NOWHERE = Loc()


def _loc() -> Loc:
    return field(default=NOWHERE, compare=False, repr=False)


def _locs() -> dict[str, Loc]:
    return field(default_factory=dict, compare=False, repr=False)


class Node:
    """Base of every model node: its own location and those of its text fields.

    Every concrete node is a slotted dataclass with a ``loc`` field; the two annotations
    below tell the type checker so (they create no attribute and no slot here).
    """

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]
    loc: Loc

    def where(self, attr: str | None = None) -> Loc:
        """Location of the text field ``attr`` (or of the node itself), best known."""
        if attr is not None:
            loc = getattr(self, "locs", {}).get(attr)
            if loc:
                return loc
        return self.loc


class Described(Protocol):
    """A node with single-valued text fields (every node but :class:`Item`, :class:`Seq`
    and :class:`Origin`): their locations are in ``locs``, keyed by attribute name."""

    locs: dict[str, Loc]


@dataclass(slots=True)
class Item(Node):
    """One entry of a text list: a job title, a labor action, a skill, …"""

    text: str
    loc: Loc = _loc()


@dataclass(slots=True)
class Seq(Node, Generic[T]):
    """A list container of the source (``<LaborActions>`` …) with its own location."""

    items: list[T] = field(default_factory=list)
    loc: Loc = _loc()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    def texts(self: Seq[Item]) -> list[str]:
        """The item texts of a text list."""
        return [item.text for item in self.items]


def texts(*values: str) -> Seq[Item]:
    """A text list built from strings (for code and tests)."""
    return Seq([Item(v) for v in values])


@dataclass(slots=True)
class ClassifierUnit(Node):
    """A classifier reference: ОКЗ, ОКВЭД, ЕКС/ЕТКС, ОКПДТР, ОКСО, ОКНПО, ОКСВНК."""

    code: str
    name: str
    loc: Loc = _loc()
    locs: dict[str, Loc] = _locs()

    @property
    def is_empty(self) -> bool:
        """An empty shell unit (``<UnitOKZ><CodeOKZ/><NameOKZ/></UnitOKZ>``)."""
        return self.code == "" and self.name == ""


@dataclass(slots=True)
class Origin(Node):
    """Where a borrowed ОТФ or ТФ comes from («Заимствовано из оригинала», макет 2013).

    ``code`` is the code of the original ОТФ/ТФ, ``registration_number`` the registry
    number of the standard that has it.  The registry's XML has no element for this:
    profstandards keeps it in a processing instruction at the start of the function's
    element (``<?profstandards-origin code="A/01.3" registration_number="530"?>``),
    which the registry's schema and ours both ignore.  An ОТФ/ТФ without one is
    printed as «Оригинал».
    """

    code: str
    registration_number: str
    loc: Loc = _loc()


@dataclass(slots=True)
class GeneralInfo(Node):
    """Section I «Общие сведения»."""

    kind_of_activity: str
    code: str
    purpose: str
    okz: Seq[ClassifierUnit]
    okved: Seq[ClassifierUnit] | None
    loc: Loc = _loc()
    locs: dict[str, Loc] = _locs()


@dataclass(slots=True)
class WorkFunction(Node):
    """A work function (трудовая функция, ТФ) of section III."""

    code: str
    name: str
    level: str
    labor_actions: Seq[Item]
    skills: Seq[Item]
    knowledge: Seq[Item]
    other_characteristics: Seq[Item]
    footnotes_list: bool = True
    origin: Origin | None = None
    loc: Loc = _loc()
    locs: dict[str, Loc] = _locs()


@dataclass(slots=True)
class GeneralizedFunction(Node):
    """A generalized work function (обобщённая трудовая функция, ОТФ) of section III."""

    code: str
    name: str
    level: str
    job_titles: Seq[Item]
    education: Seq[Item]
    experience: Seq[Item]
    admission_conditions: Seq[Item]
    other_characteristics: Seq[Item]
    okz: Seq[ClassifierUnit] | None
    eks: Seq[ClassifierUnit] | None
    okpdtr: Seq[ClassifierUnit] | None
    okso: Seq[ClassifierUnit] | None
    oknpo: Seq[ClassifierUnit] | None
    oksvnk: Seq[ClassifierUnit] | None
    functions: Seq[WorkFunction]
    origin: Origin | None = None
    loc: Loc = _loc()
    locs: dict[str, Loc] = _locs()


Function: TypeAlias = GeneralizedFunction | WorkFunction
"""An ОТФ or a ТФ: what code handling either alike (``code``, ``name``, ``level``,
``origin``, ``locs``) takes; also usable with ``isinstance``."""


@dataclass(slots=True)
class ResponsibleDeveloper(Node):
    """4.1: the responsible developer organisation and its head."""

    organization: str
    head_position: str
    head_name: str
    loc: Loc = _loc()
    locs: dict[str, Loc] = _locs()


@dataclass(slots=True)
class Developers(Node):
    """Section IV «Сведения об организациях – разработчиках»."""

    responsible: ResponsibleDeveloper
    organizations: Seq[Item]
    loc: Loc = _loc()
    locs: dict[str, Loc] = _locs()


@dataclass(slots=True)
class Standard(Node):
    """One professional standard (a ``ProfessionalStandart`` record)."""

    name: str
    registration_number: str
    order_number: str
    approval_date: str
    general: GeneralInfo
    functions: Seq[GeneralizedFunction]
    developers: Developers
    loc: Loc = _loc()
    locs: dict[str, Loc] = _locs()

    def work_functions(self) -> Iterator[tuple[GeneralizedFunction, WorkFunction]]:
        """Every ТФ of the standard with its ОТФ, in document order."""
        for gf in self.functions:
            for wf in gf.functions:
                yield gf, wf


@dataclass(slots=True)
class Document(Node):
    """One file: 1..n standards plus what the file says around them.

    ``namespaces`` and ``attributes`` are the root element's namespace declarations
    and attributes in source order (the registry writes ``xmlns:xsi`` and
    ``xmlns:xsd``; an editor binding may add ``xsi:noNamespaceSchemaLocation``).
    ``prolog`` and ``epilog`` hold comments and processing instructions found before
    and after the root element, verbatim (``<?xml-model …?>`` binds an editor schema).
    """

    standards: Seq[Standard]
    namespaces: tuple[tuple[str, str], ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()
    prolog: tuple[str, ...] = ()
    epilog: tuple[str, ...] = ()
    source: str = field(default="", compare=False)
    loc: Loc = _loc()
    locs: dict[str, Loc] = _locs()


REGISTRY_NAMESPACES: tuple[tuple[str, str], ...] = (
    ("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ("xsd", "http://www.w3.org/2001/XMLSchema"),
)
"""The namespace declarations every registry export carries on its root (unused)."""


def walk(node: object) -> Iterator[Node]:
    """Every model node under ``node`` (itself included), depth first, in document order."""
    if isinstance(node, Seq):
        yield node
        for item in node.items:
            yield from walk(item)
        return
    if not isinstance(node, Node):
        return
    yield node
    for name in node.__dataclass_fields__:
        value = getattr(node, name)
        if isinstance(value, Node):
            yield from walk(value)


def text_fields(node: Node) -> list[str]:
    """Names of ``node``'s single-valued text fields (``code``, ``name``, …)."""
    return [name for name, f in node.__dataclass_fields__.items()
            if f.type in ("str", str) and name != "source"]
