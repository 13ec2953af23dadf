"""Entities: people, organisations and places, merged across spellings."""

from __future__ import annotations

import pytest

from newsbrief.facts.entities import SPACY_MODEL

from .helpers import facts_of, story

TEXTS = (
    "President Bashar al-Assad met envoys in Damascus. The United Nations said aid was blocked.",
    "Forces loyal to Bashar Assad advanced. UN officials in Aleppo said the Syrian Observatory "
    "for Human Rights counted 1,134 dead.",
    "The offensive by Assad's troops went on, the U.N. said. Amnesty International warned of "
    "reprisals in Aleppo.",
)


def test_spellings_of_one_name_are_merged_and_typed() -> None:
    found = {e.name: (e.kind, e.aliases, e.articles) for e in facts_of(story(*TEXTS)).entities}
    assert found["Bashar al-Assad"] == ("person", ("Assad", "Bashar Assad"), ("a0", "a1", "a2"))
    assert found["United Nations"] == ("organisation", ("U.N.", "UN"), ("a0", "a1", "a2"))
    assert found["Aleppo"][0] == "place"
    assert found["Syrian Observatory for Human Rights"][0] == "organisation"
    assert found["Amnesty International"][0] == "organisation"
    assert "Syrian" not in found  # a nationality is not an entity


def test_each_entity_cites_its_first_mention_in_each_article() -> None:
    articles = story(*TEXTS)
    for entity in facts_of(articles).entities:
        for c in entity.citations:
            text = articles[int(c.article_id[1:])].text
            assert text[c.start : c.end].replace("’", "'").removesuffix("'s") in {
                entity.name,
                *entity.aliases,
            }


def test_no_entities_when_switched_off() -> None:
    assert facts_of(story(*TEXTS), entities="none").entities == ()


def test_spacy_recogniser_finds_the_same_people() -> None:
    pytest.importorskip(SPACY_MODEL, reason="spaCy English model not installed")
    found = {e.name: e.kind for e in facts_of(story(*TEXTS), entities="spacy").entities}
    assert found.get("Bashar al-Assad") == "person"
    assert found.get("Aleppo") == "place"


def _found(*texts: str) -> dict[str, tuple[str, float]]:
    """Entities shown to a reader: name -> (kind, confidence)."""
    return {e.name: (e.kind, e.confidence) for e in facts_of(story(*texts)).shown().entities}


def _typed(*texts: str) -> dict[str, tuple[str, float]]:
    """Every entity, shown or not (JSON keeps all): name -> (kind, confidence)."""
    return {e.name: (e.kind, e.confidence) for e in facts_of(story(*texts)).entities}


def test_a_common_noun_acronym_is_no_organisation() -> None:
    found = _found("Paramedics performed CPR on the boy. The FBI and CNN covered it.")
    assert "CPR" not in found
    assert found["FBI"][0] == "organisation"


def test_a_company_with_its_legal_form_is_one_organisation() -> None:
    found = _found(
        "Shares of Tesla Inc fell on Monday. Analysts at Tesla said the board met.",
        "Tesla Inc. shares rose later.",
    )
    assert found["Tesla Inc"][0] == "organisation"
    assert "Tesla" not in found


def test_names_after_a_weak_place_cue_are_no_places() -> None:
    found = _found(
        "The auction has items from Barbra Streisand and from Cheryl Strayed. Fans went to a "
        "clinic at Island Dentistry for Children. Protests followed the death of Freddie Gray "
        "in Baltimore."
    )
    for name in ("Barbra Streisand", "Cheryl Strayed", "Freddie Gray", "Island Dentistry"):
        assert found.get(name, ("person", 1.0))[0] != "place", name
    assert found["Baltimore"][0] == "place"


def test_a_quoted_title_of_a_work_is_no_entity() -> None:
    found = _found(
        'She starred in "Lost" and later in "Modern Family" on ABC. The Modern Family cast '
        'met Senator Tom Udall, who spoke on NBC\'s "Meet the Press" in Washington.'
    )
    assert "Lost" not in found and "Modern Family" not in found and "Press" not in found
    assert found["Tom Udall"][0] == "person"


def test_a_surname_alone_elsewhere_makes_the_full_name_a_person() -> None:
    found = _found(
        "Ariel Winter wore a gold dress to the screening. Winter said she did not care.",
        "Critics wrote about the cast: Ty Burrell, Ariel Winter, Nolan Gould and Julie "
        "Bowen. Winter answered on Thursday.",
    )
    assert found["Ariel Winter"][0] == "person"
    assert {found[n][0] for n in ("Ty Burrell", "Nolan Gould", "Julie Bowen")} == {"person"}


