"""Quote speakers, precision first: a word before the quote is no speaker, a person is not
their institution, a job word is no part of a name, an unnamed person takes no one's name.
Every sentence is invented."""

from __future__ import annotations

import pytest

from .helpers import facts_of, story


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in facts_of(story(*texts)).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "“The method is as good as it gets,” Ada Roe of Ede University said.",
        "“The method is as good as it gets,” Ada Roe from the Ede Institute, who was not "
        "involved in the work, told the paper.",
        "“The method is as good as it gets,” said Ede University's Ada Roe.",
    ],
)
def test_a_person_of_an_institution_is_the_speaker_not_the_institution(text: str) -> None:
    assert speakers(text) == ["Ada Roe"]


def test_the_holder_of_an_office_of_an_organisation_is_the_speaker() -> None:
    text = (
        "“Our first finding is that the powder was toxic,” said Inspector-General of Police "
        "Omar Tahir."
    )
    assert speakers(text) == ["Omar Tahir"]


def test_a_job_word_opening_a_sentence_is_no_part_of_the_full_name() -> None:
    text = (
        "Archaeologist Lena Varga was surveying the valley with a local guide.\n\n"
        "“Nature called and the guide walked up the creek bed,” Ms Varga told the radio."
    )
    assert speakers(text) == ["Lena Varga"]


@pytest.mark.parametrize(
    "text",
    [
        "National security minister Ivo Lind said the bill had passed at last.\n\n"
        "“To call this bill slow is to put it kindly,” he said.",
        "Maria Walter runs the gates, where travelers wait.\n\n"
        "Travelers would queue for an hour, Walter said, which drew even more passengers. "
        "“It is like a magnet for the crowd,” she said.",
    ],
)
def test_a_capitalised_word_opening_the_sentence_is_not_the_subject(text: str) -> None:
    found = speakers(text)
    assert found and found[0] in ("Ivo Lind", "Maria Walter")


def test_a_word_after_a_is_no_name() -> None:
    text = (
        "Cara Dunn had to choose between her job and her son.\n\n"
        "The choice was hard since Dunn, a Marine veteran who served abroad, raises him alone.\n\n"
        "“They are only babies for such a short time,” she says."
    )
    assert speakers(text)[0] in (None, "Cara Dunn")


def test_a_speaker_after_the_verb_of_the_sentence_before() -> None:
    text = (
        "Ben Kahn studies the Universal Paid Leave Act and its rivals.\n\n"
        "Paid leave makes the return to work easier, since workers keep their jobs, says Kahn. "
        "“But it also brings women into the labor market even before they have children.”"
    )
    assert speakers(text) == ["Ben Kahn"]


def test_the_named_spokesman_of_a_long_organisation_name() -> None:
    text = (
        "A spokesman for the Ede Convention and Visitors Authority, Jon Hale, reassured "
        "people that much is being done.\n\n"
        "“Recent incidents, while unfortunate, were isolated events,” he said in a statement."
    )
    assert speakers(text) == ["Jon Hale"]


def test_an_unnamed_person_takes_no_one_s_name() -> None:
    text = (
        "“I ducked right away when I heard it,” Paul Ode said.\n\n"
        "Inside the casino, play went on with one person, who refused to give his name, "
        "pulling the handle of a machine. “I am here for the day and I will play,” he said."
    )
    assert speakers(text) == ["Paul Ode", None]


def test_capitals_before_a_name_are_no_first_name() -> None:
    text = (
        "CLOSE Roe\n\nThe airline changed its boarding.\n\n"
        "Roe says it made the change after “testing a variety of boarding concepts” last fall."
    )
    assert "CLOSE Roe" not in speakers(text)


def test_he_and_a_named_person_keep_he_for_the_last_speaker() -> None:
    text = (
        "“We know its path, but not where it is,” Ada Roe said.\n\n"
        "She and Ivo Lind hope their paper will help the search. "
        "“If other people get excited about it, that would be great,” she said."
    )
    assert speakers(text) == ["Ada Roe", "Ada Roe"]


def test_a_common_noun_opening_the_sentence_leaves_he_to_no_one() -> None:
    text = (
        "“We searched every field around the town,” Ada Roe said.\n\n"
        "Agents interviewed some 200 people, and agents came back empty-handed. "
        "His mother pulled him close and whispered, “Those two little girls were taken.”"
    )
    assert speakers(text)[1:] in ([None], [])


def test_initials_open_a_full_name() -> None:
    text = (
        "C.B. Thomas, a manager at the store, saw her arrive.\n\n"
        "“She was obviously upset and distraught,” Thomas said."
    )
    assert speakers(text) == ["C.B. Thomas"]


