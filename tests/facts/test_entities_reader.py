"""Entities a journalist struck in briefings (issue 13), each class with invented sentences."""

from __future__ import annotations

from newsbrief.facts.entities import entities

from .helpers import facts_of, story


def _shown(*texts: str) -> dict[str, str]:
    """Entities shown to a reader: name -> kind."""
    return {e.name: e.kind for e in facts_of(story(*texts)).shown().entities}


def test_an_acronym_without_a_cue_is_not_shown_as_an_organisation() -> None:
    found = _shown(
        "Shares of ZQX fell at the AGM as the FTSE 100 rose.",
        "The board met before the AGM. Brennick Oil's chief said ZQX would recover.",
        "Analysts at NASA and the SEC were not asked. KQRX reported the vote.",
    )
    assert "AGM" not in found and "ZQX" not in found and "FTSE" not in found
    assert found["NASA"] == found["SEC"] == found["KQRX"] == "organisation"


def test_an_acronym_with_a_cue_is_an_organisation() -> None:
    found = _shown("Officials at TRQ said the plant would close. TRQ's chief resigned.")
    assert found["TRQ"] == "organisation"


def test_shouted_slogans_are_no_organisations() -> None:
    found = _shown("His motto was HAPPINESS, INTEGRITY and MENTORSHIP, friends said.")
    assert not {"HAPPINESS", "INTEGRITY", "MENTORSHIP"} & set(found)


def test_companies_are_typed_by_the_noun_before_or_after_them() -> None:
    found = _shown(
        "The proxy advisory firm Marrow Lewis opposed the deal.",
        "Dunmore Aid spokeswoman Jane Teller said the store was closed.",
        "Dunmore Aid employees were sent home, and Marrow Lewis said the pay was too high.",
    )
    assert found["Marrow Lewis"] == "organisation"
    assert found["Dunmore Aid"] == "organisation"
    assert found["Jane Teller"] == "person"


def test_a_company_named_by_at_alone_is_no_place() -> None:
    found = _shown("Bosses at Brenco earned more.", "Pay at Brenco rose again.")
    assert found.get("Brenco") != "place"


def test_a_company_whose_last_word_is_a_place_is_no_person() -> None:
    found = _shown(
        "Shareholders in London voted against the plan.",
        "A manager at Royal Lanford, a fund, voted against. Royal Lanford Asset Management "
        "said it would vote again. The meeting in London was long.",
    )
    assert found.get("Royal Lanford") != "person"
    assert found["Royal Lanford Asset Management"] == "organisation"
    assert found["London"] == "place"


def test_known_places_are_places_without_a_cue() -> None:
    found = _shown(
        "Maryland officials said Wisconsin and Delaware had seen similar shootings.",
        "Pluto is smaller than Mars, the astronomer said.",
    )
    for name in ("Maryland", "Wisconsin", "Delaware", "Pluto", "Mars"):
        assert found[name] == "place", name


def test_a_place_is_not_merged_into_a_longer_place() -> None:
    found = _shown(
        "The woman lived in Baltimore County and worked in Baltimore.",
        "Agents came from Baltimore, and the Baltimore County police helped.",
    )
    assert found["Baltimore"] == found["Baltimore County"] == "place"
    facts = facts_of(story("Residents of Southern Maryland and of Maryland voted."))
    merged = [e for e in facts.entities if e.name == "Southern Maryland"]
    assert not merged or "Maryland" not in merged[0].aliases


def test_a_surname_of_two_people_is_not_shown() -> None:
    facts = facts_of(
        story(
            "Ilan Varga tweeted on Tuesday. His brother, Omri Varga, did not sign.",
            "Ilan Varga said the funding was secured. Varga declined to comment.",
        )
    )
    shown = {e.name for e in facts.shown().entities}
    assert {"Ilan Varga", "Omri Varga"} <= shown
    assert "Varga" not in shown


def test_a_nickname_and_the_full_first_name_are_one_person() -> None:
    found = {
        e.name: e.aliases
        for e in facts_of(
            story(
                "The astronomer Michael Corrigan said the planet was there.",
                "Mike Corrigan, who found it, was pleased. Corrigan laughed.",
            )
        )
        .shown()
        .entities
    }
    assert set(found["Michael Corrigan"]) == {"Corrigan", "Mike Corrigan"}


def test_a_common_word_starting_a_sentence_is_no_part_of_a_name() -> None:
    found = _shown(
        "Henry Olvera saw the man on the roof, a witness said.",
        "Witness Henry Olvera said he saw the man run. Investigators said he climbed.",
    )
    assert found["Henry Olvera"] == "person"
    assert "Witness Henry Olvera" not in found and "Investigators" not in found


def test_the_field_of_a_title_is_no_part_of_the_name() -> None:
    found = _shown(
        "The company mourned its Vice President of Education Fabrizio Santelli, who died.",
        "Fabrizio Santelli, 49, was found at his home.",
    )
    assert "Fabrizio Santelli" in found
    assert "Education Fabrizio Santelli" not in found


def test_a_street_named_after_a_title_is_a_place() -> None:
    found = _shown("Police were sent to a home on Queen Marigold Road on Monday.")
    assert found.get("Queen Marigold Road") == "place"
    assert "Marigold Road" not in found


def test_a_town_hall_is_no_person() -> None:
    found = _shown(
        "Protesters marched into City Hall on Monday.",
        "Hall said nothing. Dana Hall, a resident, said City Hall was closed.",
    )
    assert found.get("City Hall") != "person"


def test_photo_credits_and_the_outlets_own_name_are_no_entities() -> None:
    found = _shown(
        "LONDON (AP) — Rescuers searched the rubble on Monday, the Associated Press "
        "learned. (AP Photo/Enrico Martell)\nThe mayor, Anna Brill, spoke.",
        "A view of the rubble (Photo by Teo Fenn for The Daily Ledger)\nDaily Ledger: How did "
        "it start? Anna Brill: We do not know. View Photos A look at the damage.",
    )
    assert not {"Associated Press", "Enrico Martell", "Teo Fenn", "Daily Ledger"} & set(found)
    assert not any(name.startswith("View") for name in found)
    assert found["Anna Brill"] == "person"


def test_a_speaker_firmly_typed_otherwise_keeps_its_kind() -> None:
    articles = story(
        "The proxy advisory firm Marrow Lewis opposed the pay.",
        '"Shareholders should vote against," Marrow Lewis said.',
    )
    found = {e.name: e.kind for e in entities(articles, speakers=["Marrow Lewis"])}
    assert found["Marrow Lewis"] == "organisation"
