"""Quote speakers still wrong after spk15 (issue 13): a surname two people of the article share
takes the full name given just before its first quote; "he said" reads past a title quoted
after a preposition; a correction note renames a misnamed speaker and names no person. Every
sentence is invented."""

from __future__ import annotations

from .helpers import credits, kinds_of


def test_a_shared_surname_takes_the_full_name_named_just_before() -> None:
    found = credits(
        "Ivo Lind was a healthy boy of six before the fever came in 2019.\n\n"
        "His mother, Mary Lind, has spent the years since writing to doctors across the valley.\n\n"
        "“Every new letter brings the fear back, every single time,” Lind told the paper.\n\n"
        "“We keep hoping that somebody out there has an answer for us,” Lind said."
    )
    assert found["Every new letter brings the fear back, every single time"] == "Mary Lind"
    assert found["We keep hoping that somebody out there has an answer for us"] == "Mary Lind"


def test_a_shared_surname_named_far_before_stays_a_surname() -> None:
    found = credits(
        "Ivo Lind was a healthy boy of six before the fever came in 2019.\n\n"
        "His mother, Mary Lind, has spent the years since writing to doctors across the valley.\n\n"
        "The hospital in Ede treats ten such children a year, most of them in the autumn.\n\n"
        "Doctors there have found no cause, and no treatment has yet been shown to work.\n\n"
        "“Every new letter brings the fear back, every single time,” Lind told the paper."
    )
    assert found["Every new letter brings the fear back, every single time"] == "Lind"


def test_he_said_reads_past_a_title_quoted_after_a_preposition() -> None:
    found = credits(
        "“The river rose two metres overnight and the bridge is shut,” said Officer Ann Ode.\n\n"
        "On “The Valley Hour,” Mary Lind drew attention for her long absence from the town.\n\n"
        "When the story ran on Monday, she posted a message about the photograph.\n\n"
        "“Honestly the worst thing about all this is that old photograph of me,” she wrote."
    )
    assert (
        found["Honestly the worst thing about all this is that old photograph of me"] == "Mary Lind"
    )


def test_a_speaker_a_correction_note_says_was_misnamed_takes_the_right_name() -> None:
    found = credits(
        "“The river rose two metres overnight and the bridge is shut,” said Ivo Lind.\n\n"
        "Correction: This article originally misnamed Ivo Roe as Ivo Lind."
    )
    assert found["The river rose two metres overnight and the bridge is shut"] == "Ivo Roe"


def test_a_correction_note_names_no_person() -> None:
    found = kinds_of(
        "Her son, Carter Roe, fell ill in July. His mother, Ann Roe, said the doctors were baffled."
        "\n\nCarter could barely stand when she picked him up that morning.\n\n"
        "Correction: This article originally misnamed Ann Roe as Ann Carter."
    )
    assert "Ann Roe" in found
    assert "Ann Carter" not in found


def test_a_representative_for_a_star_is_no_one_named() -> None:
    found = credits(
        "A representative for the 58-year-old Valley Hour star has told the paper that Roe is "
        "“taking the time needed to rest and recover.”"
    )
    assert found["taking the time needed to rest and recover."] is None


def test_a_spokesman_for_a_named_body_is_still_that_body() -> None:
    found = credits(
        "A spokesman for the Ede Council said: “The bridge will reopen on Monday morning.”"
    )
    assert found["The bridge will reopen on Monday morning."] == "Ede Council"


def test_she_after_a_relative_named_in_full_is_not_the_surname_quoted_before() -> None:
    found = credits(
        "Todd Roe, the boy's father, said he got the call an hour before the news broke.\n\n"
        "“It was wonderful, really wonderful,” Roe said. “It was overwhelming for all of us.”\n\n"
        "In an emotional post online, mother Aimee Roe praised the company's decision.\n\n"
        "“We are so glad of it today!” she wrote. “They are releasing the drug for Josh at last!”"
    )
    assert found["It was wonderful, really wonderful"] == "Todd Roe"
    assert found["They are releasing the drug for Josh at last!"] == "Aimee Roe"


def test_two_of_a_surname_in_the_sentence_leave_she_to_the_last_speaker() -> None:
    found = credits(
        "“She was my guardian angel, always,” said Mario Roe, her father.\n\n"
        "Mollie Roe had just finished her first term, but when she did not come home on "
        "Saturday, Mario Roe knew something was wrong.\n\n"
        "“It wasn't like Mollie at all, not once,” he said."
    )
    assert found["It wasn't like Mollie at all, not once"] == "Mario Roe"
