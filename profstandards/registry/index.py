"""``registry build``: index registry files into the database, incrementally.

Every file given (or found in a given directory) is read and hashed; a file whose
content the database already holds is not read again, a vanished or changed file's
standards are dropped.  New contents are read on ``jobs`` processes
(:func:`profstandards.parallel.imap`): a worker turns a file into rows
(:mod:`~profstandards.registry.rows`), the parent inserts them, so memory stays flat
however many files there are.

A build is all or nothing: a new database is written to a temporary file renamed over
the target at the end; an existing one is updated in one transaction.  An interrupted
build (Ctrl-C, a crash, a full disk) leaves the previous database as it was.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from profstandards import files, function_codes, parallel
from profstandards.errors import InputError
from profstandards.i18n import Msg
from profstandards.registry import rows, schema
from profstandards.registry.text import code_key, name_key

CANNOT_WRITE = Msg("не удалось записать базу реестра: {detail}",
                   "cannot write the registry database: {detail}")


@dataclass
class BuildStats:
    """What a build did."""

    added: int = 0  # files new to the database
    changed: int = 0  # files whose content changed
    removed: int = 0  # files gone (or no longer given)
    unchanged: int = 0
    indexed: int = 0  # contents read and indexed
    unreadable: list[InputError] = field(default_factory=list)
    standards: int = 0  # standards in the database after the build
    numbers: int = 0  # distinct registration numbers among them
    seconds: float = 0.0


def build(paths: Iterable[str | Path], db_path: str | Path, *, jobs: int | None = None,
          exclude: Iterable[str] = (), tick: Callable[[int], None] | None = None,
          on_plan: Callable[[int], None] | None = None) -> BuildStats:
    """Index the XML files named by ``paths`` into the database ``db_path``.

    ``on_plan(n)`` is told how many files will be read, ``tick(1)`` after each.
    Raises :class:`InputError` for a missing path, an empty directory or a ``db_path``
    that is not a registry database; unreadable registry files are listed in the
    result (the others are indexed)."""
    start = time.perf_counter()
    targets = files.collect(paths, exclude)
    target = Path(db_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        db = schema.open_for_update(target) if target.exists() else None
        if db is None:
            stats = _fresh(target, targets, jobs, tick, on_plan)
        else:
            try:
                db.execute("BEGIN IMMEDIATE")
                stats = _update(db, targets, jobs, tick, on_plan)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            finally:
                db.close()
    except (OSError, sqlite3.Error) as e:  # no room, no permission, a locked database
        raise InputError(str(target), CANNOT_WRITE, detail=str(e)) from None
    stats.seconds = time.perf_counter() - start
    return stats


def _fresh(target: Path, targets: list[Path], jobs: int | None,
           tick: Callable[[int], None] | None,
           on_plan: Callable[[int], None] | None) -> BuildStats:
    """Build a new database in a temporary file and rename it over ``target``."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = schema.create(tmp)
    try:
        db.execute("BEGIN")
        stats = _update(db, targets, jobs, tick, on_plan)
        schema.finish(db)
        db.execute("COMMIT")
        db.close()
        os.replace(tmp, target)
    except BaseException:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    return stats


