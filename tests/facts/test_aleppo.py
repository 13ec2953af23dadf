"""Acceptance on the bundled Aleppo sample (issue 4's "done when")."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.types import Briefing, Facts

# Outlets by file-name prefix: 000 Reuters-style wire, 001 NBC, 002 TRT, 003 Independent, 004 Slate.


def outlet(briefing: Briefing, article_id: str) -> str:
    return briefing.article(article_id).source[:3]


@pytest.fixture(scope="module")
def facts(aleppo: Briefing) -> Facts:
    assert aleppo.facts is not None
    return aleppo.facts


def test_100000_trapped_has_three_outlets_and_displaced_is_kept_apart(
    aleppo: Briefing, facts: Facts
) -> None:
    trapped = [f for f in facts.figures if any(r.value == 100_000 for r in f.reports)]
    first = trapped[0]
    assert first.about.endswith("trapped")
    assert sorted({outlet(aleppo, r.citation.article_id) for r in first.reports}) == [
        "001",
        "002",
        "003",
    ]
    displaced = [f for f in facts.figures if f.about.endswith("displaced")]
    assert [(r.text, outlet(aleppo, r.citation.article_id)) for r in displaced[0].reports] == [
        ("More than 100,000", "004")
    ]
    assert displaced[0] is not first


@pytest.mark.parametrize(
    ("speaker", "role", "start"),
    [
        (
            "Stephen O'Brien",
            "U.N. under-secretary-general for humanitarian affairs",
            "For the sake",
        ),
        ("John Kerry", "Secretary of State", "the worst catastrophe"),
        ("Sergei Lavrov", "Russian foreign minister", "we are tired of hearing"),
    ],
)
def test_quotes_of_obrien_kerry_and_lavrov_with_their_roles(
    facts: Facts, speaker: str, role: str, start: str
) -> None:
    found = [(q.speaker, q.role) for q in facts.quotes if q.text.startswith(start)]
    assert found == [(speaker, role)]


def test_trts_date_anchors_its_monday_and_the_undated_outlets_are_read_against_it(
    aleppo: Briefing, facts: Facts
) -> None:
    """TRT alone is dated (2016-12-13): its Monday is its own; Slate's Monday is read against
    TRT's date and says so; only the dates chained to other events ("the following month") stay
    undated, and those are not shown."""
    monday = [
        (e.date, outlet(aleppo, e.citations[0].article_id), e.inferred)
        for e in facts.timeline
        if e.when == "on Monday"
    ]
    assert monday == [(date(2016, 12, 12), "002", False), (date(2016, 12, 12), "004", True)]
    undated = [e.when for e in facts.timeline if e.date is None]
    assert undated == ["Later that same month", "The following month"]
    assert all(e.date is not None for e in facts.shown().timeline)
    dates = [e.date for e in facts.timeline]
    resolved = [d for d in dates if d is not None]
    assert resolved == sorted(resolved)
    assert dates[len(resolved) :] == [None] * (len(dates) - len(resolved))


def test_a_month_keeps_its_precision_and_no_sentence_is_listed_twice(facts: Facts) -> None:
    (idlib,) = [e for e in facts.timeline if e.when == "in September 2015"]
    assert (idlib.date, idlib.precision) == (date(2015, 9, 1), "month")
    events = [e.event for e in facts.timeline]
    assert len(events) == len(set(events))


def test_the_area_left_to_the_rebels_is_a_disagreement(aleppo: Briefing, facts: Facts) -> None:
    (area,) = [d for d in facts.disagreements if d.unit == "km²"]
    sides = [[(r.text, outlet(aleppo, r.citation.article_id)) for r in side] for side in area.sides]
    assert sides == [
        [("8.6 square kilometres", "002")],
        [("3-5 square kilometers", "003")],
        [("smaller than one square mile", "004")],
    ]
    # "more than 90 percent" of eastern Aleppo and "98 percent" of the city are two shares (and
    # 98 is more than 90): no disagreement (issue 13; this test used to expect one)
    assert [d for d in facts.disagreements if d.unit == "%"] == []
    shares = {(f.scope, f.reports[0].value) for f in facts.figures if f.unit == "%"}
    assert shares == {
        ("of the key opposition stronghold of eastern Aleppo", 90),
        ("of the city", 98),
    }


def test_assad_is_one_person_in_every_outlet(facts: Facts) -> None:
    (assad,) = [e for e in facts.entities if e.name == "Bashar al-Assad"]
    assert assad.kind == "person"
    assert "Assad" in assad.aliases
    assert len(assad.articles) == 5
