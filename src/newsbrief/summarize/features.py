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
)
# Counted, not a share of the articles: three outlets behind a sentence say more in a story of
# ten articles than one of two does in a story of two.
_MAX_SUPPORT = 4
_QUOTE = re.compile(r"[\"“”]")
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
    words = np.array([len(s.text.split()) for s in sentences], dtype=np.float64)
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
        "quote": np.array([bool(_QUOTE.search(s.text)) for s in sentences], dtype=np.float64),
        "digit": np.array([bool(_DIGIT.search(s.text)) for s in sentences], dtype=np.float64),
        "article_length": np.log1p(lengths) / 5.0,
        "article_centrality": _article_centrality(model, n_articles)[model.article_index],
    }
    columns["lead_x_centrality"] = columns["lead"] * columns["centrality"]
    columns["lead_x_article_centrality"] = columns["lead"] * columns["article_centrality"]
    columns["relative_position_sq"] = columns["relative_position"] ** 2
    return (
        np.column_stack([columns[name] for name in FEATURES]) if n else np.zeros((0, len(FEATURES)))
    )


def _centrality(model: SimilarityModel, n_articles: int) -> NDArray[np.float64]:
    """Cosine to the centroid of the article centroids (so every article weighs alike)."""
    sizes = np.bincount(model.article_index, minlength=n_articles).astype(np.float64)
    centroid = np.asarray(model.vectors.T @ (1.0 / sizes[model.article_index])).ravel()
    norm = np.linalg.norm(centroid)
    return np.asarray(model.vectors @ (centroid / norm if norm else centroid)).ravel()


def _article_centrality(model: SimilarityModel, n_articles: int) -> NDArray[np.float64]:
    from scipy.sparse import csr_matrix

    n = len(model.article_index)
    sizes = np.bincount(model.article_index, minlength=n_articles).astype(np.float64)
    member = csr_matrix(
        (1.0 / sizes[model.article_index], (model.article_index, np.arange(n))),
        shape=(n_articles, n),
    )
    centroids = np.asarray((member @ model.vectors).todense())
    norms = np.linalg.norm(centroids, axis=1, keepdims=True)
    centroids = centroids / np.where(norms == 0, 1.0, norms)
    story = centroids.sum(axis=0)
    norm = np.linalg.norm(story)
    return np.asarray(centroids @ (story / norm if norm else story)).ravel()
