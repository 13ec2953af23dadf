"""Fragments shown as entities on fresh stories (sets 6-11), cut as classes: a title left on a
name, a question-and-answer marker, a party and a chamber run together, a flight's number, a
team or a fraternity typed as a person, adjectives run together: invented sentences."""

from __future__ import annotations

from newsbrief.clean import clean_article
from newsbrief.facts.entity_rules import rules
from newsbrief.types import Article

from .helpers import facts_of, story


def _kinds(*texts: str) -> dict[str, str | None]:
    return {m.name: m.kind for ms in rules(list(texts)) for m in ms}


def test_a_title_of_office_or_religion_is_cut_from_the_name() -> None:
    found = _kinds(
        "The Reverend Ada Lorne led the service. Congressman Vale said the cuts hurt. "
        "Prosecutor Ivo Marsh reviewed the case. Rep. Tomas Vale had warned."
    )
    assert found["Ada Lorne"] == "person"
    assert found["Vale"] == "person"
    assert found["Ivo Marsh"] == "person"
    assert not any(n.startswith(("Reverend", "Congressman", "Prosecutor")) for n in found)


def test_a_question_and_answer_marker_is_no_part_of_a_name() -> None:
    piece = (
        "Q. What comes next in Congress?\n\nA. The Senate votes on Monday.\n\n"
        "Q. Senate Democrats say they will reject it. What then?\n\nA. Nobody knows."
    )  # the marks go when cleaning (clean._unmarked)
    found = _kinds(clean_article(Article(id="qa", text=piece, source="")).text)
    assert not any(n.startswith(("Q.", "A.")) for n in found)
    assert "Senate" in found


def test_a_party_and_a_chamber_run_together_are_two_organisations() -> None:
    found = _kinds(
        "The vote gave the House GOP a win. Reid protects a fragile Democratic Senate "
        "majority. Voters yelled at Republican House members. The Democratic Senate Caucus met."
    )
    for name in ("House GOP", "Democratic Senate", "Republican House"):
        assert name not in found
    for name in ("House", "GOP", "Senate", "Democratic", "Republican"):
        assert found[name] == "organisation"
    assert found["Democratic Senate Caucus"] == "organisation"  # one organisation's name


def test_a_title_with_a_possessive_is_no_part_of_the_place_before_it() -> None:
    found = _kinds(
        "The review by Elmore County State's Attorney Dana Roe took months. Kern County "
        "Sheriff's Deputy Ian Holt was shot. The Kern County Sheriff's Office said so."
    )
    assert found["Elmore County"] == "place"
    assert "Elmore County State" not in found
    assert "Kern County Sheriff's Office" in found
    assert "Kern County Sheriff" not in found


def test_a_flight_number_is_cut_and_names_an_airline_before_it() -> None:
    found = _kinds(
        "Searchers looking for Nordic Skyways Flight 370 found debris. The wreck of Solvang "
        "Air Flight QZ851 lay deep. Ships hunting Flight 370 turned back."
    )
    assert found["Nordic Skyways"] == "organisation"
    assert found["Solvang Air"] == "organisation"
    assert not any("Flight" in n for n in found)


def test_a_sports_team_is_an_organisation_not_a_person() -> None:
    found = rules(
        [
            "Kai was a member of the Riverbend Iron Hawks football team, which posted a note. "
            "It is a sad day for our Riverbend Iron Hawks family."
        ]
    )
    # "our … family": a club's or a school's, no person's
    assert [m.kind for m in found[0]] == ["organisation", None]


def test_a_fraternity_is_an_organisation_and_its_short_name_no_person() -> None:
    story_ = story(
        "Kappa Sigma Nu Fraternity has no tie to the rogue group. The group used the Kappa "
        "Sigma Nu name. Kappa sigma Nu is suing.",
        "Kappa Sigma Nu Fraternity sued the students. Kappa Sigma Nu was founded in 1898.",
    )
    found = {e.name: e.kind for e in facts_of(story_).entities}
    assert found == {"Kappa Sigma Nu Fraternity": "organisation"}


def test_a_fund_named_for_a_person_leaves_the_person() -> None:
    found = rules(
        [
            "Six-year-old Kameron Voss was killed. Voss loved trains. Gifts go to the Kameron "
            "Voss Memorial Fund."
        ]
    )
    assert [m.kind for m in found[0] if m.name == "Kameron Voss"] == ["person"]


def test_a_mountain_pass_and_a_trail_are_places() -> None:
    found = rules(
        [
            "Rescuers named the route as the Hardy Pass trail. The trail was first called "
            "“Hardy” Pass by miners. She later hiked the Cascade Ridge Trail."
        ]
    )
    kinds = {m.name: m.kind for m in found[0]}
    assert kinds["Hardy Pass"] == "place"
    assert kinds["Cascade Ridge Trail"] == "place"


def test_adjectives_run_together_are_no_name() -> None:
    found = _kinds(
        "The method is named after a British Presbyterian minister. It was first set out by "
        "an 18th Century Presbyterian scholar. Christian Bale read it."
    )
    assert "British Presbyterian" not in found
    assert "Century Presbyterian" not in found
    assert "Christian Bale" in found


def test_a_numbered_part_of_a_work_is_no_journal() -> None:
    found = _kinds("He appeared in Episode 3 of the show. The study appeared in Nature last week.")
    assert found["Episode"] is None
    assert found["Nature"] == "organisation"


def test_an_occupation_before_one_name_is_cut() -> None:
    found = _kinds("Deejays Roula and Ryan spoke on air. Producer Amara called back.")
    assert "Roula" in found
    assert "Amara" in found
    assert not any(n.startswith(("Deejays", "Producer")) for n in found)


def test_a_name_after_where_it_is_based_is_a_company() -> None:
    found = _kinds("“It hurt us,” said Stein, owner of Glenview-based Lark Vend.")
    assert found["Lark Vend"] == "organisation"


def test_a_name_opening_with_an_organisation_of_the_story_is_no_person() -> None:
    found = rules(
        [
            "Voltra Autopilot did not stop the car. Autopilot is a driver aid. Later, Voltra's "
            "shares fell. Kameron Lisk was hurt. Lisk is six. Later, Kameron's family grieved."
        ]
    )
    kinds = {m.name: m.kind for m in found[0] if " " in m.name}
    assert kinds["Voltra Autopilot"] is None
    assert kinds["Kameron Lisk"] == "person"


def test_a_common_word_opening_sentences_makes_no_surname() -> None:
    found = rules(
        [
            "Shops joined forces with Big Soda in the fight. Soda taxes do not work, they said. "
            "A soda costs more now. Ariel Winter spoke. Fans cheered as Winter waved. Winter "
            "said the winter was long."
        ]
    )
    kinds = {m.name: m.kind for m in found[0] if " " in m.name}
    assert kinds["Big Soda"] is None
    assert kinds["Ariel Winter"] == "person"  # "as Winter waved": alone inside a sentence


def test_a_community_centre_is_a_place() -> None:
    found = _kinds("Mourners gathered at the Ada Roe Community Center on Sunday.")
    assert found["Ada Roe Community Center"] == "place"


def test_a_country_acronym_is_no_university_by_its_initials() -> None:
    found = facts_of(
        story(
            "A lecturer at the University of Southwold said the US team would help.",
            "Teams from the US and France searched. The University of Southwold agreed.",
        )
    ).entities
    kinds = {e.name: e.kind for e in found}
    assert kinds["University of Southwold"] == "organisation"
    assert kinds["US"] == "place"
