"""Messages for people, in Russian (the users' language) and English (``--lang en``).

A :class:`Msg` holds both texts with ``str.format`` placeholders; code raises or
reports ``(Msg, params)`` and the output layer renders them in the chosen language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

LANGUAGES = ("ru", "en")
_current = "ru"


def set_lang(lang: str) -> None:
    """Choose the language of every rendered message (``ru`` or ``en``)."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _current = lang


def get_lang() -> str:
    return _current


ENV = "PROFSTANDARDS_LANG"
BAD_ENV = ("предупреждение: неизвестный язык {value!r} в PROFSTANDARDS_LANG (допустимы: ru, en); "
           "сообщения будут на русском")


def env_lang(warn: Callable[[str], object] | None = None) -> str:
    """The language ``$PROFSTANDARDS_LANG`` asks for; an unknown value means Russian (and
    ``warn`` is told so, once per value)."""
    import os

    value = os.environ.get(ENV, "").strip().lower()
    if not value or value in LANGUAGES:
        return value or "ru"
    if warn is not None and value not in _warned:
        _warned.add(value)
        warn(BAD_ENV.format(value=value))
    return "ru"


_warned: set[str] = set()


def clip(text: str, limit: int = 80) -> str:
    """``text`` on one line, cut to ``limit`` characters, for quoting in a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Msg:
    ru: str
    en: str

    def render(self, params: Mapping[str, object] | None = None, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the chosen language); a parameter that is
        itself a :class:`Msg` is rendered in the same language."""
        lang = lang or _current
        template = self.en if lang == "en" else self.ru
        if not params:
            return template
        return template.format(**{k: v.render(None, lang) if isinstance(v, Msg) else v
                                  for k, v in params.items()})

    def bind(self, **params: object) -> Msg:
        """This message with its placeholders filled, in both languages."""
        return Msg(self.ru.format(**params), self.en.format(**params))

    def __call__(self, **params: object) -> str:
        return self.render(params)
