"""Baselines on tiny stories built by hand, with the sentences they must (and must not) pick."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.eval.baselines import (
    SumyTokenizer,
    bigram_coverage,
    candidates,
    centroid_mmr,
    fill,
    lead,
    lexrank,
    textrank,
)
from newsbrief.plugins import BASELINES

# Three reports of a dam failure. Each has one off-topic sentence that no other report shares.
DAM = [
    "The Corran dam failed on Sunday night and flooded the valley below it.\n\n"
    "Hundreds of families in the valley were evacuated as the water rose.\n\n"
    "The local football club postponed its Saturday match against Holt.",
    "Water poured into the valley after the Corran dam failed late on Sunday.\n\n"
    "Families across the valley were evacuated from their homes overnight.\n\n"
    "A bakery on the high street is celebrating its hundredth birthday.",
    "Engineers are inspecting what is left of the Corran dam after Sunday's failure.\n\n"
    "The flooded valley will take weeks to drain, officials said.\n\n"
    "Tickets for the spring music festival go on sale next month.",
]
OFF_TOPIC = {"football", "bakery", "festival"}


def words(sentences: list[str]) -> int:
    return sum(len(s.split()) for s in sentences)


def off_topic(sentences: list[str]) -> set[str]:
    return {w for w in OFF_TOPIC if any(w in s for s in sentences)}


def test_fill_adds_each_sentence_that_still_fits_in_rank_order() -> None:
    ranked = ["one two three", "four five six seven", "eight", "nine ten"]
    assert fill(ranked, words=6) == ["one two three", "eight", "nine ten"]
    assert fill(ranked, words=2) == ["eight"]
    assert fill(ranked, words=0) == []


def test_candidates_are_newsbriefs_cleaned_sentences() -> None:
    groups = candidates(DAM, words=100)
    assert [len(g) for g in groups] == [3, 3, 3]
    briefing = newsbrief.brief(DAM, words=100)
    texts = {a.text for a in briefing.articles}
    for group in groups:
        for sentence in group:
            assert any(sentence.text in text for text in texts)


def test_candidates_drop_duplicate_and_empty_documents() -> None:
    groups = candidates([DAM[0], DAM[0], "", DAM[1]], words=100)
    assert len(groups) == 2


def test_lead_is_round_robin_over_first_sentences() -> None:
    summary = lead(DAM, words=40)
    assert summary == [
        "The Corran dam failed on Sunday night and flooded the valley below it.",
        "Water poured into the valley after the Corran dam failed late on Sunday.",
        "Engineers are inspecting what is left of the Corran dam after Sunday's failure.",
    ]


@pytest.mark.parametrize("system", [lexrank, textrank])
def test_graph_baselines_pick_the_central_sentences_first(system: object) -> None:
    summary = system(DAM, words=26)  # type: ignore[operator]
    assert sorted(summary) == [
        "The Corran dam failed on Sunday night and flooded the valley below it.",
        "Water poured into the valley after the Corran dam failed late on Sunday.",
    ]


@pytest.mark.parametrize("system", [lexrank, textrank])
def test_sumy_ranks_every_sentence_once(system: object) -> None:
    everything = system(DAM, words=1000)  # type: ignore[operator]
    assert sorted(everything) == sorted(s.text for g in candidates(DAM, words=1000) for s in g)
    # An unconnected sentence keeps only its own loop in sumy's graphs, so it ranks average:
    # below the sentences every report shares, above weakly connected ones.
    assert not off_topic(everything[:2])


def test_centroid_mmr_picks_the_central_sentence_then_a_new_fact() -> None:
    assert centroid_mmr(DAM, words=26) == [
        "The Corran dam failed on Sunday night and flooded the valley below it.",
        "Hundreds of families in the valley were evacuated as the water rose.",
    ]


def test_centroid_mmr_skips_a_repeat_of_a_chosen_sentence() -> None:
    first = "The Corran dam failed on Sunday night and flooded the valley below it."
    story = [DAM[0], first + "\n\n" + DAM[1], first + "\n\n" + DAM[2]]
    summary = centroid_mmr(story, words=30)
    assert summary.count(first) == 1
    assert len(summary) == 2


def test_bigram_coverage_takes_most_shared_bigrams_per_word_then_new_ones() -> None:
    # Sentence 1 covers ("corran", "dam") of three documents and ("dam", "fail"), ("flood",
    # "valley") of two: 7 in 13 words. Then "Families across the valley …" adds ("famili",
    # "valley") and ("valley", "evacu"), 4 in 10 words, while "Water poured …" (the same
    # concepts as sentence 1) adds nothing new.
    assert bigram_coverage(DAM, words=26) == [
        "The Corran dam failed on Sunday night and flooded the valley below it.",
        "Families across the valley were evacuated from their homes overnight.",
    ]


def test_bigram_coverage_ignores_bigrams_of_one_document() -> None:
    # Each off-topic sentence has bigrams of its own document only: never chosen before every
    # sentence with a shared bigram is, however short it is.
    summary = bigram_coverage(DAM, words=50)
    assert len(summary) == 4
    assert not off_topic(summary)


def test_bigram_coverage_fills_the_budget_with_leads_when_nothing_is_shared() -> None:
    unrelated = [
        "Quarterly profits at the mill rose by a third.\n\nShareholders were pleased.",
        "The festival opens on Friday with a parade through town.",
    ]
    assert bigram_coverage(unrelated, words=100) == [
        "Quarterly profits at the mill rose by a third.",
        "The festival opens on Friday with a parade through town.",
    ]


@pytest.mark.parametrize("name", BASELINES.names())
def test_every_baseline_honours_the_budget_and_handles_no_sentences(name: str) -> None:
    system = BASELINES.get(name)
    for budget in (5, 12, 25, 60):
        assert words(system(DAM, words=budget)) <= budget
    assert system(["Too short."], words=50) == []


def test_sumy_tokenizer_needs_no_nltk_data() -> None:
    tokenizer = SumyTokenizer()
    assert tokenizer.to_words("The dam's 2 gates — and U.S. well-being.") == (
        "The",
        "dam's",
        "gates",
        "and",
        "U",
        "S",
        "well-being",
    )
    assert tokenizer.to_sentences("One.\n\nTwo.\n") == ("One.", "Two.")
