"""Quote speakers the attribution rules used to miss (issue 13, round spk8): a verb of stance
before the speaker's words ("Roe dismissed “…”"), a sentence of reported speech whose speaker
comes last ("…, Udoto has said. “…?” he asked")."""

from __future__ import annotations

import pytest

from .helpers import facts_of, story


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in facts_of(story(*texts)).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Roe dismissed “the failing Daily Ledger story on the contracts” as a joke.",
            ["Ada Roe"],
        ),
        (
            "Next, Rep. Ivo Lind (D-Md.) pleaded for the House to “abandon this reckless policy "
            "of cuts” before the vote.",
            ["Ivo Lind"],
        ),
        (  # a job word of its own kept out of the name
            "Next, Minority Whip Steny Holt (D-Md.) pleaded for the House to “abandon this "
            "reckless policy” of cuts.",
            ["Steny Holt"],
        ),
        (
            "County Circuit Judge Cara Holt ruled there were no “instances of deliberate "
            "misstatements and reckless disregard” of the truth.",
            ["Cara Holt"],
        ),
        (
            "Laurie Graber felt something needed to be done so, “I went to a store, and I bought "
            "a small ring, and I left a little note.”",
            ["Laurie Graber"],
        ),
    ],
)
def test_a_verb_of_stance_before_the_quote(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # someone else's words between the verb and the quote
        "Ada Roe dismissed the mayor's “plan to sell all the contracts in May”.",
        "Ada Roe praised the headline “Ede wins the contracts at last” on Monday.",
        # the name is no subject of the sentence
        "He also makes a startling claim -- that before the crash, Walter complained “seven "
        "times the car would swerve toward that barrier”.",
        # a word opening the sentence, a country in a headline
        "Several accused the two hosts of having “blood on your hands” after the call.",
        "Egypt vows “not to leave Gaza alone in this war”",
        # "I" in the writer's text: an interview, whose "I" is not the quote's
        "I felt like I walked in there with a very open “O.K., so this will be great” mood.",
    ],
)
def test_no_speaker_from_a_verb_of_stance(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents have tried to take selfies with the lions, Paul Udoto has said in the "
            "past.\n\n“Are you out of your senses?” he asked.",
            ["Paul Udoto"],
        ),
        (
            "With its attacks, Israel is denying Palestinians their rights, Authority President "
            "Mahmoud Abbas said Friday.\n\n“This is an aggression against all of our people,” "
            "he said.",
            ["Mahmoud Abbas"],
        ),
        (
            "Kieran Lee will have a follow-up operation in six months, and hopefully he will not "
            "need any more, surgeon David Sorkin added.\n\n“These should last because they are "
            "cartilage,” he said.",
            ["David Sorkin"],
        ),
    ],
)
def test_he_said_after_a_speaker_named_last(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_no_speaker_named_last_in_a_list_of_actions() -> None:
    text = (
        "Police spoke to Ivo Lind on Monday.\n\nIn a statement, the owner, Ede Media, said it "
        "had ended Greig and Lind's show and suspended prank calls across the company.\n\n“The "
        "company broke no law or code in the broadcast,” the statement said."
    )
    assert speakers(text) != ["Greig"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "she said" after a statement that names no one: the subject before it
            "Ada Lee-Roe, a cook, has died aged 66.\n\nDuring the same interview Lee-Roe "
            "explained her hatred of the carrot.\n\n“Her fun and learning will be missed by so "
            "many of us,” said a statement from her agent.\n\nShe became a butcher.\n\n“The "
            "beginning of my drinking career was rather enjoyable,” she said.",
            [None, "Ada Lee-Roe"],
        ),
        (  # an opening phrase without its comma before the subject
            "Ada Lee-Roe, a cook, has died aged 66.\n\nIvo Lind filmed her show in 1996. During "
            "the same interview Lee-Roe also explained her hatred of the carrot.\n\n“My father "
            "used to feed them to me with the slugs on them,” she said.",
            ["Ada Lee-Roe"],
        ),
    ],
)
def test_she_said_after_a_quote_of_no_one(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_the_sentence_before_with_a_quoted_phrase() -> None:
    text = (
        "Ada Lee-Roe said she had enjoyed a “fantastic life”. “I've done everything I could "
        "have wanted to do and more.”"
    )
    assert speakers(text)[-1] == "Ada Lee-Roe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The hosts are sent information on the talent,” said Spears flack Jeff Raymond.",
            ["Jeff Raymond"],
        ),
        (
            "“Who knows what the tail was for?” says National Geographic explorer Ryan Carney.",
            ["Ryan Carney"],
        ),
        (  # a verb between the names: the first is the speaker
            "“We will meet again next week,” said Ada Roe yesterday in Ede.",
            ["Ada Roe"],
        ),
    ],
)
def test_a_job_between_two_names_after_the_verb(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_the_sentence_before_with_a_verb_of_thought() -> None:
    text = (
        "Ada Lee-Roe runs the dig. Lee-Roe believes the purpose must have been status. “Avebury "
        "had the huge ditches, and Marden had this enormous enclosure.”"
    )
    assert speakers(text) == ["Ada Lee-Roe"]


def test_a_later_clause_before_the_quote() -> None:
    text = (
        "Brianna Keilar pressed Michael Cohen on the polls.\n\n“Says who?” Cohen asked again, to "
        "which Keilar replied, “Polls. I just told you. I answered your question.”"
    )
    assert speakers(text)[-1] == "Brianna Keilar"


def test_he_said_after_a_name_owning_a_statement() -> None:
    text = (
        "Bonus Trump-led poll: the corn poll.\n\nThe exchange ended with Cohen's statement on "
        "the campaign changes: “I think bringing on someone like her was a great move,” he said."
    )
    assert speakers(text) == ["Cohen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the verb of speech is in a clause before the main one: not the speaker's
            "After Rep. Ada Roe (D-Calif.) spoke about the climate, Rep. Ivo Lind (R-Tex.) had "
            "something to say about “the president's takeover of health care.”",
            [None],
        ),
        (
            "While Leon Lott said, “the student was being disruptive in class,” the review "
            "found otherwise.",
            ["Leon Lott"],
        ),
    ],
)
def test_a_verb_of_speech_in_a_clause_before_the_main_one(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected
