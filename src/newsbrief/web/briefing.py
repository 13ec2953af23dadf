"""A request's Settings and its briefing: the one place the web builds Settings (the server's
base Settings with the request's ``words``) and calls the pipeline."""

from __future__ import annotations

from dataclasses import replace

from newsbrief.clean import read_clean
from newsbrief.config import Settings
from newsbrief.errors import LLMError, NewsbriefError
from newsbrief.ingest import ReadResult
from newsbrief.pipeline import brief_articles, brief_stories
from newsbrief.types import Briefing
from newsbrief.web.errors import RequestError


def request_settings(base: Settings, *, words: int | None) -> Settings:
    """The Settings of one request: ``base``, with the request's ``words`` when it gave one."""
    return base if words is None or words == base.words else replace(base, words=words)


def brief(read: ReadResult, *, settings: Settings) -> Briefing:
    """Clean and brief what a request gave; its problems become the briefing's warnings. A
    request without one usable article is refused (422), naming every problem."""
    return _briefings(read, settings=settings, split=False)[0]


def brief_each(read: ReadResult, *, settings: Settings) -> list[Briefing]:
    """As ``brief``, one briefing per story found among the articles (``brief --split``)."""
    return _briefings(read, settings=settings, split=True)


def _briefings(read: ReadResult, *, settings: Settings, split: bool) -> list[Briefing]:
    cleaned = read_clean(list(read.articles))
    warnings = (*read.problems, *cleaned.problems)
    if not cleaned.articles:
        detail = "; ".join(warnings) if warnings else "no article given"
        raise RequestError(f"no article to brief: {detail}", status=422)
    articles = list(cleaned.articles)
    try:
        if split:
            return brief_stories(articles, settings=settings, warnings=warnings)
        return [brief_articles(articles, settings=settings, warnings=warnings)]
    except LLMError as exc:  # the server's LLM failed, not the request: a bad gateway
        raise RequestError(exc.message, status=502) from None
    except NewsbriefError as exc:
        raise RequestError(exc.message, status=422) from None
