"""Crash safety: SIGKILL an ingest mid-way; the library is intact and a re-run completes it."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

ARTICLES = 2000


def dump(path: Path) -> Path:
    rng = random.Random(7)
    vocabulary = [
        "".join(rng.choices("abcdefghijklmnoprstuvw", k=rng.randint(3, 9))) for _ in range(3000)
    ]
    with path.open("w", encoding="utf-8") as out:
        for i in range(ARTICLES):
            words = rng.choices(vocabulary, k=90)
            text = (
                ". ".join(" ".join(words[j : j + 15]).capitalize() for j in range(0, 90, 15)) + "."
            )
            out.write(json.dumps({"id": f"art-{i}", "text": text, "source": f"site{i % 7}"}) + "\n")
    return path


def ingest(source: Path, db: Path, *, output: bool) -> subprocess.Popen[bytes]:
    code = "import sys; from newsbrief.cli import main; sys.argv[0] = 'newsbrief'; main()"
    pipe = subprocess.PIPE if output else subprocess.DEVNULL
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(source), "--db", str(db)],
        stdout=pipe,
        stderr=pipe,
        start_new_session=True,
    )


def count(db: Path) -> int:
    try:
        with closing(sqlite3.connect(db, timeout=5)) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_ingest_leaves_a_valid_library_that_a_rerun_completes(tmp_path: Path) -> None:
    source = dump(tmp_path / "dump.jsonl")
    db = tmp_path / "lib.db"
    process = ingest(source, db, output=False)
    deadline = time.monotonic() + 60
    while count(db) < 200 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)  # the ingest process only: its workers die with it
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the ingest finished before it was killed"
    kept = count(db)
    assert 0 < kept < ARTICLES
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = "SELECT count(*) FROM articles WHERE story NOT IN (SELECT id FROM stories)"
        assert conn.execute(orphans).fetchone()[0] == 0

    rerun = ingest(source, db, output=True)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    assert f"{ARTICLES - kept} new, {kept} duplicate" in err.decode()
    with closing(sqlite3.connect(db)) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        assert sorted(ids) == sorted(f"art-{i}" for i in range(ARTICLES))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
