"""Sentence features for ranking. Each is cheap, bounded and named; weights are fitted offline
(benchmarks/fit_weights.py) and live in summarize/weights.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from newsbrief.summarize.similarity import SimilarityModel
from newsbrief.types import Sentence

FEATURES: tuple[str, ...] = (
    "bias",  # 1 for every sentence
    "lead",  # 1 / (1 + position in its article)
    "relative_position",  # position / sentences in its article
    "centrality",  # cosine to the story centroid (articles weigh alike)
    "degree",  # mean cosine to every sentence of the story
    "best_match_elsewhere",  # highest cosine to a sentence of another article
    "support",  # other articles reporting the same content, counted up to 4, / 4
    "shared_bigrams",  # share of its word pairs that other articles also use
    "length",  # words / 60, capped at 1
    "quote",  # holds a quotation mark
    "digit",  # holds a figure
    "article_length",  # log(1 + sentences in its article) / 5
    "article_centrality",  # cosine of its article's centroid to the story centroid
    "lead_x_centrality",
    "lead_x_article_centrality",
    "relative_position_sq",
    "first_sentence",  # opens its article
    "second_sentence",
    "third_sentence",
    "word_frequency",  # mean share of the story's content words its words have (SumBasic), x100
    "word_frequency_sum",  # the same summed over its words, x10
    "article_spread",  # mean share of the articles that use each of its content words
    "content_ratio",  # content words / words
)
# Counted, not a share of the articles: three outlets behind a sentence say more in a story of
# ten articles than one of two does in a story of two.
_MAX_SUPPORT = 4
_DIGIT = re.compile(r"\d")


def features(
    sentences: Sequence[Sentence],
    model: SimilarityModel,
    *,
    n_articles: int,
    article_lengths: Sequence[int],
) -> NDArray[np.float64]:
    """A (sentences x FEATURES) matrix."""
    n = len(sentences)
    index = np.array([s.index for s in sentences], dtype=np.float64)
    lengths = np.array(article_lengths, dtype=np.float64)[model.article_index]
    words = model.words.astype(np.float64)
    other = model.article_index[:, None] != model.article_index[None, :]
    best_elsewhere = np.where(other, model.similarity, 0.0).max(axis=1) if n else np.zeros(0)
    in_article = np.zeros((n, n_articles), dtype=bool)
    in_article[np.arange(n), model.article_index] = True
    reporting = (model.supports.astype(np.int32) @ in_article) > 0  # sentence x article
    support = np.minimum(reporting.sum(axis=1), _MAX_SUPPORT) / _MAX_SUPPORT
    columns = {
        "bias": np.ones(n),
        "lead": 1.0 / (1.0 + index),
        "relative_position": index / np.maximum(1.0, lengths),
        "centrality": _centrality(model, n_articles),
        "degree": (model.similarity.sum(axis=1) - 1.0) / max(1, n),
        "best_match_elsewhere": best_elsewhere,
        "support": support,
        "shared_bigrams": model.shared_bigrams,
        "length": np.minimum(words, 60.0) / 60.0,
        "quote": np.array([_has_quote(s.text) for s in sentences], dtype=np.float64),
        "digit": np.array([bool(_DIGIT.search(s.text)) for s in sentences], dtype=np.float64),
        "article_length": np.log1p(lengths) / 5.0,
        "article_centrality": _article_centrality(model, n_articles)[model.article_index],
    }
    columns["lead_x_centrality"] = columns["lead"] * columns["centrality"]
    columns["lead_x_article_centrality"] = columns["lead"] * columns["article_centrality"]
    columns["relative_position_sq"] = columns["relative_position"] ** 2
    for k, name in enumerate(("first_sentence", "second_sentence", "third_sentence")):
        columns[name] = (index == k).astype(np.float64)
    columns.update(_word_statistics(model, n_articles, words))
    return (
        np.column_stack([columns[name] for name in FEATURES]) if n else np.zeros((0, len(FEATURES)))
    )


def _has_quote(text: str) -> bool:
    return '"' in text or "“" in text or "”" in text


def _word_statistics(
    model: SimilarityModel, n_articles: int, words: NDArray[np.float64]
) -> dict[str, NDArray[np.float64]]:
    terms = model.terms
    n = terms.n_rows
    per_sentence = np.bincount(terms.rows, minlength=n).astype(np.float64)
    per_word = np.bincount(terms.ids, minlength=terms.n_terms)
    probability = per_word / max(1, len(terms.ids))
    used = np.unique(model.article_index[terms.rows] * terms.n_terms + terms.ids)  # article, word
    spread = np.bincount(used % terms.n_terms, minlength=terms.n_terms) / max(1, n_articles)
    nonzero = np.maximum(per_sentence, 1.0)
    frequency_sum: NDArray[np.float64] = np.bincount(
        terms.rows, weights=probability[terms.ids], minlength=n
    ).astype(np.float64)
    return {
        "word_frequency": 100.0 * frequency_sum / nonzero,
        "word_frequency_sum": 10.0 * frequency_sum,
        "article_spread": np.bincount(terms.rows, weights=spread[terms.ids], minlength=n) / nonzero,
        "content_ratio": per_sentence / np.maximum(words, 1.0),
    }


def _centrality(model: SimilarityModel, n_articles: int) -> NDArray[np.float64]:
    """Cosine to the centroid of the article centroids (so every article weighs alike).

    Worked out from the cosine matrix: with w_j = 1 / (sentences in j's article), the centroid is
    sum_j w_j v_j, so v_i . centroid = (S w)_i and |centroid|^2 = w S w."""
    sizes = np.bincount(model.article_index, minlength=n_articles).astype(np.float64)
    w = 1.0 / sizes[model.article_index]
    dots = model.similarity @ w
    norm = float(np.sqrt(max(0.0, float(w @ dots))))
    return dots / norm if norm else np.zeros_like(dots)


def _article_centrality(model: SimilarityModel, n_articles: int) -> NDArray[np.float64]:
    """Per article, the cosine of its centroid to the sum of the (unit) article centroids, from
    the cosine matrix: M = P' S P holds the dot products of the article centroids."""
    n = len(model.article_index)
    sizes = np.bincount(model.article_index, minlength=n_articles).astype(np.float64)
    member = np.zeros((n, n_articles))
    member[np.arange(n), model.article_index] = 1.0 / sizes[model.article_index]
    dots = member.T @ model.similarity @ member
    norms = np.sqrt(np.maximum(np.diag(dots), 0.0))
    norms = np.where(norms == 0, 1.0, norms)
    cosines = dots / norms[:, None] / norms[None, :]
    story = cosines.sum(axis=1)
    total = float(np.sqrt(max(0.0, float(story.sum()))))
    return np.asarray(story / total if total else story, dtype=np.float64)
