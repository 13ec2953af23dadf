"""Figures, read6 (a blind editor's read of five briefings): a lower bound beside another
outlet's value that it allows is one figure, not "other figures"; things "left on her post"
did not flee."""

from __future__ import annotations

import pytest

from newsbrief.nlp.quantities import mentions

from .helpers import facts_of, story


def _groups(*texts: str) -> list[list[str]]:
    facts = facts_of(story(*texts))
    return [[r.text for r in f.reports] for f in facts.figures]


def test_a_lower_bound_joins_the_value_above_it_that_it_allows() -> None:
    groups = _groups(
        "Police fired on protesters, wounding at least four people.",
        "Five people were injured when police fired on protesters.",
    )
    assert ["at least four", "Five"] in groups


def test_a_lower_bound_joins_only_the_nearest_value_above_it() -> None:
    groups = _groups(
        "Police fired on protesters, wounding at least four people.",
        "Five people were injured when police fired on protesters.",
        "Fifteen people were injured when police fired on protesters.",
    )
    assert ["at least four", "Five"] in groups and ["Fifteen"] in groups


def test_an_exact_value_below_another_stays_apart() -> None:
    groups = _groups(
        "Police fired on protesters, wounding four people.",
        "Five people were injured when police fired on protesters.",
    )
    assert ["four"] in groups and ["Five"] in groups


def test_a_lower_bound_does_not_join_the_same_outlets_value_above_it() -> None:
    groups = _groups(
        "An airstrike hit a market, killing at least 16 people. Tank shells struck a school,"
        " killing at least 17 people.",
    )
    assert ["at least 16"] in groups and ["at least 17"] in groups


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("She got support among more than 8,000 comments left on her post.", "left"),
        ("Only 200 residents left in the town refuse to go.", "left"),
        ("About 50,000 people left the city on Monday.", "fled"),
        ("Some 5,000 left for Turkey.", "fled"),
    ],
)
def test_left_somewhere_is_not_fled(sentence: str, event: str) -> None:
    (m,) = mentions(sentence)
    assert m.event == event
