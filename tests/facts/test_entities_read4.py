"""Entity classes an editor struck in the read4 briefings and the fresh sets (issue 13), each
with invented sentences: descriptors and gallery links fused into names, headline debris,
duplicates of one name, parties, and companies named with their tickers."""

from __future__ import annotations

from .helpers import facts_of, shows, story


def _aliases(*texts: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in facts_of(story(*texts)).entities}


def test_a_descriptor_joined_by_hyphens_is_no_part_of_a_name() -> None:
    found = shows(
        "The NFL-lineman-turned-MIT-PhD Jon Ursell, 28, said chess was cool. Ursell streams.",
        "The Chilean-American Marrow family lives nearby, a neighbour said. Marrow, 41, wept.",
    )
    assert "Jon Ursell" in found and not any("NFL" in n for n in found)
    assert "Chilean-American Marrow" not in found


def test_a_peoples_adjective_before_a_common_word_stays() -> None:
    found = shows("The Ruvanian-American Museum opened in Dallas, Texas, on Monday.")
    assert "Museum" not in found


def test_gallery_links_run_into_the_text_are_no_names() -> None:
    found = shows(
        "News Videos Hal Brisco heads to prison. Hal Brisco, 80, was sentenced on Tuesday.",
        "Rangers shot a lion near Nairobi in Kenya View Photos Wildlife officials said. "
        "Hal Brisco, who spoke, said so.",
    )
    assert not any("Videos" in n or "Photos" in n for n in found)
    assert found.get("Hal Brisco") == "person"


def test_headline_debris_is_no_name() -> None:
    found = shows(
        "Father of Victim Says Justice Will Be Served Posted: Wednesday, June 27, 2012.",
        "Nepomniachtchi Joins Carlsen, Anand To Lead Tata. Carlsen, 26, said it.",
    )
    assert "Will Be Served Posted" not in found and "Nepomniachtchi Joins Carlsen" not in found


def test_one_name_with_an_owners_acronym_or_a_campus_is_one_entity() -> None:
    names = _aliases(
        "The U.N. World Health Organization said obesity kills. The University of "
        "Washington-Seattle led the study.",
        "The World Health Organization said so too, the University of Washington said.",
    )
    assert "World Health Organization" in names["U.N. World Health Organization"]
    assert "University of Washington" in names["University of Washington-Seattle"]


def test_an_acronym_of_a_name_with_of_and_a_generational_suffix_merge() -> None:
    names = _aliases(
        "The Department of Justice and the FBI met. Jesse LeRoy Matthews Jr., 35, appeared.",
        "The DOJ said so. Jesse Matthews said nothing. Director Christopher Wrey spoke.",
        "Chris Wrey, the director, said the FBI was ready.",
    )
    assert "DOJ" in names["Department of Justice"]
    assert "Jesse Matthews" in names["Jesse LeRoy Matthews Jr."]
    assert "Chris Wrey" in names["Christopher Wrey"]


def test_a_place_or_a_word_before_a_name_is_no_merge() -> None:
    names = _aliases(
        "Occupy Wall Street marched on Wall Street in New York on Monday.",
        "Traders on Wall Street, in New York, shrugged at Occupy Wall Street.",
    )
    assert "Wall Street" not in names.get("Occupy Wall Street", ())


def test_parties_are_organisations_in_any_form() -> None:
    found = shows(
        "Democrats said the memo was misleading. The Republican nominee disagreed.",
        "A registered Democrat, he said Republicans on the committee voted to release it.",
    )
    party = {n: k for n, k in found.items() if n.startswith(("Democrat", "Republican"))}
    assert sorted(party.values()) == ["organisation", "organisation"]


def test_a_company_is_named_by_its_ticker_and_the_ticker_is_not_shown() -> None:
    found = shows(
        "The court ruled against Vestle’s (VSTN.S) trademark, a win for Mondelo (MDLO.O).",
        "Vestle said it would appeal; Mondelo welcomed the ruling.",
    )
    assert found.get("Vestle") == "organisation" and found.get("Mondelo") == "organisation"
    assert "VSTN" not in found and "MDLO" not in found


