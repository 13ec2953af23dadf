"""Quote speakers the attribution rules used to miss (issue 13, round spk9): the speaker telling,
inside their own quotation, what they said ("“… I said, ‘Wait a minute.’”")."""

from __future__ import annotations

import pytest

from .helpers import credits


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            "“I looked at that name on the list,” Ada Roe said. “I said: ‘Wait a minute. Is "
            "there any relation there at all?’ No, I checked it.”",
            "Wait a minute. Is there any relation there at all?",
        ),
        (
            "“I told my Republican colleagues, ‘Leave him the hell alone,’ and that is still my "
            "advice,” Ivo Lind said.",
            "Leave him the hell alone",
        ),
        (
            "“He was visiting me and I turned on the mic and said, ‘Can you make any weird "
            "sounds for me?’ And he did,” said Ivo Lind.",
            "Can you make any weird sounds for me?",
        ),
    ],
)
def test_own_words_inside_the_quote_are_the_speakers(text: str, inner: str) -> None:
    # shown inside the speaker's quote, not as a second line of the same words (read9)
    found = credits(text)
    assert inner not in found
    (speaker,) = {s for t, s in found.items() if inner in t}
    assert speaker is not None


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (  # someone else's words
            "“The people there said, ‘Would you like to record these two tortoises mating?’ "
            "It sounded like a joke,” said Ada Roe.",
            "Would you like to record these two tortoises mating?",
        ),
        (  # words never said
            "“I wish I had said, ‘Keep it and do not worry about it at all,’ ” Ada Roe said.",
            "Keep it and do not worry about it at all",
        ),
        (
            "“I will not say, ‘We are going to attack the city in four months,’ ” Ada Roe said.",
            "We are going to attack the city in four months",
        ),
        (
            "“We don't even have a court we can go to and say, ‘Look, here is our position on "
            "it,’ ” Ada Roe said.",
            "Look, here is our position on it",
        ),
    ],
)
def test_words_the_speaker_did_not_say_stay_no_ones(text: str, inner: str) -> None:
    assert credits(text)[inner.rstrip(",")] is None


def test_a_paragraph_of_he_says_before_a_quote_of_its_own() -> None:
    found = credits(
        "“It was a quiet night before the storm came in,” said coach Don Clark.\n\n"
        "He says the family is too hurt to even speak.\n\n"
        "“This just happened yesterday. They are barely even able to cope.”"
    )
    assert found["This just happened yesterday. They are barely even able to cope."] == "Don Clark"


def test_a_paragraph_of_he_says_names_no_one_when_she_spoke_last() -> None:
    found = credits(
        "“It was a quiet night before the storm came in,” said neighbour Ada Roe. “Then the "
        "wind rose over the whole town,” she said.\n\n"
        "He says the family is too hurt to even speak.\n\n"
        "“This just happened yesterday. They are barely even able to cope.”"
    )
    assert found["This just happened yesterday. They are barely even able to cope."] is None


@pytest.mark.parametrize(
    "text",
    [
        "At the press conference, Ada Roe said she was innocent of any involvement. He said Sinn "
        "Féin remained fully committed to the political process. “The IRA is gone, it's "
        "finished,” he added.",
        "Sen. Ada Roe had sharp questions for the chief executive. She said Ivo Lind made "
        "millions in the scam, telling him, “You should resign and you should be investigated.”",
    ],
)
def test_a_name_after_he_said_is_not_the_speaker(text: str) -> None:
    assert "Sinn Féin" not in credits(text).values()
    assert "Ivo Lind" not in credits(text).values()
