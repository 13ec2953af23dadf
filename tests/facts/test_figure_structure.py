"""Issue 13 (figure labels, round 8): a figure's label as a reader sees it, from tiny stories."""

from __future__ import annotations

from newsbrief.types import Facts

from .helpers import facts_of, story


def labels(facts: Facts) -> dict[str, str]:
    return {f.reports[0].text: f.about for f in facts.shown().figures}


def test_a_phrase_of_two_plurals_with_modifiers_is_the_label() -> None:
    # set 1: "brothers: thousands" for "thousands of bereft professional brothers and sisters"
    text = "He leaves a family and thousands of professional brothers and sisters in the trade."
    facts = facts_of(story(text, text))
    assert labels(facts) == {"thousands": "professional brothers and sisters"}


def test_a_small_bare_count_is_shown_only_when_two_outlets_tell_it_in_their_own_words() -> None:
    # set 8: "the two hefty middle-aged women" of a quoted review and "two women in England"
    # of another outlet made one figure; set 11: "young boys: two", one outlet in a quotation
    quoted = '"On camera, the two hefty middle-aged women do nothing by the book," she wrote.'
    told = "Two hefty middle-aged women cooked on camera."
    assert labels(facts_of(story(quoted, told))) == {}
    assert labels(facts_of(story(told, told))) == {"Two": "middle-aged women"}
