"""A story-wide pass that makes a name a mention of another the story names: a city's short
name ("New York" of "New York City", "Vegas" of "Las Vegas").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.facts.gazetteer import CITY_SHORT, PLACE_WEIGHT, STATE_NAMES
from newsbrief.types import EntityMention as Mention

__all__ = ["city_names"]


def city_names(found: list[list[Mention]], texts: Sequence[str]) -> None:
    """A city's short name where the story names it in full ("New York" … "New York City") is
    a mention of that city, unless a state is meant: listed beside a state ("New Jersey, New
    York and Connecticut"), after a town ("Southampton, New York") or before "state"."""
    named = {m.name for ms in found for m in ms}
    short = {s: full for s, full in CITY_SHORT.items() if full in named}
    if not short:
        return
    for text, mentions in zip(texts, found, strict=True):
        for i, m in enumerate(mentions):
            full = short.get(m.name)
            if full and m.kind in (None, "place") and not _a_state(text, m.start, m.end):
                mentions[i] = Mention(full, m.start, m.end, "place", max(m.weight, PLACE_WEIGHT))


def _a_state(text: str, start: int, end: int) -> bool:
    if _STATE_AFTER.match(text, end) or _TOWN_BEFORE.search(text, max(0, start - 30), start):
        return True
    before = _LISTED_BEFORE.search(text, max(0, start - 30), start)
    after = _LISTED_AFTER.match(text, end, end + 30)
    return any(found.group(1) in STATE_NAMES for found in (before, after) if found)


_STATE_AFTER = re.compile(r"[^\S\n]+[Ss]tate\b")
_TOWN_BEFORE = re.compile(r"[A-Z][a-z]+,[^\S\n]+$")  # "Southampton, New York"
_LISTED_BEFORE = re.compile(r"([A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?),?[^\S\n]+(?:and[^\S\n]+)?$")
_LISTED_AFTER = re.compile(r",?[^\S\n]+(?:and[^\S\n]+)?([A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)")
