"""Quotes: the quotation, who said it and in what role, merged across outlets."""

from __future__ import annotations

import pytest

from .helpers import facts_of, story


def quotes(*texts: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.role, q.text) for q in facts_of(story(*texts)).quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            '"We are deeply sorry to everyone," chief executive Dana Roe said.',
            "Dana Roe",
            "chief executive",
        ),
        (
            '"The whole sky was orange tonight," said Maureen Pike, who lives nearby.',
            "Maureen Pike",
            None,
        ),
        (
            "“We will rebuild the bridge quickly,” Mayor Ana Ruiz told reporters.",
            "Ana Ruiz",
            "Mayor",
        ),
        (
            '"Nobody was hurt in the fire," according to fire chief Sam Okafor.',
            "Sam Okafor",
            "fire chief",
        ),
        (
            "Council leader Frances Ibe said: “Skips will be placed on every street.”",
            "Frances Ibe",
            "Council leader",
        ),
        (
            'Tom Hale, a spokesman for the port, said, "The dock will stay closed."',
            "Tom Hale",
            "spokesman for the port",
        ),
        (
            "Secretary of State Jo Kerr on Friday called it “the worst flood in forty years.”",
            "Jo Kerr",
            "Secretary of State",
        ),
    ],
)
def test_speaker_and_role_are_read_from_the_attribution(
    text: str, speaker: str, role: str | None
) -> None:
    ((found_speaker, found_role, _),) = quotes(text)
    assert (found_speaker, found_role) == (speaker, role)


def test_he_said_and_a_following_quote_take_the_previous_speaker() -> None:
    found = quotes(
        "Foreign minister Ivo Lind said the talks were over. "
        '"We are tired of waiting for them."\n\n'
        '"It is unacceptable. It is horrible," he said.'
    )
    assert [(s, r) for s, r, _ in found] == [("Ivo Lind", "Foreign minister")] * 2


def test_a_pull_quote_takes_its_speaker_from_the_name_line_after_it() -> None:
    found = quotes(
        "Rebels vowed to fight on.\n\n"
        "We plead with the parties to protect civilians before the town becomes a graveyard.\n\n"
        "Stephen Obi, the U.N. relief chief for the region\n\n"
        "The fighting went on."
    )
    assert found == [
        (
            "Stephen Obi",
            "U.N. relief chief for the region",
            "We plead with the parties to protect civilians before the town becomes a graveyard.",
        )
    ]


def test_scare_quotes_are_no_quotations() -> None:
    assert quotes("Officials called the situation “doomsday” and a “dead end” today.") == []


def test_the_same_quote_in_two_outlets_is_one_quote_with_both_citations() -> None:
    quote = "We are tired of hearing this whining from our colleagues"
    facts = facts_of(story(f'"{quote}," minister Ivo Lind said.', f"Ivo Lind said: “{quote}.”"))
    (q,) = facts.quotes
    assert q.speaker == "Ivo Lind"
    assert [c.article_id for c in q.citations] == ["a0", "a1"]


def test_a_pronoun_goes_to_the_person_named_since_the_last_quote() -> None:
    found = quotes(
        '"The harbour will stay open all winter," said Tom Hale.\n\n'
        "At the awards on Friday, Nora Vance spoke after the harbour master.\n\n"
        '"Keep going whatever they tell you about it," she said.'
    )
    assert [q[0] for q in found] == ["Tom Hale", "Nora Vance"]


def test_a_pronoun_keeps_the_last_speaker_when_no_one_else_is_named() -> None:
    found = quotes(
        '"The harbour will stay open all winter," said Tom Hale.\n\n'
        "The decision surprised the fishing fleet.\n\n"
        '"We will review it again in the spring," he said.'
    )
    assert [q[0] for q in found] == ["Tom Hale", "Tom Hale"]


def test_a_non_person_attribution_does_not_borrow_the_previous_speaker() -> None:
    found = quotes(
        '"The harbour will stay open all winter," said Tom Hale.\n\n'
        '"Give a little and give it today please," the leaflet read. '
        '"Every coin helps the lifeboat crew."'
    )
    assert [q[0] for q in found] == ["Tom Hale", None, None]


def test_an_unnamed_person_does_not_take_the_previous_speakers_name() -> None:
    found = quotes(
        '"We train every worker in safe handling," said Ada Brook, the plant manager.\n\n'
        '"Nobody checks what happens at night shifts," the worker says. '
        '"It has been like this for a long time."'
    )
    assert [q[0] for q in found] == ["Ada Brook", None, None]


@pytest.mark.parametrize(
    "text",
    [
        'To quote Ms. Lark, "Every town deserves a library of its own."',
        'In the end, according to Lark: "Every town deserves a library of its own."',
    ],
)
def test_to_quote_and_according_to_before_a_quote_name_the_speaker(text: str) -> None:
    (found,) = quotes(text)
    assert found[0] is not None and found[0].endswith("Lark")


def test_a_possessive_in_the_attribution_is_not_the_speaker() -> None:
    (found,) = quotes(
        "“I have waited two years to tell the court the truth” about Moss’s death, Kern said."
    )
    assert found[0] == "Kern"


def test_a_quote_merged_across_outlets_keeps_the_fuller_text() -> None:
    (found,) = quotes(
        '"Frankly, the pupils deserve stability this year and next year," Ida Wren said.',
        '"The pupils deserve stability this year and next year," Ida Wren said.',
    )
    assert found[2].startswith("Frankly, the pupils")
