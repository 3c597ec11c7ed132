"""Registry XML → model, driven by the format table in :mod:`spec`.

The reader is lenient so that ``validate`` can run content rules even on a file with
structural errors: children are taken by name, and whatever does not fit the format
(unknown, missing, repeated or misplaced elements, stray text, attributes, comments
inside the tree) is recorded as a :class:`Problem` instead of being guessed at.
The XSD reports structure to people; the problems tell a writer whether the model
holds *everything* the file had.  :func:`load` with ``strict=True`` (used by ``fmt``)
refuses a file with any problem, so a rewrite never silently drops a thing.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from profstandards import files, model
from profstandards.errors import InputError
from profstandards.i18n import Msg, clip
from profstandards.xmlio import spec
from profstandards.xmlio.parser import Parsed, parse
from profstandards.xmlio.spec import El, Kind, local_name

P_UNKNOWN = Msg("неизвестный элемент <{tag}> в <{parent}>", "unknown element <{tag}> in <{parent}>")
P_MISSING = Msg("нет обязательного элемента <{tag}> в <{parent}>",
                "required element <{tag}> is missing in <{parent}>")
P_EXTRA = Msg("лишний элемент <{tag}> в <{parent}> (допускается не более {max})",
              "extra element <{tag}> in <{parent}> (at most {max} allowed)")
P_ORDER = Msg("элемент <{tag}> стоит не на своём месте в <{parent}>",
              "element <{tag}> is out of order in <{parent}>")
P_TEXT = Msg("текст «{text}» там, где ожидаются элементы (<{parent}>)",
             "text '{text}' where elements are expected (<{parent}>)")
P_MARKUP = Msg("элемент внутри значения <{parent}>", "markup inside the value of <{parent}>")
P_RENAMED = Msg("<{tag}> вместо <{expected}>: прочитан как список <{expected}>",
                "<{tag}> instead of <{expected}>: read as the list <{expected}>")
P_ATTR = Msg("атрибут {name} у <{tag}> не предусмотрен форматом",
             "attribute {name} on <{tag}> is not part of the format")
P_COMMENT = Msg("комментарий или инструкция обработки внутри стандарта: их сохраняют только "
                "перед корневым элементом <XMLCardInfo> или после него — перенесите туда или "
                "удалите",
                "comment or processing instruction inside the standard: they are kept only "
                "before or after the root element <XMLCardInfo>; move it there or delete it")
P_ORIGIN = Msg("инструкция profstandards-origin должна иметь ровно атрибуты code и "
               "registration_number: «{text}»",
               "the profstandards-origin instruction must have exactly the attributes code and "
               "registration_number: '{text}'")
STRICT = Msg(
    "файл не соответствует формату реестра, переписать его без потерь нельзя: {first} "
    "(всего замечаний: {count}; подробности — profstandards validate)",
    "the file does not follow the registry format and cannot be rewritten losslessly: "
    "{first} ({count} problem(s); run profstandards validate for all of them)",
)
STRICT_ONE = Msg("переписать файл без потерь нельзя: {first}",
                 "the file cannot be rewritten losslessly: {first}")
STRICT_COMMENTS = Msg("переписать файл без потерь нельзя: {first} (всего таких мест: {count})",
                      "the file cannot be rewritten losslessly: {first} ({count} such places)")
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
TEXT = Kind.TEXT
# Lazy locations are built inline in the hot loops (the same as model.Loc.lazy,
# without a Python call per element).
new = tuple.__new__


@dataclass(frozen=True)
class Problem:
    """Something in the file that the model does not (or cannot) hold."""

    line: int
    column: int
    msg: Msg
    params: dict[str, object]

    def message(self, lang: str | None = None) -> str:
        return self.msg.render(self.params, lang)


@dataclass
class ReadResult:
    document: model.Document
    parsed: Parsed
    problems: list[Problem]


def load(path: str | Path, *, strict: bool = False) -> model.Document:
    """Read a file into the model; with ``strict`` refuse anything the model would lose."""
    result = read_file(path)
    if strict:
        check_lossless(result)
    return result.document


def check_lossless(result: ReadResult) -> None:
    """Raise :class:`InputError` if the model does not hold everything the file had."""
    problems = result.problems
    if problems:
        first = problems[0]
        # validate reports what breaks the format; a comment inside the standard does not
        # (it is well-formed XML), so it is not sent there
        msg = STRICT_ONE if len(problems) == 1 else \
            STRICT_COMMENTS if all(p.msg is P_COMMENT for p in problems) else STRICT
        raise InputError(result.parsed.source, msg, first.line, first.column,
                         first=first.msg.bind(**first.params), count=len(problems))


# Problems that lose no value of the standard: a missing or misplaced element, a comment.
HARMLESS = (P_MISSING, P_ORDER, P_COMMENT)


def check_complete(result: ReadResult) -> None:
    """Raise :class:`InputError` if the model lacks something the file has (unknown or
    repeated elements, stray text, markup in values); missing elements, elements out of
    order and comments are fine (:data:`HARMLESS`)."""
    check_lossless(ReadResult(result.document, result.parsed,
                              [p for p in result.problems if p.msg not in HARMLESS]))


def read_file(path: str | Path, *, check: bool = True) -> ReadResult:
    return read_bytes(files.read_bytes(path), str(path), check=check)


def read_bytes(data: bytes, source: str = "<bytes>", *, check: bool = True) -> ReadResult:
    parsed = parse(data, source)
    return read_parsed(parsed, check=check)


def read_parsed(parsed: Parsed, *, check: bool = True) -> ReadResult:
    """The model of a parsed file.

    Unknown, missing, repeated and misplaced elements are always recorded.  Stray
    text, attributes and comments are looked for only with ``check`` (a caller
    that has validated the file against the XSD already knows there are none).
    """
    reader = _Reader(parsed, check)
    # Reading allocates many small objects and frees none: the cyclic garbage
    # collector would only rescan them (about 15% of the reading time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        document = reader.document()
    finally:
        if collecting:
            gc.enable()
    return ReadResult(document, parsed, reader.problems)


class _Reader:
    """Walks the tree in document order, counting elements so that each location can
    find its column later (see :class:`~profstandards.xmlio.parser.Columns`)."""

    def __init__(self, parsed: Parsed, check: bool) -> None:
        self.parsed = parsed
        self.columns = parsed.columns
        self.check = check
        self.problems: list[Problem] = []
        self.ordinal = 0  # document-order index of the next element

    def problem(self, el: etree._Element, msg: Msg, **params: object) -> None:
        line, column = self.parsed.position(el)
        self.problems.append(Problem(line, column, msg, params))

    def skip(self, el: etree._Element) -> None:
        """Step over an element the model does not take, and its whole subtree."""
        self.ordinal += sum(1 for _ in el.iter(etree.Element))

    # -- document --------------------------------------------------------------

    def document(self) -> model.Document:
        root = self.parsed.root
        loc = model.Loc.lazy(root.sourceline or 0, 0, "/" + root.tag, self.columns, None)
        self.ordinal = 1
        for name in root.attrib:
            if not name.startswith("{" + _XSI + "}"):
                self.problem(root, P_ATTR, name=name, tag=root.tag)
        if self.check:
            for el in root.xpath("./descendant::*[@*]"):
                for name in el.attrib:
                    self.problem(el, P_ATTR, name=local_name(name), tag=local_name(el.tag))
        values: dict = {}
        locs: dict = {}
        self.children(root, spec.ROOT, loc, values, locs)
        return document(self.parsed, values, locs, loc)

    # -- elements --------------------------------------------------------------

    def children(self, el: etree._Element, sp: El, loc: model.Loc, values: dict,
                 locs: dict) -> None:
        """Read the children of ``el`` (a NODE or WRAP) into model attribute values.

        This and :meth:`seq` are the hot loops of reading: text leaves are handled
        inline, and the ordinal counter is kept in a local between recursions.
        """
        check = self.check
        if check:
            self.check_text(el, sp)
        last = -1
        seen = 0  # bit i set: the i-th child of the table has been read
        positions = sp.positions
        specs = sp.children
        columns = self.columns
        Loc = model.Loc
        for child in el:
            tag = child.tag
            i = positions.get(tag)
            if i is None and isinstance(tag, str):
                # A list container named like its item (<LaborAction> holding
                # <LaborAction> items): read as the list it should be.
                container = sp.renamed_list(child)
                if container is not None:
                    self.problem(child, P_RENAMED, tag=tag, expected=container.tag)
                    i = positions[container.tag]
            if i is None:
                if isinstance(tag, str):
                    self.problem(child, P_UNKNOWN, tag=local_name(tag), parent=sp.tag)
                    self.skip(child)
                elif sp.origin and tag is etree.ProcessingInstruction \
                        and child.target == spec.ORIGIN_PI and "origin" not in values:
                    values["origin"] = self.origin(child, loc)
                elif check:
                    self.problem(child, P_COMMENT)
                continue
            # Every child of a node occurs at most once, in the order of the table.
            if seen >> i & 1:
                self.problem(child, P_EXTRA, tag=tag, parent=sp.tag, max=1)
                self.skip(child)
                continue
            seen |= 1 << i
            if i < last:
                self.problem(child, P_ORDER, tag=specs[i].tag, parent=sp.tag)
            last = i
            csp = specs[i]
            if csp.kind is TEXT:
                attr = csp.attr
                locs[attr] = new(Loc, (child.sourceline, self.ordinal, tag, columns, loc))
                self.ordinal += 1
                values[attr] = self.text(child, csp) if check or len(child) else child.text or ""
            else:
                self.value(child, csp, loc, values, locs)
        if seen != (1 << len(specs)) - 1:
            for i, csp in enumerate(specs):
                if seen >> i & 1:
                    continue
                if csp.min:
                    self.problem(el, P_MISSING, tag=csp.tag, parent=sp.tag)
                if csp.kind is Kind.WRAP:
                    _absent_children(csp, values, loc)
                else:
                    values[csp.attr] = _absent(csp, loc)

    def origin(self, pi: etree._Element, parent: model.Loc) -> model.Origin:
        """A borrowed function's origin from its processing instruction."""
        origin, complete = origin_of(pi, parent)
        if not complete:
            self.problem(pi, P_ORIGIN, text=clip(pi.text or "", 60))
        return origin

    def value(self, el: etree._Element, sp: El, parent: model.Loc, values: dict,
              locs: dict) -> None:
        """Set the model attribute(s) that element ``el`` (spec ``sp``, not a text
        leaf) fills."""
        loc = model.Loc.lazy(el.sourceline, self.ordinal, sp.tag, self.columns, parent)
        self.ordinal += 1
        kind = sp.kind
        if kind is Kind.LIST:
            values[sp.attr] = self.seq(el, sp, loc)
        elif kind is Kind.NODE:
            child_values: dict = {}
            child_locs: dict = {}
            self.children(el, sp, loc, child_values, child_locs)
            values[sp.attr] = sp.cls(**child_values, loc=loc, locs=child_locs)
        elif kind is Kind.WRAP:
            locs[sp.attr] = loc
            self.children(el, sp, loc, values, locs)
        else:  # FLAG
            if self.check:
                self.check_text(el, sp)
            for child in el:
                if isinstance(child.tag, str):
                    self.problem(child, P_UNKNOWN, tag=local_name(child.tag), parent=sp.tag)
                    self.skip(child)
            values[sp.attr] = True
            locs[sp.attr] = loc

    def seq(self, el: etree._Element, sp: El, loc: model.Loc) -> model.Seq:
        item_sp = sp.item
        item_tag = item_sp.tag
        check = self.check
        if check:
            self.check_text(el, sp)
        items: list = []
        Loc, Item = model.Loc, model.Item
        columns = self.columns
        # XPath as lxml's getpath() writes it: an index only where the tag repeats.
        indexed = len(el) > 1
        steps = _steps(item_tag, len(el)) if indexed else ()
        n = 0
        if item_sp.kind is Kind.TEXT:
            ordinal = self.ordinal
            for child in el:
                if child.tag != item_tag:
                    self.ordinal = ordinal
                    self.stray(child, sp)
                    ordinal = self.ordinal
                    continue
                n += 1
                item_loc = new(Loc, (child.sourceline, ordinal, steps[n] if indexed else item_tag,
                                     columns, loc))
                ordinal += 1
                if check or len(child):
                    self.ordinal = ordinal
                    items.append(Item(self.text(child, item_sp), item_loc))
                    ordinal = self.ordinal
                else:
                    items.append(Item(child.text or "", item_loc))
            self.ordinal = ordinal
        else:
            cls = item_sp.cls
            for child in el:
                if child.tag != item_tag:
                    self.stray(child, sp)
                    continue
                n += 1
                item_loc = new(Loc, (child.sourceline, self.ordinal,
                                     steps[n] if indexed else item_tag, columns, loc))
                self.ordinal += 1
                values: dict = {}
                locs: dict = {}
                self.children(child, item_sp, item_loc, values, locs)
                items.append(cls(**values, loc=item_loc, locs=locs))
        if n < item_sp.min:
            self.problem(el, P_MISSING, tag=item_tag, parent=sp.tag)
        return model.Seq(items, loc)

    def stray(self, child: etree._Element, sp: El) -> None:
        """A child of a list container that is not its item: unknown element or comment."""
        if isinstance(child.tag, str):
            self.problem(child, P_UNKNOWN, tag=local_name(child.tag), parent=sp.tag)
            self.skip(child)
        elif self.check:
            self.problem(child, P_COMMENT)

    def text(self, el: etree._Element, sp: El) -> str:
        if len(el):
            self.problem(el, P_MARKUP, parent=sp.tag)
            for child in el:
                if isinstance(child.tag, str):
                    self.skip(child)
            return (el.text or "") + "".join(c.tail or "" for c in el)
        return el.text or ""

    def check_text(self, el: etree._Element, sp: El) -> None:
        for piece in (el.text, *(c.tail for c in el)):
            if piece and not piece.isspace():
                self.problem(el, P_TEXT, text=clip(piece, 40), parent=sp.tag)
                return


