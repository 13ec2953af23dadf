"""Baselines newsbrief is measured against, all on newsbrief's own sentences and word budget.

Every baseline reads, cleans and segments a cluster exactly as newsbrief does (``candidates``:
the same readers, cleaning, duplicate removal, sentence splitter and candidate filter), ranks the
candidate sentences its own way, then fills the budget with the same rule as newsbrief: whole
sentences in rank order, each one that still fits is added (``fill``).

- ``lead``: first sentences of the documents, round-robin (first of each, then second, ...).
- ``lexrank``, ``textrank``: sumy's implementations, fed our sentences and our word tokenizer.
- ``centroid-mmr``: TF-IDF centroid relevance with maximal marginal relevance (MMR) selection.
- ``bigram-coverage``: Gillick & Favre-style concept coverage, solved greedily: concepts are
  stemmed content bigrams weighted by how many documents use them, and sentences are taken by
  most new concept weight per word. No learned parameters.

A system is ``(documents, *, words) -> summary sentences``.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

import numpy as np

from newsbrief.config import Settings
from newsbrief.extras import require
from newsbrief.types import Sentence


class System(Protocol):
    def __call__(self, documents: Sequence[str], *, words: int) -> list[str]: ...


# MMR trade-off between relevance and novelty; 0.7 is the usual setting for summaries
# (Carbonell & Goldstein 1998 used 0.3-0.7; higher favours relevance).
MMR_LAMBDA = 0.7
# sumy's English stop-word list and Snowball stemmer ship as code and data inside the packages
# (no NLTK download), so they are used as sumy's own examples do.
SUMY_LANGUAGE = "english"


def candidates(documents: Sequence[str], *, words: int) -> list[list[Sentence]]:
    """Per usable article (cleaned; empty and duplicate ones dropped, as newsbrief drops them),
    the sentences newsbrief could pick, in article order."""
    from newsbrief.batch import read_cluster
    from newsbrief.clean import read_clean
    from newsbrief.nlp.sentences import segment
    from newsbrief.summarize.voice import is_candidate

    settings = Settings(words=words)
    groups = []
    for article in read_clean(read_cluster(documents).articles).articles:
        sentences = segment(article, segmenter=settings.segmenter)
        groups.append([s for s in sentences if is_candidate(s, settings=settings)])
    return groups


def fill(ranked: Iterable[str], *, words: int) -> list[str]:
    """Whole sentences in rank order; each one that still fits the word budget is added."""
    out: list[str] = []
    used = 0
    for text in ranked:
        n = len(text.split())
        if used + n <= words:
            out.append(text)
            used += n
    return out


def lead(documents: Sequence[str], *, words: int) -> list[str]:
    groups = candidates(documents, words=words)
    rounds = max((len(g) for g in groups), default=0)
    return fill((g[r].text for r in range(rounds) for g in groups if r < len(g)), words=words)


def lexrank(documents: Sequence[str], *, words: int) -> list[str]:
    summarizer = require("sumy.summarizers.lex_rank", extra="eval").LexRankSummarizer
    ranked = _sumy_ranking(candidates(documents, words=words), summarizer)
    return fill((s.text for s in ranked), words=words)


def textrank(documents: Sequence[str], *, words: int) -> list[str]:
    summarizer = require("sumy.summarizers.text_rank", extra="eval").TextRankSummarizer
    ranked = _sumy_ranking(candidates(documents, words=words), summarizer)
    return fill((s.text for s in ranked), words=words)


def centroid_mmr(documents: Sequence[str], *, words: int) -> list[str]:
    """Greedy MMR: the sentence with the best ``MMR_LAMBDA * cos(s, centroid) - (1 -
    MMR_LAMBDA) * max cos(s, chosen)`` among those that still fit, until none fits."""
    from newsbrief.nlp.vectors import content_stems, tfidf

    sentences = [s for group in candidates(documents, words=words) for s in group]
    if not sentences:
        return []
    vectors = tfidf([content_stems(s.text) for s in sentences])
    centroid = vectors.mean()
    norm = np.linalg.norm(centroid)
    relevance = vectors.dot(centroid / norm if norm else centroid)
    similarity = vectors.similarity()
    lengths = np.array([len(s.text.split()) for s in sentences])
    chosen: list[int] = []
    left = np.ones(len(sentences), dtype=bool)
    budget = words
    while True:
        fits = np.flatnonzero(left & (lengths <= budget))
        if not fits.size:
            break
        redundancy = similarity[np.ix_(fits, np.array(chosen))].max(axis=1) if chosen else 0.0
        score = MMR_LAMBDA * relevance[fits] - (1 - MMR_LAMBDA) * redundancy
        best = int(fits[int(np.argmax(score))])
        chosen.append(best)
        left[best] = False
        budget -= int(lengths[best])
    return [sentences[i].text for i in chosen]


# A bigram is a concept only when this many documents use it (ICSI's summariser used 3 of 10
# documents on TAC; Multi-News clusters have 2-3, so 2: said by more than one outlet).
COVERAGE_MIN_DOCUMENTS = 2


def bigram_coverage(documents: Sequence[str], *, words: int) -> list[str]:
    """Greedy budgeted maximal coverage of weighted concepts (Gillick & Favre 2009, greedy).

    A concept is a pair of consecutive content words of a sentence: stemmed, with stop words,
    figures and single letters left out first (so "failed on Sunday" gives ("fail", "sunday")).
    Its weight is the number of documents using it, and it counts only when at least
    ``COVERAGE_MIN_DOCUMENTS`` do (all of them in a story of fewer documents). At each step the
    sentence that still fits with the largest weight of not-yet-covered concepts per word is
    taken (lazily: gains only fall as concepts get covered), until none fits; sentences that
    cover nothing new come last, earliest in their document first, so the budget is filled."""
    from newsbrief.nlp.vectors import content_stems

    groups = candidates(documents, words=words)
    sentences = [(d, k, s.text) for d, group in enumerate(groups) for k, s in enumerate(group)]
    bigrams = [set(itertools.pairwise(content_stems(text))) for _, _, text in sentences]
    per_document: list[set[tuple[str, str]]] = [set() for _ in groups]
    for (d, _, _), found in zip(sentences, bigrams, strict=True):
        per_document[d] |= found
    documents_using = Counter(c for used in per_document for c in used)
    needed = min(COVERAGE_MIN_DOCUMENTS, len(groups))
    weight = {c: n for c, n in documents_using.items() if n >= needed}
    lengths = [len(text.split()) for _, _, text in sentences]
    covered: set[tuple[str, str]] = set()

    def gain(i: int) -> float:
        return sum(weight.get(c, 0) for c in bigrams[i] - covered) / max(1, lengths[i])

    # (-gain, position in its document, document): ties go to the earlier sentence.
    heap = [(-gain(i), k, d, i) for i, (d, k, _) in enumerate(sentences)]
    heapq.heapify(heap)
    chosen: list[str] = []
    budget = words
    while heap:
        _, k, d, i = heapq.heappop(heap)
        if lengths[i] > budget:
            continue
        fresh = gain(i)
        if heap and (-fresh, k, d) > heap[0][:3]:
            heapq.heappush(heap, (-fresh, k, d, i))
            continue
        chosen.append(sentences[i][2])
        covered |= bigrams[i]
        budget -= lengths[i]
    return chosen


# --- sumy ----------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


class SumyTokenizer:
    """The two methods sumy asks of a tokenizer. Ours, because sumy's needs NLTK's punkt data
    (a download); sentences come already split, so ``to_sentences`` only splits lines. Words are
    runs of letters, as sumy keeps from its own tokenizer's output."""

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(line.strip() for line in paragraph.split("\n") if line.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def _sumy_ranking(groups: list[list[Sentence]], summarizer_class: Any) -> list[Sentence]:
    """Our sentences, best first, as ranked by a sumy summarizer (one paragraph per article)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    ours = [s for group in groups for s in group]
    if len(ours) < 2:
        return ours
    tokenizer = SumyTokenizer()
    theirs = [SumySentence(s.text, tokenizer) for s in ours]
    index = {id(t): i for i, t in enumerate(theirs)}
    paragraphs, start = [], 0
    for group in groups:
        paragraphs.append(Paragraph(theirs[start : start + len(group)]))
        start += len(group)
    summarizer = summarizer_class(Stemmer(SUMY_LANGUAGE))
    summarizer.stop_words = get_stop_words(SUMY_LANGUAGE)
    # sumy returns its best N in document order; this hook (a static method sumy calls with the
    # ratings) returns all sentences best first instead. Ties keep document order.
    summarizer._get_best_sentences = _best_first
    with np.errstate(divide="ignore", invalid="ignore"):  # a graph without edges: all-equal ranks
        ranked = summarizer(ObjectDocumentModel(paragraphs), len(theirs))
    return [ours[index[id(t)]] for t in ranked]


def _best_first(
    sentences: Sequence[Any], count: Any, rating: Any, *args: Any, **kwargs: Any
) -> Any:
    rate: Callable[[Any], float] = (
        rating.__getitem__ if isinstance(rating, dict) else lambda s: rating(s, *args, **kwargs)
    )
    return tuple(sorted(sentences, key=rate, reverse=True))
