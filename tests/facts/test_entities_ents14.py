"""Entities, issue 13, round fourteen: classes of error read in set 13 (an article's own outlet
and its photo credits, ...), each on a short text written for the test."""

from __future__ import annotations

from newsbrief.facts.entity_filters import skips
from newsbrief.nlp.names import names

from .helpers import shows


def test_a_republished_articles_outlet_is_no_entity() -> None:
    end = (
        "A version of this article appeared November 16, 2012, on page A1 in the U.S. edition"
        " of The Daily Ledger Journal, with the headline: No Headline Available."
    )
    texts = ["Maria Delgado said the talks failed in Cairo on Friday.\n\n" + end]
    assert "Daily Ledger Journal" not in shows(*texts)
    cited = "The Daily Ledger Journal reported that Maria Delgado left Cairo on Friday."
    assert shows(cited).get("Daily Ledger Journal") == "organisation"


def test_a_wires_own_tally_names_its_outlet() -> None:
    text = (
        "More than 65 million people are in the storm's path, according to data compiled by"
        " Harbor News. Maria Delgado said Harbor News reporters were told to stay home."
    )
    assert "Harbor News" not in shows(text)
    cited = text.replace("according to data compiled by", "according to")
    assert shows(cited).get("Harbor News") == "organisation"


def test_a_photo_courtesy_is_a_credit() -> None:
    text = (
        "Laura was a healthy 4-year-old before she fell ill. Courtesy Sara Tobin\n\n"
        "Courtesy of Linda Hooper, the family received help. Courtesy of Linda Hooper\n"
    )
    spans = skips([text]).spans[0]
    credits = [text[start:end] for start, end in spans]
    assert credits == ["Courtesy Sara Tobin", "Courtesy of Linda Hooper"]  # not the sentence


def test_a_storms_name_is_no_person_or_place() -> None:
    texts = [
        "Hurricane Irene is forecast to turn north on a path similar to 1985's Hurricane Gloria,"
        " threatening $13.9 billion in insured losses. Irene, a Category 3 major hurricane, is"
        " expected to grow larger, the National Hurricane Center said.",
        "Hurricane Irene's wave of disappointment also affected beach goers in South Carolina."
        " Tens of thousands flee Irene's path, the National Hurricane Center said.",
    ]
    typed = shows(*texts)
    assert not {"Hurricane Gloria", "Hurricane Irene", "Irene"} & set(typed)
    assert typed.get("South Carolina") == "place"
    assert typed.get("National Hurricane Center") == "organisation"


def test_a_movement_named_alone_is_an_organisation() -> None:
    texts = [
        "Hamas fired rockets at Tel Aviv on Friday, Maria Delgado said.",
        "Israel said it struck Hamas targets overnight.",
    ]
    assert shows(*texts).get("Hamas") == "organisation"
    kind = ["The Committee met on Friday, Maria Delgado said.", "The Committee adjourned."]
    assert "Committee" not in shows(*kind)  # a kind's word alone names none


def test_an_occupation_in_ist_is_cut_before_a_name() -> None:
    texts = [
        "Astrophysicist John Tobin first proposed the three phases in 1964.",
        "Astrophysicist John Tobin said a civilization could harness its star.",
    ]
    typed = shows(*texts)
    assert typed.get("John Tobin") == "person"
    assert "Astrophysicist John Tobin" not in typed
    listed = shows("Follow Embed List Rules Vote up the campaigns, Maria Delgado said.")
    assert "Rules Vote" not in listed  # "List" is no occupation


def test_a_name_goes_on_after_and_with_a_field_and_keeps_its_older_initials() -> None:
    texts = [
        "The Centers for Disease Control and Prevention (CDC) warned on Monday, Maria Delgado"
        " said.",
        "The CDC said 50 cases had been confirmed, and the National Center for Missing and"
        " Exploited Children said it would help.",
    ]
    typed = shows(*texts)
    assert typed.get("Centers for Disease Control and Prevention") == "organisation"
    assert "CDC" not in typed and "Centers for Disease Control" not in typed  # one entity
    assert typed.get("National Center for Missing and Exploited Children") == "organisation"
    two = shows("The Department of Justice and FBI declined to comment, Maria Delgado said.")
    assert "Department of Justice and FBI" not in two