def test_a_name_with_a_middle_initial_is_a_persons() -> None:
    found = shows(
        "The study was led by Denzel P. Mathers and Jon H. Hwangbo at the university.",
        "Mathers and the co-author Jon H. Hwangbo tested it; voters chose George H.W. Busk.",
    )
    assert found.get("Jon H. Hwangbo") == "person" and found.get("George H.W. Busk") == "person"


def test_initials_first_or_last_make_no_person() -> None:
    found = shows(
        "Shoppers at J.C. Pennock in Washington D.C. said so.",
        "J.C. Pennock, the retailer, closed stores in Washington D.C. on Monday.",
    )
    assert found.get("J.C. Pennock") != "person" and found.get("Washington D.C.") != "person"


def test_a_titles_word_ending_a_sentence_stays_in_the_name() -> None:
    found = shows(
        "Lawmakers voted despite objections from the Department of Justice. Then they left.",
        "The Department of Justice said nothing, and Texas Gov. Rick Perrin said less.",
    )
    assert "Department of" not in found and found.get("Department of Justice") == "organisation"


def test_one_office_in_its_forms_is_one_entity() -> None:
    names = _aliases(
        "The Kenya Wildlife Services said rangers shot the lion. The Pennsylvania Department "
        "of Corrections took him in. The Royal Bank of Canada lent the money.",
        "The Kenya Wildlife Service confirmed it. The state Correction Department said so, and "
        "the Department of Corrections agreed. Royal Bank said nothing.",
    )
    assert len([n for n in names if n.startswith("Kenya Wildlife")]) == 1
    assert "Correction Department" in names["Pennsylvania Department of Corrections"]
    assert "Royal Bank" in names["Royal Bank of Canada"]


def test_a_state_no_place_names_is_an_organisation() -> None:
    found = shows(
        "Fighters of the Islamic State took the town near Mosul, Iraq, on Monday.",
        "The Islamic State said so, a scientist at Penn State said; in Iraq, few agreed.",
    )
    assert found.get("Islamic State") == "organisation"


def test_a_site_cited_or_named_twice_is_an_organisation() -> None:
    found = shows(
        "Radio-Infox.com reported on Friday that 98 advertisers left. He streams on Chessly.com.",
        "Chessly.com and its chief, Dan Renner, 32, run the league.",
    )
    assert found.get("Radio-Infox.com") == "organisation" and found.get("Chessly.com") == (
        "organisation"
    )
    assert "Chessly" not in found


def test_a_sites_own_link_and_a_republished_outlet_are_not_shown() -> None:
    found = shows(
        "See the latest news about movies at Techlandia.com.\nThe eclipse starts at dawn, "
        "NASA said, and Space Weekly employees will watch it. Originally published on Space "
        "Weekly.",
        "The eclipse will be seen in Hawaii, NASA said.",
    )
    assert "Techlandia.com" not in found and "Space Weekly" not in found


def test_a_group_after_the_is_no_person_by_who() -> None:
    found = shows(
        "The Texas Rangers, who are assisting police, joined the case in Portland, Texas.",
        "Police in Portland, Texas, said the Texas Rangers had joined. Mikhail Kalash, who is 40, "
        "saw it.",
    )
    assert found.get("Texas Rangers") != "person" and found.get("Mikhail Kalash") == "person"


def test_a_weekday_is_no_place() -> None:
    """A fresh read: "Up to 10 military planes, 13 ships will assist in Sunday's search" (a
    teaser line) gave the place "Sunday"."""
    from newsbrief.facts.entities import entities
    from newsbrief.types import Article

    texts = (
        "Up to 10 military planes, two civil aircraft,13 ships will assist in Sunday's search\n\n"
        "Search teams near Perth are investigating sounds.",
        "Ships searched near Perth on Sunday.",
    )
    found = entities([Article(id=str(i), text=t) for i, t in enumerate(texts)])
    assert "Sunday" not in {e.name for e in found}
