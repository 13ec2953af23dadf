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
