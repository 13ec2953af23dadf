"""Round 5 of issue 13, on invented text: "he"/"she" takes a lone word only when the article
has it as a person; a count in someone's words labelled by a noun alone, or by a unit of
measure, is not shown."""

from __future__ import annotations

import pytest

from newsbrief.types import SHOWN

from .helpers import facts_of, story


def shown_speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in facts_of(story(*texts)).shown().quotes]


@pytest.mark.parametrize(
    "text",
    [
        # an animal, a thing, a place and a party named as the subject before "he"/"she"
        "Zorblax may have used its crest for display. “It was a showy beast,” he says.",
        "Gunfire rang out across the capital overnight. “We hold the palace,” he said.",
        "The bear wandered into Pellow village, chasing a farmer. “It bit my leg,” he told the "
        "paper.",
        "The lone Democrat to speak noted the irony. “We rename things today,” she said.",
    ],
)
def test_he_said_takes_no_lone_word_the_article_never_has_as_a_person(text: str) -> None:
    assert shown_speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname of a full name, with a middle initial; a titled name; a name that speaks
        (
            "Ada B. Quillon leads the college. Quillon defended the change on Monday. “We "
            "listened to students,” she said.",
            "Ada B. Quillon",
        ),
        (
            "Mayor Tervin spoke on Monday. Tervin defended the budget at length. “We cut what we "
            "could,” he said.",
            "Tervin",
        ),
        (
            "“We have nothing to say about the case,” Ostrander said. Ostrander later changed "
            "course. “We will appeal the ruling,” he said.",
            "Ostrander",
        ),
    ],
)
def test_he_said_still_takes_a_lone_word_the_article_has_as_a_person(
    text: str, speaker: str
) -> None:
    assert set(shown_speakers(text)) == {speaker}


def labels(*texts: str) -> dict[str, tuple[str, bool]]:
    facts = facts_of(story(*texts))
    return {r.text: (f.about, f.confidence >= SHOWN) for f in facts.figures for r in f.reports}


def test_a_count_in_someone_s_words_labelled_by_a_noun_alone_is_not_shown() -> None:
    found = labels(
        "“We were surrounded by 20-30 cops within minutes,” a neighbour said. The county "
        "runs 40 ambulances across the valley.",
        "“There were 20-30 cops,” he said. The county has 40 ambulances.",
    )
    assert found["20-30"] == ("cops", False)
    assert found["40"] == ("ambulances", True)  # outside a quotation: shown as before


def test_a_count_in_someone_s_words_with_an_event_is_still_shown() -> None:
    found = labels("“Four people were killed in the blast,” the governor said.")
    assert found["Four"] == ("people killed", True)


def test_a_unit_of_measure_is_no_counted_thing() -> None:
    found = labels("The leaked files came to 11.46 gigabytes in all, and 512 megabytes more.")
    assert not any(shown for _, shown in found.values())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # where a person is from is no speaker
        (
            "“I have no thoughts about him at all,” Jeff Stallard from Pellow, Montana, told "
            "a reporter.",
            "Jeff Stallard",
        ),
        (
            "Jeff Stallard from Pellow told a reporter: “I have no thoughts about him at all.”",
            "Jeff Stallard",
        ),
        # a person named after a role and the organisation it is of speaks, not the organisation
        (
            "“This storm will be dangerous along the coast,” the director of the Ede Hurricane "
            "Center, Ken Marlow, said.",
            "Ken Marlow",
        ),
        (
            "“This storm will be dangerous along the coast,” said the head of the Ede Museum of "
            "History, Ken Marlow.",
            "Ken Marlow",
        ),
        # unchanged: a person of an organisation, before the verb
        ("“We cannot comment on the matter today,” Ada Roe of the Ede Council said.", "Ada Roe"),
    ],
)
def test_the_person_in_an_attribution_speaks_not_their_town_or_organisation(
    text: str, speaker: str
) -> None:
    assert shown_speakers(text) == [speaker]


def test_what_a_counted_thing_did_to_others_is_not_what_happened_to_it() -> None:
    found = labels(
        "The talks follow two bombings that killed 34 people in Pellow. Police said three "
        "gunmen who shot a guard were arrested."
    )
    assert found["two"][0] == "bombings"  # not "bombings killed"
    assert found["34"] == ("people killed", True)
    assert found["three"][0] != "gunmen injured"


def test_what_happened_to_a_counted_thing_in_a_relative_clause_is_still_read() -> None:
    found = labels("Officials said 100 people who died in the floods were buried on Monday.")
    assert found["100"] == ("people dead", True)  # died: no killing said


def test_a_share_of_something_named_elsewhere_is_not_shown() -> None:
    found = labels(
        "Mr Roe already owns 20% of the company. The plan was approved by 86% of investors. "
        "Ede Corp gave its chief 8% of the LTIP."
    )
    assert found["20%"][1] is False  # of which company?
    assert found["86%"] == ("share approved", True)  # of investors, in the label's scope
    # "gave its chief 8% of the LTIP": a name says of what, but not what the share is (figs7:
    # a share with no verb read is not shown)
    assert found["8%"] == ("share", False)


def test_a_title_in_quotation_marks_is_no_speaker() -> None:
    text = (
        "The reality star, whose book, 'A Shore Thing,' hit shelves yesterday, told a host, "
        "“I want to remember my night and sometimes I just do not.”"
    )
    assert shown_speakers(text) == []
    # a name with an apostrophe is still one
    text = "“We cannot comment on the matter today,” Stephen O'Brien said."
    assert shown_speakers(text) == ["Stephen O'Brien"]