def test_it_s_opening_a_sentence_does_not_hide_the_last_speaker() -> None:
    text = (
        "Officer Heidi Vale confirmed the result on Wednesday.\n\n"
        "“Not to scare people,” Vale said, but “when there is one, there is typically another.”\n\n"
        "It’s important to “let folks know that the risk is still there,” she said. It’s late."
    )
    assert speakers(text)[-1] == "Heidi Vale"


@pytest.mark.parametrize(
    "text",
    [
        "Ede Ministry deputy spokesperson Ivo Lind in a statement said the delay was not theirs."
        "\n\n“We are aware of the finding, but it had no bearing on the timing,” the statement "
        "says.",
        "“Looking at the songs of living birds tells us a lot,” said study author and University "
        "of Ede biologist Ivo Lind in a statement.",
    ],
)
def test_the_person_wins_over_the_organisation_named_with_a_job(text: str) -> None:
    assert speakers(text) == ["Ivo Lind"]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Ivo Lind spent a month recording horses.\n\nIf the Gallo herd recalls a stampede, "
            "there is good reason for it. “I remember recording a mare, and she squealed at him.”",
            "Gallo",
        ),
        ("“I was always a dog yearner,” the Ede native told a radio host in 2008.", "Ede"),
    ],
)
def test_a_name_between_the_and_a_common_noun_is_no_speaker(text: str, thing: str) -> None:
    assert thing not in speakers(text)


def test_an_organisation_s_report_is_still_its_words() -> None:
    text = (
        "The man turned and “fired one last time,” according to the Ede Police Department report."
    )
    assert speakers(text) == ["Ede Police Department"]


def test_a_common_word_or_a_letter_is_no_speaker() -> None:
    from newsbrief.facts.quotes.finding import Found
    from newsbrief.facts.quotes.full_names import no_common_words
    from newsbrief.types import Citation

    text = (
        "Tomorrow the rally goes on, and tomorrow we march. Amber Roe and Bo came, as did "
        "Dr. Street, who lives on our street. See www.tyson.com for more."
    )
    cited = Citation("a", 0, 5)
    found = [
        Found(s, None, "We march on", cited) for s in "Tomorrow J Bo Amber Street Tyson".split()
    ]
    kept = [f.speaker for f in no_common_words(found, {"a": text})]
    assert kept == [None, None, "Bo", "Amber", "Street", "Tyson"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“I can convince anyone of anything,” says Smith's Nicky Spurgeon, and he can.",
            "Nicky Spurgeon",
        ),
        (
            "“This is rocket science level stuff,” Xbox's Ivo Lind said during the reveal.",
            "Ivo Lind",
        ),
        ("“We will not comment on the case,” said Ede's Chief of Staff Ana Ruiz.", "Ana Ruiz"),
    ],
)
def test_a_person_named_after_someone_s_or_something_s_is_the_speaker(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("Homeland Security Adviser Ivo Lind", "Ivo Lind"),
        ("Human Rights Ana Ruiz", "Ana Ruiz"),
        ("Is Roe", "Roe"),
        ("Fortunately Kieran", "Kieran"),
        ("Per Gustafson", "Per Gustafson"),
        ("Will Roe", "Will Roe"),
        ("Marta Mirazon Lahr", "Marta Mirazon Lahr"),
        ("Ede Chief Medical Examiner", "Ede Chief Medical Examiner"),
    ],
)
def test_job_and_function_words_before_a_name_are_cut(name: str, plain: str) -> None:
    from newsbrief.facts.quotes.words import without_job

    assert without_job(name) == plain


def test_a_speaker_s_job_words_are_no_part_of_the_name() -> None:
    text = "“We will search the whole valley by night,” said Security Coordinator Ivo Lind."
    assert speakers(text) == ["Ivo Lind"]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Speaking at a rally in Iowa, the President declared: “Somebody asked why I "
            "appointed a rich person to run the economy.”",
            "Iowa",
        ),
        (
            "Libyans rallied in Ede on Saturday to mourn the dead.\n\n“Many of the dead and the "
            "injured are relatives of doctors here,” he told a reporter.",
            "Libyans",
        ),
        (
            "“We will win this state,” Ivo Lind said.\n\nTennessee is among the states voting on "
            "Tuesday.\n\n“As soon as I mentioned it the place went wild,” he said.",
            "Tennessee",
        ),
        (
            "Thirty bodies have been recovered from the sea so far.\n\n“There is a chance they "
            "will be found on beaches,” he said.",
            "Thirty",
        ),
    ],
)
def test_a_place_a_people_or_a_number_is_no_speaker(text: str, thing: str) -> None:
    assert thing not in speakers(text)
