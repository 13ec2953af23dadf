"""Quotes' speakers checked against the story's entities: a speaker is a person or an
organisation. One the entity layer types as a place ("Sochi", "Washington") and nothing else, or
one it does not know that is not written as a person's or an organisation's name
("Gunshots", "West African"), is
no speaker: the quote is shown with its other outlets' speaker, or not at all (precision
first: a wrong speaker misleads, a missing one only leaves the quote out)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsbrief.facts.entity_words import name_kind, personal
from newsbrief.facts.quotes.article import UNATTRIBUTED
from newsbrief.types import SHOWN, Entity, Quote

__all__ = ["checked_speakers"]


def checked_speakers(quotes: Sequence[Quote], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """``quotes`` less the speakers that name no person or organisation of the story."""
    places: set[str] = set()
    known: set[str] = set()
    for e in entities:
        sure_place = e.kind == "place" and e.confidence >= SHOWN  # not "at United" alone
        (places if sure_place else known).update((e.name, *e.aliases))
    places -= known
    out = []
    for q in quotes:
        cited = q.cited_speakers()
        kept = tuple(s if s is None or _speaker(s, places, known) else None for s in cited)
        if kept == cited:
            out.append(q)
            continue
        named = [s for s in kept if s]
        if not named:
            out.append(replace(q, speaker=None, role=None, confidence=UNATTRIBUTED, speakers=()))
            continue
        speakers = kept if len(set(kept)) > 1 else ()
        role = q.role if named[0] == q.speaker else None
        out.append(replace(q, speaker=named[0], role=role, speakers=speakers))
    return tuple(out)


def _speaker(name: str, places: set[str], known: set[str]) -> bool:
    """A person or organisation of the story, or a name written as a person's or an
    organisation's ("Ede Police", "ECOWAS")."""
    if name in known:
        return True
    return name not in places and (personal(name) or name_kind(name)[0] == "organisation")
