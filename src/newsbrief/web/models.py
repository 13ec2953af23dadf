"""Request and response shapes of the JSON API (pydantic models, for validation and OpenAPI)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsbrief.config import DEFAULT_WORDS

# A briefing is a few hundred words at most; a larger budget is a mistake or abuse.
MAX_WORDS = 2000


class ArticleIn(BaseModel):
    """One article: exactly one of ``text``, ``html`` or ``url``, with optional metadata."""

    # "Exactly one body" in the schema too (a client, or a fuzzer, reads it from /openapi.json).
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "oneOf": [
                {"required": [body], "properties": {body: {"type": "string"}}}
                for body in ("text", "html", "url")
            ]
        },
    )

    text: str | None = Field(None, description="The article as plain text.")
    html: str | None = Field(None, description="The article page as HTML (main text extracted).")
    url: str | None = Field(None, description="An http(s) URL to fetch the article from.")
    title: str | None = None
    source: str | None = Field(None, description="Outlet shown to the reader.")
    published: str | None = Field(None, description="Publication date, ISO 8601 preferred.")

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of 'text', 'html' or 'url'")
        return self


class BriefRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, description="The articles about one story.")
    words: int | None = Field(
        None,
        ge=1,
        le=MAX_WORDS,
        description=f"Summary length in words (default: the server's, {DEFAULT_WORDS} unless set).",
    )


class CitationOut(BaseModel):
    article: str
    start: int
    end: int


class SummarySentenceOut(BaseModel):
    text: str
    citations: list[CitationOut]


class ArticleOut(BaseModel):
    id: str
    title: str | None
    source: str
    url: str | None
    published: str | None
    authors: list[str]
    text: str = Field(description="The cleaned text every offset indexes into.")


class BriefingOut(BaseModel):
    """The same JSON as ``newsbrief brief --format json``."""

    title: str
    articles: list[ArticleOut]
    summary: list[SummarySentenceOut]
    warnings: list[str]
    facts: dict[str, Any] = Field(description="figures, quotes, timeline, entities, disagreements")


class ErrorOut(BaseModel):
    error: str


class StoryOut(BaseModel):
    """A story of the library, as ``newsbrief stories --format json`` lists it."""

    id: int
    headline: str
    articles: list[str] = Field(description="Article ids, in arrival order")
    outlets: list[str]
    first_seen: str
    last_seen: str
