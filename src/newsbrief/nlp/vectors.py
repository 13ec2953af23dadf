"""Sentence vectors shared by the stages: stemmed content words and sublinear TF-IDF.

The summary ranks and cites with these vectors, the story clustering reads content words with
them, and an update briefing compares new sentences with earlier ones through them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any

import numpy as np
from numpy.typing import NDArray

from newsbrief.nlp.tokens import stem_word, stems, words


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
    return tfidf_of(terms(documents))


def tfidf_of(content: Terms) -> Any:
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
