"""Classifiers the user brings: ОКЗ, ОКПДТР and ОКСО as CSV files in the ``--classifiers``
directory.

None of the three is published in a machine-readable form (ОКВЭД2 is: Rosstat's file is
shipped, :mod:`profstandards.okved`), so profstandards cannot ship them.  A user who has
them puts one CSV file per classifier into the directory given by ``--classifiers`` (or
``classifiers`` in the settings):

* the file name starts with the classifier: ``okz*.csv``, ``okpdtr*.csv``, ``okso*.csv``
  (``okpdtr-2025.csv``, ``okso_2016.csv``…; several files of one classifier are read
  together, e.g. both editions of ОКПДТР);
* UTF-8 (with or without BOM) or windows-1251; the delimiter ``;`` or ``,``;
* the first row names the columns: ``code`` and ``name`` (required) and ``edition``
  (optional: «ОК 016-2025»), in any order; other columns are ignored.

With a file present, the rules check that each code of that classifier in the standard
exists and that its name matches (PS511, PS512).  Only codes of the forms the file has
are checked: a file of the six-digit ОКПДТР (ОК 016-2025) says nothing about five-digit
codes of ОК 016-94.
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

NAMES = ("okz", "okpdtr", "okso")
"""The classifiers a user may bring, by the prefix of their file names."""
TITLES = {"okz": Msg("ОКЗ", "OKZ"), "okpdtr": Msg("ОКПДТР", "OKPDTR"),
          "okso": Msg("ОКСО", "OKSO")}
NO_COLUMNS = Msg("в первой строке файла классификатора нет столбцов code и name (формат: "
                 "code;name;edition — см. README)",
                 "the first row of the classifier file has no code and name columns (format: "
                 "code;name;edition, see the README)")
NO_ROWS = Msg("в файле классификатора нет ни одной строки с кодом",
              "the classifier file has no row with a code")
UNREADABLE = Msg("не удалось прочитать файл классификатора: {detail}",
                 "cannot read the classifier file: {detail}")
_DIGIT = re.compile(r"\d")


def key(code: str) -> str:
    """A code as looked up: stripped, without the trailing dot of a section I ОКЗ code."""
    return code.strip().rstrip(".").strip()


def form(code: str) -> str:
    """The shape of a code, digits as 9: «2512» → «9999», «2.09.03.01» → «9.99.99.99»."""
    return _DIGIT.sub("9", key(code))


@dataclass(frozen=True)
class Classifier:
    """One user-supplied classifier: names by code, editions, the files read."""

    name: str  # okz | okpdtr | okso
    names: dict[str, str]
    editions: dict[str, str]  # code -> edition, where the file says it
    files: tuple[str, ...]

    @property
    def forms(self) -> frozenset[str]:
        return frozenset(form(code) for code in self.names)

    def covers(self, code: str) -> bool:
        """The file has codes of this code's form (it can tell whether the code exists)."""
        return form(code) in self.forms

    def lookup(self, code: str) -> str | None:
        return self.names.get(key(code))

    def edition(self, code: str) -> str:
        """The edition of a code's form («ОК 016-2025»), or the file names."""
        found = {e for c, e in self.editions.items() if form(c) == form(code) and e}
        return ", ".join(sorted(found)) or ", ".join(Path(f).name for f in self.files)


def files_in(directory: Path) -> dict[str, list[Path]]:
    """The CSV files of each user classifier in ``directory`` (by file name prefix)."""
    found: dict[str, list[Path]] = {}
    if not directory.is_dir():
        return found
    for path in sorted(directory.iterdir()):
        lower = path.name.lower()
        if path.suffix.lower() != ".csv" or not path.is_file():
            continue
        for name in NAMES:
            if lower.startswith(name):
                found.setdefault(name, []).append(path)
                break
    return found


@cache
def load(directory: str, name: str) -> Classifier | None:
    """Classifier ``name`` from the CSV files in ``directory``; ``None`` if there are none.
    A file that is not in the documented format raises :class:`InputError`."""
    paths = files_in(Path(directory)).get(name)
    if not paths:
        return None
    names: dict[str, str] = {}
    editions: dict[str, str] = {}
    for path in paths:
        for code, title, edition in _rows(path):
            names[code] = title
            if edition:
                editions[code] = edition
    return Classifier(name, names, editions, tuple(str(p) for p in paths))


def load_all(directory: str) -> dict[str, Classifier]:
    """Every user classifier in ``directory`` (checks their files early)."""
    out = {}
    for name in NAMES:
        found = load(directory, name)
        if found is not None:
            out[name] = found
    return out


def read_text(path: Path, unreadable: Msg) -> str:
    """A classifier file's text: UTF-8 (with or without BOM) or windows-1251, as Rosstat
    and spreadsheets save it; ``unreadable`` (with ``{detail}``) if it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), unreadable, detail=files.os_error(e)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def _rows(path: Path) -> list[tuple[str, str, str]]:
    text = read_text(path, UNREADABLE)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [cell.strip().lower() for cell in next(reader, [])]
    if "code" not in header or "name" not in header:
        raise InputError(str(path), NO_COLUMNS, 1)
    c, n = header.index("code"), header.index("name")
    ed = header.index("edition") if "edition" in header else None
    rows = []
    for row in reader:
        if len(row) > max(c, n) and row[c].strip():
            edition = row[ed].strip() if ed is not None and len(row) > ed else ""
            rows.append((key(row[c]), row[n].strip(), edition))
    if not rows:
        raise InputError(str(path), NO_ROWS)
    return rows
