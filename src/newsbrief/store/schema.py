"""The library's schema, created and upgraded by numbered migrations.

The version is SQLite's ``PRAGMA user_version``; each migration runs in its own transaction with
the version bump, so a crash mid-migration leaves the previous version intact. The database is in
WAL mode: readers never block the one writer, and a killed writer loses only its open transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from newsbrief.errors import InputError
from newsbrief.store.errors import storage_error

# Each entry upgrades the schema from version i to i + 1. Append, never edit a released entry.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        headline TEXT NOT NULL DEFAULT '',
        first_seen TEXT NOT NULL,            -- ISO 8601, from publication dates (else added)
        last_seen TEXT NOT NULL,
        updated TEXT NOT NULL,               -- when an article last joined (ingest time)
        merged_into INTEGER REFERENCES stories(id)
    );
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,           -- arrival order
        id TEXT NOT NULL UNIQUE,             -- as given in the input, else a content id
        hash TEXT NOT NULL UNIQUE,           -- SHA-1 of the cleaned text: idempotent re-ingest
        url TEXT UNIQUE,
        title TEXT,
        source TEXT NOT NULL DEFAULT '',
        published TEXT,
        authors TEXT NOT NULL DEFAULT '[]',  -- JSON list
        origin TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,                  -- cleaned text; sentence offsets index into it
        added TEXT NOT NULL,
        story INTEGER NOT NULL REFERENCES stories(id),
        duplicate_of INTEGER REFERENCES articles(rowid),  -- near-duplicate (wire copy, re-post)
        terms TEXT NOT NULL,                 -- JSON {stem: sublinear tf}: clustering features
        entities TEXT NOT NULL,              -- JSON list of lower-cased names
        signature BLOB NOT NULL              -- MinHash of word shingles
    );
    CREATE INDEX articles_story ON articles(story);
    CREATE TABLE sentences (
        article INTEGER NOT NULL REFERENCES articles(rowid),
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;
    CREATE TABLE briefings (
        id INTEGER PRIMARY KEY,
        story INTEGER NOT NULL REFERENCES stories(id),
        created TEXT NOT NULL,
        kind TEXT NOT NULL,                  -- "full" or "update"
        last_article INTEGER NOT NULL,       -- highest article rowid it covered
        articles TEXT NOT NULL,              -- JSON list of article ids
        content TEXT NOT NULL                -- the briefing as newsbrief's JSON
    );
    CREATE INDEX briefings_story ON briefings(story);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the library at ``path``; InputError if it is not a
    newsbrief library or was written by a newer version. Another application's database is
    refused before anything is written to it (not even the switch to WAL)."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
    except sqlite3.Error as exc:
        raise storage_error(exc, path, doing="opening") from None
    try:
        _check_ours(conn)
        conn.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL: durable at checkpoints, never corrupt.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise storage_error(exc, path, doing="opening") from None
    except InputError:
        conn.close()
        raise
    return conn


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already (it does on a full disk, and a
    second ROLLBACK would hide the real error behind "no transaction is active")."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


# The tables every version of the schema has: a database with a user_version but without them
# is another application's.
_OUR_TABLES = frozenset({"stories", "articles", "sentences", "briefings"})


def _check_ours(conn: sqlite3.Connection) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if version > SCHEMA_VERSION:
        return  # migrate() says it is from a newer newsbrief
    if (version == 0 and tables) or (version > 0 and not tables >= _OUR_TABLES):
        conn.close()
        raise InputError("not a newsbrief library (an SQLite database with other tables)")


def migrate(conn: sqlite3.Connection) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise InputError(
            f"library schema version {version} is newer than this newsbrief ({SCHEMA_VERSION})"
        )
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise


def _statements(script: str) -> list[str]:
    """A migration's statements (executescript would commit the open transaction)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
