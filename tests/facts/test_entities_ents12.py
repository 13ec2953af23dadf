"""Entities, issue 13, round twelve: classes of error read in set 12's first run (adjectives run
together, text printed in capitals, ...), each on a short text written for the test."""

from __future__ import annotations

from .helpers import kinds_of


def test_adjectives_in_ic_run_together_are_no_person() -> None:
    texts = [
        "The city was known as a home of Arabic Islamic writing, science and history,"
        " Maria Delgado told reporters.",
        "Rebels took the town on Sunday, and residents have told reporters that Islamic law"
        " is being imposed. Delgado said the old libraries were at risk.",
    ]
    typed = kinds_of(*texts)
    assert "Arabic Islamic" not in typed
    assert "Islamic" not in typed
    assert typed.get("Maria Delgado") == "person"


def test_a_run_of_common_words_in_capitals_is_no_name() -> None:
    shouted = (
        "A BABY IS NOW IN STATE CUSTODY. THEY SAY WHEN THEY WENT TO THAT HOUSE, THEY FOUND"
        " A MOTHER. SHE TOLD POLICE SHE'S A VEGAN, ARIEL WINTER SAID."
    )
    texts = [
        shouted + "\n\nA mother was arrested on Tuesday, police said.",
        "The mother, Sarah Markham, was arrested after the visit, police said.",
    ]
    typed = kinds_of(*texts)
    assert not any(name.upper().startswith(("SAY WHEN", "TOLD POLICE")) for name in typed)
    assert "Sarah Markham" in typed


def test_an_office_for_a_field_goes_on_after_and_the() -> None:
    name = "National Council for the Recovery of Democracy and the Restoration of the State"
    texts = [
        f"The president was ousted by a junta calling itself the {name} (CNRDRE) on Thursday.",
        f"The {name} said it would hand power back, Amadou Sanogo said on Friday.",
    ]
    typed = kinds_of(*texts)
    assert typed.get(name) == "organisation"
    assert "National Council for the Recovery of Democracy" not in typed


def test_a_company_is_no_alias_of_its_name_and_a_product_word() -> None:
    texts = [
        "Instagram said on Monday it would add a tool. Instagram Story posts will vanish after"
        " a day, Instagram spokeswoman Maria Delgado said.",
        "Instagram added the feature to Instagram Story this week, and Instagram said its users"
        " liked it.",
    ]
    typed = kinds_of(*texts)
    assert typed.get("Instagram") == "organisation"
    assert "Instagram Story" not in typed
