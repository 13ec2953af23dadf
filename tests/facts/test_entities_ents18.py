"""Entities, issue 13, round eighteen: names shown as places with no evidence of a place (read10:
dinosaur genera, a car, a god, a band, a journal), each on a short text written for the test."""

from __future__ import annotations

from .helpers import shows


def test_in_after_a_comparison_or_what_one_has_names_no_place() -> None:
    texts = (
        "The bone is angled as in Archaeopteryx. Similar feathers were reported in Microraptor,"
        " a theropod. The skull is wide, a condition seen in Avialae.",
        "I think about my faith in God. It is the guitar her father played in Nirvana.",
    )
    typed = shows(*texts, *texts)  # each twice: one place by a cue alone is not shown anyway
    for name in ("Archaeopteryx", "Microraptor", "Avialae", "God", "Nirvana"):
        assert typed.get(name) != "place", name


def test_in_after_a_place_cue_still_names_a_place() -> None:
    typed = shows(
        "The man was last seen in Brewster on Monday. He lived in Brewster for years.",
        "Police found his car in Brewster, near the river.",
    )
    assert typed.get("Brewster") == "place"


def test_a_genus_before_its_species_is_no_place() -> None:
    typed = shows(
        "The ratio is about 2.5, compared to 4.0 in Anchiornis huxleyi. Its tail is 85% of"
        " its femur, compared to 60% in Anchiornis.",
        "Anchiornis huxleyi lived in China. The fossil of Anchiornis was found in Liaoning.",
    )
    assert typed.get("Anchiornis") != "place"
    assert typed.get("China") == "place"


def test_a_planet_after_a_and_adjectives_is_a_car() -> None:
    typed = shows(
        "The suspect fled the scene in a red or maroon 4-door Saturn. Police are looking for her.",
        "She drove away in a red or maroon 4-door Saturn.",
    )
    assert typed.get("Saturn") != "place"
    assert shows("Saturn has rings. The probe flew past Saturn in 2004.").get("Saturn") == "place"


def test_a_journal_after_published_and_a_date() -> None:
    typed = shows(
        "The three papers were published online March 15 in Science. They describe tools.",
        "The papers, published in Science, show that trade began early.",
    )
    assert typed.get("Science") != "place"


def test_an_offices_field_alone_is_no_title_before_a_non_name() -> None:
    texts = (
        "The theft is being investigated as a State Jail Felony. No arrests have been made.",
        "Police said the case is a State Jail Felony.",
    )
    assert "Jail Felony" not in shows(*texts)
    typed = shows(
        "State Sen. Ada Roe and State Fire Marshal Mike Causey spoke on Monday.",
        "Causey said the fire was set. Roe said little.",
    )
    assert typed.get("Ada Roe") == "person"
    assert any("Mike Causey" in name and kind == "person" for name, kind in typed.items())
