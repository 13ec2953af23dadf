"""A trade or a party written before a name is no part of it; a contraction is no one's name
(errors of the fresh sets 7 and 8 and of an editor's read, 2026-12-03)."""

from __future__ import annotations

import pytest

from newsbrief.facts.quotes.full_names import _common_word
from newsbrief.types import SHOWN

from .helpers import facts_of, story


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Producer Ada Quennell said the show would return in May. Quennell spoke on Monday.",
         "Ada Quennell"),
        ("Actor Joel Varnam joined the cast on Friday, the studio said. Varnam was thrilled.",
         "Joel Varnam"),
        ("Democrat Lena Harwick won the seat on Tuesday. Harwick thanked voters.", "Lena Harwick"),
    ],
)  # fmt: skip
def test_a_trade_or_party_before_a_name_is_cut(text: str, person: str) -> None:
    people = [e.name for e in facts_of(story(text)).entities if e.kind == "person"]
    assert person in people
    assert not any(name.endswith(person) and name != person for name in people)


@pytest.mark.parametrize("word", ["I'll", "We’re", "Don't", "I'd"])
def test_a_contraction_is_no_one_s_name(word: str) -> None:
    assert _common_word(word, "A story with no such word.")


def test_names_with_an_apostrophe_are_still_names() -> None:
    story_text = "Ada O'Neill said the dock would close. O'Neill spoke on Monday."
    assert not _common_word("O'Neill", story_text)
    text = (
        '"The dock will close for the whole of the winter season," Ada O\'Neill said on Monday. '
        "O'Neill runs the harbour board."
    )
    quotes = facts_of(story(text)).quotes
    assert [q.speaker for q in quotes if q.confidence >= SHOWN] == ["Ada O'Neill"]


def test_a_list_of_names_is_no_place_and_its_region() -> None:
    """ "Aleppo, Syria," makes Aleppo a place; "the companies — Acxiom, Experian, Epsilon, …"
    made each company a place (an editor's read, 2026-12-03)."""
    text = (
        "Of the five firms the panel asked — Dorrin, Vallex, Quorra, Benstock and Ibbit — some "
        "answered. Dorrin sold data to marketers, the panel said. Vallex and Quorra declined. "
        "The dock at Harlow, Essex, closed on Monday."
    )
    kinds = {e.name: e.kind for e in facts_of(story(text)).entities}
    assert kinds.get("Dorrin") != "place" and kinds.get("Vallex") != "place"
    assert kinds.get("Harlow") == "place"


def test_an_honorific_is_no_role() -> None:
    """ "… ,” Ms. Katz said." gave the quote the role "Ms." (a dev briefing read, 2026-12-03)."""
    text = (
        "Debra S. Katz, a lawyer who handles such suits, said the firm sounded punitive.\n\n"
        "“If the firm wanted to look classy, it could have said it would walk away from all of "
        "this,” Ms. Katz said."
    )
    assert [(q.speaker, q.role) for q in facts_of(story(text)).quotes] == [("Debra S. Katz", None)]
    titled = "“The dock will close for the whole of the winter season,” Dr. Ada Quennell said."
    assert [q.role for q in facts_of(story(titled)).quotes] == ["Dr."]
