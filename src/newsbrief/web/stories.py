"""The story library as the web page sees it: the stories index and each story's briefing,
through ``Library`` like ``newsbrief stories`` and ``newsbrief brief --story`` (the same
briefing), except that viewing a story records no briefing, so ``--new`` is not moved on by a
page view.
"""

from __future__ import annotations

from pathlib import Path

from newsbrief.config import Settings
from newsbrief.errors import InputError, StorageError
from newsbrief.library import Library, StoryRow
from newsbrief.types import Briefing
from newsbrief.web.errors import RequestError


def _open(db: Path | None) -> Library:
    if db is None:
        raise RequestError("no story library: start the server with --db PATH", status=404)
    try:
        return Library.open(db, create=False)
    except InputError as exc:
        status = 404 if not db.is_file() else 500
        raise RequestError(exc.message, status=status) from None


def story_rows(db: Path | None) -> list[StoryRow]:
    """Live stories, most recently seen first."""
    with _open(db) as library:
        try:
            return library.stories()
        except StorageError as exc:
            raise _unavailable(exc, db) from None


def find_stories(
    db: Path | None, *, q: str = "", offset: int = 0, limit: int
) -> tuple[list[StoryRow], int]:
    """A page of ``limit`` live stories from ``offset``, of those whose headline holds every
    word of ``q`` (any case), and how many such stories there are in all."""
    rows = story_rows(db)
    words = q.casefold().split()
    if words:
        rows = [row for row in rows if all(w in row.headline.casefold() for w in words)]
    return rows[offset : offset + limit], len(rows)


def story_briefing(db: Path | None, story: int, *, settings: Settings) -> Briefing:
    """A briefing of all the story's articles (near-duplicates left out), as `brief --story`."""
    with _open(db) as library:
        try:
            return library.brief_story(story, settings=settings, record=False)
        except StorageError as exc:
            raise _unavailable(exc, db) from None
        except InputError as exc:  # the server's file name is none of the client's business
            raise RequestError(exc.message.removeprefix(f"{db}: "), status=404) from None


def _unavailable(exc: StorageError, db: Path | None) -> RequestError:
    """A library that cannot be read (corrupt, a failing disk): 503, named without its path."""
    return RequestError(exc.message.replace(str(db), "the story library"), status=503)