def document(parsed: Parsed, values: dict, locs: dict, loc: model.Loc) -> model.Document:
    """The document of a file whose root's children have been read into ``values``:
    with the root's namespaces, its ``xsi:`` attributes, and what stands around it."""
    root = parsed.root
    attributes = [(_qname(root, str(name)), str(value)) for name, value in root.attrib.items()
                  if str(name).startswith("{" + _XSI + "}")]
    return model.Document(
        **values,
        namespaces=tuple((p or "", uri) for p, uri in root.nsmap.items()),
        attributes=tuple(attributes),
        prolog=tuple(_markup(n) for n in reversed(list(root.itersiblings(preceding=True)))),
        epilog=tuple(_markup(n) for n in root.itersiblings()),
        source=parsed.source,
        loc=loc,
        locs=locs,
    )


def origin_of(pi: etree._Element, parent: model.Loc) -> tuple[model.Origin, bool]:
    """A borrowed function's origin from its processing instruction, and whether the
    instruction has exactly the attributes it should."""
    loc = model.Loc(pi.sourceline or 0, 0, parent.xpath)
    found = {attr: pi.get(name) for attr, name in spec.ORIGIN_ATTRS}
    complete = not any(v is None for v in found.values()) and len(pi.attrib) == len(found)
    code, number = (_unescape(v or "") for v in found.values())
    return model.Origin(code, number, loc=loc), complete


