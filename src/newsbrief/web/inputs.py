"""What the page and the API receive -> raw Articles, with the limits that keep a request small.

Each bad article becomes a one-line problem (a warning in the briefing), as on the command line;
only a request with no usable article at all, or one over a limit, is refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import PurePath

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.ingest.decode import decode
from newsbrief.ingest.formats import from_text, parse, parse_as, parse_date
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


# Fetching is slow (seconds per page, one host at a time): a request names at most this many URLs.
MAX_URLS = 10

# url -> the articles read from it (a page, or a feed's entries) and one-line problems.
Fetch = Callable[[str], list[Article | str]]


def check_count(count: int, limits: Limits) -> None:
    if count > limits.max_articles:
        raise TooLarge(f"too many articles: {count} (at most {limits.max_articles} per request)")


def api_articles(
    items: list[ArticleIn], *, limits: Limits, fetch: Fetch
) -> tuple[list[Article], list[str]]:
    """The API's article objects -> raw Articles (read like a JSON article file; a URL fetched
    and read like `newsbrief ingest URL`) and problems. Blocks while fetching."""
    check_count(len(items), limits)
    check_urls(sum(item.url is not None for item in items))
    articles: list[Article] = []
    problems: list[str] = []
    for i, item in enumerate(items):
        name = f"articles[{i}]"
        if item.url is not None:
            found, missing = url_articles([item.url], fetch=fetch)
            given = {k: getattr(item, k) for k in ("title", "source") if getattr(item, k)}
            if item.published and parse_date(item.published):
                given["published"] = parse_date(item.published)
            articles += [replace(a, **given) for a in found]
            problems += missing
            continue
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


def url_articles(urls: list[str], *, fetch: Fetch) -> tuple[list[Article], list[str]]:
    """Each URL fetched and read (a page, or a feed's entries); problems as one-line strings."""
    check_urls(len(urls))
    articles: list[Article] = []
    problems: list[str] = []
    for url in urls:
        for item in fetch(url):
            if isinstance(item, str):
                problems.append(item)
            else:
                articles.append(item)
    return articles, problems


def split_urls(text: str) -> list[str]:
    """The URLs of the page's box: one per line (blank lines and # comments skipped)."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def check_urls(count: int) -> None:
    if count > MAX_URLS:
        raise TooLarge(f"too many URLs: {count} (at most {MAX_URLS} per request)")


def _check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_file_bytes:
        raise TooLarge(
            f"{name}: too large ({size:,} bytes; at most {limits.max_file_bytes:,} per article)"
        )