def test_a_surname_merges_into_the_one_person_of_that_name() -> None:
    found = {
        e.name: e.aliases
        for e in facts_of(
            story(
                "Elon Musk spoke on Monday. The Musk Foundation gave money. Musk said he was "
                "happy with the board.",
                "Musk added that Tesla would grow.",
            )
        ).entities
    }
    assert "Musk" in found["Elon Musk"]


def test_two_people_of_one_surname_stay_apart() -> None:
    entities = facts_of(
        story(
            "Stephen Humphrey Bogart, the son of Humphrey Bogart, spoke in Boston. Bogart said "
            "the film was his father's favourite."
        )
    ).entities
    names = {e.name: e.aliases for e in entities}
    assert "Humphrey Bogart" in names and "Stephen Humphrey Bogart" in names
    assert not any("Bogart" in aliases for aliases in names.values())


def test_an_organisation_named_with_and_is_kept_whole() -> None:
    found = _found("Regulators at the Securities and Exchange Commission sued the firm.")
    assert found["Securities and Exchange Commission"][0] == "organisation"
    assert "Exchange Commission" not in found


def test_a_person_is_typed_by_who_kin_and_a_role_before_a_comma() -> None:
    found = _typed(
        "Mikhail Kalashnikov, who died last month, wrote a letter. Kalashnikov's daughter, "
        "Elena, said a priest helped. Freddie Gray's family sued the city."
    )
    assert found["Mikhail Kalashnikov"][0] == "person"
    assert found["Elena"][0] == "person"  # named once, by one name: typed, but not shown
    assert found["Freddie Gray"][0] == "person"


def test_no_name_runs_across_a_line_break() -> None:
    found = _found(
        "The film stars Sean Bean, who plays a king.\n\nRelativity Media said the film opens "
        "in May. Sean Bean, 58, lives in London."
    )
    assert found["Sean Bean"][0] == "person"
    assert found["Relativity Media"][0] == "organisation"
    assert not any("\n" in name for name in found)


def test_credits_bylines_furniture_and_the_outlet_are_no_entities() -> None:
    found = _found(
        "(CNN) Senator Ann Walker spoke in Denver. (Photo: John Smith/Invision/AP)\n\n"
        "Breaking News Emails Get breaking news alerts delivered to your inbox.\n\n"
        "Follow CNN Politics on Twitter\n\nMark Doe contributed to this report.",
        "In this Nov. 10 photo Walker speaks. (AP Photo/Jane Roe, file)\n\nCNN reported that "
        "Walker met the Denver Post. Nicholas Kamm/AFP/Getty Images",
    )
    assert found["Ann Walker"][0] == "person"
    for name in ("John Smith", "Mark Doe", "Jane Roe", "Nicholas Kamm", "Getty Images"):
        assert name not in found, name
    assert not any(name.startswith("Breaking") for name in found)
    assert found["CNN"][1] >= 0.5  # cited by another outlet's article: an organisation
    assert found["Denver Post"][0] == "organisation"


def test_a_lone_word_of_organisations_is_no_entity_but_an_institution_is() -> None:
    found = _found("The Committee met and the Cabinet agreed. Democrats in the Senate objected.")
    assert "Committee" not in found and "Cabinet" not in found
    assert found["Senate"][0] == "organisation"


def test_every_confident_entity_is_listed() -> None:
    people = [f"Al{chr(97 + i % 26)}{chr(97 + i // 26)} Bo{chr(97 + i % 26)}" for i in range(40)]
    text = " ".join(f"Officer {p} spoke." for p in people)
    assert len(facts_of(story(text)).shown().entities) == 40


def test_an_uncertain_kind_is_not_shown_but_kept_in_json() -> None:
    facts = facts_of(story("The letter came from Jordan Peterson on Monday."))
    weak = [e for e in facts.entities if e.name == "Jordan Peterson"]
    assert weak and weak[0].confidence < 0.5
    assert not [e for e in facts.shown().entities if e.name == "Jordan Peterson"]


def test_a_name_in_capitals_is_the_same_name() -> None:
    found = {
        e.name: e.aliases
        for e in facts_of(
            story(
                "Ariel Winter wore gold. A post shared by ARIEL WINTER on May 4 said "
                "Winter was happy."
            )
        ).entities
    }
    assert "ARIEL WINTER" not in found and "Ariel Winter" in found


def test_spacy_is_overruled_by_a_firm_cue_of_the_rules() -> None:
    pytest.importorskip(SPACY_MODEL, reason="spaCy English model not installed")
    text = (  # spaCy's small model: "Mark Warner" a person, each "Warner" an organisation
        "Sen. Mark Warner spoke on Sunday. Warner said the Senate would act. Warner added that "
        "the vote would pass. Warner left."
    )
    found = {e.name: e.kind for e in facts_of(story(text), entities="spacy").entities}
    assert found.get("Mark Warner") == "person"


