"""Names for people: sections, fields, kinds and classes of change, in Russian and English.

Every output format takes its words from here, so the text report, the HTML page and
the Word tables call a field the same way (the way the printed standard does).
"""

from __future__ import annotations

from profstandards import fields
from profstandards.diff.changes import Change, Class, Kind, Section, Target
from profstandards.i18n import Msg

SECTIONS: dict[Section, Msg] = {
    Section.TITLE: Msg("Наименование и регистрационный номер", "Name and registration number"),
    Section.I: Msg("I. Общие сведения", "I. General information"),
    Section.III: Msg("III. Характеристика обобщенных трудовых функций",
                     "III. Generalized work functions"),
    Section.IV: Msg("IV. Сведения об организациях – разработчиках",
                    "IV. Developer organizations"),
    Section.NORMALIZE: Msg("Исправления выгрузки (--normalize)", "Export fixes (--normalize)"),
}

KINDS: dict[Kind, Msg] = {
    Kind.ADDED: Msg("добавлено", "added"),
    Kind.REMOVED: Msg("удалено", "removed"),
    Kind.CHANGED: Msg("изменено", "changed"),
    Kind.MOVED: Msg("перенесено", "moved"),
    Kind.RENUMBERED: Msg("перенумеровано", "renumbered"),
    Kind.SPLIT: Msg("разделено", "split"),
    Kind.MERGED: Msg("объединено", "merged"),
    Kind.SWAPPED: Msg("списки умений и знаний поменялись местами",
                      "the skills and knowledge lists are exchanged"),
    Kind.NORMALIZED: Msg("исправлено нормализацией", "fixed by normalization"),
}

CLASSES: dict[Class, Msg] = {
    Class.EDITORIAL: Msg("редакционное", "editorial"),
    Class.SUBSTANTIVE: Msg("по существу", "substantive"),
}

TARGETS: dict[Target, Msg] = {
    Target.STANDARD: Msg("Стандарт", "Standard"),
    Target.GENERAL: Msg("Общие сведения", "General information"),
    Target.GF: Msg("ОТФ", "GWF"),
    Target.WF: Msg("ТФ", "WF"),
    Target.DEVELOPERS: Msg("Разработчики", "Developers"),
}



def _field_labels() -> dict[tuple[Target, str], Msg]:
    """The field table's names, keyed as changes name them: a field's short name where it
    has one («Код ТФ»); a section I classifier with both («Группа занятий (ОКЗ)»)."""
    out: dict[tuple[Target, str], Msg] = {}
    for f in fields.FIELDS:
        target = Target.DEVELOPERS if f.owner in (fields.R, fields.D) else Target(f.owner.value)
        label = f.title
        if f.owner is fields.G and f.shape is fields.UNITS:
            label = Msg(f"{f.label.ru} ({f.title.ru})", f"{f.label.en} ({f.title.en})")
        out[(target, f.name)] = label
    skills, knowledge = (fields.get(fields.WF, name).label for name in ("skills", "knowledge"))
    out[(Target.WF, "skills/knowledge")] = Msg(f"{skills.ru} / {knowledge.ru}",
                                               f"{skills.en} / {knowledge.en}")
    return out


FIELDS: dict[tuple[Target, str], Msg] = _field_labels()

ITEM = Msg("п. {n}", "item {n}")
SWAP_HINT = Msg("умения и знания поменялись местами целиком в {count} ТФ: так выгружал реестр до "
                "середины 2020 г.; --normalize исправит выгрузку перед сравнением",
                "skills and knowledge are exchanged wholesale in {count} WF, as registry exports "
                "made before mid-2020 have them; --normalize fixes the export before comparing")
ARROW = " → "
STEP = " › "


def field_label(change: Change) -> str:
    """The printed name of the changed field ("" for a whole ОТФ/ТФ/standard)."""
    if not change.field or change.section is Section.NORMALIZE:
        return ""
    msg = FIELDS.get((change.target, change.field))
    return msg.render() if msg else change.field


def codes_label(codes: tuple[str | None, str | None]) -> str:
    """``B/04.5 → B/05.4``, or the one code when both sides agree or one is missing."""
    old, new = codes
    if old is not None and new is not None and old != new:
        return f"{old}{ARROW}{new}"
    return new if new is not None else (old or "")


def element(change: Change, with_section: bool = True) -> str:
    """The structural element a change is in, e.g. «III. ОТФ B → ТФ B/05.4 → Трудовые
    действия, п. 3» — what the «Структурный элемент» column shows."""
    if change.section is Section.NORMALIZE:
        return SECTIONS[Section.NORMALIZE].render()
    parts: list[str] = []
    if change.gf != (None, None):
        parts.append(f"{TARGETS[Target.GF].render()} {codes_label(change.gf)}")
    if change.wf != (None, None):
        parts.append(f"{TARGETS[Target.WF].render()} {codes_label(change.wf)}")
    label = field_label(change)
    number = change.index[1] if change.index[1] is not None else change.index[0]
    if label and number is not None:
        label += ", " + ITEM.render({"n": number})
    if label:
        parts.append(label)
    text = STEP.join(parts)
    if with_section and change.section in (Section.I, Section.III, Section.IV):
        text = f"{change.section.value}. {text}".strip()
    return text


def describe(change: Change) -> str:
    """Kind (and a detail, if any) for people: «перенумеровано», «разделено на B/05, B/06»."""
    text = KINDS[change.kind].render()
    if change.detail is not None:
        joint = " " if change.kind in (Kind.SPLIT, Kind.MERGED) else ": "
        text += joint + change.detail.render()
    return text


VERSION = Msg("рег. № {reg} «{name}»", "reg. No. {reg} '{name}'")
DRAFT_VERSION = Msg("проект «{name}»", "draft '{name}'")
ORDER = Msg(", приказ {order}", ", order {order}")
ORDER_DATE = Msg(" от {date}", " of {date}")
UNDATED = Msg(" (без реквизитов приказа)", " (no order details)")
EDITION = Msg("Редакция от {date}", "Version of {date}")
OLD_EDITION = Msg("Прежняя редакция", "Previous version")
NEW_EDITION = Msg("Новая редакция", "New version")


def version(std) -> str:  # std: model.Standard
    """A version of a standard for a header line: registration number, name, order."""
    order, date = std.order_number.strip(), std.approval_date.strip()
    reg = std.registration_number.strip()
    label = VERSION if reg else DRAFT_VERSION  # a draft has no registration number yet
    text = label.render({"reg": reg, "name": std.name.strip()})
    if order or date:
        text += ORDER.render({"order": order}).rstrip()
        text += ORDER_DATE.render({"date": date}) if date else ""
    else:
        text += UNDATED.render()
    return text


def edition(std, fallback: Msg) -> str:
    """«Редакция от 18.11.2013» (the date of the order), or ``fallback`` without a date."""
    date = std.approval_date.strip() if std is not None else ""
    return EDITION.render({"date": date}) if date else fallback.render()
