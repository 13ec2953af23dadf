"""The library's storage faults are one line each and lose nothing: a full disk during ingest
(earlier transactions kept, a re-run completes), a read-only library, a corrupt one."""

from __future__ import annotations

import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from newsbrief.cli import app
from newsbrief.errors import StorageError
from newsbrief.library import Library
from newsbrief.store import schema

ROOT = Path(__file__).resolve().parents[2]
FIRE = ROOT / "tests" / "fixtures" / "kelmouth-fire"
ALEPPO = ROOT / "examples" / "aleppo-2016"


def articles(path: Path, n: int, *, seed: int = 11) -> Path:
    """``n`` distinct articles of made-up words, one JSON object a line."""
    rng = random.Random(seed)
    words = ["".join(rng.choices("abcdefghiklmnoprstuw", k=rng.randint(3, 9))) for _ in range(2000)]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            picked = rng.choices(words, k=90)
            text = ". ".join(" ".join(picked[j : j + 15]).capitalize() for j in range(0, 90, 15))
            out.write(json.dumps({"id": f"a{i}", "text": text + ".", "source": f"s{i % 5}"}))
            out.write("\n")
    return path


def run(*args: str | Path, fsize: int | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it; ``fsize``: no file may grow past that many bytes (a full
    disk, as RLIMIT_FSIZE: the write fails, Python ignores SIGXFSZ)."""

    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    command = [sys.executable, "-m", "newsbrief", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, preexec_fn=limit)


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def one_line_error(stderr: str, *, code: int, returncode: int) -> str:
    assert returncode == code, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("newsbrief: error: ")]
    assert len(errors) == 1, stderr
    return errors[0]


def stored(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [row[0] for row in conn.execute("SELECT id FROM articles")]


def test_disk_full_during_ingest_is_one_line_and_keeps_what_was_committed(tmp_path: Path) -> None:
    """Was exit 70, "cannot rollback - no transaction is active". Now: one line that says disk
    full, every earlier transaction (64 articles each) kept, and a re-run completes."""
    db = tmp_path / "lib.db"
    assert run("ingest", ALEPPO, "--db", db).returncode == 0
    before = stored(db)
    source = articles(tmp_path / "many.jsonl", 400)
    full = run("ingest", source, "--db", db, fsize=db.stat().st_size + 300_000)
    line = one_line_error(full.stderr, code=1, returncode=full.returncode)
    assert "disk full while writing" in line and str(db) in line
    kept = stored(db)
    assert 5 + 64 <= len(kept) < 5 + 400  # some transactions committed, not all
    assert f"the {len(kept) - 5} articles stored before it are kept" in line
    again = run("ingest", source, "--db", db)
    assert again.returncode == 0, again.stderr
    assert f"{405 - len(kept)} new, {len(kept) - 5} duplicate" in again.stderr
    assert sorted(stored(db)) == sorted([*before, *(f"a{i}" for i in range(400))])


def test_sqlite_full_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLITE_FULL itself (SQLite rolls the transaction back on its own), with the page count
    capped on the connection as a full disk would."""
    db = tmp_path / "lib.db"
    with Library.open(db) as library:
        library.ingest([ALEPPO])
    real = sqlite3.connect

    def capped(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        return conn

    monkeypatch.setattr(schema.sqlite3, "connect", capped)
    result = invoke("ingest", articles(tmp_path / "many.jsonl", 200), "--db", db)
    line = one_line_error(result.stderr, code=1, returncode=result.exit_code)
    assert "disk full while writing" in line and "database or disk is full" in line
    monkeypatch.undo()
    assert len(stored(db)) == 5


def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Libraries open as SQLite opens a file its user may not write (root may write any file,
    so chmod cannot show it here)."""
    real = sqlite3.connect

    def opened(path: str, **kwargs: Any) -> sqlite3.Connection:
        return real(f"file:{path}?mode=ro", uri=True, **kwargs)

    monkeypatch.setattr(schema.sqlite3, "connect", opened)


def test_a_read_only_library_is_one_line_and_still_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "lib.db"
    with Library.open(db) as library:
        library.ingest([ALEPPO])
    read_only(monkeypatch)
    result = invoke("ingest", FIRE, "--db", db)
    line = one_line_error(result.stderr, code=1, returncode=result.exit_code)
    assert f"{db}: the library is read-only" in line
    listed = invoke("stories", "--db", db)
    assert listed.exit_code == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 1
    monkeypatch.undo()
    assert len(stored(db)) == 5


def test_a_read_only_library_is_still_briefed_without_recording(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Was a failure: briefing stores the sentences and the briefing; read-only, it stores
    neither and says so."""
    db = tmp_path / "lib.db"
    with Library.open(db) as library:
        library.ingest([ALEPPO])
    read_only(monkeypatch)
    result = invoke("brief", "--story", "1", "--db", db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# ")
    assert f"newsbrief: warning: {db} is read-only: this briefing is not recorded" in result.stderr
    monkeypatch.undo()
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM briefings").fetchone()[0] == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_chmod_read_only_library_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    assert run("ingest", ALEPPO, "--db", db).returncode == 0
    db.chmod(0o444)
    result = run("ingest", FIRE, "--db", db)
    assert "read-only" in one_line_error(result.stderr, code=1, returncode=result.returncode)


def scribbled(db: Path) -> None:
    """Random bytes over most pages after the first two (the schema stays readable)."""
    rng = random.Random(3)
    size = db.stat().st_size
    with db.open("r+b") as stream:
        for offset in range(8192, size - 4096, 4096 * 3):
            stream.seek(offset + 100)
            stream.write(rng.randbytes(2000))


@pytest.mark.parametrize("damage", ["random", "truncated", "scribbled"])
def test_a_corrupt_library_is_one_line(tmp_path: Path, damage: str) -> None:
    db = tmp_path / "lib.db"
    with Library.open(db) as library:
        library.ingest([ALEPPO])
        library.ingest([articles(tmp_path / "more.jsonl", 100)])
    if damage == "random":
        db.write_bytes(random.Random(1).randbytes(20_000))
    elif damage == "truncated":
        db.write_bytes(db.read_bytes()[:10_000])
    else:
        scribbled(db)
    for args in (["ingest", FIRE], ["stories"], ["brief", "--story", "1"]):
        result = invoke(*args, "--db", db)
        line = one_line_error(result.stderr, code=1, returncode=result.exit_code)
        assert f"{db}: not a usable newsbrief library: corrupt" in line, args


def test_library_errors_name_the_file_and_are_storage_errors(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    db.write_bytes(b"\0" * 100 + b"not sqlite" * 100)
    with pytest.raises(StorageError, match="corrupt, or not SQLite"):
        Library.open(db)
