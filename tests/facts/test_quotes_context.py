"""Quote speakers in context, third round (issue 13): more verbs of speech, interviews, lines
that introduce a document's words, "NAME's statement said". Every sentence is invented."""

from __future__ import annotations

import pytest

from .helpers import facts_of, story


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in facts_of(story(*texts)).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "“If people knew where the sounds came from, it would be rated R!” laughed Ivo Lind.",
        "“Made from a swan, for the most part,” revealed Ivo Lind.",
        "“I went to college and I graduated with honors,” Ivo Lind yelled at the crowd.",
        "Ivo Lind emphasized that the valley was “open to anyone who will walk it.”",
    ],
)
def test_more_verbs_of_speech(text: str) -> None:
    assert speakers(text) == ["Ivo Lind"]


def test_a_she_said_left_to_no_one_leaves_no_one_for_the_next() -> None:
    text = (
        "“We will rebuild the whole valley,” Ana Ruiz said of the town Ivo Lind founded.\n\n"
        "It seems Lind will be missed by everyone in town.\n\n"
        "“He was the heart of the place for forty years,” she said.\n\n"
        "“Nobody will ever replace him here, not in this town,” she told the paper."
    )
    assert speakers(text) == ["Ana Ruiz", None, None]  # she? unsure, and so for the next


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("Secretary Ruiz's 10:08 p.m. statement on the attack in Ede:", "Ruiz"),
        ("Read Ana Ruiz's full statement below:", "Ana Ruiz"),
        ("E-mail from Mayor Ana Ruiz to the council:", "Ana Ruiz"),
        ("Ana Ruiz in an e-mail to the embassy in Lund:", "Ana Ruiz"),
        ("Ede Police spokesman Ivo Lind during a press conference about the attack:", "Ivo Lind"),
        ("Deputy Director of EDA Ivo Lind in a written statement to the committee:", "Ivo Lind"),
    ],
)
def test_a_heading_names_whose_words_follow(heading: str, speaker: str) -> None:
    text = f"{heading}\n\n“We condemn in the strongest terms the attack on our mission today.”"
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "heading",
    [
        "Summary of a call between Secretary Ana Ruiz and President Ivo Lind:",
        "A statement read to the father of Ivo Lind at the ceremony:",
    ],
)
def test_a_heading_of_two_people_or_of_a_listener_names_no_one(heading: str) -> None:
    text = f"{heading}\n\n“We condemn in the strongest terms the attack on our mission today.”"
    assert speakers(text) == [None]


def test_a_question_put_to_the_speaker_is_not_their_words() -> None:
    text = (
        "When asked whether “this was an attack under the cover of a protest” Ivo Lind said, "
        "“No, the attack was a direct breaching attack.”"
    )
    assert speakers(text) == [None, "Ivo Lind"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We did not cause a delay in the response,” Ivo Lind's statement said.", "Ivo Lind"),
        (
            "“The fence will be rebuilt by the spring,” the Ede Council’s letter said.",
            "Ede Council",
        ),
    ],
)
def test_a_named_owner_s_statement_is_the_owner_s_words(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_short_quote_gives_its_long_attribution_to_the_next() -> None:
    text = (
        "“It’s too congested,” said Ana Ruiz, the airline’s managing director of global "
        "operations strategy at its Chicago base. “It created a lot of angst from our customers.”"
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_she_is_the_subject_before_when_a_sentence_names_her_only_in_passing() -> None:
    text = (
        "Like millions of mothers, Cara Dunn, 35, faced a hard choice before her son was born."
        " The stakes were high since Dunn, a veteran who served two years abroad, raises him "
        "alone.\n\n“They are only babies for such a short period of time,” she says."
    )
    assert speakers(text) == ["Cara Dunn"]


def test_she_is_no_one_when_a_sentence_names_two_people_in_passing() -> None:
    text = (
        "“We know where the show went wrong,” Ivo Lind said.\n\n"
        "A fine followed after Lind insulted a reporter for a show that Ana Ruiz and he ran.\n\n"
        "“Someone on that website has already called it a disaster,” he said."
    )
    assert speakers(text)[-1] in (None, "Ivo Lind")


def test_he_after_an_inverted_attribution_with_a_noun_before_the_name() -> None:
    text = (
        "“People came from the north much earlier than we thought,” Ivo Lind said.\n\n"
        "That matters, says a neighbour of the family, Ana Ruiz, because it changes the "
        "story. “There is an old view of this valley that this helps rewrite,” she told the radio."
    )
    assert speakers(text) == ["Ivo Lind", "Ana Ruiz"]
