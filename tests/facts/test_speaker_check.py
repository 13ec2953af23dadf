"""A quote's speaker is a person or an organisation: a place or an adjective before "said" is
no speaker (issue 13, fourth round)."""

from __future__ import annotations

from dataclasses import replace

from newsbrief.facts.speaker_check import checked_speakers
from newsbrief.types import Citation, Entity, Quote

from .helpers import facts_of, story


def _speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in facts_of(story(*texts)).quotes]


def test_a_place_is_no_speaker() -> None:
    said = _speakers(
        "“It is all on the hosts,” Tolbrook said of the plan in Tolbrook, Nebraska, on Monday."
    )
    assert "Tolbrook" not in said


def test_a_person_stays_the_speaker() -> None:
    said = _speakers("“We will look closely at it,” Dana Kettleby said in Nebraska.")
    assert said == ["Dana Kettleby"]


def test_the_other_outlet_s_speaker_is_kept() -> None:
    cites = (Citation("a0", 0, 10), Citation("a1", 0, 10))
    quote = Quote("Washington", None, "It is unclear", cites, 1.0, ("Washington", "Ada Roe"))
    ents = (
        Entity("Washington", "place", (), cites[:1]),
        Entity("Ada Roe", "person", ("Roe",), cites[1:]),
    )
    (checked,) = checked_speakers([quote], ents)
    assert checked.speaker == "Ada Roe"
    assert checked.cited_speakers() == (None, "Ada Roe")


def test_an_organisation_of_the_story_stays_the_speaker() -> None:
    cites = (Citation("a0", 0, 10),)
    quote = Quote("ECOWAS", None, "strongly condemns", cites, 1.0)
    ents = (Entity("ECOWAS", "organisation", (), cites),)
    assert checked_speakers([quote], ents) == (quote,)


def test_a_place_opening_the_sentence_is_not_the_speaker() -> None:
    said = _speakers(
        "In Tolbrook, Foreign Office spokeswoman Ada Roe said: “The situation is unclear and "
        "unfolding quickly.”"
    )
    assert said == ["Ada Roe"]


def test_an_organisation_s_initials_after_what_it_is_speak() -> None:
    said = _speakers(
        "The West African regional bloc KEWAS said it “strongly condemns the actions of the "
        "mutineers.”"
    )
    assert said == ["KEWAS"]


def test_a_name_only_weakly_a_place_stays_the_speaker() -> None:
    cites = (Citation("a0", 0, 10),)
    quote = Quote("Brenco", None, "testing a variety of ways", cites, 1.0)
    ents = (Entity("Brenco", "place", (), cites, 0.4),)
    assert checked_speakers([quote], ents) == (quote,)
    assert checked_speakers([replace(quote, speaker="Katriuk")], ents)[0].speaker == "Katriuk"


def test_he_after_an_organisation_s_spokesman_is_the_organisation() -> None:
    said = _speakers(
        "Ivo Lind, the minister, said the hotels were ready for the visitors.\n\n"
        "A spokesman for the Danish Rowing Federation said Denmark trusted the hosts. “But we "
        "will look closely at the situation, because you can never be sure,” he said."
    )
    assert said[-1] == "Danish Rowing Federation"


def test_he_is_no_place_the_article_puts_in() -> None:
    said = _speakers(
        "Officials met in Tolbrook on Monday, said Ada Roe, the expert.\n\n"
        "Tolbrook has a small airport, so who gets to fly out first?\n\n"
        "“It is hard to imagine that happening,” he said."
    )
    assert said == ["Ada Roe"]


def test_a_full_name_ending_in_a_place_word_stays_the_speaker() -> None:
    said = _speakers("“The food was wonderful again this year,” Kim Park said.")
    assert said == ["Kim Park"]
