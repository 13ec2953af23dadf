"""Entities a journalist struck in briefings (issue 13), each class with invented sentences."""

from __future__ import annotations

from newsbrief.facts.entities import entities

from .helpers import facts_of, shows, story


def test_an_acronym_without_a_cue_is_not_shown_as_an_organisation() -> None:
    found = shows(
        "Shares of ZQX fell at the AGM as the FTSE 100 rose.",
        "The board met before the AGM. Brennick Oil's chief said ZQX would recover.",
        "Analysts at NASA and the SEC were not asked. KQRX reported the vote.",
    )
    assert "AGM" not in found and "ZQX" not in found and "FTSE" not in found
    assert found["NASA"] == found["SEC"] == found["KQRX"] == "organisation"


def test_an_acronym_with_a_cue_is_an_organisation() -> None:
    found = shows("Officials at TRQ said the plant would close. TRQ's chief resigned.")
    assert found["TRQ"] == "organisation"


def test_shouted_slogans_are_no_organisations() -> None:
    found = shows("His motto was HAPPINESS, INTEGRITY and MENTORSHIP, friends said.")
    assert not {"HAPPINESS", "INTEGRITY", "MENTORSHIP"} & set(found)


def test_companies_are_typed_by_the_noun_before_or_after_them() -> None:
    found = shows(
        "The proxy advisory firm Marrow Lewis opposed the deal.",
        "Dunmore Aid spokeswoman Jane Teller said the store was closed.",
        "Dunmore Aid employees were sent home, and Marrow Lewis said the pay was too high.",
    )
    assert found["Marrow Lewis"] == "organisation"
    assert found["Dunmore Aid"] == "organisation"
    assert found["Jane Teller"] == "person"


def test_a_company_named_by_at_alone_is_no_place() -> None:
    found = shows("Bosses at Brenco earned more.", "Pay at Brenco rose again.")
    assert found.get("Brenco") != "place"


def test_a_company_whose_last_word_is_a_place_is_no_person() -> None:
    found = shows(
        "Shareholders in London voted against the plan.",
        "A manager at Royal Lanford, a fund, voted against. Royal Lanford Asset Management "
        "said it would vote again. The meeting in London was long.",
    )
    assert found.get("Royal Lanford") != "person"
    assert found["Royal Lanford Asset Management"] == "organisation"
    assert found["London"] == "place"


def test_known_places_are_places_without_a_cue() -> None:
    found = shows(
        "Maryland officials said Wisconsin and Delaware had seen similar shootings.",
        "Pluto is smaller than Mars, the astronomer said.",
    )
    for name in ("Maryland", "Wisconsin", "Delaware", "Pluto", "Mars"):
        assert found[name] == "place", name


