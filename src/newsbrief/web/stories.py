"""The story library, read-only, for the stories index and each story's briefing.

Reads go through the store's queries; nothing is written (unlike ``newsbrief brief --story``,
viewing a story here does not record a briefing, so ``--new`` is not moved on by a page view).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsbrief.config import Settings
from newsbrief.errors import InputError
from newsbrief.pipeline import brief_articles
from newsbrief.store import connect, queries
from newsbrief.store.queries import StoryRow
from newsbrief.types import Briefing
from newsbrief.web.inputs import RequestError


def _open(db: Path | None) -> Any:
    if db is None:
        raise RequestError("no story library: start the server with --db PATH", status=404)
    if not db.is_file():
        raise RequestError(f"{db}: no such library (run newsbrief ingest first)", status=404)
    try:
        return connect(db)
    except InputError as exc:
        raise RequestError(exc.message, status=500) from None


def story_rows(db: Path | None) -> list[StoryRow]:
    """Live stories, most recently seen first."""
    conn = _open(db)
    try:
        return queries.stories(conn)
    finally:
        conn.close()


def story_briefing(db: Path | None, story: int, *, settings: Settings) -> Briefing:
    """A briefing of all the story's articles (near-duplicates left out), as `brief --story`."""
    conn = _open(db)
    try:
        sid = queries.resolve_story(conn, story)
        if sid is None:
            raise RequestError(f"no story {story}", status=404)
        stored = [s for s in queries.story_articles(conn, sid) if s.duplicate_of is None]
    finally:
        conn.close()
    warnings = (f"story {story} was merged into story {sid}",) if sid != story else ()
    if not stored:
        raise RequestError(f"story {sid} has no article", status=404)
    return brief_articles([s.article for s in stored], settings=settings, warnings=warnings)
