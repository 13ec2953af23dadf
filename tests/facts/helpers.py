"""Tiny stories built in code, and the facts newsbrief finds in them."""

from __future__ import annotations

from datetime import datetime

from newsbrief.config import Settings
from newsbrief.facts import extract_facts
from newsbrief.nlp.sentences import segment
from newsbrief.types import Article, Facts


def story(*texts: str, published: tuple[datetime | None, ...] = ()) -> list[Article]:
    """Articles "a0", "a1", … with the given texts (and publication dates, if any)."""
    dates = list(published) + [None] * (len(texts) - len(published))
    return [
        Article(id=f"a{i}", text=text, source=f"outlet {i}", published=dates[i])
        for i, text in enumerate(texts)
    ]


def facts_of(articles: list[Article], *, entities: str = "rules") -> Facts:
    return extract_facts(
        articles, [segment(a) for a in articles], settings=Settings(entities=entities)
    )


def kinds_of(*texts: str) -> dict[str, str | None]:
    """Every entity of a story of these texts, shown or not: name -> kind."""
    return {e.name: e.kind for e in facts_of(story(*texts)).entities}


def credits(*texts: str) -> dict[str, str | None]:
    """Every quote of a story of these texts: text -> speaker."""
    return {q.text: q.speaker for q in facts_of(story(*texts)).quotes}


def shows(*texts: str) -> dict[str, str | None]:
    """The entities a reader is shown (the story's articles ``texts``): name -> kind."""
    return {e.name: e.kind for e in facts_of(story(*texts)).shown().entities}
