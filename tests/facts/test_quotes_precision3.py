"""Quote speakers, precision first, round spk13 (issue 13; set 13's wrong speakers as classes):
a surname's full name is not a reporter's of the credits line, and a generation after it ("Sr.")
belongs to the name; a one-word name the name finder cut is made whole ("Bill Read"); an
organisation or a person beside an unnamed speaker is not the speaker ("a doctor at Ede
Hospital", "the spokesman for the president, Ada Roe"); a place's person ("North Carolina's
Perdue") is the subject; "the hurricane center" is the centre the story names in full. Every
sentence is invented."""

from __future__ import annotations

from .helpers import credits

_CREDITS = "\n\nStaff writers Bo Lind, Ann Johnson and Cy Ode contributed to this report."


def test_a_surname_is_not_the_reporter_s_of_the_credits() -> None:
    found = credits(
        "The storm delayed the opening, said Harry E. Johnson Sr., who leads the foundation.\n\n"
        "“I am disappointed, really,” Johnson said." + _CREDITS
    )
    assert found["I am disappointed, really"] == "Harry E. Johnson Sr."


def test_a_surname_named_in_full_only_in_the_credits_stays_a_surname() -> None:
    found = credits("“I am disappointed, really,” Johnson said." + _CREDITS)
    assert found["I am disappointed, really"] == "Johnson"


def test_a_surname_of_two_people_in_the_story_stays_a_surname() -> None:
    found = credits(
        "The storm delayed the opening, said Harry E. Johnson Sr., who leads the foundation. "
        "His deputy, Mary Johnson, agreed.\n\n“I am disappointed, really,” Johnson said."
    )
    assert found["I am disappointed, really"] == "Johnson"


def test_a_one_word_name_before_a_capitalised_surname_takes_it() -> None:
    found = credits(
        "Although the coast will take the first blow, “The rest of the seaboard is well within "
        "the path of this storm,” Hurricane Center Director Bill Read said."
    )
    assert found["The rest of the seaboard is well within the path of this storm"] == "Bill Read"


def test_a_weekday_after_a_surname_is_no_surname() -> None:
    found = credits("“We will hold the line on taxes,” Roe Tuesday said in a speech.")
    assert found["We will hold the line on taxes"] == "Roe"


def test_an_organisation_where_an_unnamed_speaker_is_is_not_the_speaker() -> None:
    found = credits(
        "“As a doctor, as a human, I am crying,” a doctor at Ede Hospital said. “I cannot do "
        "anything for him.”"
    )
    assert found["As a doctor, as a human, I am crying"] is None
    assert found["I cannot do anything for him."] is None


def test_a_name_with_the_speakers_role_after_the_place_is_the_speaker() -> None:
    found = credits("“We are out of beds,” a doctor at the hospital, Ada Roe, said.")
    assert found["We are out of beds"] == "Ada Roe"


def test_the_name_of_the_one_a_spokesman_speaks_for_is_not_the_speaker() -> None:
    found = credits(
        "The minister will visit on Saturday “to provide all political support” the spokesman "
        "for the Tunisian president, Ada Roe, said in a statement."
    )
    assert found["to provide all political support"] is None


def test_a_spokesman_named_after_an_organisation_is_the_speaker() -> None:
    found = credits(
        "The minister will visit on Saturday “to provide all political support,” the spokesman "
        "for the ministry, Ada Roe, said in a statement."
    )
    assert found["to provide all political support"] == "Ada Roe"


def test_a_place_s_person_told_reporters_is_the_speaker() -> None:
    found = credits(
        "North Carolina Governor Bev Perdue declared an emergency.\n\n"
        "“No matter which way you slice it, there will be hurricane-force winds,” said Eric "
        "Wilhelm, a meteorologist.\n\n"
        "North Carolina’s Perdue told reporters she was “dismayed that the ferries were still "
        "empty” at Ocracoke. “We are asking people to take this storm very seriously,” she said."
    )
    assert found["dismayed that the ferries were still empty"] == "Bev Perdue"
    assert found["We are asking people to take this storm very seriously"] == "Bev Perdue"


def test_the_hurricane_center_is_the_centre_named_in_full_before() -> None:
    found = credits(
        "The storm left the Bahamas late Thursday, the National Hurricane Center said. The "
        "hurricane center warned of surges 5 to 10 feet high, with “destructive and "
        "life-threatening waves.” Projections show the storm reaching the coast on Saturday."
    )
    assert found["destructive and life-threatening waves."] == "National Hurricane Center"


def test_a_centre_the_story_never_names_is_no_one_named() -> None:
    found = credits(
        "The storm left the Bahamas late Thursday. Bill Read, the director of the hurricane "
        "center, spoke on Friday. The hurricane center warned of surges 5 to 10 feet high, with "
        "“destructive and life-threatening waves.” Projections show the storm on the coast."
    )
    assert found["destructive and life-threatening waves."] is None


def test_the_group_is_the_body_named_as_a_bloc_before() -> None:
    found = credits(
        "The biggest criticism came from the 120-nation Ede Movement, the largest bloc at the "
        "United Nations. In a statement released by Lund, which holds the group’s presidency, "
        "the group said: “The occupying power is escalating its campaign once more.”"
    )
    assert found["The occupying power is escalating its campaign once more."] == "Ede Movement"


def test_the_group_is_not_a_member_of_it() -> None:
    found = credits(
        "The criticism came from Ada Roe, a member of the group, on Friday. In a statement, "
        "the group said: “The occupying power is escalating its campaign once more.”"
    )
    assert found["The occupying power is escalating its campaign once more."] is None
