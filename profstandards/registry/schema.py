"""The registry database: its tables, and opening it for reading or for a build.

One SQLite file (the standard library's ``sqlite3`` with FTS5), no server:

``files``
    every indexed file: path (absolute), content hash, size;
``documents``
    one per distinct content (two copies of a file are indexed once);
``standards``
    every standard of every document, with its approval date in ISO form and
    ``current`` = 1 for the version with the latest approval date of its registration
    number (a standard without a number is its own current version);
``functions``
    every ОТФ (``kind`` = ``gf``) and ТФ (``wf``, ``parent_id`` = its ОТФ), with the
    origin of a borrowed one;
``entries`` and ``entries_fts``
    every text searched or compared — the standard's name, kind of activity and
    purpose (``standard``), an ОТФ/ТФ name (``gf``/``wf``), a list item of an ОТФ/ТФ
    (``item``) — with its lemmas (full-text indexed) and its signature (the hash of its
    set of lemmas, :func:`~profstandards.registry.text.signature`); ``owner`` identifies
    the function across versions (registration number and code; none for a draft), so
    that how many registry functions have an item — its weight in the comparison
    (:mod:`~profstandards.registry.similarity`) — is one index-only count;
``units``
    every classifier unit (ОКЗ of section I and of the ОТФ, ОКВЭД, ЕКС/ЕТКС, ОКПДТР,
    ОКСО, ОКНПО, ОКСВНК); the view ``classifier_names`` counts, over the current versions,
    how many standards use each code → name pair;
``vocabulary``
    every word form seen, with its lemma ("" for a function word).

A new database gets its indexes, triggers and full-text index after the bulk insert
(:data:`INDEXES`), which is several times faster than keeping them up to date row by row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from profstandards.errors import InputError
from profstandards.i18n import Msg

VERSION = "2"
NOT_A_REGISTRY = Msg(
    "это не база реестра profstandards (её создаёт profstandards registry build)",
    "not a profstandards registry database (profstandards registry build makes one)")
OLD_VERSION = Msg(
    "база реестра создана другой версией profstandards: постройте её заново "
    "(profstandards registry build)",
    "the registry database was made by another version of profstandards: build it again "
    "(profstandards registry build)")
NO_DATABASE = Msg("нет такой базы реестра (её создаёт profstandards registry build)",
                  "no such registry database (profstandards registry build makes one)")

DDL = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('version', '{VERSION}');
CREATE TABLE files(path TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL);
CREATE TABLE documents(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, path TEXT NOT NULL);
CREATE TABLE standards(
    id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, ordinal INTEGER NOT NULL,
    registration_number TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    order_number TEXT NOT NULL, approval_date TEXT NOT NULL, date TEXT NOT NULL,
    current INTEGER NOT NULL DEFAULT 0);
CREATE TABLE functions(
    id INTEGER PRIMARY KEY, standard_id INTEGER NOT NULL, parent_id INTEGER,
    kind TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL,
    origin_code TEXT, origin_registration_number TEXT);
CREATE TABLE entries(
    id INTEGER PRIMARY KEY, standard_id INTEGER NOT NULL, function_id INTEGER,
    owner INTEGER, kind TEXT NOT NULL, field TEXT NOT NULL, ordinal INTEGER NOT NULL,
    text TEXT NOT NULL, lemmas TEXT NOT NULL, sig INTEGER);
CREATE VIRTUAL TABLE entries_fts USING fts5(
    lemmas, content='entries', content_rowid='id', tokenize='unicode61');
CREATE TABLE units(
    standard_id INTEGER NOT NULL, function_id INTEGER, classifier TEXT NOT NULL,
    code TEXT NOT NULL, name TEXT NOT NULL, code_key TEXT NOT NULL, name_key TEXT NOT NULL);
CREATE VIEW classifier_names AS
    SELECT u.classifier, u.code_key AS code, min(u.name) AS name,
           count(DISTINCT s.registration_number) AS standards, count(*) AS uses
    FROM units u JOIN standards s ON s.id = u.standard_id
    WHERE s.current AND u.code_key != ''
    GROUP BY u.classifier, u.code_key, u.name_key;
CREATE TABLE vocabulary(form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX standards_document ON standards(document_id);
CREATE INDEX standards_number ON standards(registration_number);
CREATE INDEX functions_standard ON functions(standard_id);
CREATE INDEX functions_parent ON functions(parent_id);
CREATE INDEX entries_standard ON entries(standard_id);
CREATE INDEX entries_function ON entries(function_id);
CREATE INDEX entries_sig ON entries(sig, owner) WHERE sig IS NOT NULL;
CREATE INDEX units_standard ON units(standard_id);
CREATE INDEX units_code ON units(classifier, code_key);
CREATE TRIGGER entries_added AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts(rowid, lemmas) VALUES (new.id, new.lemmas);
END;
CREATE TRIGGER entries_removed AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, lemmas) VALUES ('delete', old.id, old.lemmas);
END;
INSERT INTO entries_fts(entries_fts) VALUES ('rebuild');
"""


def create(path: Path) -> sqlite3.Connection:
    """A new database at ``path`` (which must not exist), for a build: tables only —
    run :func:`finish` after the bulk insert."""
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    db.executescript(f"BEGIN; {DDL} COMMIT;")
    return db


def finish(db: sqlite3.Connection) -> None:
    """Indexes, triggers and the full-text index of a bulk-filled new database (inside
    the build's transaction)."""
    statement = ""
    for line in INDEXES.splitlines(keepends=True):  # not executescript: it would commit
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


def open_for_update(path: Path) -> sqlite3.Connection | None:
    """The existing database at ``path`` for an incremental build, or ``None`` when it
    was made by another version (then it is built again from scratch)."""
    db = sqlite3.connect(path, isolation_level=None)
    if _version(db, str(path)) != VERSION:
        db.close()
        return None
    return db


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """The database at ``path`` for reading; :class:`InputError` if it is not one of ours."""
    source = str(path)
    if not Path(path).is_file():
        raise InputError(source, NO_DATABASE)
    db = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True,
                         check_same_thread=False)
    version = _version(db, source)
    if version != VERSION:
        db.close()
        raise InputError(source, OLD_VERSION)
    return db


def _version(db: sqlite3.Connection, source: str) -> str:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.DatabaseError:
        db.close()
        raise InputError(source, NOT_A_REGISTRY) from None
    if row is None:
        db.close()
        raise InputError(source, NOT_A_REGISTRY)
    return str(row[0])
