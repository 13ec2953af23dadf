"""Issue 13 (figure labels, round 8): what a count counts and what happened to it, read from its
sentence's structure, with short invented sentences; a count that is no figure is not read."""

from __future__ import annotations

from newsbrief.nlp.quantities import mentions


def counted(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.noun, m.event) for m in mentions(sentence)]


def test_seasons_and_occasions_are_spans_and_frequencies_not_counts() -> None:
    # set 11: "seasons: 25" for a span of time; set 9: "occasions fled: three" for how often
    assert counted("Duke has won titles in four of the last 25 seasons.") == [("four", None, None)]
    assert counted("He played for the team for nine seasons.") == []
    assert counted("Police asked him on three occasions to leave her alone.") == []
    assert counted("Three occasions were missed.") == []
    assert [m.noun for m in mentions("Police asked 25 students to leave.")] == ["students"]


def test_a_plural_with_its_own_verb_after_an_object_is_not_joined_to_it() -> None:
    (m,) = mentions("Police had conducted 33 taped interviews and detectives had questioned him.")
    assert m.phrase == "taped interviews"
    (m,) = mentions("Some 1,000 soldiers and police were sent to the border.")
    assert m.phrase == "soldiers and police"


def test_an_event_noun_before_the_noun_it_modifies_is_no_event() -> None:
    # set 5: "athletes evacuated: 10" for "its 10 athletes purchase medical and evacuation
    # insurance"
    sentence = "Families of its 10 athletes should purchase medical and evacuation insurance."
    assert counted(sentence) == [("10", "athletes", None)]
    assert counted("The order forced the evacuation of 240 homes.") == [
        ("240", "homes", "evacuated")
    ]
    assert counted("Police held 12 people in detention.") == [("12", "people", "detained")]
