"""Figures: values, units, qualifiers and what they count, grouped across outlets."""

from __future__ import annotations

import pytest

from newsbrief.nlp.quantities import mentions

from .helpers import facts_of, story


def one(text: str) -> tuple[object, ...]:
    (m,) = mentions(text)
    return (m.text, m.value, m.high, m.qualifier, m.unit, m.noun, m.event)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "As many as 50,000 people fled.",
            ("As many as 50,000", 50000, None, "as many as", None, "people", "fled"),
        ),
        (
            "Officials said 50000 homes were flooded.",
            ("50000", 50000, None, None, None, "homes", "flooded"),
        ),
        (
            "More than 100,000 have been displaced.",
            ("More than 100,000", 100000, None, "more than", None, None, "displaced"),
        ),
        ("It holds 98 percent of the city.", ("98 percent", 98, None, None, "%", None, "held")),
        ("Turnout was 61.5% on the day.", ("61.5%", 61.5, None, None, "%", None, None)),
        (
            "The area fell to 8.6 square kilometres.",
            ("8.6 square kilometres", 8.6, None, None, "km²", None, None),
        ),
        (
            "Rebels hold 3-5 square kilometers now.",
            ("3-5 square kilometers", 3, 5, None, "km²", None, "held"),
        ),
        (
            "Gunmen killed nine children, witnesses said.",
            ("nine", 9, None, None, None, "children", "killed"),
        ),
        (
            "The firm sold about 2 million jars.",
            ("about 2 million", 2e6, None, "about", None, "jars", "sold"),
        ),
        (
            "Some 4,500 tonnes of barley burned.",
            ("Some 4,500 tonnes", 4500, None, "some", "t", "barley", "burned"),
        ),
        (
            "Tens of thousands fled the city.",
            ("Tens of thousands", 1e4, 1e5 - 1, None, None, None, "fled"),
        ),
    ],
)
def test_a_quantity_is_read_with_its_unit_qualifier_and_what_it_counts(
    sentence: str, expected: tuple[object, ...]
) -> None:
    assert one(sentence) == expected


def test_a_square_mile_is_converted_to_square_kilometres() -> None:
    (m,) = mentions("They are trapped in an area smaller than one square mile.")
    assert (m.text, m.qualifier, m.unit, round(m.value, 2)) == (
        "smaller than one square mile",
        "smaller than",
        "km²",
        2.59,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The war began in 2011 and ended on Nov. 15.",
        "The blaze broke out shortly before 10 p.m. on Tuesday and ended at 9.50pm.",
        "Maureen Pike, 67, lives opposite the dock gates.",
        "Firefighters fought the blaze for more than nine hours over two days.",
        "One resident described it as doomsday.",
        "The COVID-19 rules and Route 66 were mentioned on December 12, 2016.",
        "It was the 3rd time in the 1990s.",
    ],
)
def test_dates_times_ages_durations_and_names_are_no_figures(sentence: str) -> None:
    assert mentions(sentence) == []


def test_the_same_quantity_is_grouped_across_outlets_however_worded() -> None:
    facts = facts_of(
        story(
            "Officials say 100,000 people are trapped in the old town. More than 100,000 have "
            "been displaced.",
            "Diplomats struggled to save an estimated 100,000 who are still trapped.",
            "About 100,000 civilians are under siege, and more than 50,000 have fled.",
        )
    )
    by_about = {
        f.about: [(r.text, r.citation.article_id) for r in f.reports] for f in facts.figures
    }
    assert by_about["people trapped"] == [
        ("100,000", "a0"),
        ("an estimated 100,000", "a1"),
        ("About 100,000", "a2"),
    ]
    assert by_about["people displaced"] == [("More than 100,000", "a0")]
    assert by_about["people fled"] == [("more than 50,000", "a2")]
    assert facts.figures[0].about == "people trapped"  # the most widely reported comes first


