"""Quote speakers the attribution rules used to miss (issue 13, round spk7): a surname that is a
title ("Lord said" of Jeffrey Lord), "the president said" of a speaker the text calls President,
verbs of speech only after a quotation ("“…,” Roe charged")."""

from __future__ import annotations

import pytest

from .helpers import facts_of, story


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in facts_of(story(*texts)).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a surname that is also a title: the person named in full
            "The commentator Jeffrey Lord saw it differently. “From my perspective, he was "
            "relaxed and on point,” Lord said.",
            ["Jeffrey Lord"],
        ),
        (
            "Speaking with hosts Jake Tapper and Wolf Blitzer, Lord said, “I think we saw two "
            "different press conferences.” Jeffrey Lord is a contributor.",
            ["Jeffrey Lord"],
        ),
        (
            "The panel met on Friday. “I think it was a simple mistake,” replied King, calling "
            "the question unfair. Steve King has served since 2003.",
            ["Steve King"],
        ),
        (  # a title alone that no full name takes is no one's
            "The court sat on Friday. “We have heard every argument in this case,” Judge said.",
            [None],
        ),
    ],
)
def test_a_title_that_is_a_surname(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ada Roe spoke for an hour. “We will not say what we plan to do,” Roe "
            "said.\n\n“That would be a mistake for all of us,” the president said.",
            ["Ada Roe", "Ada Roe"],
        ),
        (  # not called a judge: "the judge" is someone else
            "Ada Roe spoke for an hour. “We will not say what we plan to do,” Roe said.\n\n"
            "“That would be a mistake for all of us,” the judge said.",
            ["Ada Roe", None],
        ),
    ],
)
def test_the_title_the_text_gives_the_last_speaker(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Russia was a ruse and everyone knows it,” Roe charged.", ["Roe"]),
        ("“We are going to deal with it with heart,” Ada Roe pledged on Friday.", ["Ada Roe"]),
        ("Ada Roe shot back, “Ask the network how he got his job, OK?”", ["Ada Roe"]),
        ("During his briefing, Carney shot back: “That sounds like politics to me.”", ["Carney"]),
        (  # before a quotation, "charged" names no speaker of it
            "Ada Roe charged that the decision meant “the fix is in for everyone here.”",
            [None],
        ),
    ],
)
def test_verbs_of_speech_after_a_quotation(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the organisation that is the subject of the sentence before
            "LA Talk Radio announced that the host was fired on Friday.\n\n“We take pride in our "
            "relationship with our listeners,” the station wrote in a statement.",
            ["LA Talk Radio"],
        ),
        (  # a person as that subject is no station
            "Ada Roe announced that the host was fired on Friday.\n\n“We take pride in our "
            "relationship with our listeners,” the station wrote in a statement.",
            [None],
        ),
    ],
)
def test_the_body_named_just_before(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a job before the subject's name in full: "he" is that person
            "Celebrity chef Brian Turner called her a “very intelligent lady”.\n\n“She was very "
            "outgoing and generous to everyone,” he told BBC News.",
            ["Brian Turner"],
        ),
        (  # a capitalised word and a verb: no job, and "he" stays unsure
            "Moghadam left Rap Genius in 2014 after his comments. “In their defense, I did do "
            "a lot of stupid things,” he said.",
            [None],
        ),
        (  # "the lone Democrat": a noun, and the person in apposition is the subject
            "The lone Democrat to speak, Rep. Donna Edwards (Md.), noted the irony in the vote. "
            "“We will do our renaming today,” she said.",
            ["Donna Edwards"],
        ),
    ],
)
def test_the_subject_after_a_job_or_a_noun(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a pronoun after opening phrases is the subject, not a name in them
            "Ada Roe spoke at the debate.\n\nDuring his speech in January, after Ivo Lind left, "
            "he said, “For too long, a small group has reaped the rewards of government.”",
            ["Ada Roe"],
        ),
        (  # "he" is not whom "she said" named
            "“I don’t understand why anyone would defend him at all,” she said of Ada Roe.\n\n"
            "The comedian was accused of misconduct. In response, he said “these stories are all "
            "true” but did not apologise.",
            [None, None],
        ),
        (
            "Ada Roe spoke on Monday. “We are all in a culture of outrage,” she wrote.\n\n"
            "“The magnitude of rage is, in fact, overtly outrageous,” he said.",
            ["Ada Roe", None],
        ),
    ],
)
def test_pronouns(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_he_takes_a_surname_another_article_names_in_full() -> None:
    found = facts_of(
        story(
            "President Ada Roe held a news conference on Thursday.",
            "Roe tried to insist everything was fine. “I turn on the TV and I see stories of "
            "chaos,” he said.",
        )
    ).quotes
    assert [q.speaker for q in found] == ["Roe"]


def test_he_takes_no_lone_word_the_story_never_names_as_a_person() -> None:
    found = facts_of(
        story(
            "Scientists described a new dinosaur on Monday.",
            "Caihong may have used its feathers to attract mates. “It is a striking animal,” he "
            "said.",
        )
    ).quotes
    assert [q.speaker for q in found] == [None]
