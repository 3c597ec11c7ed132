"""Morphology results kept on disk between runs.

A methodologist runs ``profstandards validate`` on the same standard again and again;
its words were analysed last time, and loading pymorphy3's dictionaries again costs
about 0.1 s — half of a one-file run.  When enabled (:func:`enable`; the ``validate``
command does), the facts :mod:`profstandards.morph` derives from each word are read from
a file, and the words analysed anew are added to it when the process ends.

- Where: ``$PROFSTANDARDS_CACHE_DIR`` (an empty value turns the cache off), else
  ``$XDG_CACHE_HOME/profstandards``, else ``~/.cache/profstandards``.
- The file name carries a fingerprint of the installed pymorphy3 and its Russian
  dictionaries (paths, sizes, modification times): another version never reads it.
- JSON, never pickle: a cache directory may be writable by others, and reading it must
  not run code.  A file that is not what we wrote is ignored.
- Written atomically (temporary file + rename); at most :data:`LIMIT` words, the most
  recently added kept.  Processes that run in parallel may each write; the last write
  wins and the others' new words are analysed again next time — it is only a cache.
- Any error reading or writing it is ignored.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import json
import os
from pathlib import Path
from typing import Any

FORMAT = 1
LIMIT = 60_000
ENV = "PROFSTANDARDS_CACHE_DIR"

_enabled = False
_stored: dict[str, dict[str, Any]] | None = None
_added: dict[str, dict[str, Any]] = {}


def enable() -> None:
    """Read and keep morphology results on disk for the rest of this process."""
    global _enabled
    if not _enabled and directory() is not None:
        _enabled = True
        atexit.register(save)


def directory() -> Path | None:
    """The cache directory, or ``None`` when the cache is turned off."""
    value = os.environ.get(ENV)
    if value is not None:
        return Path(value) if value else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "profstandards"


def get(kind: str, word: str) -> Any:
    """The stored result of ``kind`` for ``word``, or ``None``."""
    if not _enabled:
        return None
    return _load().get(kind, {}).get(word)


def put(kind: str, word: str, value: Any) -> None:
    """Remember a new result (written at exit)."""
    if _enabled:
        _added.setdefault(kind, {})[word] = value


def save() -> None:
    """Add this process's new results to the file (nothing if there are none)."""
    path = _path()
    if not _added or path is None:
        return
    import tempfile

    try:
        merged = _read(path)
        for kind, values in _added.items():
            known = merged.setdefault(kind, {})
            for word, value in values.items():
                known.pop(word, None)  # re-added: it becomes the most recent
                known[word] = value
            excess = len(known) - LIMIT
            if excess > 0:
                for word in list(known)[:excess]:
                    del known[word]
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".morph-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"format": FORMAT, "results": merged}, f, ensure_ascii=False,
                          separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _added.clear()
    except (OSError, ValueError):
        pass  # a read-only home, a full disk: the next run analyses again


def _load() -> dict[str, dict[str, Any]]:
    global _stored
    if _stored is None:
        path = _path()
        _stored = _read(path) if path is not None else {}
    return _stored


def _read(path: Path) -> dict[str, dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    results = data.get("results")
    if not isinstance(results, dict) or not all(isinstance(v, dict) for v in results.values()):
        return {}
    return results


def _path() -> Path | None:
    folder = directory()
    if folder is None:
        return None
    return folder / f"morph-{_fingerprint()}.json"


def _fingerprint() -> str:
    """The installed pymorphy3 and dictionaries, as a short hash of their files' stats."""
    parts = [str(FORMAT)]
    for package, names in (("pymorphy3", ("__init__.py", "analyzer.py")),
                           ("pymorphy3_dicts_ru", ("data/meta.json", "data/words.dawg",
                                                   "data/paradigms.array"))):
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            parts.append(f"{package}:none")
            continue
        root = Path(spec.origin).parent
        for name in names:
            try:
                st = (root / name).stat()
                parts.append(f"{root / name}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                parts.append(f"{root / name}:none")
    parts.append(os.environ.get("PYMORPHY3_DICT_PATH", ""))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
