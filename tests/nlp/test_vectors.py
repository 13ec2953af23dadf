"""Sentence vectors: sparse TF-IDF rows and their products, bit for bit those of a plain loop
over the shared columns in ascending order (the order scipy's sparse product sums in, which the
briefings were made with)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.nlp.vectors import Vectors, tfidf

DOCUMENTS = st.lists(
    st.lists(st.sampled_from("a b c d e f g h".split()), max_size=12), min_size=1, max_size=9
)


def as_rows(vectors: Vectors) -> list[dict[int, float]]:
    rows: list[dict[int, float]] = [{} for _ in range(vectors.n_rows)]
    for r, c, v in zip(vectors.rows, vectors.columns, vectors.values, strict=True):
        rows[int(r)][int(c)] = float(v)
    return rows


def dot(a: dict[int, float], b: dict[int, float]) -> float:
    total = 0.0
    for column in sorted(a.keys() & b.keys()):
        total += a[column] * b[column]
    return total


def test_tfidf_rows_are_unit_vectors_of_the_distinct_words() -> None:
    vectors = tfidf([["fight", "fight", "rebel"], ["rebel"], []])
    assert vectors.rows.tolist() == [0, 0, 1]
    assert vectors.columns.tolist() == [0, 1, 1]
    assert np.allclose(np.bincount(vectors.rows, weights=vectors.values**2), [1.0, 1.0])
    assert vectors.similarity()[2].tolist() == [0.0, 0.0, 0.0]


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS)
def test_products_add_up_in_column_order(documents: list[list[str]]) -> None:
    vectors = tfidf(documents)
    rows = as_rows(vectors)
    n = vectors.n_rows
    expected = [[dot(a, b) for b in rows] for a in rows]
    assert vectors.similarity().tolist() == expected

    mean = [0.0] * vectors.n_columns
    for row in rows:
        for column, value in row.items():
            mean[column] += value * (1.0 / n)
    assert vectors.mean().tolist() == mean

    x = np.linspace(0.1, 1.0, vectors.n_columns)
    dense = dict(enumerate(x.tolist()))
    assert vectors.dot(x).tolist() == [dot(row, dense) for row in rows]


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS, st.data())
def test_best_match_is_the_largest_product_with_another_row(
    documents: list[list[str]], data: st.DataObject
) -> None:
    vectors = tfidf(documents)
    split = data.draw(st.integers(0, vectors.n_rows))
    head, tail = vectors.select(0, split), vectors.select(split, vectors.n_rows)
    assert (head.n_rows, tail.n_rows) == (split, vectors.n_rows - split)
    rows = as_rows(vectors)
    expected = [max([0.0, *(dot(a, b) for b in rows[split:])]) for a in rows[:split]]
    assert head.best_match(tail).tolist() == expected


@settings(max_examples=100, deadline=None)
@given(DOCUMENTS, st.integers(1, 40))
def test_similarity_in_blocks_is_the_same_to_the_last_bit(
    documents: list[list[str]], at_once: int
) -> None:
    import newsbrief.nlp.vectors as module

    vectors = tfidf(documents)
    whole = vectors.similarity()
    saved = module._PRODUCTS_AT_ONCE
    module._PRODUCTS_AT_ONCE = at_once  # blocks of a row or a few
    try:
        assert vectors.similarity().tolist() == whole.tolist()
    finally:
        module._PRODUCTS_AT_ONCE = saved


def test_similarity_of_sentences_repeating_words_is_bounded_in_memory() -> None:
    """1,500 sentences sharing six words: every shared column gave 1,500^2 products at once
    (8,000 sentences of 'Report i says N people fled the town on Monday.' took 3 GB in brief);
    now a block of rows at a time."""
    import tracemalloc

    documents = [
        ["report", str(i), "says", "people", "fled", "town", "monday"] for i in range(1500)
    ]
    vectors = tfidf(documents)
    tracemalloc.start()
    try:
        similarity = vectors.similarity()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert similarity.shape == (1500, 1500)
    assert peak < 200 * 2**20, peak / 2**20  # the 18 MB answer and ~110 MB of products (was 720)