def _update(db: sqlite3.Connection, targets: list[Path], jobs: int | None,
            tick: Callable[[int], None] | None,
            on_plan: Callable[[int], None] | None) -> BuildStats:
    stats = BuildStats()
    known: dict[str, str] = dict(db.execute("SELECT path, hash FROM files"))
    present: dict[str, tuple[str, int]] = {}
    for target in targets:
        try:
            data = files.read_bytes(target)
        except InputError as e:
            stats.unreadable.append(e)
            continue
        present[str(target.resolve())] = (rows.digest(data), len(data))
    for path, (digest, _) in present.items():
        old = known.get(path)
        if old is None:
            stats.added += 1
        elif old != digest:
            stats.changed += 1
        else:
            stats.unchanged += 1
    stats.removed = len(known.keys() - present.keys())
    documents: dict[str, int] = dict(db.execute("SELECT hash, id FROM documents"))
    needed: dict[str, str] = {}  # content hash → a path holding it
    for path, (digest, _) in sorted(present.items()):
        needed.setdefault(digest, path)
    for digest in documents.keys() - needed.keys():
        _drop(db, documents.pop(digest))
    todo = [path for digest, path in needed.items() if digest not in documents]
    if on_plan:
        on_plan(len(todo))
    failed: set[str] = set()
    writer = _Writer(db)
    for result in parallel.imap(rows.read_file, todo, jobs):
        if result.error is not None:
            stats.unreadable.append(result.error)
            failed.add(result.path)
        elif result.digest in documents:  # the file changed under us into a known content
            present[result.path] = (result.digest, result.size)
        else:
            documents[result.digest] = writer.add(result)
            present[result.path] = (result.digest, result.size)
            stats.indexed += 1
        if tick:
            tick(1)
    for path in failed:  # retried next time, and reported again
        present.pop(path, None)
    db.execute("DELETE FROM files")
    db.executemany("INSERT INTO files VALUES (?, ?, ?)",
                   [(path, digest, size) for path, (digest, size) in present.items()])
    if stats.indexed or stats.removed or stats.changed or failed:
        _derive(db)
    stats.standards, stats.numbers = db.execute(
        "SELECT count(*), count(DISTINCT nullif(registration_number, '')) FROM standards"
    ).fetchone()
    return stats


def _drop(db: sqlite3.Connection, document: int) -> None:
    """Remove one content's standards and everything under them."""
    ids = [sid for (sid,) in db.execute("SELECT id FROM standards WHERE document_id = ?",
                                        (document,))]
    for table in ("entries", "units", "functions"):
        db.executemany(f"DELETE FROM {table} WHERE standard_id = ?", [(i,) for i in ids])
    db.execute("DELETE FROM standards WHERE document_id = ?", (document,))
    db.execute("DELETE FROM documents WHERE id = ?", (document,))


class _Writer:
    """Inserts a worker's rows, giving them database ids."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.next_standard = _next_id(db, "standards")
        self.next_function = _next_id(db, "functions")

    def add(self, result: rows.FileRows) -> int:
        db = self.db
        document = db.execute("INSERT INTO documents(hash, path) VALUES (?, ?)",
                              (result.digest, result.path)).lastrowid
        assert document is not None
        for ordinal, standard in enumerate(result.standards):
            sid = self.next_standard
            self.next_standard += 1
            base = self.next_function
            self.next_function += len(standard.functions)

            def gid(local: int | None, base: int = base) -> int | None:
                return None if local is None else base + local

            db.execute("INSERT INTO standards VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                       (sid, document, ordinal, *standard.head))
            number = standard.head[0]
            db.executemany(
                "INSERT INTO functions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(base + local, sid, gid(parent), *rest)
                 for local, parent, *rest in standard.functions])
            owners = [_owner(number, code) for _, _, _, code, *_ in standard.functions]
            db.executemany(
                "INSERT INTO entries(standard_id, function_id, owner, kind, field, "
                "ordinal, text, lemmas, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(sid, gid(function), None if function is None else owners[function], *rest)
                 for function, *rest in standard.entries])
            db.executemany(
                "INSERT INTO units VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(sid, gid(function), classifier, code, name, code_key(code), name_key(name))
                 for function, classifier, code, name in standard.units])
        db.executemany("INSERT OR IGNORE INTO vocabulary VALUES (?, ?)", result.forms)
        return document


def _owner(number: str, code: str) -> int | None:
    """The function ``code`` of the standard ``number`` in any version (``None``: a
    draft's, which the comparison never counts)."""
    if not number:
        return None
    key = f"{number} {function_codes.fold(code)}".encode()
    digest = hashlib.blake2b(key, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _next_id(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _derive(db: sqlite3.Connection) -> None:
    """What depends on the whole registry: current versions, a path that still holds
    each content."""
    for statement in _DERIVE:  # not executescript: that would commit the transaction
        db.execute(statement)


_DERIVE = (
    "UPDATE standards SET current = 1 WHERE registration_number = ''",
    """UPDATE standards SET current = (id = (
           SELECT s.id FROM standards s JOIN documents d ON d.id = s.document_id
           WHERE s.registration_number = standards.registration_number
           ORDER BY s.date DESC, d.path, s.ordinal LIMIT 1))
       WHERE registration_number != ''""",
    "UPDATE documents SET path = (SELECT min(path) FROM files WHERE hash = documents.hash)",
)
