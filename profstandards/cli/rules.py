"""``profstandards rules``: the rule catalogue (the same source as docs/rules.md)."""

from __future__ import annotations

import json
import sys

import click

from profstandards.cli.click_ru import bilingual, english
from profstandards.cli.common import EXIT_INPUT, lang_option
from profstandards.i18n import Msg
from profstandards.rules import area_of, catalogue, get
from profstandards.rules.docs import SEVERITY, evidence, fix_title
from profstandards.rules.docs import render as markdown
from profstandards.rules.engine import PROFILES, Rule

UNKNOWN = Msg("неизвестное правило {code} (список: profstandards rules)",
              "unknown rule {code} (see profstandards rules)")
FIXABLE = Msg("исправляет profstandards fix", "fixed by profstandards fix")
LABELS = {
    "severity": Msg("Уровень", "Severity"), "profiles": Msg("Профили", "Profiles"),
    "source": Msg("Источник", "Source"), "evidence": Msg("Основание", "Evidence"),
    "message": Msg("Сообщение", "Message"), "fix": Msg("Исправление", "Fix"),
}
ALL = Msg("все", "all")


@click.command("rules")
@click.argument("codes", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]),
              default="text", show_default=True,
              help=bilingual("text — список (или описание выбранных правил), json, markdown — "
                             "docs/rules.md.",
                             "text: the list (or the description of the chosen rules), json, "
                             "markdown: docs/rules.md."))
@lang_option
@english("""Show the catalogue of checks or the description of rules CODES (PS103 …).""")
def rules(codes: tuple[str, ...], fmt: str) -> None:
    """Показать каталог правил проверки или описание правил CODES (PS103 …)."""
    chosen = list(catalogue())
    if codes:
        chosen = []
        for code in codes:
            rule = get(code)
            if rule is None:
                click.echo(UNKNOWN(code=code), err=True)
                sys.exit(EXIT_INPUT)
            chosen.append(rule)
    if fmt == "markdown":
        click.echo(markdown(), nl=False)
    elif fmt == "json":
        click.echo(json.dumps([_as_dict(r) for r in chosen], ensure_ascii=False, indent=2))
    elif codes:
        click.echo("\n\n".join(_details(r) for r in chosen))
    else:
        click.echo(_listing(chosen), nl=False)


def _listing(chosen: list[Rule]) -> str:
    out: list[str] = []
    area: str | None = None
    for r in chosen:
        if r.code[:3] != area:
            area = r.code[:3]
            out.append(f"{'' if not out else chr(10)}{area}xx  {area_of(r.code).render()}")
        fix = " [fix]" if r.fix else ""
        out.append(f"  {r.code}  {r.severity.value:<7}  {r.title.render()}{fix}")
    return "".join(line + "\n" for line in out)


def _details(r: Rule) -> str:
    profiles = ", ".join(r.profiles) if r.profiles != PROFILES else ALL.render()
    lines = [f"{r.code}  {r.title.render()}", "",
             r.about.render(), "",
             f"{LABELS['severity'].render()}: {SEVERITY[r.severity].render()} "
             f"({r.severity.value})",
             f"{LABELS['profiles'].render()}: {profiles}",
             f"{LABELS['source'].render()}: {r.source.render()}",
             f"{LABELS['evidence'].render()}: {evidence(r).render()}",
             f"{LABELS['message'].render()}: {r.message.render()}"]
    title = fix_title(r)
    if title is not None:
        lines.append(f"{LABELS['fix'].render()}: {FIXABLE.render()} — {title.render()}")
    return "\n".join(lines)


def _as_dict(r: Rule) -> dict:
    return {"code": r.code, "severity": r.severity.value, "area": area_of(r.code).render(),
            "title": r.title.render(), "message": r.message.render(),
            "about": r.about.render(), "source": r.source.render(), "evidence": r.evidence,
            "profiles": list(r.profiles), "fix": r.fix}