def test_different_values_of_one_quantity_are_separate_figures() -> None:
    facts = facts_of(
        story("The army holds 98 percent of the city.", "It controls 90% of the city.")
    )
    values = sorted(r.value for f in facts.figures for r in f.reports)
    assert values == [90, 98]
    assert len(facts.figures) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The studio owes $42m to its lenders.", ("$42m", 42e6, "$")),
        ("He asked investors for $3bn on Tuesday.", ("$3bn", 3e9, "$")),
        ("The fund lost $7.5M last year.", ("$7.5M", 7.5e6, "$")),
        ("The petition passed 250k signatures.", ("250k", 250e3, None)),
        ("The clip drew 4.2M views.", ("4.2M", 4.2e6, None)),
        ("The council borrowed £1.5 billion for the line.", ("£1.5 billion", 1.5e9, "£")),
    ],
)
def test_magnitudes_written_with_a_suffix_are_read(
    sentence: str, expected: tuple[str, float, str | None]
) -> None:
    (m,) = mentions(sentence)
    assert (m.text, m.value, m.unit) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The repairs will take three to five weeks.",
        "She ran the bakery for 12 years.",
        "The firm moved to 7 Harbour Trade Center last spring.",
        "The parade passed 12 Mill Street.",
        "The single reached No. 4 on the chart.",
        "He wanted the 77 logo painted over.",
        "Most readers have sent a letter or two to the editor.",
        "The mark was 5m from the line.",
    ],
)
def test_durations_addresses_ranks_labels_and_idioms_are_no_figures(sentence: str) -> None:
    assert mentions(sentence) == []


def test_a_large_number_of_times_is_a_count() -> None:
    (m,) = mentions("The song was streamed more than 400,000 times in a week.")
    assert (m.text, m.value) == ("more than 400,000", 400000)


def test_the_rank_opening_a_row_of_numbers_is_no_figure() -> None:
    found = [m.text for m in mentions("4 2,310 1,980 The Campaign To Paint The Moon Green")]
    assert "4" not in found


def test_groups_of_one_quantity_that_disagree_stay_next_to_each_other() -> None:
    facts = facts_of(
        story(
            # (no window: "on Wednesday" or "this month" would make each a quantity of its own)
            # (45, not "at least 45": a lower bound is one figure with 70, which it allows)
            "Shelling killed 45 civilians. More than 2,000 people fled. "
            "About 100,000 people are trapped.",
            # (values within figures.FAR of each other: one further off counts something else)
            "Some 100,000 people remain trapped. Activists said 113 civilians had been killed.",
            "An estimated 100,000 are trapped, and 70 civilians were killed.",
        )
    )
    abouts = [f.about for f in facts.figures]
    assert abouts[0] == "people trapped"  # the most widely reported still comes first
    killed = [i for i, about in enumerate(abouts) if about == "civilians killed"]
    assert len(killed) == 3 and killed == list(range(killed[0], killed[0] + 3))


def test_an_article_giving_a_figure_twice_is_shown_once() -> None:
    from newsbrief.render.common import shown_reports

    facts = facts_of(
        story(
            "Officials said 100,000 people are trapped. Aid groups said 100,000 are trapped.",
            "About 100,000 people remain trapped.",
        )
    )
    (trapped,) = [f for f in facts.figures if f.about == "people trapped"]
    reports = [(r.text, r.citation.article_id) for r in trapped.reports]
    shown = [(r.text, r.citation.article_id) for r in shown_reports(trapped.reports)]
    assert reports == [("100,000", "a0"), ("100,000", "a0"), ("About 100,000", "a1")]  # all kept
    assert shown == [("100,000", "a0"), ("About 100,000", "a1")]  # ... shown once


def test_a_magnitude_word_ending_a_name_is_no_figure() -> None:
    """ "Mega Millions" gave "jackpot: Millions"; a sentence-initial "Thousands fled" stays."""
    assert [m.text for m in mentions("They won the $636 million Mega Millions jackpot.")] == [
        "$636 million"
    ]
    assert [m.text for m in mentions("Thousands fled the city on Tuesday.")] == ["Thousands"]
