"""Sentence similarity across a story: stemmed TF-IDF cosines plus shared-figure evidence.

Figures are left out of the word vectors and count separately: two sentences that share
"100,000" must still share words ("trapped", "area") to say the same thing, so "100,000 trapped"
and "100,000 displaced" stay apart.

One relation, ``supports``, answers "do these two sentences (of different articles) report the
same content?". Ranking uses it (content several outlets carry is central) and attribution uses it
(a summary sentence cites every article that carries its content), so the two never disagree.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsbrief.config import Settings
from newsbrief.nlp.tokens import salient_figures, stems
from newsbrief.types import Sentence


@dataclass(frozen=True, slots=True)
class SimilarityModel:
    vectors: Any  # scipy.sparse CSR matrix, one L2-normalised TF-IDF row per sentence
    similarity: NDArray[np.float64]  # cosine, sentences x sentences
    supports: NDArray[np.bool_]  # same content, different articles
    article_index: NDArray[np.int64]  # which article each sentence belongs to
    shared_bigrams: NDArray[np.float64]  # share of a sentence's word pairs other articles use


def _stop_words() -> frozenset[str]:
    from newsbrief.nlp.stopwords import ENGLISH

    return frozenset(stems(" ".join(ENGLISH))) | ENGLISH


_STOP: frozenset[str] | None = None


def content_stems(text: str) -> list[str]:
    global _STOP
    if _STOP is None:
        _STOP = _stop_words()
    return [t for t in stems(text) if t not in _STOP and len(t) > 1 and not t[0].isdigit()]


def tfidf(documents: Sequence[list[str]]) -> Any:
    """Sublinear TF x smoothed IDF, rows L2-normalised (what scikit-learn's TfidfVectorizer
    computes with sublinear_tf=True). Written out because importing scikit-learn took 1.2 s of
    the CLI's 2.1 s on the Aleppo sample, and these twenty lines are all of it that is used."""
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    counts: list[int] = []
    for row, tokens in enumerate(documents):
        tf: dict[int, int] = {}
        for token in tokens:
            col = vocabulary.setdefault(token, len(vocabulary))
            tf[col] = tf.get(col, 0) + 1
        rows.extend([row] * len(tf))
        cols.extend(tf)
        counts.extend(tf.values())
    shape = (len(documents), max(1, len(vocabulary)))
    row_ids = np.asarray(rows, dtype=np.int64)
    col_ids = np.asarray(cols, dtype=np.int64)
    df = np.bincount(col_ids, minlength=shape[1])
    idf = np.log((1.0 + shape[0]) / (1.0 + df)) + 1.0
    data = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * idf[col_ids]
    norms = np.sqrt(np.bincount(row_ids, weights=data * data, minlength=shape[0]))
    data /= np.where(norms == 0, 1.0, norms)[row_ids]
    return csr_matrix((data, (row_ids, col_ids)), shape=shape)


def build(
    sentences: Sequence[Sentence], *, article_ids: Sequence[str], settings: Settings
) -> SimilarityModel:
    tokens = [content_stems(s.text) for s in sentences]
    vectors = tfidf(tokens)
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
        shared_bigrams=_shared_bigrams(tokens, article_index),
    )


def _shared_bigrams(tokens: Sequence[list[str]], article_index: NDArray[np.int64]) -> Any:
    """For each sentence, the share of its distinct word pairs that another article also uses."""
    ids: dict[tuple[str, str], int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, words in enumerate(tokens):
        for bigram in set(itertools.pairwise(words)):
            rows.append(row)
            cols.append(ids.setdefault(bigram, len(ids)))
    if not rows:
        return np.zeros(len(tokens))
    sentence = np.asarray(rows)
    pair = np.asarray(cols)
    # Distinct (pair, article) combinations, then how many articles use each pair.
    used = np.unique(pair * (int(article_index.max()) + 1) + article_index[sentence])
    articles_per_pair = np.bincount(used // (int(article_index.max()) + 1), minlength=len(ids))
    shared = np.bincount(sentence, weights=articles_per_pair[pair] > 1, minlength=len(tokens))
    total = np.bincount(sentence, minlength=len(tokens))
    return shared / np.maximum(total, 1)
