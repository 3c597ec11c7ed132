"""``docs/rules.md``, generated from the catalogue: ``python -m profstandards.rules.docs``
rewrites it, a test fails when it is stale, ``profstandards rules --format markdown``
prints it."""

from __future__ import annotations

import sys
from pathlib import Path

from profstandards.findings import Severity
from profstandards.i18n import Msg
from profstandards.resources import PACKAGE
from profstandards.rules.catalogue import AREAS, catalogue
from profstandards.rules.engine import PROFILES, Rule

PATH = PACKAGE.parent / "docs" / "rules.md"
SEVERITY = {Severity.ERROR: Msg("ошибка", "error"), Severity.WARNING: Msg("предупреждение",
            "warning"), Severity.INFO: Msg("замечание", "info")}
EVIDENCE = {
    "V": Msg("проверено по тексту акта или опубликованных стандартов",
             "checked against the act or published standards"),
    "V-portal": Msg("дословно по методике Минтруда на pst-c.rosmintrud.ru",
                    "verbatim from the Mintrud methodology portal"),
    "V-practice": Msg("по практике утверждённых стандартов; текст акта не сверен",
                      "from the practice of approved standards; the act's text not checked"),
    "V-secondary": Msg("по вторичным источникам", "from secondary sources"),
    "M": Msg("пересказ акта, официальная формулировка не сверена — поэтому не строже "
             "предупреждения", "a paraphrase of the act, wording not verified — hence at most "
             "a warning"),
    "format": Msg("по настоящим выгрузкам реестра", "observed in genuine registry exports"),
    "tool": Msg("соглашение profstandards", "profstandards convention"),
}
INTRO = """\
# Правила проверки `profstandards validate`

<!-- Файл создан командой `python -m profstandards.rules.docs` из описаний правил в коде
(profstandards/rules/). Не правьте его вручную: тест сверяет его с кодом. -->

`profstandards validate` сообщает о каждой находке строкой
`файл:строка:столбец: уровень КОД сообщение`. Этот файл описывает все коды: что проверяется,
на какой документ правило опирается и насколько надёжно это основание.

**Уровни.** `error` — ошибка: код выхода 1. `warning` — предупреждение: код выхода 0, а с
`--strict` — 1. `info` — замечание, код выхода не меняет.

**Профили** (`--profile`). `registry` (по умолчанию) — опубликованный стандарт: нужны
регистрационный номер, номер и дата приказа, код вида деятельности. `draft` — проект: эти
реквизиты могут быть пусты. Незаполненные заготовки «ЗАПОЛНИТЬ» — ошибка в любом профиле.

**Основание** — насколько проверено, что правило следует из документа:

{evidence}

Правила с основанием «M» — пересказ приказов № 148н и № 170н, официальный текст которых не
удалось сверить; поэтому они выпускаются предупреждениями, а не ошибками.

**Исправление.** Правила с пометкой «исправляется» чинит `profstandards fix` (буквы-двойники
в кодах, пробелы, перепутанные умения и знания, склеенные строки списков).

**Настройка.** `--select`/`--ignore` (коды или префиксы: `PS5` — все правила классификаторов),
`--profile`, `--strict`, `--classifiers`; те же ключи — в `.profstandards.toml` или в разделе
`[tool.profstandards]` файла `pyproject.toml`, уровень правила меняет таблица `severity`.

## Сводка

| код | уровень | правило | основание | исправляется |
|---|---|---|---|---|
{summary}
"""


def render() -> str:
    rules = catalogue()
    evidence = "\n".join(f"- **{key}** — {msg.ru}." for key, msg in EVIDENCE.items())
    summary = "\n".join(
        f"| [{r.code}](#{r.code.lower()}) | {SEVERITY[r.severity].ru} | {r.title.ru} | "
        f"{r.evidence} | {'да' if r.fix else ''} |" for r in rules)
    out = [INTRO.format(evidence=evidence, summary=summary)]
    area = None
    for rule in rules:
        if rule.code[:3] != area:
            area = rule.code[:3]
            out.append(f"\n## {area}xx. {AREAS[area].ru}\n")
        out.append(section(rule))
    return "".join(out)


def section(rule: Rule) -> str:
    """The rule's section of docs/rules.md: an anchor, a heading and :func:`body`."""
    return f'\n<a id="{rule.code.lower()}"></a>\n### {rule.code}. {rule.title.ru}\n' \
        f"*{rule.title.en}.* {body(rule)}"


def body(rule: Rule, lang: str = "ru", explain: bool = False) -> str:
    """What a reader needs to know of a rule, as Markdown: level, profiles, basis, fix,
    what it checks and why, its source and its message.  docs/rules.md and SARIF's
    ``help.markdown`` are both made of it, so they cannot disagree; ``explain`` spells the
    basis out (docs/rules.md explains the bases once, in its introduction)."""
    en = lang == "en"
    profiles = ", ".join(rule.profiles) if rule.profiles != PROFILES else ("all" if en else "все")
    basis = rule.evidence
    if explain and rule.evidence in EVIDENCE:
        basis += f" ({EVIDENCE[rule.evidence].render(lang=lang)})"
    if en:
        head = (f"Level: **{SEVERITY[rule.severity].en}** (`{rule.severity.value}`); profiles: "
                f"{profiles}; basis: {basis}"
                + (f"; fixed by `profstandards fix` (`{rule.fix}`)" if rule.fix else ""))
    else:
        head = (f"Уровень: **{SEVERITY[rule.severity].ru}** (`{rule.severity.value}`); профили: "
                f"{profiles}; основание: {basis}"
                + (f"; исправляет `profstandards fix` (`{rule.fix}`)" if rule.fix else ""))
    return "".join([
        f"{head}.\n",
        f"\n{rule.about.render(lang=lang)}\n",
        f"\n{'Source' if en else 'Источник'}: {rule.source.render(lang=lang)}.\n",
        f"\n{'Message' if en else 'Сообщение'}: «{_example(rule.message, lang)}»\n",
    ])


def _example(message: Msg, lang: str = "ru") -> str:
    """The message template with its placeholders shown as ``…``."""
    import re

    return re.sub(r"\{[a-z_]+\}", "…", message.en if lang == "en" else message.ru)


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8")
    print(f"written: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