def test_a_title_word_before_a_suffix_is_a_surname() -> None:
    texts = [
        "Sunday's dedication of the memorial to the Rev. Martin Luther King Jr. was postponed.",
        "The Martin Luther King Jr. National Memorial postponed it indefinitely, Maria Delgado"
        " said. The dedication of the Martin Luther King Jr. memorial was on schedule.",
    ]
    typed = shows(*texts)
    assert typed.get("Martin Luther King Jr.") == "person"
    assert "Jr. National Memorial" not in typed and "Jr." not in typed


def test_spellings_of_one_name_fold() -> None:
    texts = [
        "Egypt's President Mohamed Mursi spoke on Friday. \"The Israel Defence Forces will"
        ' continue," a spokesman said.',
        "Egyptian President Mohammed Morsy said so. The Israel Defense Forces said it hit 150"
        " targets, and the Israel Defense Forces will go on.",
    ]
    typed = shows(*texts)
    assert len([n for n in typed if n.startswith("Israel Defen")]) == 1
    assert len([n for n in typed if n.startswith("Moham")]) == 1


def test_some_of_a_people_is_no_person() -> None:
    texts = [
        "The siren that sounded in Jerusalem stunned many Israelis. The city, holy to Jews,"
        " Muslims and Christians, was last struck in 1970. The war killed more than 1,400"
        " Palestinians, mostly civilians. Thirteen Israelis died.",
        "No damage was reported, but Israelis consider the attacks grave. They were emissaries"
        " for the Chabad-Lubavitch organization of Hasidic Jews. Three Israelis were killed.",
    ]
    typed = shows(*texts)
    assert typed.get("Jerusalem") == "place"
    assert not {"Thirteen Israelis", "Three Israelis", "Hasidic Jews"} & set(typed)


def test_a_holders_possessive_goes_on_with_its_organisation_and_place() -> None:
    texts = [
        "Teri Schreiner is a neurologist at Children's Hospital Colorado, Maria Delgado said.",
        "Kevin Messacar, a physician at Children's Hospital Colorado, said cases rose.",
    ]
    typed = shows(*texts)
    assert typed.get("Children's Hospital Colorado") == "organisation"
    assert "Children" not in typed


def test_a_roads_number_is_part_of_its_name() -> None:
    texts = [
        "The governor declared an emergency in all counties east of Interstate 95, Maria"
        " Delgado said.",
        "Rain may fall east of the Interstate 95 corridor, and Route 168 was closed.",
    ]
    typed = shows(*texts)
    assert typed.get("Interstate 95") == "place"
    assert "Interstate" not in typed


def test_a_run_ends_before_a_joining_word_left_at_its_end() -> None:
    text = "Amtrak canceled service south of Washington D.C. for Friday, Saturday and Sunday."
    found = [n.name for n in names(text, long=True)]
    assert "Washington D.C." in found and "Washington D.C. for" not in found


def test_two_names_apart_by_and_or_a_possessive() -> None:
    texts = [
        "Worshipers chanted slogans over the clashes between Israel and Hamas in Gaza, Maria"
        " Delgado said.",
        "Photos showed the rubble where Hamas' Interior Ministry building once stood, and Israel"
        " and Hamas traded fire.",
    ]
    typed = shows(*texts)
    assert not {"Israel and Hamas", "Hamas' Interior Ministry"} & set(typed)
    assert typed.get("Hamas") == "organisation"
    union = shows("The Teachers' Union said on Friday it would strike, Maria Delgado said.")
    assert "Union" not in union  # a common plural's possessive is part of the name


def test_a_gazetteer_place_keeps_its_kind_over_its_last_word() -> None:
    texts = [
        "One rocket landed in the occupied West Bank, Maria Delgado said.",
        "Mahmoud Abbas, who rules in the nearby West Bank, recognizes Israel.",
    ]
    assert shows(*texts).get("West Bank") == "place"


def test_a_military_operations_name_is_no_organisation() -> None:
    texts = [
        "Israel's military began an operation it calls Pillar of Defense on Wednesday, Maria"
        " Delgado said.",
        "The Israel Defense Forces said Pillar of Defense would go on.",
    ]
    typed = shows(*texts)
    assert "Pillar of Defense" not in typed
    assert typed.get("Israel Defense Forces") == "organisation"


def test_a_force_is_an_organisation_and_its_base_a_place() -> None:
    texts = [
        "Hamas officials confirmed Jabari was killed in the attack by the Israel Air Force.",
        "Planes were flown to McGuire Air Force Base in New Jersey, Maria Delgado said, and the"
        " Israel Air Force struck again.",
    ]
    typed = shows(*texts)
    assert typed.get("Israel Air Force") == "organisation"
    assert typed.get("McGuire Air Force Base") == "place"
