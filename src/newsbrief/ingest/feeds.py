"""RSS and Atom feeds -> Articles, via feedparser. An entry whose feed carries the full text is
read from the feed; one with only a teaser has its link fetched (when a fetcher is given)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from newsbrief.config import Limits
from newsbrief.errors import InputError
from newsbrief.ingest.formats import from_html, parse_date
from newsbrief.types import Article, content_id

if TYPE_CHECKING:
    from newsbrief.ingest.fetch import Fetcher

# An entry with fewer words than this is a teaser: the article is fetched from its link.
MIN_ENTRY_WORDS = Limits().min_feed_entry_words


def read_feed(
    data: bytes,
    *,
    name: str,
    fetcher: Fetcher | None = None,
    min_words: int = MIN_ENTRY_WORDS,
) -> Iterator[Article | str]:
    import feedparser

    parsed: Any = feedparser.parse(data)
    if not parsed.entries:
        reason = "not a readable RSS/Atom feed" if parsed.bozo else "feed has no entries"
        yield f"{name}: {reason}"
        return
    outlet = str(parsed.feed.get("title") or name)
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{name} entry {number}"
        try:
            yield _entry_article(
                entry, name=where, outlet=outlet, fetcher=fetcher, min_words=min_words
            )
        except InputError as exc:
            yield exc.message


def _entry_article(
    entry: Any, *, name: str, outlet: str, fetcher: Fetcher | None, min_words: int
) -> Article:
    link = entry.get("link")
    title = entry.get("title")
    published = parse_date(entry.get("published") or entry.get("updated"))
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = ""
    if html:
        try:
            text = from_html(f"<div>{html}</div>", name=name).text
        except InputError:
            text = ""
    web = isinstance(link, str) and link.startswith(("http://", "https://"))
    if len(text.split()) < min_words and web and fetcher is not None:
        from newsbrief.ingest.fetch import page_article

        try:
            article = page_article(fetcher.get(link))
        except InputError:
            if not text.strip():
                raise
        else:
            return replace(
                article,
                title=article.title or title,
                published=article.published or published,
                origin=name,
            )
    if not text.strip():
        raise InputError(f"{name}: entry has no text")
    given = entry.get("id") or link
    return Article(
        id=str(given) if given else content_id(text),
        text=text,
        title=str(title) if title else None,
        source=outlet,
        url=str(link) if link else None,
        published=published,
        origin=name,
    )
