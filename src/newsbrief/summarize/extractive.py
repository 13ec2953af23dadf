"""Extractive multi-document selection: central, widely reported, non-redundant sentences.

Each sentence is scored by a linear model over named features (summarize/features.py) whose
weights were fitted offline (summarize/weights.py): position in its article, centrality in the
story, how many other outlets report the same content, and a few more. Greedy selection under a
word budget skips candidates too similar to a chosen sentence; the chosen sentences are then
ordered by their relative position in their articles, so the summary reads lead-first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newsbrief.config import Settings
from newsbrief.nlp.sentences import quote_balance
from newsbrief.summarize.features import FEATURES, features
from newsbrief.summarize.similarity import SimilarityModel
from newsbrief.types import Sentence

_CLOSERS = "\"'”’)]"
_SENTENCE_ENDS = (".", "!", "?", "…")
# A sentence that opens on a pronoun or a connective leans on the one before it ("It has been
# described as…", "But the nightmare is far from over.").
_LEANS_ON_PREVIOUS = re.compile(
    r"^[\"“‘']?(it|he|she|they|this|these|those|his|her|their|but|and|so|yet|still|also|"
    r"however|meanwhile|instead|then)\b",
    re.I,
)

# First person outside quotation marks is someone speaking whom the sentence does not name (a
# pull quote, an op-ed, a reader's letter): out of its article it reads as the briefing's voice.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us|me)\b")


@dataclass(frozen=True, slots=True)
class Ranked:
    scores: NDArray[np.float64]
    candidates: NDArray[np.bool_]
    # Candidates that lean on the sentence before them: chosen only right after it.
    needs_previous: NDArray[np.bool_]


def is_candidate(sentence: Sentence, *, settings: Settings) -> bool:
    """Could this sentence stand alone in a summary? Fragments, headings and captions cannot."""
    text = sentence.text
    words = len(text.split())
    return (
        settings.min_sentence_words <= words <= settings.max_sentence_words
        and text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)
        and quote_balance(text) == 0
        and not text[:1].islower()
        and not _FIRST_PERSON.search(_QUOTED.sub(" ", text) if '"' in text or "“" in text else text)
    )


def rank(
    sentences: Sequence[Sentence],
    model: SimilarityModel,
    *,
    n_articles: int,
    article_lengths: Sequence[int],
    settings: Settings,
) -> Ranked:
    matrix = features(sentences, model, n_articles=n_articles, article_lengths=article_lengths)
    weights = dict(settings.weights)
    scores = matrix @ np.array([weights.get(name, 0.0) for name in FEATURES])
    candidates = np.array([is_candidate(s, settings=settings) for s in sentences], dtype=bool)
    if not candidates.any():  # nothing sentence-like: fall back to every non-empty span
        candidates = np.array([bool(s.text.strip()) for s in sentences], dtype=bool)
    needs_previous = np.array(
        [bool(_LEANS_ON_PREVIOUS.match(s.text)) and s.index > 0 for s in sentences], dtype=bool
    )
    return Ranked(scores=scores, candidates=candidates, needs_previous=needs_previous & candidates)


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
    words = model.words
    articles = model.article_index
    scores = np.where(ranked.candidates & ~ranked.needs_previous, ranked.scores, -np.inf)
    taken_from = np.zeros(int(articles.max()) + 1 if len(sentences) else 0)
    chosen: list[int] = []
    budget = settings.words
    while len(sentences):
        # Each sentence already taken from an article lowers that article's other sentences,
        # so the briefing draws on several outlets rather than the longest one.
        adjusted = np.where(words <= budget, scores, -np.inf)
        adjusted = adjusted - settings.same_article_penalty * taken_from[articles]
        best = int(np.argmax(adjusted))
        if adjusted[best] == -np.inf:
            break
        scores[best] = -np.inf  # considered once
        if chosen and (
            model.similarity[best, chosen].max() >= settings.redundancy
            or model.supports[best, chosen].any()
        ):
            continue
        chosen.append(best)
        budget -= int(words[best])
        taken_from[articles[best]] += 1
        follower = best + 1  # "It has been described…" may follow the sentence it leans on
        if (
            follower < len(sentences)
            and ranked.needs_previous[follower]
            and articles[follower] == articles[best]
        ):
            scores[follower] = ranked.scores[follower]
    order = [int(i) for i in np.argsort(-ranked.scores, kind="stable") if ranked.candidates[i]]
    if not chosen and order:
        chosen = [min(order[:5], key=lambda i: int(words[i]))]
    return _reading_order(chosen, sentences, model, article_lengths, ranked.needs_previous)


def _reading_order(
    chosen: list[int],
    sentences: Sequence[Sentence],
    model: SimilarityModel,
    article_lengths: Sequence[int],
    needs_previous: NDArray[np.bool_],
) -> list[int]:
    """Lead-first, by relative position in the article; a sentence that leans on the one before
    it stays right after it."""

    def key(i: int) -> tuple[float, int, int]:
        start = i
        while needs_previous[start] and start - 1 in chosen:
            start -= 1
        article = int(model.article_index[i])
        return (sentences[start].index / max(1, article_lengths[article]), article, i)

    return sorted(chosen, key=key)
