"""PS7xx — data quality: the faults real registry exports carry (swapped lists, empty or
half-empty units, dash placeholders mixed with items, connector words as items,
duplicates, escaped HTML, merged lines, stray spaces, broken lines)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TypeVar

from profstandards import fields, markup, model
from profstandards.i18n import Msg, clip
from profstandards.rules.engine import ERROR, INFO, WARNING, Context, Hit, rule
from profstandards.rules.fillers import DASHES, is_connector, meaningful
from profstandards.rules.sources import FORMAT, GUIDE, MAKET, cite

N = TypeVar("N", model.Item, model.ClassifierUnit)
LIST_TITLES = fields.quoted(fields.ITEMS)
UNIT_TITLES = fields.quoted(fields.UNITS)
_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_SPACE_AFTER_NUL = re.compile(r"\0\s")  # on the blob and on the blob reversed


@rule("PS701", ERROR, fix="unswap_skills_knowledge",
      title=Msg("Умения и знания перепутаны выгрузкой", "Skills and knowledge swapped"),
      message=Msg("умения и знания стоят не в своих списках: {knowledge}% знаний начинаются с "
                  "глагола и только {skills}% умений (выгрузки реестра до середины 2020 года)",
                  "skills and knowledge are in each other's lists: {knowledge}% of knowledge "
                  "items start with a verb against {skills}% of skills (registry exports before "
                  "mid-2020)"),
      source=cite(FORMAT, "обмен RequiredSkills и NecessaryKnowledges",
                  "RequiredSkills and NecessaryKnowledges exchanged"),
      evidence="format",
      about=Msg("Выгрузки реестра до середины 2020 года кладут умения в <NecessaryKnowledges>, "
                "а знания — в <RequiredSkills>. Умения начинаются с глагола («Использовать…»), "
                "знания — нет; если это верно для списков наоборот, стандарт получает одну "
                "находку (а не по одной на каждую строку). Исправляется автоматически "
                "(profstandards fix меняет списки местами во всех ТФ).",
                "Registry exports before mid-2020 put skills into <NecessaryKnowledges> and "
                "knowledge into <RequiredSkills>. Detected from how items start (infinitives); "
                "one finding per standard. Fixed by profstandards fix."))
def swapped(ctx: Context) -> Iterator[Hit]:
    verdict = ctx.swap
    if verdict.swapped:
        first = next((wf for _, wf in ctx.standard.work_functions()), None)
        loc = first.skills.loc if first is not None else ctx.standard.loc
        yield loc, {"knowledge": round(verdict.knowledge_infinitive * 100),
                    "skills": round(verdict.skills_infinitive * 100)}


@rule("PS702", WARNING,
      title=Msg("Пустая строка классификатора", "Empty classifier row"),
      message=Msg("пустая строка {list}: нет ни кода, ни наименования",
                  "empty {list} row: neither code nor name"),
      source=cite(FORMAT, "пустые Unit…", "empty Unit… elements"),
      evidence="format",
      about=Msg("Строка классификатора без кода и наименования (<UnitOKZ><CodeOKZ/><NameOKZ/>"
                "</UnitOKZ>) ничего не сообщает; её удаляют или заполняют.",
                "A classifier row with neither code nor name says nothing; remove or fill "
                "it."))
def empty_unit(ctx: Context) -> Iterator[Hit]:
    for name, seq in ctx.units():
        for unit in seq.items:
            if unit.is_empty:
                yield unit.loc, {"list": UNIT_TITLES[name]}


@rule("PS703", WARNING,
      title=Msg("Неполная строка классификатора", "Incomplete classifier row"),
      message=Msg("строка {list} заполнена наполовину: код «{code}», наименование «{name}»",
                  "{list} row half filled: code '{code}', name '{name}'"),
      source=cite(MAKET, "раздел I и «Дополнительные характеристики»: код и наименование",
                  "section I and additional characteristics: code and name"),
      evidence="V",
      about=Msg("У строки классификатора есть и код, и наименование (для ЕКС код — «-»).",
                "A classifier row has both a code and a name (an EKS row's code is '-')."))
def half_unit(ctx: Context) -> Iterator[Hit]:
    for name, seq in ctx.units():
        for unit in seq.items:
            if bool(unit.code.strip()) != bool(unit.name.strip()):
                yield unit.loc, {"list": UNIT_TITLES[name], "code": unit.code.strip(),
                                 "name": clip(unit.name, 60)}


@rule("PS704", WARNING,
      title=Msg("Пустой элемент списка", "Empty list item"),
      message=Msg("пустой элемент в списке {list}", "empty item in the {list} list"),
      source=cite(FORMAT, "пустые элементы списков", "empty list items"),
      evidence="format",
      about=Msg("Элемент списка без текста. Если сказать нечего, в списке одна строка «-» или "
                "список пуст.",
                "A list item without text. To say 'nothing', use a single '-' or an empty "
                "list."))
def empty_item(ctx: Context) -> Iterator[Hit]:
    for name, seq in ctx.lists:
        for item in seq.items:
            if not item.text.strip():
                yield item.loc, {"list": LIST_TITLES[name]}


@rule("PS705", WARNING,
      title=Msg("Прочерк среди настоящих строк", "Dash among real items"),
      message=Msg("прочерк «{text}» в списке {list}, где есть и другие строки",
                  "dash '{text}' in the {list} list next to other items"),
      source=cite(MAKET, "пустое поле печатается прочерком «-»", "an empty field is printed "
                  "as '-'"),
      evidence="V",
      about=Msg("Прочерк «-» означает «нет требований» и стоит в списке один. Прочерк рядом с "
                "настоящими строками (или несколько прочерков) — остаток правки.",
                "A dash means 'nothing' and stands alone; next to real items (or repeated) it "
                "is a leftover."))
def dash_mixed(ctx: Context) -> Iterator[Hit]:
    for name, seq in ctx.lists:
        items = seq.items
        if len(items) < 2:
            continue
        for item in items:
            if item.text.strip() in DASHES:
                yield item.loc, {"text": item.text.strip(), "list": LIST_TITLES[name]}


@rule("PS706", INFO,
      title=Msg("Союз отдельной строкой", "Connector word as an item"),
      message=Msg("«{text}» отдельным элементом списка {list}",
                  "'{text}' as an item of its own in the {list} list"),
      source=cite(FORMAT, "союзы «и», «или» отдельными элементами", "connector items"),
      evidence="format",
      about=Msg("Реестр делил таблицы по строкам, и союзы «или», «и» между вариантами "
                "образования и опыта стали отдельными элементами. В печатном стандарте так и "
                "пишут, поэтому это замечание, а не предупреждение; при чтении XML программами "
                "такие строки мешают.",
                "The registry split tables line by line, so 'или'/'и' between alternatives "
                "became items of their own. Printed standards look like that, hence info only; "
                "programs reading the XML trip over them."))
def connector_item(ctx: Context) -> Iterator[Hit]:
    for name, seq in ctx.lists:
        for item in seq.items:
            if len(item.text) < 12 and is_connector(item.text):
                yield item.loc, {"text": item.text.strip(), "list": LIST_TITLES[name]}


def _key(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


@rule("PS707", WARNING,
      title=Msg("Повтор в списке", "Duplicate in a list"),
      message=Msg("«{text}» повторяется в списке {list}: всего {count}",
                  "'{text}' is repeated in the {list} list: {count} times in all"),
      source=cite(GUIDE, "без повторов в перечнях", "no repetitions in lists"),
      evidence="M",
      about=Msg("Строка списка (трудовое действие, умение, знание, должность, строка "
                "классификатора) не повторяется в том же списке. Пробелы по краям не "
                "учитываются; о каждом повторяющемся значении — одна находка, у его второго "
                "вхождения.",
                "An item is not repeated within its list (surrounding spaces ignored); one "
                "finding per repeated value, at its second occurrence."))
def duplicate_item(ctx: Context) -> Iterator[Hit]:
    for name, seq in ctx.lists:
        items = seq.items
        if len(items) > 1:
            texts = [item.text for item in items]
            if len(set(map(str.strip, texts))) == len(texts):
                continue  # the common case, decided here at C speed
            for item, count in _repeats(items, texts):
                yield item.loc, {"text": clip(item.text), "list": LIST_TITLES[name],
                                 "count": count}
    for name, units in ctx.units():
        if len(units.items) > 1:
            for unit, count in _repeats(units.items, [f"{u.code.strip().rstrip('.')}\0{u.name}"
                                                      for u in units.items]):
                yield unit.loc, {"text": clip(f"{unit.code.strip()} {unit.name.strip()}", 70),
                                 "list": UNIT_TITLES[name], "count": count}


def _repeats(nodes: Sequence[N], texts: list[str]) -> Iterator[tuple[N, int]]:
    """(second occurrence, count) of each text repeated in ``texts`` (ignoring surrounding
    spaces; blanks, dashes and connector words do not count)."""
    keys = list(map(str.strip, texts))
    if len(set(keys)) == len(keys):  # the common case, decided at C speed
        return
    counts = Counter(keys)
    seen: set[str] = set()
    for node, key in zip(nodes, keys, strict=True):
        if key in seen and counts[key] and meaningful(key) and not is_connector(key) \
                and key.strip("\0"):
            yield node, counts[key]
            counts[key] = 0
        seen.add(key)


@rule("PS708", WARNING,
      title=Msg("Одинаковые наименования ТФ", "Identical TF names"),
      message=Msg("ТФ «{code}» называется так же, как ТФ «{other}»",
                  "TF '{code}' has the same name as TF '{other}'"),
      source=cite(GUIDE, "наименования трудовых функций", "names of work functions"),
      evidence="M",
      about=Msg("Наименования трудовых функций в стандарте различаются.",
                "Work function names differ within a standard."))
def same_tf_names(ctx: Context) -> Iterator[Hit]:
    first: dict[str, str] = {}
    for _, wf in ctx.standard.work_functions():
        key = _key(wf.name)
        if not meaningful(key):
            continue
        if key in first:
            yield wf.where("name"), {"code": wf.code, "other": first[key]}
        else:
            first[key] = wf.code


@rule("PS709", WARNING,
      title=Msg("ТФ называется как её ОТФ", "TF named like its OTF"),
      message=Msg("ТФ «{code}» называется так же, как её ОТФ «{otf}»",
                  "TF '{code}' has the same name as its OTF '{otf}'"),
      source=cite(GUIDE, "ОТФ — совокупность ТФ", "an OTF is a set of TFs"),
      evidence="M",
      about=Msg("ОТФ объединяет несколько трудовых функций, поэтому ТФ, названная как вся "
                "ОТФ, описана слишком широко (или ОТФ — слишком узко).",
                "An OTF groups several TFs; a TF named like the whole OTF is too broad (or the "
                "OTF too narrow)."))
def tf_like_otf(ctx: Context) -> Iterator[Hit]:
    for gf in ctx.standard.functions:
        key = _key(gf.name)
        for wf in gf.functions:
            if meaningful(key) and _key(wf.name) == key:
                yield wf.where("name"), {"code": wf.code, "otf": gf.code}


@rule("PS710", WARNING,
      title=Msg("HTML-разметка в тексте", "HTML markup in text"),
      message=Msg("в значении HTML-разметка «{markup}»: «{text}»",
                  "HTML markup '{markup}' in a value: '{text}'"),
      source=cite(FORMAT, "экранированный HTML", "escaped HTML"),
      evidence="format",
      about=Msg("В значение попала разметка HTML («<b>», «<p>», «&quot;»…) как текст. В "
                "печатном стандарте её нет; что она означала, решает человек. Переносы "
                "строк «<br />» и «&nbsp;» без другой разметки — правило PS715.",
                "HTML markup ('<b>', '<p>', '&quot;'…) ended up in a value as text. A person "
                "decides what it meant. Line breaks '<br />' and '&nbsp;' alone: rule PS715."))
def html_markup(ctx: Context) -> Iterator[Hit]:
    blob = ctx.blob
    if ("<" not in blob and "&" not in blob) or not markup.MARKUP.search(blob):
        return
    for ref in ctx.texts:
        m = markup.MARKUP.search(ref[0])
        if m and not markup.only_breaks(ref[0]):
            yield ctx.where(ref), {"markup": m.group(0), "text": clip(ref[0])}


@rule("PS715", WARNING, fix="unescape_breaks",
      title=Msg("Перенос строки записан разметкой HTML", "Line break written as HTML markup"),
      message=Msg("в значении перенос строки записан текстом «{markup}» — в документе он "
                  "печатается переносом, profstandards fix заменит его: «{text}»",
                  "a line break is written as the text '{markup}': printed as a line break, "
                  "replaced by profstandards fix: '{text}'"),
      source=cite(FORMAT, "экранированный HTML (&lt;br /&gt;)", "escaped HTML (&lt;br /&gt;)"),
      evidence="format",
      about=Msg("Реестр хранит перенос строки, набранный в его форме, буквально: в тексте "
                "оказывается «<br />» (в файле — &lt;br /&gt;), а неразрывный пробел — "
                "«&nbsp;». export, diff и consultation печатают их переносом строки и "
                "пробелом; profstandards fix записывает их так же, если другой разметки в "
                "значении нет (элемент списка из нескольких строк затем делится, как в "
                "PS711).",
                "The registry keeps a line break typed in its form literally: '<br />' (in "
                "the file &lt;br /&gt;), a non-breaking space as '&nbsp;'. export, diff and "
                "consultation print them as a line break and a space; profstandards fix "
                "writes them so where the value has no other markup."))
def escaped_breaks(ctx: Context) -> Iterator[Hit]:
    blob = ctx.blob
    if ("<" not in blob and "&" not in blob) or not markup.has_breaks(blob):
        return
    for ref in ctx.texts:
        if markup.only_breaks(ref[0]):
            m = markup.BREAK.search(ref[0]) or markup.NBSP.search(ref[0])
            assert m is not None
            yield ctx.where(ref), {"markup": m.group(0).strip(), "text": clip(ref[0])}


@rule("PS711", WARNING, fix="split_merged_items",
      title=Msg("Несколько строк в одном элементе списка", "Several lines in one list item"),
      message=Msg("элемент списка состоит из {lines} строк — вероятно, это {lines} элемента: "
                  "«{text}»",
                  "list item of {lines} lines, probably {lines} items: '{text}'"),
      source=cite(FORMAT, "элементы, склеенные &#13;", "items merged with &#13;"),
      evidence="format",
      about=Msg("Иногда несколько строк таблицы попадают в один элемент через перевод строки "
                "(&#13; в файле). profstandards fix разделяет такой элемент, если это "
                "однозначно: нет пустых строк и каждая следующая строка начинается с "
                "заглавной буквы или цифры.",
                "Several rows end up in one item joined by a line break (&#13;). "
                "profstandards fix splits it when unambiguous: no blank line and every next "
                "line starts with a capital or a digit."))
def merged_item(ctx: Context) -> Iterator[Hit]:
    if "\n" not in ctx.blob and "\r" not in ctx.blob:
        return
    for ref in ctx.texts:
        text, _, attr = ref
        stripped = text.strip()
        if attr is None and ("\n" in stripped or "\r" in stripped):
            lines = [line for line in stripped.splitlines() if line.strip()]
            yield ctx.where(ref), {"lines": len(lines), "text": clip(text)}


@rule("PS712", WARNING, yields_to=("PS710", "PS715"),
      title=Msg("Перевод строки внутри значения", "Line break inside a value"),
      message=Msg("перевод строки внутри значения: «{text}»", "line break inside a value: "
                  "'{text}'"),
      source=cite(FORMAT, "&#13; внутри значений", "&#13; inside values"),
      evidence="format",
      about=Msg("В поле из одной строки (должность руководителя, наименование) оказался "
                "перевод строки из исходного документа («директор&#13; Управления…»). "
                "Автоматически не исправляется: неизвестно, пробел там или точка.",
                "A single-line field holds a line break from the source document. Not fixed "
                "automatically: it may stand for a space or a full stop."))
def line_break(ctx: Context) -> Iterator[Hit]:
    if "\n" not in ctx.blob and "\r" not in ctx.blob:
        return
    for ref in ctx.texts:
        text, _, attr = ref
        stripped = text.strip()
        # the purpose is a paragraph of free text: a list in it is written line by line
        if attr is not None and attr != "purpose" and ("\n" in stripped or "\r" in stripped):
            yield ctx.where(ref), {"text": clip(text)}


@rule("PS713", WARNING, fix="strip_spaces",
      title=Msg("Пробелы по краям значения", "Leading or trailing whitespace"),
      message=Msg("пробелы в начале или в конце значения: «{text}»",
                  "whitespace at the start or end of a value: '{text}'"),
      source=cite(FORMAT, "лишние пробелы", "stray spaces"),
      evidence="format",
      about=Msg("Значения пишутся без пробелов по краям: «06.001 » не равно «06.001» при "
                "поиске и сравнении. Исправляется автоматически (profstandards fix).",
                "Values have no surrounding whitespace: '06.001 ' differs from '06.001' in "
                "search and comparison. Fixed by profstandards fix."))
def stray_spaces(ctx: Context) -> Iterator[Hit]:
    blob = ctx.blob
    if not (blob[:1].isspace() or blob[-1:].isspace() or _SPACE_AFTER_NUL.search(blob)
            or _SPACE_AFTER_NUL.search(blob[::-1])):
        return
    for ref in ctx.texts:
        text = ref[0]
        if text and (text[0].isspace() or text[-1].isspace()):
            yield ctx.where(ref), {"text": text.replace("\r", "\\r").replace("\n", "\\n")[:80]}


@rule("PS714", WARNING,
      title=Msg("Строка списка со строчной буквы", "List item starts in lower case"),
      message=Msg("элемент списка {list} начинается со строчной буквы — вероятно, это "
                  "продолжение предыдущей строки «{previous}»: «{text}»",
                  "item of the {list} list starts in lower case, probably the rest of the "
                  "previous item '{previous}': '{text}'"),
      source=cite(FORMAT, "строки таблиц, разрезанные при выгрузке", "table rows cut apart"),
      evidence="format",
      about=Msg("Элемент, начинающийся со строчной буквы после обычного элемента, обычно "
                "оказывается хвостом предыдущей строки, разрезанной при переносе в реестр "
                "(«Не менее одного года … при наличии» + «высшего образования - "
                "бакалавриат»). После союза «или»/«и» строчная буква естественна.",
                "An item starting in lower case after an ordinary item is usually the tail of "
                "the previous line, cut when entered into the registry. After 'или'/'и' lower "
                "case is natural."))
def lowercase_item(ctx: Context) -> Iterator[Hit]:
    for name, seq in ctx.lists:
        items = seq.items
        for previous, item in zip(items, items[1:], strict=False):
            first = item.text[:1]
            if first not in _LOWER and not first.isspace():
                continue  # the common case: a capital, a digit, a dash
            text = item.text.lstrip()
            if text and text[0] in _LOWER and not is_connector(text) \
                    and meaningful(previous.text) and not is_connector(previous.text):
                yield item.loc, {"list": LIST_TITLES[name], "previous": clip(previous.text, 50),
                                 "text": clip(text, 60)}
