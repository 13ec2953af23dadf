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
from functools import lru_cache
from itertools import chain, combinations
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsbrief.config import Settings
from newsbrief.nlp.tokens import salient_figures, stem_word, stems, words
from newsbrief.types import Sentence


@dataclass(frozen=True, slots=True)
class Terms:
    """Every content word of a set of sentences as a column number, sentence after sentence."""

    ids: NDArray[np.int64]  # column of each token
    rows: NDArray[np.int64]  # sentence of each token
    n_rows: int
    n_terms: int


def terms(documents: Sequence[list[str]]) -> Terms:
    """Columns numbered in order of first use."""
    column = {term: i for i, term in enumerate(dict.fromkeys(chain.from_iterable(documents)))}
    lengths = [len(tokens) for tokens in documents]
    ids = np.fromiter(
        map(column.__getitem__, chain.from_iterable(documents)), dtype=np.int64, count=sum(lengths)
    )
    rows = np.repeat(np.arange(len(documents), dtype=np.int64), lengths)
    return Terms(ids=ids, rows=rows, n_rows=len(documents), n_terms=max(1, len(column)))


@dataclass(frozen=True, slots=True)
class SimilarityModel:
    vectors: Any  # scipy.sparse CSR matrix, one L2-normalised TF-IDF row per sentence
    similarity: NDArray[np.float64]  # cosine, sentences x sentences
    supports: NDArray[np.bool_]  # same content, different articles
    article_index: NDArray[np.int64]  # which article each sentence belongs to
    shared_bigrams: NDArray[np.float64]  # share of a sentence's word pairs other articles use
    terms: Terms  # the content words behind ``vectors`` (same columns)
    words: NDArray[np.int64]  # length of each sentence in words (the budget's unit)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from newsbrief.nlp.stopwords import ENGLISH

    return frozenset(stems(" ".join(ENGLISH))) | ENGLISH


@lru_cache(maxsize=65536)
def _content(word: str) -> str:
    """The stem of a content word; "" for stop words, single letters and figures."""
    token = stem_word(word)
    return "" if token in _stop_words() or len(token) < 2 or token[0].isdigit() else token


# Whitespace-separated tokens seen, with their content stems; cleared when full, so a long batch
# stays flat in memory (~8 MiB when full; the 199 dev clusters hold 47,272 distinct tokens).
_TOKEN_CACHE_SIZE = 1 << 16


class _TokenStems(dict[str, tuple[str, ...]]):
    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) >= _TOKEN_CACHE_SIZE:
            self.clear()
        # A token of letters only is one word (nearly half of them): no regex needed.
        found = [token] if token.isalpha() else words(token)
        stems = self[token] = tuple(filter(None, map(_content, found)))
        return stems


_TOKEN_STEMS = _TokenStems()


def content_stems(text: str) -> list[str]:
    """Stemmed content words: no stop words, single letters or figures.

    A word never spans whitespace, so the words of a text are those of its whitespace-separated
    tokens in turn; tokens repeat ("said", "Aleppo,", "(AP)") far more than sentences do, so
    they are looked up whole: half the time of finding and stemming the words of every sentence
    (measured on the dev set)."""
    return list(chain.from_iterable(map(_TOKEN_STEMS.__getitem__, text.split())))


def tfidf(documents: Sequence[list[str]]) -> Any:
    """Sublinear TF x smoothed IDF, rows L2-normalised (what scikit-learn's TfidfVectorizer
    computes with sublinear_tf=True). Written out because importing scikit-learn took 1.2 s of
    the CLI's 2.1 s on the Aleppo sample, and these lines are all of it that is used."""
    return _tfidf(terms(documents))


def _tfidf(content: Terms) -> Any:
    from scipy.sparse import csr_matrix

    n_rows, n_terms = content.n_rows, content.n_terms
    # Distinct (sentence, term) cells, sorted: the CSR matrix's entries in its own order.
    cell, count = np.unique(content.rows * n_terms + content.ids, return_counts=True)
    rows, columns = np.divmod(cell, n_terms)
    df = np.bincount(columns, minlength=n_terms)
    idf = np.log((1.0 + n_rows) / (1.0 + df)) + 1.0
    data = (1.0 + np.log(count.astype(np.float64))) * idf[columns]
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n_rows))
    data /= np.where(norms == 0, 1.0, norms)[rows]
    indptr = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=n_rows))))
    return csr_matrix((data, columns, indptr), shape=(n_rows, n_terms))


def build(
    sentences: Sequence[Sentence], *, article_ids: Sequence[str], settings: Settings
) -> SimilarityModel:
    content = terms([content_stems(s.text) for s in sentences])
    vectors = _tfidf(content)
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
    from newsbrief.facts.quantities import mentions

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
