"""newsbrief: turn a pile of news articles about one story into a short, cited briefing.

>>> import newsbrief
>>> b = newsbrief.brief(["examples/aleppo-2016"], words=150)
>>> print(newsbrief.render_briefing(b, "markdown"))
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from newsbrief.config import Settings
from newsbrief.errors import (
    InputError,
    MissingExtraError,
    NewsbriefError,
    NoArticlesError,
    UsageError,
)
from newsbrief.types import (
    Article,
    Briefing,
    CheckedSentence,
    Citation,
    Dropped,
    Grounding,
    Sentence,
    Summary,
    SummarySentence,
    Verification,
)

if TYPE_CHECKING:
    from newsbrief.ingest import Input

from newsbrief.version import __version__

__all__ = [
    "Article",
    "Briefing",
    "CheckedSentence",
    "Citation",
    "Dropped",
    "Grounding",
    "InputError",
    "MissingExtraError",
    "NewsbriefError",
    "NoArticlesError",
    "Sentence",
    "Settings",
    "Summary",
    "SummarySentence",
    "UsageError",
    "Verification",
    "__version__",
    "brief",
    "render_briefing",
]


def brief(
    inputs: Iterable[Input] | str, *, words: int | None = None, settings: Settings | None = None
) -> Briefing:
    """Brief articles given as paths (files or directories), texts, binary streams or Articles.

    A string is a path unless it contains a line break (or a space and names no existing file),
    in which case it is the article text itself. Inputs that cannot be read are reported in
    ``Briefing.warnings``; if none can be read, NoArticlesError is raised.
    """
    from newsbrief.pipeline import brief_inputs

    settings = settings or Settings()
    if words is not None:
        from dataclasses import replace

        settings = replace(settings, words=words)
    items = [inputs] if isinstance(inputs, str) else list(inputs)
    return brief_inputs(items, settings=settings)


def render_briefing(briefing: Briefing, fmt: str = "markdown", **options: Any) -> str:
    """Render a briefing as "markdown", "json" or "html" (same as ``newsbrief.render.render``)."""
    from newsbrief.render import render

    return render(briefing, fmt, **options)
