"""Sentence similarity across a story: stemmed TF-IDF cosines plus shared-figure evidence.

Figures are left out of the word vectors and count separately: two sentences that share
"100,000" must still share words ("trapped", "area") to say the same thing, so "100,000 trapped"
and "100,000 displaced" stay apart.

One relation, ``supports``, answers "do these two sentences (of different articles) report the
same content?". Ranking uses it (content several outlets carry is central) and attribution uses it
(a summary sentence cites every article that carries its content), so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newsbrief.config import Settings
from newsbrief.nlp.tokens import salient_figures, stems
from newsbrief.types import Sentence


@dataclass(frozen=True, slots=True)
class SimilarityModel:
    vectors: object  # scipy sparse matrix, one L2-normalised row per sentence
    similarity: NDArray[np.float64]  # cosine, sentences x sentences
    supports: NDArray[np.bool_]  # same content, different articles
    article_index: NDArray[np.int64]  # which article each sentence belongs to
    vectorizer: object

    def vectorize(self, texts: Sequence[str]) -> object:
        return self.vectorizer.transform(texts)  # type: ignore[attr-defined]


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(stems(" ".join(ENGLISH_STOP_WORDS))) | frozenset(ENGLISH_STOP_WORDS)


_STOP: frozenset[str] | None = None


def content_stems(text: str) -> list[str]:
    global _STOP
    if _STOP is None:
        _STOP = _stop_words()
    return [t for t in stems(text) if t not in _STOP and len(t) > 1 and not t[0].isdigit()]


def build(
    sentences: Sequence[Sentence], *, article_ids: Sequence[str], settings: Settings
) -> SimilarityModel:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=content_stems, sublinear_tf=True, norm="l2")
    try:
        vectors = vectorizer.fit_transform([s.text for s in sentences])
    except ValueError:  # no content words at all
        vectorizer = TfidfVectorizer(analyzer=lambda t: stems(t) or ["_"], norm="l2")
        vectors = vectorizer.fit_transform([s.text for s in sentences])
    similarity = np.asarray((vectors @ vectors.T).todense(), dtype=np.float64)
    position = {aid: i for i, aid in enumerate(article_ids)}
    article_index = np.array([position[s.article_id] for s in sentences], dtype=np.int64)
    figures = [salient_figures(s.text) for s in sentences]
    shared = np.zeros_like(similarity, dtype=bool)
    by_figure: dict[str, list[int]] = {}
    for i, figs in enumerate(figures):
        for fig in figs:
            by_figure.setdefault(fig, []).append(i)
    for members in by_figure.values():
        if len(members) > 1:
            idx = np.array(members)
            shared[np.ix_(idx, idx)] = True
    supports = (similarity >= settings.support_similarity) | (
        shared & (similarity >= settings.support_similarity_with_figure)
    )
    supports &= article_index[:, None] != article_index[None, :]
    return SimilarityModel(
        vectors=vectors,
        similarity=similarity,
        supports=supports,
        article_index=article_index,
        vectorizer=vectorizer,
    )
