"""Quote speakers and duplicates an editor's read struck (read9, issue 13): "he says" after a
sentence whose subject a possessive place opens ("Tallinn's Ada Roe is …") is that person, not
the speaker before; a shown quote whose words all stand in a longer shown quote (the speaker
telling what they said, another outlet's part of it) is shown once, the longer. Every sentence
is invented."""

from __future__ import annotations

from .helpers import credits

LAWYER = (
    "Lawyer Ivo Lind says his clients are worried about the new rules.\n\n"
    "“Nobody has tested the case in any court so far. We're lacking that.”\n\n"
    "He's even warned clients to be wary of travelling with old violins.\n\n"
)


def test_he_says_after_a_possessive_place_opening_the_sentence_is_the_person_it_names() -> None:
    found = credits(
        LAWYER + "Tallinn's Ada Roe is one of the world's top dealers of old violins. "
        "“It's a nightmare,” she says. “I can't help it if they used that wood on every violin "
        "made before 1970.”"
    )
    said = "I can't help it if they used that wood on every violin made before 1970."
    assert found[said] == "Ada Roe"


def test_a_possessive_place_opening_a_sentence_with_no_person_after_it_names_no_one() -> None:
    found = credits(
        LAWYER + "Tallinn's old town is full of dealers of old violins. "
        "“It's a nightmare,” he says. “I can't help it if they used that wood on every violin "
        "made before 1970.”"
    )
    said = "I can't help it if they used that wood on every violin made before 1970."
    assert found[said] == "Ivo Lind"  # the speaker before: no one else is the subject since