def test_a_place_is_not_merged_into_a_longer_place() -> None:
    found = shows(
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
    found = shows(
        "Henry Olvera saw the man on the roof, a witness said.",
        "Witness Henry Olvera said he saw the man run. Investigators said he climbed.",
    )
    assert found["Henry Olvera"] == "person"
    assert "Witness Henry Olvera" not in found and "Investigators" not in found


def test_the_field_of_a_title_is_no_part_of_the_name() -> None:
    found = shows(
        "The company mourned its Vice President of Education Fabrizio Santelli, who died.",
        "Fabrizio Santelli, 49, was found at his home.",
    )
    assert "Fabrizio Santelli" in found
    assert "Education Fabrizio Santelli" not in found


def test_a_street_named_after_a_title_is_a_place() -> None:
    found = shows("Police were sent to a home on Queen Marigold Road on Monday.")
    assert found.get("Queen Marigold Road") == "place"
    assert "Marigold Road" not in found


def test_a_town_hall_is_no_person() -> None:
    found = shows(
        "Protesters marched into City Hall on Monday.",
        "Hall said nothing. Dana Hall, a resident, said City Hall was closed.",
    )
    assert found.get("City Hall") != "person"


def test_photo_credits_and_the_outlets_own_name_are_no_entities() -> None:
    found = shows(
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


def test_a_name_ending_in_an_is_no_nationality() -> None:
    found = shows(
        "The shooting in Dorryman, a quiet area, shocked Iran and Pakistan.",
        "Officials in Dorryman said the Syrian and the German were safe.",
    )
    assert found["Dorryman"] == "place"
    assert found["Iran"] == found["Pakistan"] == "place"
    assert "Syrian" not in found and "German" not in found


def test_spellings_that_differ_in_case_or_dots_are_one_entity() -> None:
    facts = facts_of(
        story(
            "Scientists at Nasa said the U.K. team helped. Nasa's rover and Quillco Foods agreed.",
            "NASA said the UK team helped. NASA's chief thanked QuillCo Foods.",
        )
    )
    names = [e.name for e in facts.shown().entities]
    assert names.count("NASA") == 1 and "Nasa" not in names
    assert len([n for n in names if n.replace(".", "") == "UK"]) == 1
    assert len([n for n in names if n.lower() == "quillco foods"]) == 1


def test_names_joined_by_an_ampersand_are_one_name() -> None:
    found = shows("The law firm Tarn Dixon & Helling advised Smithers & Nephew on the deal.")
    assert "Tarn Dixon & Helling" in found
    assert "Tarn Dixon" not in found


def test_headlines_sign_up_lines_and_caption_credits_name_nothing() -> None:
    found = shows(
        "Deputy Fired After Takedown Of Student In Classroom\n"
        "The teacher, Ben Fallows, was fired on Wednesday, Sheriff Leon Lutt said.\n"
        "Want news about Europe? Subscribe to our free Europe Weekly newsletter.\n"
        "The ex-president has not been seen in public since July. Mohammed Sabri/Pressphoto "
        "Agency Europe",
    )
    assert found["Ben Fallows"] == found["Leon Lutt"] == "person"
    assert not {"Europe Weekly", "Mohammed Sabri", "Takedown Of Student"} & set(found)
    assert not any("Fired" in name for name in found)


def test_a_role_before_of_an_organisation_is_no_part_of_it() -> None:
    found = shows("Gina Hale, Principal of Lonnie Nelson Elementary School, wrote to parents.")
    assert "Lonnie Nelson Elementary School" in found
    assert not any(name.startswith("Principal") for name in found)


def test_a_caption_run_into_the_next_sentence_is_cut() -> None:
    found = shows(
        "The view from the Orbital Research Institute The Zarya module was launched in 1998.",
        "Astronauts aboard the Orbital Research Institute said it was fine.",
    )
    assert "Orbital Research Institute" in found
    assert not any(name.endswith("Zarya") for name in found)


def test_a_spokesman_alone_does_not_make_a_person_an_organisation() -> None:
    found = {
        e.name: e.aliases
        for e in facts_of(
            story("Defense Secretary Chuck Hegel spoke to Sissi, a Hegel spokesman said.")
        )
        .shown()
        .entities
    }
    assert "Hegel" in found["Chuck Hegel"]


def test_the_office_of_a_title_is_one_organisation() -> None:
    found = shows(
        "The Dunmore County Sheriff's Office said the man was found on Monday.",
        "Deputies from the Dunmore County Sheriff's Office and the coroner's staff came.",
    )
    assert found["Dunmore County Sheriff's Office"] == "organisation"
    assert "Dunmore County Sheriff" not in found


def test_an_abbreviated_title_is_no_part_of_the_name_before_it() -> None:
    found = shows("Former Texas Gov. Ann Rickards spoke in Austin.", "Ann Rickards, 70, smiled.")
    assert found["Ann Rickards"] == "person"
    assert "Texas Gov" not in found


def test_a_watchdog_keeps_its_last_word_and_known_acronyms_need_no_cue() -> None:
    found = shows("Earlier, Human Rights Watch accused the regime.", "ISIS fighters fled the town.")
    assert found["Human Rights Watch"] == "organisation"
    assert found["ISIS"] == "organisation"
