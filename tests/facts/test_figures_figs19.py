"""Issue 13 (figure lines a journalist would strike, the figure lines left struck after figs18,
re-read in figs19), from invented sentences."""

from __future__ import annotations

from newsbrief.types import Facts

from .helpers import facts_of, story


def shown(facts: Facts) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.about, tuple(r.text for r in f.reports)) for f in facts.shown().figures]


def test_bodies_recovered_and_bodies_found_are_one_count() -> None:
    # dev 139: "thirty bodies have been recovered" and "30 bodies found so far" showed
    # "bodies recovered: thirty" and "bodies found, so far: 30" on two lines
    one = "Searchers said thirty bodies have been recovered from the sea near the island."
    other = "Searchers said 30 bodies were found in the sea near the island."
    lines = shown(facts_of(story(one, other)))
    assert len(lines) == 1, lines
    assert lines[0][0] in ("bodies found", "bodies recovered"), lines
    # another value stays apart: 12 bodies recovered are not the 30 found
    lines = shown(facts_of(story(one.replace("thirty", "12"), other)))
    assert sorted(texts for _, texts in lines) == [("12",), ("30",)], lines
    # another event of the same noun stays apart: buried is not found
    lines = shown(facts_of(story(one.replace("recovered from", "buried near"), other)))
    assert len(lines) == 2, lines


def test_held_in_a_prison_is_detained() -> None:
    # dev 189: "his two sons were arrested" and "the two sons are held in a prison south of
    # Cairo" showed "sons detained: two", "sons held: two" and "sons: two" on three lines
    one = "Police said the two sons were arrested in April in the capital."
    other = "The two sons are held in a prison south of the capital, officials said."
    lines = shown(facts_of(story(one, other)))
    assert [about for about, _ in lines] == ["sons detained"], lines
    # held elsewhere is no detention: "two sons held a rally" is not "detained"
    rally = "The two sons held a rally in the capital on Sunday, officials said."
    assert "sons detained" not in [about for about, _ in shown(facts_of(story(rally, rally)))]


def test_counted_who_fired_shots_are_not_labelled_fired() -> None:
    # dev 93: "after four deputies fired, also killing the suspect" showed "deputies fired:
    # four", read as four deputies dismissed
    one = "No weapon was found after four deputies fired, also killing the suspect, he said."
    other = "The sheriff said four deputies fired at the car outside the home on Sunday."
    assert "deputies fired" not in [about for about, _ in shown(facts_of(story(one, other)))]
    # dismissed workers keep their label
    sacked = "The company said ten workers were fired on Monday after the strike."
    lines = shown(facts_of(story(sacked, sacked)))
    assert [about for about, _ in lines] == ["workers fired"], lines
