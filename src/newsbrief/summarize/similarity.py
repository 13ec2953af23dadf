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
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

from newsbrief.config import Settings
from newsbrief.nlp.sentences import asks
from newsbrief.nlp.tokens import salient_figures
from newsbrief.nlp.vectors import Terms, Vectors, content_stems, terms, tfidf_of
from newsbrief.types import Sentence


@dataclass(frozen=True, slots=True)
class SimilarityModel:
    vectors: Vectors  # one L2-normalised TF-IDF row per sentence
    similarity: NDArray[np.float64]  # cosine, sentences x sentences
    supports: NDArray[np.bool_]  # same content, different articles
    article_index: NDArray[np.int64]  # which article each sentence belongs to
    shared_bigrams: NDArray[np.float64]  # share of a sentence's word pairs other articles use
    terms: Terms  # the content words behind ``vectors`` (same columns)
    words: NDArray[np.int64]  # length of each sentence in words (the budget's unit)


def build(
    sentences: Sequence[Sentence], *, article_ids: Sequence[str], settings: Settings
) -> SimilarityModel:
    content = terms([content_stems(s.text) for s in sentences])
    vectors = tfidf_of(content)
    similarity = vectors.similarity()
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
    # A question asserts nothing, so it carries no content another sentence could cite ("The new
    # team will start Jan. 3." was cited to "What do you think of the new team, Show Trackers?").
    asking = np.array([asks(s.text) for s in sentences], dtype=bool)
    supports[asking, :] = supports[:, asking] = False
    _other_values(supports, figures, shared)
    _unlike_figures(supports, similarity, by_figure, sentences, figures, settings)
    return SimilarityModel(
        vectors=vectors,
        similarity=similarity,
        supports=supports,
        article_index=article_index,
        shared_bigrams=_shared_bigrams(content, article_index),
        terms=content,
        words=np.array([len(s.text.split()) for s in sentences], dtype=np.int64),
    )


def _other_values(
    supports: NDArray[np.bool_], figures: Sequence[frozenset[str]], shared: NDArray[np.bool_]
) -> None:
    """Two sentences that each give figures, none of them the same or a rounding of the other's
    ("$972,814" / "about $973,000"), report different values ("50 cases … so far this year" /
    "32 confirmed cases through July"; "$316 million" / "$341.2 million"): no support however
    alike their words (an editor struck such citations: read7)."""
    has = np.array([bool(f) for f in figures], dtype=bool)
    for i, j in np.argwhere(supports & has[:, None] & has[None, :] & ~shared).tolist():
        if i < j and not _rounded(figures[i], figures[j]):
            supports[i, j] = supports[j, i] = False


def _rounded(a: frozenset[str], b: frozenset[str]) -> bool:
    """Is a figure of ``a`` within 2% of one of ``b`` (one of them rounded)?"""
    return any(abs(x - y) <= _ROUNDING * max(x, y) for x in map(float, a) for y in map(float, b))


_ROUNDING = 0.02


def _unlike_figures(
    supports: NDArray[np.bool_],
    similarity: NDArray[np.float64],
    by_figure: dict[str, list[int]],
    sentences: Sequence[Sentence],
    figures: Sequence[frozenset[str]],
    settings: Settings,
) -> None:
    """Pairs that support each other only through a shared figure do not when the figure
    measures different things in the two, by the figures stage's reading: a share in one and a
    count in the other ("50 cases across 24 states" / "21 (24%) had underlying illnesses"), or
    a sum of money. (What is counted, "5,000 people" or "5,000 sheep", is read too unreliably
    to decide: on the dev set it split "120 cases" from "120 people" and "24 major language
    editions" from "24 different language editions".) A figure the reader does not find keeps
    the pair."""
    pairs = sorted(
        {
            (i, j)
            for members in by_figure.values()
            for i, j in combinations(members, 2)
            if supports[i, j] and similarity[i, j] < settings.support_similarity
        }
    )
    if not pairs:
        return
    from newsbrief.nlp.quantities import mentions

    # Only shares and sums of money are told from counts here (other units rarely share a
    # number with a count), so only pairs where one of the two has "%", "percent" or a currency
    # sign are read (substring tests: the reader takes ~50 µs a sentence).
    pairs = [(i, j) for i, j in pairs if _share_or_money(sentences[i].text + sentences[j].text)]

    found: dict[int, dict[float, set[str]]] = {}

    def dimensions(i: int, figure: str) -> set[str]:
        if i not in found:
            found[i] = {}
            for m in mentions(sentences[i].text):
                found[i].setdefault(m.value, set()).add(m.dimension)
        return found[i].get(float(figure), set())

    def alike(i: int, j: int, figure: str) -> bool:
        a, b = dimensions(i, figure), dimensions(j, figure)
        return not a or not b or bool(a & b)

    for i, j in pairs:
        if not any(alike(i, j, figure) for figure in figures[i] & figures[j]):
            supports[i, j] = supports[j, i] = False


def _share_or_money(text: str) -> bool:
    return any(sign in text for sign in ("%", "ercent", "er cent", "$", "£", "€"))


def _shared_bigrams(content: Terms, article_index: NDArray[np.int64]) -> NDArray[np.float64]:
    """For each sentence, the share of its distinct word pairs that another article also uses."""
    n = content.n_rows
    same_sentence = content.rows[1:] == content.rows[:-1]
    if not same_sentence.any():
        return np.zeros(n)
    pair = content.ids[:-1][same_sentence] * content.n_terms + content.ids[1:][same_sentence]
    pair_ids, pair = np.unique(pair, return_inverse=True)
    n_pairs = len(pair_ids)
    # Distinct (sentence, pair), then distinct (pair, article): how many articles use each pair.
    sentence_pair = np.unique(content.rows[1:][same_sentence] * n_pairs + pair)
    sentence, pair = sentence_pair // n_pairs, sentence_pair % n_pairs
    n_articles = int(article_index.max()) + 1
    used = np.unique(pair * n_articles + article_index[sentence])
    articles_per_pair = np.bincount(used // n_articles, minlength=n_pairs)
    shared = np.bincount(sentence, weights=articles_per_pair[pair] > 1, minlength=n)
    total = np.bincount(sentence, minlength=n)
    return shared / np.maximum(total, 1)
