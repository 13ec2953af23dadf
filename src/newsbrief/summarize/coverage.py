"""Selection by concept coverage: budgeted submodular maximisation with a learned prior.

A *concept* is a pair of consecutive content words of a sentence (stemmed; stop words, figures
and single letters dropped first, so "killed in the attack" gives ("kill", "attack")). A concept
weighs the number of the story's articles that use it, and only counts when at least two
articles do (``MIN_ARTICLES``; Gillick & Favre's ICSI summariser weighs and keeps bigrams the
same way): what several outlets say is what the story is about, and that travels across datasets
better than a ranker fitted to one dataset's style. Weighing the *number* of articles rather than
their share lets the story decide how much coverage counts beside the fitted prior: a concept
three of ten wire reports share weighs 3, one two of two outlets share weighs 2, so the more
articles a story has, the more its selection follows what they agree on (the prior's weight, in
effect, is divided by the number of articles; cross-validated against the share in
benchmarks/RESULTS.md, 2026-12-03).

Greedy selection under the word budget takes, at each step, the candidate with the largest

    gain(s) = (weight of the concepts s covers that nothing chosen covers yet) / words(s) ** a
              + prior * (score(s) - same_article_penalty * sentences already taken from its article)

where ``score`` is the fitted sentence score of summarize/extractive.py (``rank``), ``a`` is
``Settings.coverage_length_exponent`` and ``prior`` is ``Settings.coverage_prior``. A sentence's
gain can only fall as sentences are chosen (concepts get covered, the penalty grows), so a heap of
stale gains is an upper bound and the selection is lazy (Minoux's accelerated greedy): pop the
best, recompute it, and take it if it is still at least the next best. Redundancy needs no rule
of its own in principle (a sentence that repeats chosen content covers nothing new), but
near-repeats worded differently by two outlets still cover a concept or two and still carry a
high prior, so the ranked selection's redundancy rule is kept as well (``skip_similar``).

The product rules of the ranked selection hold here too: only candidates (whole source sentences,
no first person outside quotes, no fragments), a sentence that leans on the one before it only
right after it, the word budget as a hard cap, and the result in reading order.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newsbrief.config import Settings
from newsbrief.nlp.vectors import Terms
from newsbrief.summarize.extractive import (
    Introductions,
    Ranked,
    _reading_order,
    alone,
    follower,
    opening,
)
from newsbrief.summarize.novelty import Said
from newsbrief.summarize.similarity import SimilarityModel
from newsbrief.types import Sentence

# A concept must be used by this many articles (or all of them, in a story of one) to count.
MIN_ARTICLES = 2


@dataclass(frozen=True, slots=True)
class Concepts:
    """Each sentence's distinct concepts (those that count), every concept's weight (the number
    of articles using it), and each sentence's total concept weight (its coverage before
    anything is chosen)."""

    of_sentence: list[list[int]]
    weight: list[float]
    total: list[float]


def concepts(
    terms: Terms, article_index: NDArray[np.int64], *, min_articles: int = MIN_ARTICLES
) -> Concepts:
    """Concepts of a story's sentences from their content words (``SimilarityModel.terms``)."""
    n = terms.n_rows
    n_articles = int(article_index.max()) + 1 if len(article_index) else 1
    same = terms.rows[1:] == terms.rows[:-1]
    if not same.any():
        return Concepts(of_sentence=[[] for _ in range(n)], weight=[], total=[0.0] * n)
    pair = terms.ids[:-1][same] * terms.n_terms + terms.ids[1:][same]
    # Distinct (pair, sentence), sorted by pair: a concept is a run of one pair.
    pair, sentence = np.divmod(np.unique(pair * n + terms.rows[1:][same]), n)
    first = np.empty(len(pair), dtype=bool)
    first[0], first[1:] = True, pair[1:] != pair[:-1]
    concept = np.cumsum(first) - 1
    n_concepts = int(concept[-1]) + 1
    used = np.unique(concept * n_articles + article_index[sentence])  # distinct (concept, article)
    articles = np.bincount(used // n_articles, minlength=n_concepts)
    needed = min(min_articles, n_articles)
    weight = np.where(articles >= needed, articles, 0).astype(np.float64)
    keep = weight[concept] > 0
    sentence, concept = sentence[keep], concept[keep]
    order = np.argsort(sentence, kind="stable")
    sentence, concept = sentence[order], concept[order]
    bounds = np.concatenate(([0], np.cumsum(np.bincount(sentence, minlength=n)))).tolist()
    ids = concept.tolist()
    return Concepts(
        of_sentence=[ids[bounds[i] : bounds[i + 1]] for i in range(n)],
        weight=weight.tolist(),
        total=np.bincount(sentence, weights=weight[concept], minlength=n).tolist(),
    )


def select_coverage(
    sentences: Sequence[Sentence],
    ranked: Ranked,
    model: SimilarityModel,
    *,
    article_lengths: Sequence[int],
    settings: Settings,
    skip_similar: bool = True,
    found: Concepts | None = None,
    leads: Sequence[int] = (),
) -> list[int]:
    """Indices of the chosen sentences, in reading order (module docstring; ``leads`` as in
    ``extractive.select``). ``skip_similar``: skip what the ranked selection finds redundant and
    what tells nothing new (summarize/novelty.py); coverage alone lets near-repeats in, at a cost.
    ``found``: concepts weighed otherwise (benchmarks/cv_summary.py). Never empty (``alone``)."""
    found = concepts(model.terms, model.article_index) if found is None else found
    words = model.words.tolist()
    articles = model.article_index.tolist()
    prior = settings.coverage_prior
    scores = [prior * s for s in ranked.scores.tolist()]
    penalty = prior * settings.same_article_penalty
    scale = [max(1, n) ** -settings.coverage_length_exponent for n in words]
    weight = found.weight
    covered = [False] * len(weight)
    taken_from = [0] * (max(articles) + 1 if articles else 0)

    def gain(i: int) -> float:
        new = sum(weight[c] for c in found.of_sentence[i] if not covered[c])
        return float(new * scale[i] + scores[i] - penalty * taken_from[articles[i]])

    budget, chosen = settings.words, list[int]()
    introduced = Introductions(ranked, sentences, model, article_lengths)
    said = Said(sentences, settings.novelty)
    lead = opening(leads, scores, words, budget, introduced)
    # Best first, ties to the earlier; a popped gain is recomputed, kept if still the best (lazy).
    total, starts = found.total, ranked.candidates & ~ranked.needs_previous  # nothing covered
    heap = [(-(total[i] * scale[i] + scores[i]), i) for i in np.flatnonzero(starts).tolist()]
    heapq.heapify(heap)
    while heap:
        _, best = heapq.heappop(heap)
        if words[best] > budget:
            continue  # never fits again
        if skip_similar and (_redundant(model, best, chosen, settings) or said.nothing_new(best)):
            continue
        fresh = gain(best)
        if heap and fresh < -heap[0][0]:
            heapq.heappush(heap, (-fresh, best))
            continue
        if not introduced.ready(best, chosen):
            continue
        chosen.append(best)
        budget -= words[best]
        taken_from[articles[best]] += 1
        said.add(best)
        for c in found.of_sentence[best]:
            covered[c] = True
        for i in follower(best, ranked, articles) + introduced.released(best):
            heapq.heappush(heap, (-gain(i), i))
    chosen = chosen or alone(ranked, words)
    return _reading_order(chosen, sentences, model, article_lengths, ranked.needs_previous, lead)


def _redundant(model: SimilarityModel, best: int, chosen: list[int], settings: Settings) -> bool:
    """As similar as ``Settings.redundancy`` to a chosen sentence, or reporting its content."""
    return bool(chosen) and bool(
        model.similarity[best, chosen].max() >= settings.redundancy
        or model.supports[best, chosen].any()
    )
