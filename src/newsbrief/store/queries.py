"""Reads and writes of the library. Callers own the transactions; these functions only run SQL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from newsbrief.cluster import Features
from newsbrief.types import Article, Sentence


@dataclass(frozen=True, slots=True)
class StoryRow:
    id: int
    headline: str
    articles: tuple[str, ...]  # article ids, in arrival order (near-duplicates included)
    outlets: tuple[str, ...]  # distinct sources of the articles that are not near-duplicates
    first_seen: datetime
    last_seen: datetime
    updated: datetime

    def record(self) -> dict[str, object]:
        """The story as JSON: what ``newsbrief stories --format json`` and GET /api/stories give."""
        return {
            "id": self.id,
            "headline": self.headline,
            "articles": list(self.articles),
            "outlets": list(self.outlets),
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class StoredArticle:
    rowid: int
    article: Article
    added: datetime
    duplicate_of: int | None


def is_stored(conn: sqlite3.Connection, *, digest: str, url: str | None) -> bool:
    row = conn.execute(
        "SELECT 1 FROM articles WHERE hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1",
        (digest, url),
    ).fetchone()
    return row is not None


def free_id(conn: sqlite3.Connection, wanted: str) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``, … when another article already has it."""
    candidate, n = wanted, 2
    while conn.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def next_rowid(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM articles").fetchone()[0])


def max_story(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM stories").fetchone()[0])


def insert_story(
    conn: sqlite3.Connection, story: int, *, headline: str | None, seen: datetime, now: datetime
) -> None:
    conn.execute(
        "INSERT INTO stories (id, headline, first_seen, last_seen, updated) VALUES (?, ?, ?, ?, ?)",
        (story, headline or "", _iso(seen), _iso(seen), _iso(now)),
    )


def touch_story(
    conn: sqlite3.Connection, story: int, *, headline: str | None, seen: datetime, now: datetime
) -> None:
    """An article joined: widen the seen range, set the headline if the story had none."""
    conn.execute(
        """UPDATE stories SET first_seen = min(first_seen, ?), last_seen = max(last_seen, ?),
           updated = ?, headline = CASE WHEN headline = '' THEN ? ELSE headline END
           WHERE id = ?""",
        (_iso(seen), _iso(seen), _iso(now), headline or "", story),
    )


def merge_stories(conn: sqlite3.Connection, source: int, *, into: int) -> None:
    conn.execute("UPDATE articles SET story = ? WHERE story = ?", (into, source))
    conn.execute("UPDATE briefings SET story = ? WHERE story = ?", (into, source))
    conn.execute(
        """UPDATE stories SET
             first_seen = min(first_seen, (SELECT first_seen FROM stories WHERE id = :source)),
             last_seen = max(last_seen, (SELECT last_seen FROM stories WHERE id = :source)),
             headline = CASE WHEN headline = ''
               THEN (SELECT headline FROM stories WHERE id = :source) ELSE headline END
           WHERE id = :into""",
        {"source": source, "into": into},
    )
    conn.execute("UPDATE stories SET merged_into = ? WHERE id = ?", (into, source))


def insert_article(
    conn: sqlite3.Connection,
    rowid: int,
    article: Article,
    *,
    digest: str,
    story: int,
    now: datetime,
    duplicate_of: int | None,
    features: Features,
) -> None:
    conn.execute(
        """INSERT INTO articles (rowid, id, hash, url, title, source, published, authors, origin,
             text, added, story, duplicate_of, terms, entities, signature)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            rowid,
            article.id,
            digest,
            article.url,
            article.title,
            article.source,
            _iso(article.published) if article.published else None,
            json.dumps(list(article.authors)),
            article.origin,
            article.text,
            _iso(now),
            story,
            duplicate_of,
            json.dumps(features.terms, separators=(",", ":")),
            json.dumps(sorted(features.entities)),
            features.signature.tobytes(),
        ),
    )


def article_features(conn: sqlite3.Connection) -> Iterator[tuple[int, int, int | None, Features]]:
    """(rowid, story, duplicate_of, features) of every article, in arrival order."""
    for rowid, story, dup, terms, entities, signature, published in conn.execute(
        """SELECT rowid, story, duplicate_of, terms, entities, signature, published
           FROM articles ORDER BY rowid"""
    ):
        yield (
            rowid,
            story,
            dup,
            Features(
                terms=json.loads(terms),
                entities=frozenset(json.loads(entities)),
                signature=np.frombuffer(signature, dtype=np.uint64).copy(),
                published=_parse(published) if published else None,
            ),
        )


_SQLITE_MIN, _SQLITE_MAX = -(2**63), 2**63 - 1  # SQLite's INTEGER is 64 bits


def resolve_story(conn: sqlite3.Connection, story: int) -> int | None:
    """The story ``story`` is now (following merges), or None if there is no such story."""
    if not _SQLITE_MIN <= story <= _SQLITE_MAX:  # no such id; SQLite would raise OverflowError
        return None
    for _ in range(1000):
        row = conn.execute("SELECT merged_into FROM stories WHERE id = ?", (story,)).fetchone()
        if row is None:
            return None
        if row[0] is None:
            return story
        story = int(row[0])
    return None


def stories(conn: sqlite3.Connection, *, since: datetime | None = None) -> list[StoryRow]:
    """Live stories, most recently seen first; ``since`` keeps those seen since then."""
    rows = conn.execute(
        """SELECT s.id, s.headline, s.first_seen, s.last_seen, s.updated,
             json_group_array(a.id), json_group_array(CASE WHEN a.duplicate_of IS NULL
               THEN a.source END),
             (SELECT substr(text, 1, 200) FROM articles WHERE story = s.id ORDER BY rowid LIMIT 1)
           FROM stories s JOIN (SELECT * FROM articles ORDER BY rowid) a ON a.story = s.id
           WHERE s.merged_into IS NULL AND s.last_seen >= ?
           GROUP BY s.id ORDER BY s.last_seen DESC, s.id""",
        (_iso(since) if since else "",),
    )
    out = []
    for sid, headline, first, last, updated, ids, sources, lead in rows:
        outlets = tuple(dict.fromkeys(s for s in json.loads(sources) if s))
        out.append(
            StoryRow(
                id=sid,
                headline=headline or _lead_headline(lead),
                articles=tuple(json.loads(ids)),
                outlets=outlets,
                first_seen=_parse(first),
                last_seen=_parse(last),
                updated=_parse(updated),
            )
        )
    return out


def story_articles(conn: sqlite3.Connection, story: int) -> list[StoredArticle]:
    rows = conn.execute(
        """SELECT rowid, id, text, title, source, url, published, authors, origin, added,
             duplicate_of FROM articles WHERE story = ? ORDER BY rowid""",
        (story,),
    )
    return [
        StoredArticle(
            rowid=r[0],
            article=Article(
                id=r[1],
                text=r[2],
                title=r[3],
                source=r[4],
                url=r[5],
                published=_parse(r[6]) if r[6] else None,
                authors=tuple(json.loads(r[7])),
                origin=r[8],
            ),
            added=_parse(r[9]),
            duplicate_of=r[10],
        )
        for r in rows
    ]


def last_briefing(conn: sqlite3.Connection, story: int) -> int | None:
    """The highest article rowid covered by the story's last briefing, if it has one."""
    row = conn.execute(
        "SELECT last_article FROM briefings WHERE story = ? ORDER BY id DESC LIMIT 1", (story,)
    ).fetchone()
    return None if row is None else int(row[0])


def insert_briefing(
    conn: sqlite3.Connection,
    story: int,
    *,
    kind: str,
    last_article: int,
    articles: list[str],
    content: str,
    now: datetime,
) -> None:
    conn.execute(
        """INSERT INTO briefings (story, created, kind, last_article, articles, content)
           VALUES (?, ?, ?, ?, ?, ?)""",
        (story, _iso(now), kind, last_article, json.dumps(articles), content),
    )


def _lead_headline(lead: str | None, words: int = 12) -> str:
    parts = (lead or "").split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _iso(value: datetime) -> str:
    """UTC ISO 8601 (naive datetimes are taken as UTC), so strings sort as times."""
    if value.tzinfo is not None:
        from datetime import UTC

        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="seconds")


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


def sentences(conn: sqlite3.Connection, rowid: int, article: Article) -> tuple[Sentence, ...]:
    rows = conn.execute(
        "SELECT idx, start, end FROM sentences WHERE article = ? ORDER BY idx", (rowid,)
    )
    return tuple(Sentence(article.id, i, s, e, article.text[s:e]) for i, s, e in rows)


def insert_sentences(conn: sqlite3.Connection, rowid: int, sentences: tuple[Sentence, ...]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO sentences (article, idx, start, end) VALUES (?, ?, ?, ?)",
        [(rowid, s.index, s.start, s.end) for s in sentences],
    )
