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
