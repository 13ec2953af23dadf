"""What the page and the API receive -> raw Articles, read through ``newsbrief.ingest`` like the
command line's inputs, with the caps that keep a request small (``Settings.limits``).

An uploaded file is read by ``ingest.read`` as a named binary stream, so it gets the same
detection as a file given to ``newsbrief brief`` (encoding, feed, HTML, JSON, JSON Lines, text);
a pasted article is read the same way, as a file without a name suffix; a URL is read by
``ingest.stream`` with the request's guarded fetcher. What stays here is the web's own: the
``---`` separator of the pasted box, the per-request and per-article caps (413 beyond), refusing
anything but a URL where a URL is expected, and the JSON API's article objects.

Each bad article becomes a one-line problem (a warning in the briefing), as on the command line;
only a request with no usable article at all, or one over a cap, is refused.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from newsbrief import ingest
from newsbrief.config import Limits
from newsbrief.errors import InputError
from newsbrief.ingest import ReadResult
from newsbrief.ingest.formats import from_text, parse_as, parse_date
from newsbrief.types import Article
from newsbrief.web.errors import TooLarge
from newsbrief.web.models import ArticleIn

if TYPE_CHECKING:
    from newsbrief.ingest.fetch import Fetcher

# A pasted box may hold several articles, one after another, separated by a line of "---".
PASTE_SEPARATOR = re.compile(r"^\s*---+\s*$", re.M)


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file as the form delivered it."""

    filename: str
    data: bytes


class _Named(io.BytesIO):
    """Bytes with a name, read by ``ingest`` like a file of that name."""

    def __init__(self, data: bytes, name: str) -> None:
        super().__init__(data)
        self.name = name


def check_count(count: int, limits: Limits) -> None:
    if count > limits.max_request_articles:
        raise TooLarge(
            f"too many articles: {count} (at most {limits.max_request_articles} per request)"
        )


def check_urls(count: int, limits: Limits) -> None:
    if count > limits.max_request_urls:
        raise TooLarge(f"too many URLs: {count} (at most {limits.max_request_urls} per request)")


def read_uploads(files: list[Upload], *, limits: Limits) -> ReadResult:
    """Uploaded files, each read like a file given to ``newsbrief brief`` (a feed's entries are
    read from the feed: its links are not fetched, as uploads name no URL to count)."""
    check_count(len(files), limits)
    named = [(PurePath(f.filename or "upload").name or "upload", f.data) for f in files]
    return _read_named(named, limits=limits)


def read_pasted(text: str, *, limits: Limits) -> ReadResult:
    """A pasted box: articles separated by a line of ``---``; each read like a text file (the
    first line is the title when it looks like a headline; HTML is detected)."""
    parts = [p.strip() for p in PASTE_SEPARATOR.split(text) if p.strip()]
    check_count(len(parts), limits)
    named = [(f"pasted article {i}", part.encode("utf-8")) for i, part in enumerate(parts, 1)]
    return _read_named(named, limits=limits)


def read_urls(urls: list[str], *, limits: Limits, fetcher: Fetcher) -> ReadResult:
    """Each URL fetched and read (a page, or a feed's entries), like ``newsbrief ingest URL``.
    Blocks while fetching. Only an http(s) URL is handed to ``ingest``, which would read any
    other string as a path or text of this machine."""
    check_urls(len(urls), limits)
    items: list[Article | str] = []
    for url in urls:
        if ingest.is_url(url) and url.lower().startswith(("http://", "https://")):
            items += ingest.stream([url], fetcher=fetcher, limits=limits)
        else:
            items.append(f"{url}: only http and https URLs are fetched")
    return _split(items)


def read_api_items(items: list[ArticleIn], *, limits: Limits, fetcher: Fetcher) -> ReadResult:
    """The API's article objects -> raw Articles (read like a JSON article file; a URL fetched
    and read like ``newsbrief ingest URL``, with the metadata given overriding the page's) and
    problems. Blocks while fetching."""
    check_count(len(items), limits)
    check_urls(sum(item.url is not None for item in items), limits)
    found: list[Article | str] = []
    for i, item in enumerate(items):
        if item.url is None:
            found += _api_article(item, number=i, limits=limits)
            continue
        read = read_urls([item.url], limits=limits, fetcher=fetcher)
        given = {k: getattr(item, k) for k in ("title", "source") if getattr(item, k)}
        if item.published and parse_date(item.published):
            given["published"] = parse_date(item.published)
        found += [replace(a, **given) for a in read.articles]
        found += read.problems
    return _split(found)


def split_urls(text: str) -> list[str]:
    """The URLs of the page's box: one per line (blank lines and # comments skipped)."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _api_article(item: ArticleIn, *, number: int, limits: Limits) -> list[Article | str]:
    """A ``text`` or ``html`` object, read as the JSON article object it is (named
    ``articles[N]`` in problems, shown as ``article N+1``)."""
    name = f"articles[{number}]"
    body = item.text if item.text is not None else item.html or ""
    _check_size(name, len(body.encode("utf-8")), limits)
    record = {k: v for k, v in item.model_dump().items() if v is not None}
    try:
        if item.text is not None and item.title is None:
            # No title given: the first line is the headline when it looks like one.
            first = from_text(item.text, name=name, source=name)
            record.update(text=first.text, title=first.title)
        source = f"article {number + 1}"
        return list(parse_as("json", json.dumps(record), name=name, source=source))
    except InputError as exc:
        return [exc.message]


def _read_named(named: list[tuple[str, bytes]], *, limits: Limits) -> ReadResult:
    for name, data in named:
        _check_size(name, len(data), limits)
    streams = [_Named(data, name) for name, data in named]
    return ingest.read(streams, limits=limits, fetch=False)


def _split(items: list[Article | str]) -> ReadResult:
    articles = [item for item in items if not isinstance(item, str)]
    problems = [item for item in items if isinstance(item, str)]
    return ReadResult(articles=tuple(articles), problems=tuple(problems))


def _check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_upload_bytes:
        raise TooLarge(
            f"{name}: too large ({size:,} bytes; at most {limits.max_upload_bytes:,} per article)"
        )
