"""Settings: the one way to configure newsbrief. Every threshold lives here with its reason."""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.errors import UsageError
from newsbrief.summarize.weights import FITTED

DEFAULT_WORDS = 150  # a briefing a reader takes in at a glance


@dataclass(frozen=True, slots=True)
class Settings:
    # Length of the summary in words (a hard cap, see summarize.select).
    words: int = DEFAULT_WORDS
    # Sentence segmenter backend, by registry name (backends.segmenters).
    segmenter: str = "nupunkt"
    # Shorter sentences are mostly fragments, datelines or captions; longer ones run-ons.
    min_sentence_words: int = 6
    max_sentence_words: int = 55
    # Two sentences "say the same thing" (for citations and cross-outlet support) when the cosine
    # of their stemmed TF-IDF vectors reaches this ...
    support_similarity: float = 0.3
    # ... or when they share a salient figure (e.g. "100,000") and at least a content word or two.
    support_similarity_with_figure: float = 0.05
    # A candidate this similar to an already chosen sentence is redundant and skipped.
    redundancy: float = 0.3
    # Sentence score = sum of weight * feature (summarize/features.py); fitted on the dev set.
    weights: tuple[tuple[str, float], ...] = FITTED
    # While selecting, each sentence already taken from an article lowers the score of that
    # article's other sentences by this much (a briefing should draw on several outlets).
    same_article_penalty: float = 0.04
    # How sentences are chosen: "ranked" (best score first, skipping redundant ones) or
    # "coverage" (most new story concepts per word, plus the score as a prior; see
    # summarize/coverage.py).
    selection: str = "coverage"
    # Coverage selection: weight of the fitted sentence score beside concept coverage, and the
    # exponent of a sentence's length that its coverage is divided by (1: per word). The grid's
    # best mean R-1 + R-2 at 100 and 250 words on the dev set, the procedure whose held-out
    # scores benchmarks/cv_summary.py reports (neighbours within 0.15: a flat optimum).
    coverage_prior: float = 4.0
    coverage_length_exponent: float = 1.0
    # Entity recogniser for the facts (facts/entities.py): "rules" (fast, built in), "spacy"
    # (spaCy's small English NER: better types, ~40x slower) or "none".
    entities: str = "rules"
    # Extract the facts at all; batch and eval, whose output is the summary alone, turn it off.
    facts: bool = True

    def __post_init__(self) -> None:
        if self.words < 1:
            raise UsageError(f"--words must be at least 1, got {self.words}")
        if not 0 < self.min_sentence_words <= self.max_sentence_words:
            raise UsageError("min_sentence_words must be positive and at most max_sentence_words")
        if self.selection not in ("ranked", "coverage"):
            raise UsageError(f'selection must be "ranked" or "coverage", got {self.selection!r}')
        for name in ("support_similarity", "support_similarity_with_figure", "redundancy"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise UsageError(f"{name} must be between 0 and 1, got {value}")
