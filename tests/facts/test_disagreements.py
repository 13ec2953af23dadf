"""Disagreements: outlets that give materially different values for one quantity."""

from __future__ import annotations

from datetime import datetime

from .helpers import facts_of, story


def test_different_areas_and_shares_are_disagreements_with_each_sides_citation() -> None:
    facts = facts_of(
        story(
            "The area held by the rebels fell to 8.6 square kilometres.",
            "Rebels are trapped in 3-5 square kilometers. The army controls 80 percent "
            "of the city.",
            "They are trapped in an area smaller than one square mile. The army controls 98 "
            "percent of the city.",
            published=(datetime(2016, 12, 13), datetime(2016, 12, 12), None),
        )
    )
    found = {
        d.about: [[(r.text, r.citation.article_id) for r in side] for side in d.sides]
        for d in facts.disagreements
    }
    assert found["area"] == [
        [("8.6 square kilometres", "a0")],
        [("3-5 square kilometers", "a1")],
        [("smaller than one square mile", "a2")],
    ]
    # (the shares were "more than 90" and 98 percent: since 98 is more than 90, no longer one)
    assert found["share held"] == [[("80 percent", "a1")], [("98 percent", "a2")]]
    (share,) = [d for d in facts.disagreements if d.unit == "%"]
    assert share.scope == "of the city" and share.confidence >= 0.5
    (area,) = [d for d in facts.disagreements if d.about == "area"]
    assert "different dates" in area.note and "2016-12-12" in area.note


def test_agreeing_values_and_counts_of_different_days_are_no_disagreement() -> None:
    facts = facts_of(
        story(
            "About 100,000 people are trapped. Shelling killed at least 45 civilians on Wednesday.",
            "An estimated 100,000 are still trapped. Troops killed 82 civilians on Monday.",
            "Thousands of civilians are trapped in the east.",
        )
    )
    assert facts.disagreements == ()


def test_an_outlet_giving_two_values_itself_does_not_disagree() -> None:
    facts = facts_of(
        story(
            "Russia put the number of those leaving at 50,000 in two days - 20,000 on Saturday.",
            "More than 50,000 people have fled.",
        )
    )
    assert facts.disagreements == ()
