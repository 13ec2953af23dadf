"""The data model: frozen dataclasses passed between pipeline stages. No I/O, no models."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime


def content_id(text: str, *, prefix: str = "a") -> str:
    """A short, stable id derived from content (first 12 hex digits of its SHA-1)."""
    return prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Article:
    """One article. ``text`` is the cleaned body that every offset in a briefing indexes into."""

    id: str
    text: str
    title: str | None = None
    source: str = ""  # outlet, site or file name shown to the reader
    url: str | None = None
    published: datetime | None = None
    authors: tuple[str, ...] = ()
    origin: str = ""  # where it was read from: a path, "<stdin>", "<text 2>", …


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as offsets into ``Article.text``; ``text`` == ``article.text[start:end]``."""

    article_id: str
    index: int  # position within its article, from 0
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Citation:
    """A passage of an article that supports a summary sentence."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A summary sentence; ``citations[0]`` is the passage it was taken from."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    sentences: tuple[SummarySentence, ...]

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Briefing:
    """What ``newsbrief.brief`` returns: the articles as cleaned, and the cited summary."""

    title: str
    articles: tuple[Article, ...]
    summary: Summary
    warnings: tuple[str, ...] = field(default=())

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)
