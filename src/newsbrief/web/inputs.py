"""What the page and the API receive -> raw Articles, with the limits that keep a request small.

Each bad article becomes a one-line problem (a warning in the briefing), as on the command line;
only a request with no usable article at all, or one over a limit, is refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import PurePath

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.ingest.decode import decode
from newsbrief.ingest.formats import from_text, parse, parse_as
from newsbrief.types import Article
from newsbrief.web.models import ArticleIn

# A pasted box may hold several articles, one after another, separated by a line of "---".
PASTE_SEPARATOR = re.compile(r"^\s*---+\s*$", re.M)


@dataclass(frozen=True, slots=True)
class Limits:
    """Refused with 413 beyond these. A story is a few dozen articles of some 10-100 kB each."""

    max_articles: int = 50
    max_request_bytes: int = 10 * 1024 * 1024  # the whole request body
    max_file_bytes: int = 2 * 1024 * 1024  # one uploaded file or pasted field


class RequestError(NewsbriefError):
    """A request the server refuses; ``status`` is its HTTP status code."""

    code = "request"

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


class TooLarge(RequestError):
    code = "too-large"

    def __init__(self, message: str) -> None:
        super().__init__(message, status=413)


URL_FETCHING_UNAVAILABLE = (
    "URL fetching is not available in this version: it needs the story library's guarded "
    "fetcher; send the article's text or html instead"
)


def check_count(count: int, limits: Limits) -> None:
    if count > limits.max_articles:
        raise TooLarge(f"too many articles: {count} (at most {limits.max_articles} per request)")


def api_articles(items: list[ArticleIn], *, limits: Limits) -> tuple[list[Article], list[str]]:
    """The API's article objects -> raw Articles (read like a JSON article file) and problems."""
    check_count(len(items), limits)
    articles: list[Article] = []
    problems: list[str] = []
    for i, item in enumerate(items):
        name = f"articles[{i}]"
        if item.url is not None:
            raise RequestError(f"{name}: {URL_FETCHING_UNAVAILABLE}", status=400)
        body = item.text if item.text is not None else item.html or ""
        _check_size(name, len(body.encode("utf-8")), limits)
        record = {k: v for k, v in item.model_dump().items() if v is not None}
        try:
            if item.text is not None and item.title is None:
                # No title given: the first line is the headline when it looks like one.
                first = from_text(item.text, name=name, source=name)
                record.update(text=first.text, title=first.title)
            source = f"article {i + 1}"
            articles.extend(parse_as("json", json.dumps(record), name=name, source=source))
        except InputError as exc:
            problems.append(exc.message)
    return articles, problems


def pasted_articles(text: str, *, limits: Limits) -> tuple[list[Article], list[str]]:
    """A pasted box: articles separated by a line of ``---``; each read like a text file (the
    first line is the title when it looks like a headline; HTML is detected)."""
    parts = [p for p in PASTE_SEPARATOR.split(text) if p.strip()]
    check_count(len(parts), limits)
    articles: list[Article] = []
    problems: list[str] = []
    for i, part in enumerate(parts, 1):
        name = f"pasted article {i}"
        _check_size(name, len(part.encode("utf-8")), limits)
        try:
            articles.extend(parse(part.strip(), name=name))
        except InputError as exc:
            problems.append(exc.message)
    return articles, problems


def uploaded_articles(
    files: list[tuple[str, bytes]], *, limits: Limits
) -> tuple[list[Article], list[str]]:
    """Uploaded files (name, bytes), each read like a file given to ``newsbrief brief``."""
    check_count(len(files), limits)
    articles: list[Article] = []
    problems: list[str] = []
    for filename, data in files:
        name = PurePath(filename or "upload").name or "upload"
        _check_size(name, len(data), limits)
        try:
            text = decode(data, name=name)
            articles.extend(parse(text, name=name, suffix=PurePath(name).suffix.lower()))
        except InputError as exc:
            problems.append(exc.message)
    return articles, problems


def _check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_file_bytes:
        raise TooLarge(
            f"{name}: too large ({size:,} bytes; at most {limits.max_file_bytes:,} per article)"
        )
