"""The library's schema: created by migrations, versioned, WAL, refuses newer or foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.store import SCHEMA_VERSION, connect


def test_a_new_library_is_migrated_to_the_current_version(tmp_path: Path) -> None:
    conn = connect(tmp_path / "lib.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "stories", "sentences", "briefings"} <= tables
    conn.close()


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    connect(tmp_path / "lib.db").close()
    conn = connect(tmp_path / "lib.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_library_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(InputError, match="newer"):
        connect(path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    path.write_bytes(b"this is not a database, just some text " * 100)
    with pytest.raises(InputError, match="not a usable newsbrief library"):
        connect(path)


def test_another_applications_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.commit()
    raw.close()
    with pytest.raises(InputError, match="not a newsbrief library"):
        connect(path)


def test_another_applications_database_is_not_changed(tmp_path: Path) -> None:
    """Refused before the switch to WAL (which rewrites the file's header), and also when it
    carries a user_version of its own."""
    for version in (0, 1):
        path = tmp_path / f"other{version}.db"
        raw = sqlite3.connect(path)
        raw.execute("CREATE TABLE contacts (name TEXT)")
        raw.execute(f"PRAGMA user_version = {version}")
        raw.commit()
        raw.close()
        before = path.read_bytes()
        with pytest.raises(InputError, match="not a newsbrief library"):
            connect(path)
        assert path.read_bytes() == before
        assert not path.with_name(path.name + "-wal").exists()
