"""Entities on news the rules were not written on (issue 13, fifth round): classes of wrong
organisation, each on a short text written for the test: an outlet naming itself, half of a
name cut at "and", a facility typed an organisation, two spellings of one department, a
headline run into a sentence."""

from __future__ import annotations

from newsbrief.facts.entity_filters import skips

from .helpers import facts_of, story


def _shown(*texts: str) -> dict[str, str]:
    """Entities shown to a reader: name -> kind."""
    return {e.name: e.kind for e in facts_of(story(*texts)).shown().entities}


def _typed(*texts: str) -> dict[str, tuple[str, float]]:
    """Every entity, shown or not (JSON keeps all): name -> (kind, confidence)."""
    return {e.name: (e.kind, e.confidence) for e in facts_of(story(*texts)).entities}


def test_an_outlet_naming_itself_in_its_own_story_is_its_outlet() -> None:
    texts = [
        "The mayor told Zeta News that the bridge would reopen. Zeta News is learning more.",
        "The mayor spoke to reporters in Dunmore on Monday.",
        'The Associated Press could not independently confirm the video. "It is real," he said.',
        "Storms hit the town, a neighbor told KXYZ affiliate WQRS on Friday.",
    ]
    own = skips(texts).outlets
    assert "Zeta News" in own[0] and "Associated Press" in own[2] and "AP" in own[2]
    assert "KXYZ" in own[3] and "WQRS" not in own[3]
    assert not own[1]


def test_an_outlet_told_in_two_articles_is_a_source_not_their_outlet() -> None:
    texts = [
        "The ranger told Zeta News the trail was closed.",
        "Rangers closed the trail, a ranger told Zeta News. Another told the Omega Herald.",
        "Another ranger told Delta News on Sunday the trail was closed.",
    ]
    own = skips(texts).outlets
    assert "Zeta News" not in own[0] and "Zeta News" not in own[1]
    assert "Omega Herald" not in own[1]  # "told the …": another outlet, cited
    assert "Delta News" in own[2]


def test_a_caption_credit_with_spaced_slash_names_nothing() -> None:
    text = (
        "The council met on Tuesday to vote on the plan for the river.\n"
        "Jane Roe / Acme file The mayor speaks at the council in Dunmore on Tuesday, July 4.\n"
        "The vote passed."
    )
    dropped = [text[a:b] for a, b in skips([text]).spans[0]]
    assert "Jane Roe / Acme file" in dropped
