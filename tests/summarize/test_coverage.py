"""Coverage selection (summarize/coverage.py) on tiny inputs built by hand."""

from __future__ import annotations

import random

import numpy as np
import pytest

import newsbrief
from newsbrief.config import Settings
from newsbrief.summarize.coverage import Concepts, concepts, select_coverage
from newsbrief.summarize.extractive import Ranked
from newsbrief.summarize.similarity import SimilarityModel, Terms, build
from newsbrief.types import Article, Sentence


def terms(*sentences: list[int]) -> Terms:
    ids = [t for s in sentences for t in s]
    rows = [k for k, s in enumerate(sentences) for _ in s]
    return Terms(
        ids=np.array(ids, dtype=np.int64),
        rows=np.array(rows, dtype=np.int64),
        n_rows=len(sentences),
        n_terms=max(ids) + 1,
    )


def test_a_concept_is_a_pair_of_consecutive_content_words_two_articles_share() -> None:
    # Articles: sentences 0 and 1 are article 0, sentence 2 article 1, sentence 3 article 2.
    found = concepts(terms([0, 1, 2], [1, 2], [0, 1, 5], [2, 1]), np.array([0, 0, 1, 2]))
    # (0, 1) is in articles 0 and 1; (1, 2) only in article 0 (twice); (1, 5), (2, 1) in one.
    (shared,) = found.of_sentence[0]
    assert found.of_sentence == [[shared], [], [shared], []]
    assert found.weight[shared] == 2.0  # the number of articles using it, not their share


def test_a_concept_weighs_more_the_more_articles_share_it() -> None:
    # A pair three of five articles use outweighs one both articles of a two-article story use:
    # the more articles agree, the more coverage counts beside the fitted prior.
    five = concepts(terms([0, 1], [0, 1], [0, 1], [2, 3], [4, 5]), np.arange(5))
    two = concepts(terms([0, 1], [0, 1]), np.arange(2))
    assert five.weight == [3.0, 0.0, 0.0] and two.weight == [2.0]  # (2, 3), (4, 5): one each
    assert five.total == [3.0, 3.0, 3.0, 0.0, 0.0]


def test_in_a_story_of_one_article_every_pair_counts() -> None:
    found = concepts(terms([0, 1, 2], [3, 4]), np.array([0, 0]))
    assert [len(c) for c in found.of_sentence] == [2, 1]
    assert all(w == 1.0 for w in found.weight)


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


def test_coverage_takes_what_the_outlets_share_and_not_a_repeat() -> None:
    settings = Settings(words=30, selection="coverage", facts=False)
    summary = [s.text for s in newsbrief.brief(DAM, settings=settings).summary.sentences]
    assert summary == [
        "The Corran dam failed on Sunday night and flooded the valley below it.",
        "Families across the valley were evacuated from their homes overnight.",
    ]


def test_coverage_keeps_the_word_cap_and_cites_every_sentence() -> None:
    for words in (8, 15, 40, 80):
        settings = Settings(words=words, selection="coverage", facts=False)
        briefing = newsbrief.brief(DAM, settings=settings)
        sentences = briefing.summary.sentences
        assert sentences  # never empty
        if words >= 13:
            assert sum(len(s.text.split()) for s in sentences) <= words
        for s in sentences:
            c = s.citations[0]
            assert briefing.article(c.article_id).text[c.start : c.end] == s.text
        if words <= 40:
            off_topic = ("football", "bakery", "festival")
            assert not any(w in s.text for s in sentences for w in off_topic)


def test_unknown_selection_is_a_usage_error() -> None:
    with pytest.raises(newsbrief.UsageError):
        Settings(selection="best")


def _greedy(
    ranked: Ranked, model: SimilarityModel, settings: Settings, found: Concepts
) -> list[int]:
    """The plain (not lazy) greedy the lazy one must equal."""
    words = model.words.tolist()
    articles = model.article_index.tolist()
    covered: set[int] = set()
    taken = [0] * (max(articles) + 1)
    chosen: list[int] = []
    budget = settings.words

    def eligible(i: int) -> bool:
        follows = i - 1 in chosen and articles[i - 1] == articles[i]
        return bool(ranked.candidates[i]) and (not ranked.needs_previous[i] or follows)

    def redundant(i: int) -> bool:
        return bool(chosen) and bool(
            model.similarity[i, chosen].max() >= settings.redundancy
            or model.supports[i, chosen].any()
        )

    def gain(i: int) -> float:
        new = sum(found.weight[c] for c in found.of_sentence[i] if c not in covered)
        prior = ranked.scores[i] - settings.same_article_penalty * taken[articles[i]]
        scale = max(1, words[i]) ** -settings.coverage_length_exponent
        return float(new * scale + settings.coverage_prior * prior)

    while True:
        fits = [
            i
            for i in range(len(words))
            if i not in chosen and words[i] <= budget and eligible(i) and not redundant(i)
        ]
        if not fits:
            return chosen
        best = max(fits, key=gain)
        chosen.append(best)
        budget -= words[best]
        taken[articles[best]] += 1
        covered.update(found.of_sentence[best])


@pytest.mark.parametrize("seed", range(25))
def test_lazy_greedy_chooses_what_plain_greedy_does(seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = "dam valley flood water rain river town bridge road family rescue army".split()
    articles, sentences = [], []
    for a in range(rng.randint(1, 4)):
        text, spans = "", []
        for k in range(rng.randint(1, 6)):
            sentence = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 9))) + "."
            spans.append(Sentence(str(a), k, len(text), len(text) + len(sentence), sentence))
            text += sentence + " "
        articles.append(Article(id=str(a), text=text))
        sentences += spans
    settings = Settings(
        words=rng.randint(5, 40),
        selection="coverage",
        coverage_prior=rng.choice([0.0, 0.5, 2.0]),
        coverage_length_exponent=rng.choice([0.5, 1.0]),
        redundancy=rng.choice([0.3, 0.9]),
        novelty=0.0,  # (the plain greedy has no "nothing new" test: summarize/novelty.py)
    )
    model = build(sentences, article_ids=[a.id for a in articles], settings=settings)
    n = len(sentences)
    ranked = Ranked(
        scores=np.array([rng.random() for _ in range(n)]),
        candidates=np.array([rng.random() < 0.9 for _ in range(n)]),
        needs_previous=np.array([s.index > 0 and rng.random() < 0.2 for s in sentences]),
    )
    lengths = [sum(s.article_id == a.id for s in sentences) for a in articles]
    lazy = select_coverage(sentences, ranked, model, article_lengths=lengths, settings=settings)
    plain = _greedy(ranked, model, settings, concepts(model.terms, model.article_index))
    if plain:
        assert sorted(lazy) == sorted(plain)
