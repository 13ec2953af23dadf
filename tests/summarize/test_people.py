"""People never introduced (issue 12): a summary sentence that names someone by surname alone
("Quillfeather said …") comes only after one that introduces them ("Ada Quillfeather", "Mayor
Quillfeather"). With/without lists on invented text, and small stories with exact choices."""

from __future__ import annotations

from newsbrief.config import Settings
from newsbrief.nlp.sentences import segment
from newsbrief.summarize import summarize
from newsbrief.summarize.people import people, unintroduced
from newsbrief.types import Article, Sentence, Summary


def art(aid: str, *paragraphs: str) -> Article:
    return Article(id=aid, text="\n\n".join(paragraphs), source=aid)


def sentences(*texts: str) -> list[Sentence]:
    found = segment(art("a", *texts))
    assert [s.text for s in found] == list(texts)
    return found


def uses(*texts: str) -> list[tuple[set[str], set[str]]]:
    """(shown bare, introduced) for each sentence."""
    found = people(sentences(*texts))
    return [(set(found.bare(i)), set(found.introduces(i))) for i in range(len(texts))]


def test_a_surname_alone_is_shown_bare_and_a_full_name_introduces() -> None:
    assert uses(
        "The ferry sank off the coast of the island on Tuesday.",
        "Ada Quillfeather, the harbourmaster, counted the survivors.",
        "Quillfeather said the crew had done all they could.",
        "Mr Quillfeather thanked the volunteers.",
        "A rescue boat took Quillfeather's crew ashore.",
        "Mayor Quillfeather visited the port.",
    ) == [
        (set(), set()),
        (set(), {"Quillfeather"}),
        ({"Quillfeather"}, set()),
        ({"Quillfeather"}, set()),  # an honorific is no introduction
        ({"Quillfeather"}, set()),
        (set(), {"Quillfeather"}),  # a title is
    ]


def test_a_sentence_that_introduces_someone_may_name_them_again() -> None:
    assert uses(
        "Ada Quillfeather said the harbour was closed, and Quillfeather later reopened it.",
        "Her deputy, Joe Varnel, said Varnel would stay.",
    ) == [(set(), {"Quillfeather"}), (set(), {"Varnel"})]


def test_places_organisations_and_common_words_are_no_surnames() -> None:
    shown = [
        bare
        for bare, _ in uses(
            "Tourists from New York and South Korea were aboard.",
            "York was not mentioned again, and Korea sent a plane.",
            "Landlocked Mali has no coast.",
            "Mali sent its condolences.",  # "Landlocked Mali" opens a sentence; Mali never speaks
            "The crew of Captain Ned Brown praised the House.",
            "Brown said the House acted quickly.",  # "brown" is a word of this story
            "Rangers from Bear Creek wore brown coats.",
            "Free Egyptians and Early Christians met.",
            "Egyptians were not aboard, and early reports were wrong.",
        )
    ]
    assert shown == [set()] * 9


def test_a_name_that_opens_a_sentence_counts_for_a_speaker() -> None:
    found = uses(
        "Earl Varnel, a trucker from Georgia, organised the convoy.",
        "The convoy will keep one lane open, Varnel said.",
    )
    assert found[1] == ({"Varnel"}, set())


def test_unintroduced_reads_in_order() -> None:
    found = people(
        sentences(
            "Quillfeather said the crew had done all they could.",
            "Ada Quillfeather, the harbourmaster, counted the survivors.",
        )
    )
    assert unintroduced(found, [0, 1]) == [0]
    assert unintroduced(found, [1, 0]) == []


def run(articles: list[Article], words: int, selection: str = "coverage") -> Summary:
    settings = Settings(words=words, selection=selection)
    return summarize(articles, [segment(a) for a in articles], settings=settings)


def assert_introduced(texts: list[str]) -> None:
    seen = ""
    for text in texts:
        if "Quillfeather" in text and "Ada Quillfeather" not in text:
            assert "Ada Quillfeather" in seen, texts
        seen += text


STORY = [
    art(
        k,
        "Quillfeather said the ferry sank near the harbour wall on Tuesday night.",
        "Forty passengers were rescued from the cold water by fishing boats.",
        f"The harbourmaster, Ada Quillfeather, {verb} the rescue from the quay.",
    )
    for k, verb in (("a", "led"), ("b", "directed"), ("c", "ran"))
]


def test_a_surname_is_not_shown_before_the_person_is_introduced() -> None:
    for selection in ("coverage", "ranked"):
        for words in (12, 25, 40, 60):
            texts = [s.text for s in run(STORY, words, selection).sentences]
            assert_introduced(texts)


def test_a_role_after_a_surname_introduces() -> None:
    assert uses(
        "On Monday, Ada Quillfeather was not at the quay.",
        "Quillfeather, the harbourmaster, led the rescue.",
    )[1] == (set(), {"Quillfeather"})


def test_the_rule_yields_for_the_storys_own_person_whom_nothing_introduces() -> None:
    """Only a question names her in full (and a question is never chosen): holding back every
    sentence about her would drop the story."""
    articles = [
        art(
            k,
            "Who is Ada Quillfeather, and why did the ferry sink?",
            f"Quillfeather said the ferry sank near the harbour wall on {day} night.",
            "Forty passengers were rescued from the cold water by fishing boats.",
        )
        for k, day in (("a", "Tuesday"), ("b", "Tuesday"), ("c", "Wednesday"))
    ]
    texts = [s.text for s in run(articles, 40).sentences]
    assert any(t.startswith("Quillfeather said") for t in texts), texts


def test_someone_else_whom_nothing_introduces_is_not_shown() -> None:
    articles = [
        art(
            k,
            "The ferry sank near the harbour wall on Tuesday night, the coastguard said.",
            "Forty passengers were rescued from the cold water by fishing boats.",
        )
        for k in "abc"
    ]
    articles[0] = art(
        "a",
        articles[0].text,
        "Where was the skipper, Joe Varnel?",
        "Varnel said the water was very cold and the waves were high that night.",
    )
    for words in (20, 40, 80):
        texts = [s.text for s in run(articles, words).sentences]
        assert not any("Varnel" in t for t in texts), texts


def test_a_surname_stays_once_the_person_is_introduced() -> None:
    articles = [
        art(
            k,
            "Ada Quillfeather, the harbourmaster, led the rescue of the ferry passengers.",
            f"Quillfeather said the ferry sank near the harbour wall on {day}.",
        )
        for k, day in (("a", "Tuesday"), ("b", "Tuesday"), ("c", "Wednesday"))
    ]
    texts = [s.text for s in run(articles, 40).sentences]
    assert texts[0].startswith("Ada Quillfeather")
    assert any(t.startswith("Quillfeather said") for t in texts), texts
