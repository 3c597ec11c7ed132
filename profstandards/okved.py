"""ОКВЭД2 (ОК 029-2014) data: the Rosstat open-data file, shipped or a newer one.

The shipped file (``profstandards/data/okved2/``, source in ``SOURCES.md`` there) is the
Rosstat CSV itself: ``;``-separated, quoted, columns section letter, code, name.  A user
may point at a newer file of the same format, or a directory holding one
(``--classifiers``); windows-1251 (as Rosstat publishes it) and UTF-8 are both read.
Loading takes a few milliseconds and happens once per process, only when a rule needs it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from profstandards import files
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.resources import DATA

SHIPPED = DATA / "okved2" / "okved2_rosstat_data-20231201-structure-20180402.csv"
NOT_FOUND = Msg("нет такого файла или каталога классификаторов",
                "no such classifier file or directory")
NO_FILE = Msg("в каталоге нет файла ОКВЭД2 (*okved*.csv или data-ГГГГММДД-structure-….csv)",
              "no OKVED2 file in the directory (*okved*.csv or data-YYYYMMDD-structure-….csv)")
UNREADABLE = Msg("не удалось прочитать файл ОКВЭД2: {detail}", "cannot read the OKVED2 file: "
                 "{detail}")
NOT_OKVED = Msg("это не файл ОКВЭД2 Росстата: нет строк вида «раздел;код;наименование»",
                "not a Rosstat OKVED2 file: no 'section;code;name' rows")
_DATED = re.compile(r"data-(\d{4})(\d{2})(\d{2})")


@dataclass(frozen=True)
class Okved:
    """Names of the ОКВЭД2 codes, and which edition they come from."""

    names: dict[str, str]
    path: str
    edition: str  # the Rosstat data date ("01.12.2023"), or the file name

    def name(self, code: str) -> str | None:
        return self.names.get(code.strip())


@cache
def load(location: str | None = None) -> Okved:
    """The ОКВЭД2 data: shipped, or from ``location`` (a file, or a directory holding one).

    Raises :class:`InputError` for a missing or unreadable location.
    """
    path = SHIPPED if location is None else find(Path(location))
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), UNREADABLE, detail=files.os_error(e)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1251")
    names: dict[str, str] = {}
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=";"):
        if len(row) >= 3 and row[1].strip():
            names[row[1].strip()] = row[2].strip()
    if not names:
        raise InputError(str(path), NOT_OKVED)
    m = _DATED.search(path.name)
    edition = f"{m[3]}.{m[2]}.{m[1]}" if m else path.name
    return Okved(names, str(path), edition)


def find(location: Path) -> Path:
    """The ОКВЭД2 file ``location`` names: itself, or the newest one in a directory."""
    if location.is_file():
        return location
    if not location.is_dir():
        raise InputError(str(location), NOT_FOUND)
    candidates = [p for p in location.iterdir() if p.suffix.lower() == ".csv" and p.is_file()
                  and ("okved" in p.name.lower() or _DATED.search(p.name))]
    if not candidates:
        raise InputError(str(location), NO_FILE)
    return max(candidates, key=lambda p: (_date_key(p.name), p.name))


def _date_key(name: str) -> str:
    m = _DATED.search(name)
    return "".join(m.groups()) if m else ""


_NOT_LETTERS = re.compile(r"[\W_]+")


def normalise(name: str) -> str:
    """A name reduced to its letters and digits, lower-case, «ё» as «е»: registry names
    differ from Rosstat's in case, punctuation and lost spaces («использованиемвычислительной»)."""
    return _NOT_LETTERS.sub("", name.lower().replace("ё", "е"))
