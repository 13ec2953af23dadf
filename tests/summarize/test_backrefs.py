"""Sentences that point back to text not shown (summarize/backrefs.py): with/without lists of
invented sentences, and that such a sentence is chosen only after the one before it."""

from __future__ import annotations

import pytest

from newsbrief.summarize.backrefs import points_back
from newsbrief.summarize.extractive import _unquoted, leans_on_previous

POINT_BACK = [
    "Rebel leaders based here estimate that thousands of people had disappeared.",
    "Aid workers stationed here say the camp has run out of clean water.",
    "Officials estimate that nearly 40,000 more villagers had fled the valley.",
    "The rescue teams flew the bodies of 12 more victims back to the capital.",
    "The regional alert has since been canceled, officials said Wednesday.",
    "The office has since closed.",
]

STAND = [
    # the first count is in the sentence
    "The army said 97 rockets hit the city on Friday and 99 more were intercepted.",
    # "more than", a time
    "Officials said more than 40,000 villagers had fled the valley.",
    "The contract keeps the singer with the label for two more years.",
    # "since" with what it counts from, or no definite subject
    "The mayor, who took office in May, has since 2019 led the council.",
    "Police arrested two men in March and have since released one of them.",
    # "here" that is no place, or inside a quotation
    "The next generation of games is here, the company said.",
    "“We have lived here for forty years,” said one farmer in the valley.",
]


@pytest.mark.parametrize("text", POINT_BACK)
def test_sentences_that_point_back(text: str) -> None:
    assert points_back(text)
    assert leans_on_previous(text)


@pytest.mark.parametrize("text", STAND)
def test_sentences_that_do_not_point_back(text: str) -> None:
    assert not points_back(_unquoted(text))  # looked for outside quotation marks
    assert not leans_on_previous(text)
