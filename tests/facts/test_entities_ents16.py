"""Entities, issue 13, round sixteen: read8's struck names (a name cut from a fuller one, an
adjective fused on, a letter's sign-off, a listicle's heading) and its missed ones (a platform,
a person named after an occupation), each on a short text written for the test."""

from __future__ import annotations

from newsbrief.facts.entity_trim import trim
from newsbrief.facts.entity_words import tail_name

from .helpers import shows


def test_a_speakers_last_names_join_the_fuller_name() -> None:
    texts = [
        "The press secretary of the patriarch, Cyril Alexander Volkov, told the paper the letter"
        " had been answered. Mikhail Kalashnikov, who died last month, wrote it in 2012.",
        '"He designed this rifle to defend his country," Alexander Volkov said on Monday.',
    ]
    typed = shows(*texts)
    assert "Cyril Alexander Volkov" in typed
    assert "Alexander Volkov" not in typed
    names = {"Cyril Alexander Volkov", "Alexander Volkov"}
    assert tail_name("Alexander Volkov", "Cyril Alexander Volkov", names)
    assert not tail_name("Kelly Clark", "Snowboarder Kelly Clark", names)  # no first name
    names = {"Stephen Humphrey Bogart", "Humphrey Bogart", "Stephen Bogart"}
    assert not tail_name("Humphrey Bogart", "Stephen Humphrey Bogart", names)  # his father


def test_a_letters_sign_off_is_no_part_of_the_name() -> None:
    texts = [
        '"Looking forward to hearing back asap. Xoxo Honey." Honey Sherman wrote to a friend.'
        " Barry Sherman, 75, and his wife were found dead.",
        "Barry Sherman and his wife, Honey, were found in their home.",
    ]
    typed = shows(*texts)
    assert "Xoxo Honey" not in typed
    assert typed.get("Honey Sherman") == "person"


def test_a_peoples_adjective_before_one_unknown_word_is_cut() -> None:
    assert trim("Italian Medici", 0, 14) == ("Medici", 8, 14)
    assert trim("Korean Peninsula", 0, 16) == ("Korean Peninsula", 0, 16)  # a known word
    assert trim("European Union’s", 0, 16) == ("European Union’s", 0, 16)
    assert trim("Anish Patel", 0, 11) == ("Anish Patel", 0, 11)  # no adjective a dictionary knows


def test_a_word_glued_to_a_name_is_cut() -> None:
    assert trim("Freeman Dysonproposed", 0, 21) == ("Freeman Dyson", 0, 13)
    assert trim("Ahmed Mohammed", 0, 14) == ("Ahmed Mohammed", 0, 14)


def test_a_numbered_listicle_heading_names_nothing() -> None:
    texts = [
        "Vote up the dumbest campaigns ever, Ada Roe wrote for the site.\n\n"
        "1 1,493 1,137 The Fund To Send A Woman Around The World For Spiritual Healing\n\n"
        "Traveling the world sounds like an amazing opportunity, Ada Roe said.",
    ]
    assert "Fund To Send" not in shows(*texts)


def test_a_crowdfunding_platform_is_an_organisation() -> None:
    texts = [
        "A Kanye West fan in Minnesota has created a GoFundMe page for the rapper.",
        '"I have been in contact with GoFundMe," Jeremy Piatt says of his GoFundMe campaign.',
    ]
    assert shows(*texts).get("GoFundMe") == "organisation"


def test_an_occupation_in_lower_case_before_a_name_makes_a_person() -> None:
    texts = [
        "Damon compared the allegations against Al Franken and the comedian Louis CK, whom he"
        " commended.",
        "Minnie Driver asked why Damon would defend Louis CK, the comedian.",
    ]
    assert shows(*texts).get("Louis CK") == "person"
    credit = "Staff writers Amanda King and David Lee contributed to this article."
    assert "Amanda King" not in shows(
        "The fire at the Ward Community Center was put out. " + credit
    )


def test_a_towns_police_in_lower_case_is_its_force() -> None:
    texts = [
        "Late Sunday, Toronto police said the couple both died of neck compression.",
        "On Sunday night, Toronto police announced that its homicide team was leading the case.",
    ]
    assert shows(*texts).get("Toronto police") == "organisation"
    texts = [
        "A Florida police officer bought a replacement ring for Ada Roe, 92, on Sunday.",
        "Florida police said the officer, Vicki Ryan, paid for it with her own money.",
    ]
    assert not any("police" in name for name in shows(*texts))  # an officer of it; a state's


def test_a_nationality_and_a_bodys_name_is_no_person() -> None:
    texts = [
        '"It seems that it\'s beyond control," an Israeli Knesset member says.',
        '"It is beyond control," said Daniel Ben Simon, a Knesset member from Tel Aviv.',
    ]
    assert "Israeli Knesset" not in shows(*texts)


def test_a_farewell_opens_no_name() -> None:
    texts = [
        'The critic Jay Rayner tweeted: "Goodbye Clarissa. A truly fabulous woman."',
        "Clarissa Dickson Wright, 66, the cook, died on Saturday. Friends said Clarissa loved"
        " the law; she was a barrister first.",
    ]
    assert "Goodbye Clarissa" not in shows(*texts)


def test_the_wires_mideast_is_the_middle_east() -> None:
    texts = [
        "Rockets hit Tel Aviv as the Middle East braced for war, Mark Regev said.",
        "Clashes in Mideast capitals went on, and leaders met in Cairo, Mark Regev said.",
        "Diplomats in Mideast capitals called for calm on Friday.",
    ]
    typed = shows(*texts)
    assert typed.get("Middle East") == "place"
    assert "Mideast" not in typed


def test_a_premier_in_lower_case_before_a_name_makes_a_person() -> None:
    texts = [
        "Former Ontario premier Bob Rae remembered Barry Sherman fondly on Sunday.",
        "Barry Sherman, 75, founded Apotex in 1974.",
    ]
    assert shows(*texts).get("Bob Rae") == "person"


def test_a_dictionary_word_run_into_a_named_person_is_no_part_of_the_name() -> None:
    texts = [
        "Teenager Autumn Veatch walked out of the forest on Monday. Friends said Veatch, 16,"
        " had followed a river.",
        "Autumn Veatch, 16, survived a plane crash that killed her grandparents.",
    ]
    typed = shows(*texts)
    assert "Teenager Autumn Veatch" not in typed
    assert typed.get("Autumn Veatch") == "person"
    texts = [
        "Mary Kristene Chapa, 18, was shot on Saturday. Friends said Chapa was recovering.",
        "A vigil was held to keep Kristene Chapa in prayers.",
    ]
    assert "Mary Kristene Chapa" in shows(*texts)  # a first name opens it
