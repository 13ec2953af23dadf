"""Timeline: dates resolved against the publication date, or shown as unresolved."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsbrief.facts.timeline import find_date, find_dates

from .helpers import facts_of, story

TUESDAY = date(2016, 12, 13)


@pytest.mark.parametrize(
    ("sentence", "when", "resolved"),
    [
        ("His spokesman said on Monday that talks failed.", "on Monday", date(2016, 12, 12)),
        ("Rebels on Wednesday vowed to fight on.", "on Wednesday", date(2016, 12, 7)),
        ("The dock will stay closed until Friday.", "until Friday", date(2016, 12, 16)),
        ("At least 1,134 people were killed since Nov. 15.", "since Nov. 15", date(2016, 11, 15)),
        ("In September, the agency reported 96 deaths.", "In September", date(2016, 9, 1)),
        (
            "Earlier in December, observers accused both sides.",
            "Earlier in December",
            date(2016, 12, 1),
        ),
        ("Just this week thousands fled the city.", "this week", date(2016, 12, 12)),
        ("Militias executed 67 men today.", "today", TUESDAY),
        ("The city fell on Dec. 22, 2016, officials said.", "on Dec. 22, 2016", date(2016, 12, 22)),
        ("Russia joined the war in September 2015.", "in September 2015", date(2015, 9, 1)),
    ],
)
def test_relative_dates_are_resolved_against_the_publication_date(
    sentence: str, when: str, resolved: date
) -> None:
    found = find_date(sentence, TUESDAY)
    assert found is not None
    assert (found.when, found.date) == (when, resolved)


def test_without_a_publication_date_relative_dates_stay_unresolved() -> None:
    found = find_date("Rebels on Wednesday vowed to fight on.", None)
    assert found is not None and (found.when, found.date) == ("on Wednesday", None)
    full = find_date("The city fell on Dec. 22, 2016.", None)
    assert full is not None and full.date == date(2016, 12, 22)


@pytest.mark.parametrize(
    "sentence", ["The war has raged since 2011.", "Prices may rise.", "It was a Mondays thing."]
)
def test_years_alone_and_may_the_verb_are_no_dates(sentence: str) -> None:
    assert find_date(sentence, TUESDAY) is None


def test_the_timeline_is_sorted_with_undated_events_last_and_merges_outlets() -> None:
    facts = facts_of(
        story(
            "Rebels on Wednesday vowed to fight on in the east.",
            "The mayor resigned on Monday after the vote. Talks began on Friday in Geneva.",
            "The mayor resigned on Monday, officials confirmed after the vote.",
            published=(None, datetime(2016, 12, 13), datetime(2016, 12, 13)),
        )
    )
    rows = [(e.date, e.when, [c.article_id for c in e.citations]) for e in facts.timeline]
    assert rows == [
        (date(2016, 12, 9), "on Friday", ["a1"]),
        (date(2016, 12, 12), "on Monday", ["a1", "a2"]),
        (None, "on Wednesday", ["a0"]),
    ]


def test_a_list_of_months_gives_each_month() -> None:
    found = find_dates("The ferry ran only in March and April.", date(2019, 6, 1))
    assert [(f.when, f.date) for f in found] == [
        ("in March", date(2019, 3, 1)),
        ("April", date(2019, 4, 1)),
    ]


def test_a_cue_before_mid_early_or_late_month_is_read() -> None:
    found = find_dates("The bridge should reopen by mid-October.", date(2019, 6, 1))
    assert [(f.when, f.date) for f in found] == [("by mid-October", date(2019, 10, 1))]


def test_this_before_a_full_date_is_not_part_of_it() -> None:
    found = find_dates("In this March 3, 2004, photo, the mayor waves.", None)
    assert [(f.when, f.date) for f in found] == [("March 3, 2004", date(2004, 3, 3))]


def test_relative_dates_past_the_calendar_are_undated() -> None:
    """ "next Monday" after 9999-12-31 and "last week" before 0001-01-03 are no dates (they
    raised OverflowError: exit 70)."""
    from newsbrief.types import Article

    text = (
        "The council will meet next Monday to vote on the flood defences, officials said. "
        "Work on the wall started last week, they said."
    )
    for published, undated in (("9999-12-31", "next Monday"), ("0001-01-01", "last week")):
        article = Article(id="a", text=text, published=datetime.fromisoformat(published))
        events = facts_of([article]).timeline
        assert [e.when for e in events if e.date is None] == [undated]
