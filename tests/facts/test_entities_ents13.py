"""Entities, issue 13, round thirteen: classes of error read in sets 1-12 (places weak cues type
in two articles, ...), each on a short text written for the test."""

from __future__ import annotations

from .helpers import shows


def test_a_place_in_after_in_in_two_articles_is_shown() -> None:
    texts = [
        "Survivors were taken to a community center in Havre de Tobin, police said.",
        "A reunification center opened in Havre de Tobin on Friday, Maria Delgado said.",
    ]
    assert shows(*texts).get("Havre de Tobin") == "place"
    once = shows(texts[0], "A reunification center opened on Friday, Maria Delgado said.")
    assert "Havre de Tobin" not in once


def test_an_owner_of_what_follows_is_no_place_by_in() -> None:
    texts = [
        "The papers were filed Friday in Manhattan Surrogate's Court, Maria Delgado said.",
        "According to papers filed in Manhattan Surrogate’s Court, the dog got $10,000.",
    ]
    assert "Manhattan Surrogate" not in shows(*texts)


def test_a_company_named_often_is_no_alias_of_a_product_named_once() -> None:
    texts = [
        "Shares of Kestrel fell on Monday after Kestrel employees said the port would go, and"
        " analysts said Kestrel is likely to sell many adapters.",
        "The earbuds connect to your phone, Kestrel Watch or laptop, Kestrel said. Maria Delgado"
        " said Kestrel has retreated into its walled garden.",
    ]
    typed = shows(*texts)
    assert typed.get("Kestrel") == "organisation"
    legal = shows(texts[0], texts[1].replace("Kestrel Watch", "Kestrel Inc"))
    assert "Kestrel" not in legal  # a legal form: one company, "Kestrel Inc"


def test_a_surname_joins_a_full_name_through_its_other_spellings() -> None:
    texts = [
        "Broadcaster Steve Harrow has been charged with robbery. Police arrested Harrow on"
        ' Saturday. "I, Stephen Lane Harrow, have never committed a violent act," he wrote.',
        "Former instructor Stephen Harrow was charged on Monday. Police said Harrow's wife had"
        " left.",
    ]
    typed = shows(*texts)
    assert typed.get("Stephen Lane Harrow") == "person"
    assert "Harrow" not in typed  # one person, not a second entry


def test_initials_join_an_office_named_with_its_place() -> None:
    texts = [
        "The Maine Center for Disease Control said the raccoon was rabid, Maria Delgado said.",
        "The state's Center for Disease Control and Prevention confirmed the case on Monday."
        " Rabies is rare, according to CDC data.",
    ]
    typed = shows(*texts)
    assert typed.get("Maine Center for Disease Control") == "organisation"
    assert "CDC" not in typed


def test_a_places_initials_join_no_persons_name() -> None:
    texts = [
        "David Randall Chaney was arrested in Washington, D.C., on Friday, police said.",
        "David Chaney, 50, appeared in court in D.C. on Monday. D.C. police said he had hacked"
        " accounts.",
    ]
    typed = shows(*texts)
    assert typed.get("Washington, D.C.") == "place"  # "D.C.": the city the story names in full
    assert typed.get("David Randall Chaney") == "person"
    assert typed.get("D.C.") is None
    texts[0] = "David Randall Chaney was arrested on Friday, police said."
    assert shows(*texts).get("D.C.") == "place"


def test_a_name_between_a_and_a_kin_word_is_where_she_is_from() -> None:
    texts = [
        "A Tobinville mother was arrested on Tuesday, police said.",
        "According to Tobinville police, Sarah Markham refused to take her baby to a doctor.",
    ]
    assert shows(*texts).get("Tobinville") != "person"
    kin = shows("Freddie Gray's family said on Tuesday that they were grateful.", texts[1])
    assert kin.get("Freddie Gray") == "person"


def test_the_white_house_in_a_run_with_another_name_is_apart() -> None:
    texts = [
        "You used to work in the Reagan White House, Wolf Blitzer said. A Justice official had"
        " told the White House Flynn was susceptible to blackmail.",
        "Trump asked April Ryan, who covers the White House for American Urban Radio Networks."
        " The White House Correspondents' Association dinner is in April.",
    ]
    typed = shows(*texts)
    assert typed.get("White House") == "organisation"
    assert not {"Reagan White House", "White House Flynn"} & typed.keys()
    assert not any(name.startswith("White House for") for name in typed)
    assert typed.get("White House Correspondents' Association") == "organisation"


def test_a_name_after_a_town_of_is_a_place() -> None:
    texts = [
        "Fighters took the northern town of Tobaro on Sunday, Maria Delgado said.",
        "Residents of Tobaro told reporters the fighters had left, Delgado said.",
    ]
    assert shows(*texts).get("Tobaro") == "place"


def test_a_name_before_a_unit_in_lower_case_is_a_place() -> None:
    texts = [
        "The lion injured a man in the Tobaro district, near Nairobi, Maria Delgado said.",
        "The lion attacked a rider in Isinya, Tobaro county, Delgado said.",
    ]
    assert shows(*texts).get("Tobaro") == "place"
    state = shows("Fans of the Ohio State Buckeyes cheered, Maria Delgado said.", texts[1])
    assert state.get("Ohio State Buckeyes") != "place"


def test_a_word_joined_by_and_to_a_place_is_a_place() -> None:
    texts = [
        "In 2014 Colorado and Tobaro legalised personal use, Maria Delgado said.",
        "Last year Colorado and Tobaro legalized personal use, Delgado said.",
    ]
    assert shows(*texts).get("Tobaro") == "place"
    clauses = shows(
        "Police will guard the Olympics, and Russia's army will help, Maria Delgado said.",
        "Security at the Olympics was tight, and Russia said it was ready, Delgado said.",
    )
    assert clauses.get("Olympics") != "place"


def test_a_name_after_a_part_of_or_a_way_from_is_a_place() -> None:
    texts = [
        "Courage is facing down a machine gun nest on the beaches of Tobaro, Maria Delgado said.",
        "The house is about 30 miles west of Tobaro, west of Interstate 435, Delgado said.",
    ]
    typed = shows(*texts)
    assert typed.get("Tobaro") == "place"
    assert "Interstate" not in typed
