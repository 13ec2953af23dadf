"""Quote speakers, precision first, round spk11 (issue 13; read6 story 3, set 12's Lund story):
words the speaker reports someone else said, a section heading made of someone's words, a
surname alone as the subject before "she told", and "she said" after two people spoken of by
pronouns. Every sentence is invented."""

from __future__ import annotations

from .helpers import credits


def test_words_someone_else_told_the_speaker_are_not_the_speakers() -> None:
    found = credits(
        "Police Chief Ada Roe said officers were looking for a man.\n\n"
        "Roe said an officer found the man in a garage who allegedly told him, "
        "“Stay back or I will burn the place down.” He ran off."
    )
    assert found["Stay back or I will burn the place down."] is None


def test_the_speakers_own_words_after_a_relative_clause_are_still_hers() -> None:
    found = credits(
        "Ada Roe, who runs the shelter, told reporters, “We have never seen a winter like this.”"
    )
    assert found["We have never seen a winter like this."] == "Ada Roe"


def test_a_heading_in_single_marks_is_no_one_s_words() -> None:
    found = credits(
        "“We are all shaken by what happened this morning,” Police Chief Ada Roe said.\n\n"
        "'He was a ray of sunshine'\n\n"
        "Bea Lind, a nurse at Ede Hospital, described the boy as gentle.\n\n"
        "“He was a ray of sunshine, kind and funny,” she said."
    )
    assert found["He was a ray of sunshine"] is None
    assert found["He was a ray of sunshine, kind and funny"] == "Bea Lind"


def test_a_quote_paragraph_in_single_marks_continues_only_with_a_stop() -> None:
    text = "“We will rebuild every house on this street,” Mayor Ada Roe said on Tuesday.\n\n"
    found = credits(text + "'Nobody will be left behind, not one family.'")
    assert found["Nobody will be left behind, not one family."] == "Ada Roe"
    assert credits(text + "'Nobody will be left behind, not one family'") == {
        "We will rebuild every house on this street": "Ada Roe",
        "Nobody will be left behind, not one family": None,
    }


def test_a_surname_with_an_apposition_before_said_is_the_subject() -> None:
    found = credits(
        "Teacher Bea Lind told the paper she could not sleep.\n\n"
        "Cora Vance, a neighbour, said the woman had banged on her door.\n\n"
        "“She was shouting at me and banging on the window,” Vance told the station.\n\n"
        "Lind, Tom's teacher, said she kept thinking of him.\n\n"
        "“He was the kindest boy in my class,” she told the paper."
    )
    assert found["She was shouting at me and banging on the window"] == "Cora Vance"
    assert found["He was the kindest boy in my class"] == "Bea Lind"


def test_she_said_after_two_people_spoken_of_by_pronouns_is_no_one() -> None:
    found = credits(
        "“He was scared,” Ada Roe said of her student.\n\n"
        "Over the phone, Bo Lind told Roe that he was going into hiding. She told him to "
        "wait.\n\n"
        "“It was an easy choice,” she said."
    )
    assert found["It was an easy choice"] is None


def test_she_said_after_her_own_sentence_is_still_hers() -> None:
    found = credits(
        "“He was scared,” Ada Roe said of her student.\n\n"
        "Roe booked a flight the same night. She told her husband on the way.\n\n"
        "“It was an easy choice,” she said."
    )
    assert found["It was an easy choice"] == "Ada Roe"