def test_shouted_words_platforms_and_fragments_are_read_as_a_reader_would() -> None:
    found = _found(
        "Trump wrote FAKE NEWS and WIN on Twitter. NASA said nothing. AP Photo Trump at a rally "
        "on Tuesday with Barack Obama Wednesday. The Muslim Brotherhood said the Brotherhood "
        'would not meet. "The Father of Taxonomy," Carl Linnaeus, died in Uppsala. Robin '
        "Williams' daughter Zelda Williams spoke on Monday. He met Donald Trump in Florida."
    )
    assert "FAKE" not in found and "WIN" not in found and "NEWS" not in found
    assert found["Twitter"][0] == "organisation" and found["NASA"][0] == "organisation"
    assert "AP Photo Trump" not in found and "Barack Obama Wednesday" not in found
    assert found["Muslim Brotherhood"][0] == "organisation"
    assert "Taxonomy" not in found
    assert "Robin Williams'" not in found


def test_a_quoted_nickname_of_an_organisation_is_kept_and_lists_share_a_kind() -> None:
    found = _found(
        'Rescuers, known as "The White Helmets", said the White Helmets had left. The UK, '
        "U.S. and French envoys met in Geneva. Rebels left Homs, Saraqib, Kafr Nabl and Binnish."
    )
    assert found["White Helmets"][0] == "organisation"
    assert "French" not in found
    typed = _typed(
        'Rescuers, known as "The White Helmets", said the White Helmets had left. The UK, '
        "U.S. and French envoys met in Geneva. Rebels left Homs, Saraqib, Kafr Nabl and Binnish."
    )
    assert typed["Saraqib"][0] == typed["Kafr Nabl"][0] == "place"  # listed with Homs


def test_a_word_the_story_also_writes_in_lower_case_is_no_sure_place() -> None:
    found = _found(
        "She starred in Lost for six seasons. The plane was lost over the sea. Tiger Woods, 40, "
        "played at Woods Hole. Fans walked in the woods near Augusta. He flew in Augusta."
    )
    assert "Lost" not in found
    assert found["Augusta"][0] == "place"


def test_long_names_are_cut_where_a_reader_cuts_them() -> None:
    entities = facts_of(
        story(
            "Luigi Garlaschelli of the University of Pavia wrote in the Journal of Forensic "
            "Sciences. Garlaschelli spoke to the Senate Foreign Relations Committee on Monday. "
            "The Saudi-born bin Laden hid in Abbottabad, where Osama bin Laden, 54, died. Nintendo "
            "Co. shares rose. (White House Photo)\n\nOfficials at the State Department said the "
            "Street was closed in Abbottabad."
        )
    ).shown()
    found = {e.name: (e.kind, e.aliases) for e in entities.entities}
    assert found["Luigi Garlaschelli"][0] == "person"
    assert found["University of Pavia"][0] == "organisation"
    assert found["Journal of Forensic Sciences"][0] == "organisation"
    assert found["Senate Foreign Relations Committee"][0] == "organisation"
    assert found["State Department"][0] == "organisation"
    assert found["Nintendo Co."][0] == "organisation"
    assert "bin Laden" in found["Osama bin Laden"][1]
    assert "Street" not in found and "White House Photo" not in found


def test_a_surname_read_as_a_place_is_no_place() -> None:
    found = _found(
        "Director Bryan Singer denied it. His lawyer Marty Singer spoke in Los Angeles. The "
        "claims against Singer were dropped in Singer's favour. Tiger Woods, 40, won. Fans "
        "cheered in Woods' home town."
    )
    assert "Singer" not in found  # two Singers: the surname alone is neither
    assert found["Tiger Woods"][0] == "person"
    assert found.get("Woods", ("person",))[0] == "person"


def test_a_verb_before_for_is_no_part_of_a_name() -> None:
    found = _found("Pushing for Congress to act, Senator Ann Walker spoke in Denver.")
    assert "Pushing for Congress" not in found
    assert found["Congress"][0] == "organisation"


def test_a_name_written_in_capitals_is_cited_as_written() -> None:
    from newsbrief.facts.entities import entities as find_entities
    from newsbrief.types import Article

    text = (
        "The council voted on Monday to expand paid leave, officials said. The plan was first "
        "reported by a columnist of THE WASHINGTON POST, which has a staff of 700."
    )  # not in a caption's credit ("(Bill O'Leary/THE WASHINGTON POST)"): that names no entity
    article = Article(id="a", text=text)
    found = find_entities([article])
    assert any(e.name == "Washington Post" and "WASHINGTON POST" in e.aliases for e in found)
    for entity in found:
        for c in entity.citations:
            assert text[c.start : c.end] in {entity.name, *entity.aliases}
