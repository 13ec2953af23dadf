"""Figures, figs14: labels a reader can trust. A count joined to the count of its noun whose
event is read is labelled as that report writes it; a count is labelled with the group its
sentence names it for."""

from __future__ import annotations

from newsbrief.nlp.quantities import mentions
from newsbrief.nlp.quantity_windows import windows
from newsbrief.types import SHOWN

from .helpers import facts_of, story


def _shown(*texts: str) -> list[tuple[str, list[str]]]:
    facts = facts_of(story(*texts))
    return [(f.about, [r.text for r in f.reports]) for f in facts.figures if f.confidence >= SHOWN]


def test_a_joined_count_is_labelled_as_the_report_of_its_event_writes_it() -> None:
    shown = _shown(
        "A boy was electrocuted at the park. Two other boys who tried to help him were injured.",
        "Two young boys are recovering in the hospital.",
    )
    assert ("boys injured", ["Two", "Two"]) in shown


def test_a_compound_that_names_the_kind_stays_in_a_joined_label() -> None:
    shown = _shown(
        "About 46,000 notices were delivered in May.",
        "The recipients of the 46,000 shut-off notices sent out in May included businesses.",
    )
    assert ("shut-off notices delivered", ["About 46,000", "46,000"]) in shown


GLORIA = (
    "Hurricane Irene is forecast to turn north on a path similar to 1985's Hurricane Gloria."
    " Gloria killed 11 people, the hurricane center said. It caused $900 million in damage."
    " Irene has killed three people in the Bahamas."
)


def _scoped(*texts: str) -> dict[str, str | None]:
    facts = facts_of(story(*texts))
    return {f.about: f.scope for f in facts.figures if f.confidence >= SHOWN}


def test_a_count_whose_subject_is_another_dated_event_is_labelled_with_it() -> None:
    scoped = _scoped(GLORIA)
    assert scoped["damage"] == "of Hurricane Gloria in 1985"
    figures = facts_of(story(GLORIA)).figures
    eleven = [f.scope for f in figures if [r.text for r in f.reports] == ["11"]]
    three = [f.scope for f in figures if [r.text for r in f.reports] == ["three"]]
    assert eleven == ["of Hurricane Gloria in 1985"]
    assert three == [None]  # the story's own storm


def test_a_storm_named_with_in_and_its_year_is_another_event() -> None:
    figures = facts_of(
        story("Hurricane Gloria in 1985 killed eight people. Irene killed two people.")
    ).figures
    shown = {f.scope for f in figures if f.confidence >= SHOWN and f.about == "people killed"}
    assert shown == {"of Hurricane Gloria in 1985", None}


def test_a_count_of_a_people_is_labelled_with_that_people() -> None:
    shown = _shown(
        "The exchanges, which have killed 19 Palestinians and three Israelis, broadened the"
        " conflict. Earlier wars killed hundreds of civilians.",
        "Others killed included three other Hamas fighters killed in a single strike.",
    )
    assert ("Israelis killed", ["three"]) in shown
    assert ("Hamas fighters killed", ["three"]) in shown
    assert not [texts for about, texts in shown if about == "civilians killed" and "three" in texts]


def test_a_peoples_count_with_nothing_said_of_it_is_not_shown() -> None:
    # like "people: 741": who, doing what, the label does not say
    assert not _shown("Millions of Americans watched, and thousands of Yazidis waited.")
    assert ("Americans detained", ["two"]) in _shown("Iran detained two Americans in July.")


def test_in_days_from_now_is_no_window_of_a_count() -> None:
    assert [w.text for w in windows("His 15 pumps will run dry in days.")] == []
    assert [w.text for w in windows("Strikes killed 19 people in two days.")] == ["in two days"]


def test_a_window_of_two_months_reads_both() -> None:
    hit = windows("Eleven vehicles were hit in August and September.")
    assert [w.text for w in hit] == ["in August and September"]
    added = windows("It hopes to add 3.2 million subscribers from April through June.")
    assert [w.text for w in added] == ["from April through June"]


def test_a_count_in_a_years_when_clause_is_that_years() -> None:
    shown = _scoped_windows(
        "That is more than double compared to 2015, when 21 cases were confirmed for the"
        " whole year."
    )
    assert shown == [("cases confirmed", "in 2015")]


def _scoped_windows(*texts: str) -> list[tuple[str, str | None]]:
    facts = facts_of(story(*texts))
    return [(f.about, f.window) for f in facts.figures if f.confidence >= SHOWN]


def test_a_participle_opening_a_relative_clause_is_not_the_counts_verb() -> None:
    (hit, _) = mentions("The army said 97 rockets fired from Gaza hit Israel and 99 were stopped.")
    assert (hit.noun, hit.event) == ("rockets", "hit")
    (m,) = mentions("Six swimmers were rescued from rip currents caused by the storm.")
    assert m.event != "caused"


def test_a_group_whose_reports_name_another_noun_is_not_labelled_with_the_quantitys() -> None:
    shown = _shown(
        "The raid killed the al-Qaida chief and four others.",
        "Gunmen killed 12 citizens in one town. Later, 12 citizens were killed in another.",
        "Officials said 12 citizens had been killed.",
    )
    assert ("people killed", ["four"]) in shown
    assert [about for about, texts in shown if "four" not in texts] == ["citizens killed"]
