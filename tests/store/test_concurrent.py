"""Two libraries open on one file (an ingest beside a watch): each sees the other's stories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsbrief.library import Library
from newsbrief.types import Article

from ..test_cluster import ELECTION, QUAKE  # type: ignore[import-not-found]


def article(aid: str, text: str) -> Article:
    return Article(id=aid, text=text, source=aid)


def test_a_second_writer_sees_the_first_writers_stories(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    with Library.open(path) as first, Library.open(path) as second:
        first.add([article("q1", QUAKE[0])])
        second.add([article("v1", ELECTION[0])])  # its index is built after q1: no clash
        first.add([article("v2", ELECTION[1])])  # first rebuilds: v1 is there to join
        second.add([article("q2", QUAKE[1])])
        groups = sorted(sorted(s.articles) for s in first.stories())
    assert groups == [["q1", "q2"], ["v1", "v2"]]


def test_a_slow_source_holds_no_write_lock(tmp_path: Path) -> None:
    """While the next article is still being fetched, another writer (a second ingest, brief
    --story) gets the library at once; earlier, the open transaction kept it locked for the
    whole fetch and the other failed with "database is locked" after 30 s."""
    import sqlite3

    path = tmp_path / "lib.db"
    locked: list[bool] = []

    def slow_source() -> Iterator[Article]:
        yield article("q1", QUAKE[0])
        other = sqlite3.connect(path, timeout=0.2, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # what a writer does first
            other.execute("ROLLBACK")
            locked.append(False)
        except sqlite3.OperationalError:
            locked.append(True)
        finally:
            other.close()
        yield article("q2", QUAKE[1])

    with Library.open(path) as library:
        report = library.add(slow_source())
        assert report.new == 2
    assert locked == [False]
