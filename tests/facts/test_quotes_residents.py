"""Speakers misread in two dev clusters no rule had used (my reads of dev 172 and 92): someone of
a place whom the attribution does not name ("said a resident of the nearby Abu Rummaneh district
who spoke on condition of anonymity": the district was given both quotes), and the subject of a
clause after "whereas". Every sentence is invented."""

from __future__ import annotations

from .helpers import credits

LEAD = "Police searched the compound on Monday after the blast in the capital.\n\n"
QUOTE = "The explosions shook the whole apartment and the windows shattered"


def test_a_resident_of_a_named_district_is_no_one_named() -> None:
    found = credits(
        f"{LEAD}“{QUOTE},” said a resident of the nearby Kafr Harun district who spoke on "
        "condition of anonymity. “It was like a quake, all of it at once.”"
    )
    assert found[QUOTE] is None
    assert found["It was like a quake, all of it at once."] is None


def test_a_resident_of_a_named_town_is_no_one_named() -> None:
    found = credits(f"{LEAD}“{QUOTE},” said a resident of Kafr Harun.")
    assert found[QUOTE] is None


def test_a_resident_named_after_the_town_is_the_speaker() -> None:
    found = credits(f"{LEAD}“{QUOTE},” said Ahmed Kassem, a resident of the Kafr Harun district.")
    assert found[QUOTE] == "Ahmed Kassem"


def test_a_clause_after_whereas_has_its_own_speaker() -> None:
    # (my read of dev 92: the speaker was "North Korea, whereas Trump has")
    found = credits(
        "Mayor Ann Hale spoke on Monday.\n\nHale has long been a champion of talks with the "
        "Harbour Board, whereas Governor Tom Rees has said that “talking is not the answer here.”"
    )
    assert found["talking is not the answer here."] == "Tom Rees"
