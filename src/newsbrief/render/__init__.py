"""Briefing -> text: Markdown (default), JSON, self-contained HTML; more through the registry
(plug-in group "renderers": ``render(briefing, **options) -> str``). A Verification (``newsbrief
verify``) the same way, through the group "verification_renderers"."""

from __future__ import annotations

from typing import Any

from newsbrief.plugins import RENDERERS, VERIFICATION_RENDERERS
from newsbrief.types import Briefing, Verification


def render(briefing: Briefing, fmt: str = "markdown", **options: Any) -> str:
    """``briefing`` in the format called ``fmt``; UsageError naming the known formats."""
    return RENDERERS.get(fmt)(briefing, **options)


def formats() -> list[str]:
    """The formats that can be rendered: the built-in ones and any plug-in's."""
    return RENDERERS.names()


def render_verification(verification: Verification, fmt: str = "markdown", **options: Any) -> str:
    """``verification`` in the format called ``fmt``; UsageError naming the known formats."""
    return VERIFICATION_RENDERERS.get(fmt)(verification, **options)


def verification_formats() -> list[str]:
    return VERIFICATION_RENDERERS.names()
