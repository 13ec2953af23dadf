"""spaCy's entities and the rules', one list (``Settings(entities="spacy")``)."""

from __future__ import annotations

import pytest

from newsbrief.facts.entities import SPACY_MODEL
from newsbrief.facts.entity_hybrid import candidates, hybrid
from newsbrief.facts.entity_spacy import _spacy_name
from newsbrief.types import SHOWN, Citation, Entity

from .helpers import facts_of, story

TEXTS = (
    "Mayor Ada Quint of Port Elbow said the Harbour Board would meet. Quint spoke on Monday.",
    "Ada Quint, the mayor of Port Elbow, said the board met. A storm hit Port Elbow.",
    "Winds Rose as the storm came in, the Harbour Board said.",
)


def _entity(name: str, kind: str, articles: int, confidence: float, *aliases: str) -> Entity:
    citations = tuple(Citation(f"a{i}", 0, len(name)) for i in range(articles))
    return Entity(name, kind, aliases, citations, confidence)


def test_a_name_both_recognisers_find_is_one_entity_named_and_typed_by_the_rules() -> None:
    ruled = [_entity("Ada Quint", "person", 2, 1.0, "Quint")]
    spacied = [_entity("Quint", "organisation", 1, 1.0), _entity("ada quint", "person", 2, 1.0)]
    [(entity, x)] = candidates(ruled, spacied, TEXTS)
    assert (entity.name, entity.kind) == ("Ada Quint", "person")
    assert set(entity.aliases) == {"Quint"}  # spaCy's second spelling folds in, not a third
    assert x[:3] == (1.0, 1.0, 0.0)  # rules sure, spaCy found it, kinds differ


def test_where_the_rules_are_unsure_spacy_names_the_kind() -> None:
    ruled = [_entity("Port Elbow", "person", 2, 0.4)]
    spacied = [_entity("Port Elbow", "place", 2, 1.0)]
    [(entity, _)] = candidates(ruled, spacied, TEXTS)
    assert entity.kind == "place"


def test_found_by_both_in_several_articles_is_shown_a_lone_headline_word_of_spacy_not() -> None:
    ruled = [_entity("Ada Quint", "person", 2, 1.0, "Quint")]
    spacied = [
        _entity("Ada Quint", "person", 2, 1.0),
        _entity("Harbour", "organisation", 1, 0.5),  # one word, one article, and "the harbour"
    ]
    found = {e.name: e.confidence for e in hybrid(ruled, spacied, (*TEXTS, "the harbour"))}
    assert found["Ada Quint"] >= SHOWN
    assert found["Harbour"] < SHOWN
    assert next(iter(found)) == "Ada Quint"  # most widely cited first


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Archaeologist Giles Hamm", "Giles Hamm"),  # an occupation before a name
        ("Mr Dudley", "Dudley"),  # an honorific
        ("Deutsche Börse of", "Deutsche Börse"),  # a dangling "of"
        ("the Harbour Board's", "Harbour Board"),
        ("Extended Data Fig", None),  # no name
    ],
)
def test_spacy_spans_are_cut_as_the_rules_cut_theirs(span: str, name: str | None) -> None:
    found = _spacy_name(span, 10)
    assert (found[0] if found else None) == name
    if found:
        assert found[1] == 10 + span.index(name) and found[2] == found[1] + len(name)


def test_spacy_entities_are_the_hybrid_list() -> None:
    pytest.importorskip(SPACY_MODEL, reason="spaCy English model not installed")
    shown = facts_of(story(*TEXTS), entities="spacy").shown().entities
    found = {e.name: e.kind for e in shown}
    assert found.get("Ada Quint") == "person"
    assert found.get("Harbour Board") == "organisation"
