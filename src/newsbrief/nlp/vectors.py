"""Sentence vectors shared by the stages: stemmed content words and sublinear TF-IDF.

The summary ranks and cites with these vectors, the story clustering reads content words with
them, and an update briefing compares new sentences with earlier ones through them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

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


def tfidf(documents: Sequence[list[str]]) -> Vectors:
    """Sublinear TF x smoothed IDF, rows L2-normalised (what scikit-learn's TfidfVectorizer
    computes with sublinear_tf=True). Written out because importing scikit-learn took 1.2 s of
    the CLI's 2.1 s on the Aleppo sample, and these lines are all of it that is used."""
    return tfidf_of(terms(documents))


def tfidf_of(
    content: Terms, *, prior: NDArray[np.float64] | None = None, prior_rows: int = 0
) -> Vectors:
    """``tfidf`` of ``content``. With a ``prior`` (per column, how many of ``prior_rows``
    background documents hold the term), IDF counts those documents too: the IDF of a few
    articles is then that of a large collection, not of the few alone."""
    n_rows, n_terms = content.n_rows, content.n_terms
    # Distinct (sentence, term) cells, sorted: row after row, columns ascending in each.
    cell, count = np.unique(content.rows * n_terms + content.ids, return_counts=True)
    rows, columns = np.divmod(cell, n_terms)
    df = np.bincount(columns, minlength=n_terms)
    if prior is None:
        idf = np.log((1.0 + n_rows) / (1.0 + df)) + 1.0
    else:
        idf = np.log((1.0 + n_rows + prior_rows) / (1.0 + df + prior)) + 1.0
    data = (1.0 + np.log(count.astype(np.float64))) * idf[columns]
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n_rows))
    data /= np.where(norms == 0, 1.0, norms)[rows]
    return Vectors(rows=rows, columns=columns, values=data, n_rows=n_rows, n_columns=n_terms)


@dataclass(frozen=True, slots=True)
class Vectors:
    """Sparse rows, one per sentence: the stored cells in row order, columns ascending in each
    row (the layout of a CSR matrix), and the few products the stages need.

    numpy alone (scipy.sparse was 113-143 MB installed for this). Each product sums a cell's
    terms over the shared columns in ascending column order, starting from 0.0, as scipy's
    sparse product and matrix-vector product do, so the numbers are the same to the last bit:
    ``np.bincount`` with weights adds in input order, and the terms are fed to it column by
    column (rows in order within a column)."""

    rows: NDArray[np.int64]
    columns: NDArray[np.int64]
    values: NDArray[np.float64]
    n_rows: int
    n_columns: int

    def select(self, start: int, stop: int) -> Vectors:
        """Rows ``start`` to ``stop`` (exclusive), renumbered from 0; the same columns."""
        lo, hi = np.searchsorted(self.rows, [start, stop])
        return Vectors(
            rows=self.rows[lo:hi] - start,
            columns=self.columns[lo:hi],
            values=self.values[lo:hi],
            n_rows=max(0, min(stop, self.n_rows) - start),
            n_columns=self.n_columns,
        )

    def similarity(self) -> NDArray[np.float64]:
        """Every row's dot product with every row: dense ``rows x rows`` (cosines, rows being
        unit vectors)."""
        n = self.n_rows
        out = np.zeros((n, n))
        # A block of rows at a time: the products of one shared column number (its rows)^2, and
        # 3,000 sentences repeating the same six words took 3 GB at once; the sums are the
        # same, each cell's terms still added in ascending column order.
        step = max(1, _PRODUCTS_AT_ONCE // max(1, len(self.values)))
        for start in range(0, n, step):
            left, right, products = _products(self.select(start, start + step), self)
            stop = min(n, start + step)
            out[start:stop] = _sums(left * n + right, products, (stop - start) * n).reshape(-1, n)
        return out

    def best_match(self, other: Vectors) -> NDArray[np.float64]:
        """For each row, its largest dot product with a row of ``other`` (0 when it shares no
        column with any)."""
        left, right, products = _products(self, other)
        cell, at = np.unique(left * other.n_rows + right, return_inverse=True)
        best = np.zeros(self.n_rows)
        np.maximum.at(best, cell // max(1, other.n_rows), _sums(at, products, len(cell)))
        return best

    def mean(self) -> NDArray[np.float64]:
        """The mean row (dense): each value divided by the number of rows, then summed down
        each column in row order."""
        scaled = self.values * (1.0 / max(1, self.n_rows))
        return _sums(self.columns, scaled, self.n_columns)

    def dot(self, vector: NDArray[np.float64]) -> NDArray[np.float64]:
        """Each row's dot product with a dense vector of ``n_columns`` values."""
        products = self.values * vector[self.columns]
        return _sums(self.rows, products, self.n_rows)


# Products made at once by ``similarity`` (with their indexes and sort order, ~7 arrays of 8
# bytes each: ~110 MB at this).
_PRODUCTS_AT_ONCE = 2_000_000


def _products(
    a: Vectors, b: Vectors
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64]]:
    """Every product of a cell of ``a`` with a cell of ``b`` in the same column: the row in
    ``a``, the row in ``b`` and the product, column after column in ascending order."""
    by_column_a = np.argsort(a.columns, kind="stable")
    by_column_b = np.argsort(b.columns, kind="stable")
    in_b = np.bincount(b.columns, minlength=a.n_columns)
    first_in_b = np.cumsum(in_b) - in_b
    columns = a.columns[by_column_a]
    repeats = in_b[columns]
    left = np.repeat(by_column_a, repeats)
    # For each cell of a, the positions of its column's cells in b, in order.
    block = np.repeat(first_in_b[columns] - (np.cumsum(repeats) - repeats), repeats)
    right = by_column_b[block + np.arange(len(left))]
    return a.rows[left], b.rows[right], a.values[left] * b.values[right]


def _sums(
    index: NDArray[np.int64], weights: NDArray[np.float64], length: int
) -> NDArray[np.float64]:
    """The weights added up per index, each sum in input order from 0.0 (``np.bincount``)."""
    sums = np.bincount(index, weights=weights, minlength=length)
    return sums.astype(np.float64, copy=False)  # float64 already: no copy (for the type checker)
