"""Runs of capitals cut to the name a reader sees in them (``entity_trim``), organisations'
names joined over "and", outlets and contact lines left out: invented sentences."""

from __future__ import annotations

from newsbrief.facts.entity_filters import skips
from newsbrief.facts.entity_rules import rules

from .helpers import facts_of, story


def _kinds(*texts: str) -> dict[str, str | None]:
    return {m.name: m.kind for ms in rules(list(texts)) for m in ms}


def test_furniture_and_openers_before_a_name_are_cut() -> None:
    found = _kinds(
        "CLOSE Northwind Airways said its boarding was faster. About Northwind Airways: "
        "the carrier flies to 40 cities. SOURCE Northwind Airways"
    )
    assert "Northwind Airways" in found
    assert not any(n.startswith(("CLOSE", "About", "SOURCE")) for n in found)


def test_titles_and_occupations_before_a_person_are_cut() -> None:
    found = _kinds(
        "Geologist Mara Lindqvist said the rock was old. Westbrook High Principal Tomas Ferrer "
        "called parents. Inspector-General of Police Hamid Osman Rahim spoke on Sunday. The "
        "Riverside Water Department Alma Reyes said pipes burst."
    )
    for person in ("Mara Lindqvist", "Tomas Ferrer", "Hamid Osman Rahim", "Alma Reyes"):
        assert person in found
    assert not any(n.startswith(("Geologist", "Westbrook High", "Inspector")) for n in found)
    assert "Riverside Water Department Alma Reyes" not in found


def test_a_title_that_names_a_place_or_organisation_is_kept() -> None:
    found = _kinds(
        "The fire started on Queen Elena Road. The Hollow Creek Volunteer Fire Company came."
    )
    assert found.get("Queen Elena Road") == "place"
    assert "Hollow Creek Volunteer Fire Company" in found


def test_references_footnotes_titles_and_adjectives_name_nothing() -> None:
    found = _kinds(
        "The layer is shown in Extended Data Fig. 3 of the paper. The site is older than "
        "Kestrel49 suggested. Its Chief Financial Officer left. Latin American markets fell. "
        "Flights to Central and South America resumed. A Ministry of Trade-funded study ended."
    )
    assert not any("Fig" in n or "49" in n or "American" in n for n in found)
    assert "Financial Officer" not in found and "Central" not in found
    kept = _kinds("Aid reached South Sudan and ships crossed the South Pacific on Monday.")
    assert "South Sudan" in kept and "South Pacific" in kept
    assert "Ministry of Trade" in found and "Ministry of Trade-funded" not in found


def test_organisations_named_with_and_are_one_name() -> None:
    found = _kinds(
        "Officials of the U.S. Securities and Exchange Commission said so. A spokesman for the "
        "Reno Convention and Visitors Authority agreed. The Idaho Department of Business and "
        "Industry fined them. The Fish and Wildlife Service and the Justice Department and "
        "State Department met. The Boston Times and Chicago Post ran it. Donald Harlow and "
        "Harlow Organization lawyers met. Bank of America and Citigroup declined."
    )
    assert found.get("U.S. Securities and Exchange Commission") == "organisation"
    assert found.get("Reno Convention and Visitors Authority") == "organisation"
    assert found.get("Idaho Department of Business and Industry") == "organisation"
    assert "Reno Convention" not in found and "Exchange Commission" not in found
    assert "Donald Harlow and Harlow Organization" not in found
    assert "Bank of America and Citigroup" not in found
    assert found.get("Fish and Wildlife Service") == "organisation"
    assert "Justice Department and State Department" not in found
    assert "Boston Times and Chicago Post" not in found


def test_sites_groups_journals_and_capitals_are_typed() -> None:
    found = _kinds(
        "Guests at the Silver Palms Hotel fled to Brindle International Airport. The Taliban "
        "denied it. The study was published on Monday in Nature. Police in Kuala Lumpur and "
        "New South Wales said nothing. Delta Air Lines cancelled flights."
    )
    assert found.get("Silver Palms Hotel") == "place"
    assert found.get("Brindle International Airport") == "place"
    assert found.get("Taliban") == "organisation"
    assert found.get("Nature") == "organisation"
    assert found.get("Kuala Lumpur") == "place" and found.get("New South Wales") == "place"
    assert found.get("Delta Air Lines") == "organisation"


def test_own_outlet_from_a_dateline_a_contributor_line_and_contact_lines() -> None:
    texts = [
        "PORTLAND, Maine (AP) — " + "The council voted late on Tuesday. " * 20,
        "Body.\nExample Wire writers Ann Lee and Bo Chan contributed to this report.",
        "Body.\nJo Park on Twitter: http://twitter.com/jopark\nFollow her on Twitter @jopark.",
    ]
    found = skips(texts)
    assert "AP" in found.outlets[0] and "Example Wire" in found.outlets[1]
    assert len(found.spans[2]) == 2


def test_own_outlet_told_in_the_body_is_no_entity() -> None:
    texts = (
        "KINGSTON, Jamaica (AP) — Sen. Ruth Elms told The Associated Press the vote was close. "
        + "Councillors met for hours. " * 20,
        "Sen. Ruth Elms said the vote was close. The Associated Press reported it.",
    )
    found = facts_of(story(*texts)).entities
    cited = [c.article_id for e in found if e.name == "Associated Press" for c in e.citations]
    assert cited == ["a1"]  # cited as a source by a1; a0's own wire


def test_press_release_contact_lines_and_follow_us_sentences_name_nothing() -> None:
    text = (
        "Acme flies to 40 cities and 300 airports on five continents with 700 aircraft. For "
        "more information, visit acme.com, follow @Acme on Twitter or connect on Facebook. The "
        "stock of Acme Holdings is traded.\n\nFor further information: Acme Worldwide Media "
        "Relations, +1-872-825-8640, media.relations@acme.com\n"
        "His brothers posted a message on Facebook mourning him."
    )
    dropped = [text[a:b] for a, b in skips([text]).spans[0]]
    assert any(d.startswith("follow @Acme on Twitter or connect on Facebook") for d in dropped)
    assert any("Media Relations" in d for d in dropped)
    assert not any("Acme Holdings" in d or "brothers" in d for d in dropped)
