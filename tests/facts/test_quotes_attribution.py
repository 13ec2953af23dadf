"""Quote speakers, issue 13's classes (invented sentences): other closing marks, "says NAME,
“…”", who "he said" is (a sentence's subject, not a name inside it), the police and a
spokesperson as speakers, organisations named with "of", words relayed from someone else, a
first name, and a quote opening a paragraph after one reporting speech."""

from __future__ import annotations

import pytest

from newsbrief.types import SHOWN

from .helpers import facts_of, story


def shown(*texts: str) -> dict[str, str | None]:
    """Each quote's first words -> its speaker, as a reader is shown it (None: not shown)."""
    return {
        " ".join(q.text.split()[:3]): (q.speaker if q.confidence >= SHOWN else None)
        for q in facts_of(story(*texts)).quotes
    }


@pytest.mark.parametrize(
    "text",
    [
        "“We now know the lake was deep for a long time,\ufffd? said Ada Roe.",  # mis-decoded ”
        "“We now know the lake was deep for a long time,'' said Ada Roe.",
        "Ada Roe said: ''We now know the lake was deep for a long time.''",
    ],
)
def test_other_closing_marks_end_a_quote(text: str) -> None:
    assert shown(text) == {"We now know": "Ada Roe"}


def test_verb_before_the_name_before_the_quote() -> None:
    text = "In practice, says Ada Roe, “the lake would have frozen in the north.”"
    assert shown(text) == {"the lake would": "Ada Roe"}


def test_the_one_told_is_not_the_speaker() -> None:
    text = (
        "Ben Ode, who is known as “the man who drained the lake” told the Ledger that he was "
        "right.\n\n“The people you hear most about this are not scientists,” he said."
    )
    assert shown(text)["The people you"] == "Ben Ode"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # a name that is not the subject of its sentence is not "he"
        ("Ada Roe spoke first. That is when the team took Planet Nine seriously.", "Ada Roe"),
        ("Ada Roe spoke first. He and Ode hope the paper will help.", "Ada Roe"),
        ("Ada Roe spoke first. A groggy Ben Ode did not think much of it.", "Ben Ode"),
        # someone not named as the subject since the last quote: no one
        ("Ada Roe spoke first. At the condo, a valet driver wondered about it.", None),
        ("Ada Roe spoke first. The mayor complimented the crowd.", None),
    ],
)
def test_he_said_takes_the_subject(lead: str, speaker: str | None) -> None:
    text = (
        f"“We are going to look at the lake again,” Ada Roe said.\n\n{lead}\n\n"
        "“That was the real jaw-dropping moment for us,” he said."
    )
    assert shown(text)["That was the"] == speaker


def test_he_said_after_a_surname_out_of_subject_position_is_unsure() -> None:
    text = (
        "Fabio Lind died on Monday. “He was a man who truly cared,” said Eden Sax.\n\n"
        "It seems Lind will be remembered as he wanted.\n\n"
        "In a video, he said: “I want to be remembered for the friends I made.”"
    )
    assert shown(text)["I want to"] is None


def test_opening_phrases_chain_to_the_subject() -> None:
    text = (
        "In his address to the meeting, before the vote had been announced, Mr Ode "
        "acknowledged the feeling, saying: “Let me be clear. We hear you.”\n\n"
        "He continued: “We will sit down with our largest shareholders.”"
    )
    assert shown(text) == {"Let me be": "Ode", "We will sit": "Ode"}


def test_the_police_are_the_force_the_article_names() -> None:
    text = (
        "Paramedics were called, the Ede Police Department reported.\n\n"
        "“The paramedics found a man on the patio with injuries,” a police statement said.\n\n"
        "“When the officers arrived they found the victim,” police said."
    )
    assert shown(text) == {
        "The paramedics found": "Ede Police Department",
        "When the officers": "Ede Police Department",
    }


def test_the_police_of_two_forces_are_no_one_named() -> None:
    text = (
        "The Ede Police and the Lund Police Department searched the park.\n\n"
        "“When the officers arrived they found the victim,” police said."
    )
    assert shown(text) == {"When the officers": None}


def test_the_spokesman_is_his_organisation() -> None:
    text = (
        "A spokesman for Acme said before the meeting that the pay formula had been backed.\n\n"
        "“Despite the very hard year, our safety record was excellent.\n\n"
        "“And these measures derive directly from our pay policy,” the spokesman said."
    )
    assert shown(text) == {"Despite the very": "Acme", "And these measures": "Acme"}


def test_an_organisation_named_with_of() -> None:
    text = "The Institute of Directors said the vote would “decide the future of pay here”."
    assert shown(text) == {"decide the future": "Institute of Directors"}


def test_words_relayed_from_someone_else_are_not_the_speakers() -> None:
    text = 'Ada Roe said she heard from her mother in a text, saying "I am outside and safe."'
    assert shown(text) == {"I am outside": None}


def test_a_sentence_naming_someone_else_keeps_the_previous_speaker_off() -> None:
    text = (
        "Ada Roe cautioned that there could be other explanations. She cited the dictum from "
        'Carl Lind that "great claims require great evidence."'
    )
    assert shown(text) == {"great claims require": None}


def test_a_first_name_takes_the_full_name_of_the_story() -> None:
    texts = (
        "“Ultimately we can conclude the lake was deep,” said Geronimo Vance, the first author.",
        "In practice, says Geronimo, “it probably formed a lake in the north.”",
    )
    assert shown(*texts) == {
        "Ultimately we can": "Geronimo Vance",
        "it probably formed": "Geronimo Vance",
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokeswoman for the Lund Police in Norway told the paper: “As the inquiry goes "
            "on, we will help in every way.”",
            "Lund Police",
        ),
        (
            # the spokesman's words, not hers (read8 struck "a spokesperson for Spacey" as his)
            "A spokesman for Prime Minister Ada Roe said she “thinks this is a very sad case”.",
            None,
        ),
        ("Separately, a palace spokesman told the paper: “At no point did we complain.”", None),
    ],
)
def test_spokespeople_and_adverbs(text: str, speaker: str | None) -> None:
    assert list(shown(text).values()) == [speaker]