_PI_ESCAPES = (("&quot;", '"'), ("&lt;", "<"), ("&gt;", ">"), ("&#13;", "\r"), ("&#10;", "\n"),
               ("&#9;", "\t"), ("&amp;", "&"))


def _unescape(value: str) -> str:
    """A pseudo-attribute value of a processing instruction, as the writer escaped it
    (libxml2 leaves a processing instruction's text as it is)."""
    if "&" in value:
        for escaped, char in _PI_ESCAPES:
            value = value.replace(escaped, char)
    return value


def _absent(sp: El, loc: model.Loc) -> object:
    """The model value of an element the file does not have (located at its parent)."""
    if sp.kind is Kind.TEXT:
        return ""
    if sp.kind is Kind.FLAG:
        return False
    if sp.kind is Kind.LIST:
        return None if sp.min == 0 else model.Seq([], loc=loc)
    values: dict = {}
    _absent_children(sp, values, loc)
    return sp.cls(**values, loc=loc)


def _absent_children(sp: El, values: dict, loc: model.Loc) -> None:
    for csp in sp.children:
        if csp.kind is Kind.WRAP:
            _absent_children(csp, values, loc)
        else:
            values[csp.attr] = _absent(csp, loc)


_STEPS: dict[str, list[str]] = {}


def _steps(tag: str, count: int) -> list[str]:
    """XPath steps ``["", "Tag[1]", "Tag[2]", …]`` for a list of ``count`` items, cached."""
    steps = _STEPS.setdefault(tag, [""])
    while len(steps) <= count:
        steps.append(f"{tag}[{len(steps)}]")
    return steps


def _qname(el: etree._Element, name: str) -> str:
    uri, local = name[1:].split("}", 1)
    for prefix, ns in el.nsmap.items():
        if ns == uri and prefix:
            return f"{prefix}:{local}"
    return f"xsi:{local}"


def _markup(node: etree._Element) -> str:
    return etree.tostring(node, encoding="unicode", with_tail=False)
