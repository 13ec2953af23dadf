"""Two libraries open on one file (an ingest beside a watch): each sees the other's stories."""

from __future__ import annotations

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
