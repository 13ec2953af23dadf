"""Extractive multi-document selection: central, widely reported, non-redundant sentences.

score(s) = centrality(s)                       cosine to the story centroid (articles weigh alike)
         + support_weight  * support(s)        share of the *other* articles that report it
         + position_weight / (1 + position(s)) news puts what matters first

Greedy selection under a word budget that skips candidates too similar to a chosen sentence,
then chosen sentences are ordered by their relative position in their articles, so the summary
reads lead-first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newsbrief.config import Settings
from newsbrief.nlp.sentences import quote_balance
from newsbrief.summarize.similarity import SimilarityModel
from newsbrief.types import Sentence

_ENDS_LIKE_A_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(frozen=True, slots=True)
class Ranked:
    scores: NDArray[np.float64]
    candidates: NDArray[np.bool_]


def is_candidate(sentence: Sentence, *, settings: Settings) -> bool:
    """Could this sentence stand alone in a summary? Fragments, headings and captions cannot."""
    text = sentence.text
    words = len(text.split())
    return (
        settings.min_sentence_words <= words <= settings.max_sentence_words
        and bool(_ENDS_LIKE_A_SENTENCE.search(text))
        and quote_balance(text) == 0
        and not text[:1].islower()
    )


def rank(
    sentences: Sequence[Sentence], model: SimilarityModel, *, n_articles: int, settings: Settings
) -> Ranked:
    vectors = model.vectors
    centroid = np.zeros(vectors.shape[1])
    for a in range(n_articles):
        rows = np.flatnonzero(model.article_index == a)
        if rows.size:
            centroid += np.asarray(vectors[rows].mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    centrality = np.asarray(vectors @ (centroid / norm if norm else centroid)).ravel()
    support = np.zeros(len(sentences))
    if n_articles > 1:
        for i in range(len(sentences)):
            others = np.unique(model.article_index[model.supports[i]])
            support[i] = others.size / (n_articles - 1)
    position = np.array([1.0 / (1.0 + s.index) for s in sentences])
    scores = centrality + settings.support_weight * support + settings.position_weight * position
    candidates = np.array([is_candidate(s, settings=settings) for s in sentences], dtype=bool)
    if not candidates.any():  # nothing sentence-like: fall back to every non-empty span
        candidates = np.array([bool(s.text.strip()) for s in sentences], dtype=bool)
    return Ranked(scores=scores, candidates=candidates)


def select(
    sentences: Sequence[Sentence],
    ranked: Ranked,
    model: SimilarityModel,
    *,
    article_lengths: Sequence[int],
    settings: Settings,
) -> list[int]:
    """Indices of the chosen sentences, in reading order.

    The word budget is a hard cap, except that a summary is never empty: when no candidate fits,
    the best-scoring shortest candidate is returned alone.
    """
    order = [i for i in np.argsort(-ranked.scores, kind="stable") if ranked.candidates[i]]
    words = [len(sentences[i].text.split()) for i in range(len(sentences))]
    chosen: list[int] = []
    used = 0
    for i in order:
        if used + words[i] > settings.words:
            continue
        if chosen and (
            model.similarity[i, chosen].max() >= settings.redundancy
            or model.supports[i, chosen].any()
        ):
            continue
        chosen.append(int(i))
        used += words[i]
    if not chosen and order:
        chosen = [int(min(order[:5], key=lambda i: words[i]))]
    return sorted(
        chosen,
        key=lambda i: (
            sentences[i].index / max(1, article_lengths[int(model.article_index[i])]),
            int(model.article_index[i]),
        ),
    )
