"""Entities, issue 13, round ten: classes of error read in dev briefings (a long line of
contributors, a surname that is a place of the field's data, ...), each on a short text
written for the test."""

from __future__ import annotations

from newsbrief.facts.entity_filters import skips
from newsbrief.facts.entity_spans import spans

from .helpers import kinds_of


def test_a_long_line_of_contributors_names_no_entity_of_the_story() -> None:
    line = (
        "Zeta Press writers Laurie Kellman, Jim Abrams, Julie Pace, Larry Margasak, Ken Thomas"
        " and Eileen Sullivan in Washington, Brian Witte in Annapolis, Md., Denise Lavoie in"
        " Boston and Frank Bajak in Cartagena, Colombia, contributed to this report."
    )
    text = f"The agency said the agents were sent home.\n{line}"
    dropped = skips([text]).spans[0]
    at = text.index("Denise")
    assert any(start <= at < end for start, end in dropped)
    said = text.index("agency")
    assert not any(start <= said < end for start, end in dropped)


def test_a_line_of_two_sentences_keeps_the_first_before_contributors() -> None:
    text = (
        "The agents flew home from the summit in Cartagena on Sunday after the scandal broke out"
        " in the city, officials said at a press conference in the capital of the country. Jim"
        " Abrams and Julie Pace in Washington contributed to this report."
    )
    dropped = skips([text]).spans[0]
    assert not any(start <= text.index("Cartagena") < end for start, end in dropped)


def test_a_surname_that_is_a_place_of_the_field_is_the_person_named_in_full() -> None:
    texts = [
        "His father was an agent in President John F. Kennedy's era and knew the agents on his"
        " detail when Kennedy was assassinated.",
        "He was working at the headquarters when Kennedy was shot.",
    ]
    typed = kinds_of(*texts)
    assert typed.get("John F. Kennedy") == "person"
    assert "place" not in {typed.get("Kennedy"), typed.get("John F. Kennedy")}


def test_a_titled_person_after_a_possessive_is_found() -> None:
    texts = [
        "Syria's President Bashar al-Assad said on Monday the war would go on.",
        "“You won't blink,” KIRO Radio's Tom Tangney said on Monday. Assad spoke again.",
    ]
    assert kinds_of(*texts).get("Bashar al-Assad") == "person"
    assert "Tom Tangney" in [name for name, *_ in spans(texts[1])]


def test_no_name_after_a_possessive_without_a_title_or_first_name() -> None:
    texts = [
        "Secretary Clinton's Call Sheet for the call was released. Clinton's Call Sheet is long.",
        "The Call Sheet was released by the committee on Monday.",
    ]
    assert "Call Sheet" not in kinds_of(*texts)


def test_a_name_a_job_abbreviation_and_a_person_are_two_names() -> None:
    found = [name for name, *_ in spans("Update: Zetasoft CVP Phil Harrison told Eurogamer.")]
    assert "Zetasoft" in found and "Phil Harrison" in found
    assert not any("CVP" in name for name in found)
    found = [name for name, *_ in spans("He said on Tuesday for Omega Bank CEO John Stumpf.")]
    assert "Omega Bank" in found and "John Stumpf" in found
    assert not any("Tuesday" in name for name in found)


def test_a_section_heading_of_english_words_names_nothing() -> None:
    texts = [
        "The television collects what you watch.\n Fitness Services \nYou can create a profile."
        "\n Kids Services \nThe services offer videos for children.",
        "Fitness Services\nThe company said the profile is kept for a year.",
    ]
    typed = kinds_of(*texts)
    assert "Fitness Services" not in typed and "Kids Services" not in typed


def test_a_name_alone_on_its_line_is_still_a_name() -> None:
    text = "The actor spoke on Monday.\nWill Smith\nThe film opens on Friday."
    dropped = skips([text]).spans[0]
    assert not any(start <= text.index("Will") < end for start, end in dropped)


def test_a_product_written_with_capitals_inside_is_no_place_by_its_cue() -> None:
    texts = [
        "The query terms you enter into SmartTV search features are kept. Use SmartTV apps.",
        "The terms you type into SmartTV menus are kept. He lives in McAllen, in McAllen.",
    ]
    typed = kinds_of(*texts)
    assert typed.get("SmartTV") != "place"
    assert typed.get("McAllen") == "place"


def test_a_quoted_speaker_with_an_organisations_word_in_the_plural_is_an_organisation() -> None:
    texts = [
        "“The lion was shot outside the reserve,” said South African National Parks.",
        "“We regret the loss of the lion,” South African National Parks said in a statement.",
    ]
    assert kinds_of(*texts).get("South African National Parks") == "organisation"


def test_a_full_name_whose_last_word_the_story_writes_in_lower_case_needs_a_first_name() -> None:
    texts = [
        "A storm like the Carrington Event would knock out power, a report by Event said.",
        "The Carrington Event of 1859 was the largest solar event on record, Event said.",
    ]
    assert kinds_of(*texts).get("Carrington Event") != "person"
