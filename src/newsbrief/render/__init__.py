"""Briefing -> text: Markdown (default), JSON, self-contained HTML; more through the registry
(plug-in group "renderers": ``render(briefing, **options) -> str``)."""

from __future__ import annotations

from typing import Any

from newsbrief.plugins import RENDERERS
from newsbrief.types import Briefing


def render(briefing: Briefing, fmt: str = "markdown", **options: Any) -> str:
    """``briefing`` in the format called ``fmt``; UsageError naming the known formats."""
    return RENDERERS.get(fmt)(briefing, **options)


def formats() -> list[str]:
    """The formats that can be rendered: the built-in ones and any plug-in's."""
    return RENDERERS.names()
