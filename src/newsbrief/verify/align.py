"""Sentence -> the source passages that support it, or the reason none do.

For each sentence checked, the source sentences (of every article) are ranked by how much of its
content they hold: the IDF-weighted share of its distinct stemmed content words
(``nlp.vectors.content_stems``) that a source sentence contains, with the TF-IDF cosine
breaking ties. Of the best ``CANDIDATES``, the one to ``MAX_PASSAGES`` source sentences (of any
articles; a summary sentence often fuses several) that hold every number, name and date in it
(``claims``) and the most of its content are cited. A number, name or date may also be in a
neighbour of a passage (the sentence before or after it, or its paragraph): that neighbour is
then cited too. The sentence is supported when that share reaches ``Settings.verify_coverage``
and nothing it names is missing from the cited passages; an entailment backend, when one is
configured, must then also find that the passages entail it. An outlet attribution ("…, the AP
reports", ``attribution``) is no claim about the story and is not checked.

IDF is computed over the source sentences only, so a word no source uses weighs most, and the
verdict on one sentence does not depend on the others checked with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import chain, combinations

import numpy as np
from numpy.typing import NDArray

from newsbrief.config import Settings
from newsbrief.nlp.vectors import Vectors, content_stems, terms, tfidf_of
from newsbrief.plugins import ENTAILMENT
from newsbrief.types import Article, CheckedSentence, Citation, Sentence
from newsbrief.verify.attribution import without_attributions
from newsbrief.verify.claims import Check, Evidence, checks, evidence

# Source sentences considered per sentence checked: the best by coverage and by cosine (a
# supporting passage is near the top of one of the two; more only gives a stray figure or name
# more places to be found: 12 lets 3 of the 40 invented ones of the labelled set through).
CANDIDATES = 8
# A sentence fused from several source sentences is supported by up to this many together.
MAX_PASSAGES = 3
# Where a passage's numbers, names and dates may also be read: the sentences up to NEIGHBOURS
# before and after it, and up to PARAGRAPH_REACH either side within its paragraph (a name given
# once, then "he"; the date at the top of the paragraph). Never the whole article: a figure or
# name found anywhere in it makes too many invented ones pass (RESULTS.md, 2026-12-02).
NEIGHBOURS = 1
PARAGRAPH_REACH = 3
# Passages are cited together only when each adds at least this share of the content and this
# many content words the others lack: two sentences that each hold half a claim support it, but
# a name spliced onto another sentence's words ("the rebels captured" + "Damascus") does not.
MIN_GAIN = 0.1
MIN_GAIN_WORDS = 2
# A sentence with fewer content words than this in common with its passages says too little
# to be checked ("The war is over."): it is not supported, however it is covered.
MIN_MATCHED_WORDS = 2


@dataclass(frozen=True, slots=True)
class _Sources:
    sentences: list[Sentence]
    vectors: Vectors  # the sentences' TF-IDF rows (nlp.vectors), L2-normalised
    idf: NDArray[np.float64]
    column: dict[str, int]
    about: dict[str, tuple[str, str]]  # article id -> its outlet and headline (evidence too)
    found: dict[int, Evidence]  # the numbers, names and dates of a sentence, once read
    paragraph: list[int]  # the paragraph of each sentence (numbered across articles)

    def evidence(self, row: int) -> Evidence:
        if row not in self.found:
            sentence = self.sentences[row]
            source, title = self.about.get(sentence.article_id, ("", ""))
            self.found[row] = evidence([sentence.text, title], names=[source])
        return self.found[row]

    def neighbours(self, row: int) -> list[int]:
        """The sentences just before and after ``row`` in its article, and the rest of its
        paragraph (up to PARAGRAPH_REACH sentences either side)."""
        article = self.sentences[row].article_id
        reach = max(NEIGHBOURS, PARAGRAPH_REACH)
        out = []
        for n in chain(range(row - 1, row - reach - 1, -1), range(row + 1, row + reach + 1)):
            if not 0 <= n < len(self.sentences) or self.sentences[n].article_id != article:
                continue
            if abs(n - row) <= NEIGHBOURS or self.paragraph[n] == self.paragraph[row]:
                out.append(n)
        return out

    def near(self, row: int) -> Evidence:
        """What ``row`` and its neighbours hold: where a name or date it leaves out is given.
        A negation counts only in ``row`` itself (a "not" nearby says nothing of its claim)."""
        own = self.evidence(row)
        merged = _merge([own, *(self.evidence(n) for n in self.neighbours(row))])
        return replace(merged, negated=own.negated)


@dataclass(frozen=True, slots=True)
class _Choice:
    rows: tuple[int, ...]
    coverage: float
    missing: tuple[Check, ...]
    matched: int  # content words of the sentence the passages hold


def verify_sentences(
    texts: Sequence[str],
    articles: Sequence[Article],
    sentences: Sequence[Sequence[Sentence]],
    *,
    settings: Settings,
) -> tuple[CheckedSentence, ...]:
    """Check each of ``texts`` against the sources: ``sentences[k]`` are the sentences of
    ``articles[k]`` (as ``nlp.sentences.segment`` gives them). Citations are exact source
    sentences ``(article_id, start, end)``; an unsupported sentence cites the closest ones."""
    about = {a.id: (a.source, a.title or "") for a in articles}
    flat = evidence_sentences(articles, sentences)
    sources = _index(flat, about, _paragraphs(flat, articles))
    return tuple(_verify(text, sources, settings) for text in texts)


# Text addressed to a model rather than to readers: an article carrying it tries to steer the
# LLM that writes the briefing, so neither it nor the rest of its paragraph is evidence (a
# sentence an LLM copies from it is then unsupported, whatever the LLM was persuaded to do).
INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:(?:your|previous|"
    r"prior|above|earlier|preceding|system|the\s+(?:above|previous|preceding|system))\s+"
    r"(?:\w+\s+)?|(?<=all\s)|(?<=any\s))(?:instructions?|prompts?|rules|directions|guidelines)\b"
    r"|\bsystem prompt\b|\b(?:as an ai|you are (?:an? )?(?:ai|assistant|chatbot|language model|"
    r"llm))\b|\bnew instructions?\s*:",
    re.IGNORECASE,
)


def evidence_sentences(
    articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> list[Sentence]:
    """The sentences a summary may be verified against: all of them, less any that addresses
    instructions to a model (``INSTRUCTION``) and the rest of its paragraph."""
    out: list[Sentence] = []
    for article, group in zip(articles, sentences, strict=True):
        tainted_until = -1  # offset where the paragraph of an instruction ends
        for s in group:
            if s.start < tainted_until:
                continue
            if INSTRUCTION.search(s.text):
                end = article.text.find("\n\n", s.end)
                tainted_until = len(article.text) if end < 0 else end
                continue
            out.append(s)
    return out


def _paragraphs(flat: list[Sentence], articles: Sequence[Article]) -> list[int]:
    """A number for each sentence's paragraph (text between blank lines), distinct across
    articles."""
    breaks = {a.id: [m.start() for m in re.finditer(r"\n\s*\n", a.text)] for a in articles}
    order = {a.id: k for k, a in enumerate(articles)}
    return [
        order[s.article_id] * 1_000_000 + bisect_right(breaks[s.article_id], s.start) for s in flat
    ]


def _index(
    flat: list[Sentence], about: dict[str, tuple[str, str]], paragraphs: list[int]
) -> _Sources:
    stems = [content_stems(s.text) for s in flat]
    content = terms(stems)
    column = {stem: i for i, stem in enumerate(dict.fromkeys(chain.from_iterable(stems)))}
    vectors = tfidf_of(content)  # a cell for each term a sentence holds
    df = np.bincount(vectors.columns, minlength=content.n_terms)
    idf = np.log((1.0 + len(flat)) / (1.0 + df)) + 1.0  # as tfidf_of weighs them
    return _Sources(flat, vectors, idf, column, about, {}, paragraphs)


def _held(vectors: Vectors, known: list[int]) -> NDArray[np.bool_]:
    """Sentences x ``known`` columns: whether each sentence holds each term."""
    place = np.full(vectors.n_columns, -1, dtype=np.int64)
    place[known] = np.arange(len(known))
    where = place[vectors.columns]
    mask = where >= 0
    held = np.zeros((vectors.n_rows, len(known)), dtype=bool)
    held[vectors.rows[mask], where[mask]] = True
    return held


def _verify(text: str, sources: _Sources, settings: Settings) -> CheckedSentence:
    claim = without_attributions(text)  # "…, the AP reports" is no claim about the story
    stems = list(dict.fromkeys(content_stems(claim)))
    found = checks(claim)
    if not stems or not sources.sentences:
        return CheckedSentence(text, False, (), tuple(c.text for c in found), 0.0, _EMPTY)
    known = [sources.column[s] for s in stems if s in sources.column]
    unseen_weight = (len(stems) - len(known)) * float(np.log(1.0 + len(sources.sentences)) + 1)
    total = float(sources.idf[known].sum()) + unseen_weight
    choice = _best(known, total, found, sources)
    cited = tuple(
        Citation(sources.sentences[r].article_id, sources.sentences[r].start,
                 sources.sentences[r].end)
        for r in choice.rows
    )  # fmt: skip
    missing = tuple(c.text for c in choice.missing)
    score = round(choice.coverage, 3)
    if choice.coverage < settings.verify_coverage:
        reason = (
            f"not found in the sources: the closest passages hold {choice.coverage:.0%} of its "
            f"content words ({settings.verify_coverage:.0%} needed)"
        )
        if missing:
            reason += "; not in them: " + ", ".join(missing)
        return CheckedSentence(text, False, cited, missing, score, reason)
    if choice.matched < MIN_MATCHED_WORDS:
        reason = "too little content to check against the sources"
        return CheckedSentence(text, False, cited, missing, score, reason)
    if missing:
        reason = "not in the cited passages: " + ", ".join(missing)
        return CheckedSentence(text, False, cited, missing, score, reason)
    if settings.entailment != "none":
        premise = " ".join(sources.sentences[r].text for r in choice.rows)
        p = ENTAILMENT.get(settings.entailment)(premise, text)
        if p < settings.entailment_threshold:
            reason = f"the cited passages do not entail it (p = {p:.2f})"
            return CheckedSentence(text, False, cited, (), score, reason)
    return CheckedSentence(text, True, cited, (), score, "")


_EMPTY = "no content words to look for in the sources"


def _best(known: list[int], total: float, found: list[Check], sources: _Sources) -> _Choice:
    """The one to ``MAX_PASSAGES`` candidate passages missing fewest checks (each passage
    searched with its neighbours), then holding most content, then fewest; cited are those
    passages and any neighbour that holds a check they lack. Each passage must hold
    MIN_MATCHED_WORDS of the sentence's content words (one that shares none cannot support it,
    whatever figure it holds) and, among several, add to the others (``_all_needed``)."""
    rows, held, weights = _candidates(known, sources)
    near = [sources.near(int(r)) for r in rows]
    enough = held.sum(axis=1) >= MIN_MATCHED_WORDS
    if not enough.any():
        enough[:] = True  # nothing shares enough: the closest, to say why it fails
    best: tuple[tuple[int, float, int], tuple[int, ...], float, int] | None = None
    allowed = [k for k in range(len(rows)) if enough[k]]
    picks = chain.from_iterable(combinations(allowed, n) for n in range(1, MAX_PASSAGES + 1))
    for pick in picks:
        if len(pick) > 1 and not _all_needed(pick, held, weights, total):
            continue
        covered = held[list(pick)].any(axis=0)
        share = float(weights[covered].sum()) / total if total else 0.0
        passages = _merge([near[k] for k in pick])
        missing = sum(not passages.holds(c) for c in found)
        rank = (missing, -round(share, 6), len(pick))
        if best is None or rank < best[0]:
            best = (rank, pick, share, int(covered.sum()))
    assert best is not None
    _, pick, share, matched = best
    return _cite([int(rows[k]) for k in pick], share, matched, found, sources)


def _candidates(
    known: list[int], sources: _Sources
) -> tuple[list[int], NDArray[np.bool_], NDArray[np.float64]]:
    """The CANDIDATES best source sentences, whether each holds each known content word, and
    the words' IDF weights."""
    if not known:
        rows = list(range(min(CANDIDATES, len(sources.sentences))))
        return rows, np.zeros((len(rows), 0), dtype=bool), np.zeros(0)
    block = _held(sources.vectors, known)
    weights = sources.idf[known]
    coverage = block @ weights
    claim = np.zeros(sources.vectors.n_columns)
    claim[known] = weights  # the claim's own vector, unnormalised
    cosine = sources.vectors.dot(claim)
    rows = [int(r) for r in np.lexsort((-cosine, -coverage))[:CANDIDATES]]
    return rows, block[rows], weights


def _cite(
    rows: list[int], share: float, matched: int, found: list[Check], sources: _Sources
) -> _Choice:
    """The passages chosen, and for each check they lack a neighbour of theirs that holds it;
    ``missing``: the checks neither holds."""
    own = _merge([sources.evidence(r) for r in rows])
    cited = list(rows)
    missing = []
    for check in found:
        if own.holds(check) or check.kind == "negation":
            if not own.holds(check):
                missing.append(check)
            continue
        holder = next(
            (n for r in rows for n in sources.neighbours(r) if sources.evidence(n).holds(check)),
            None,
        )
        if holder is None:
            missing.append(check)
        elif holder not in cited:
            cited.append(holder)
    return _Choice(tuple(cited), share, tuple(missing), matched)


def _all_needed(
    pick: tuple[int, ...], held: NDArray[np.bool_], weights: NDArray[np.float64], total: float
) -> bool:
    """Each passage of several adds MIN_GAIN of the content and MIN_GAIN_WORDS words that the
    others lack. (A name's words count: a summary sentence that takes a name from one
    passage and the rest from another is common, and requiring other words as well cost 2 of
    the 93 supported sentences of the labelled set; a two-word name spliced onto another
    sentence's words therefore passes: RESULTS.md, 2026-12-02.)"""
    for b in pick:
        others = held[[k for k in pick if k != b]].any(axis=0)
        new = held[b] & ~others
        gain = float(weights[new].sum()) / total if total else 0.0
        if gain < MIN_GAIN or int(new.sum()) < MIN_GAIN_WORDS:
            return False
    return True


def _merge(parts: list[Evidence]) -> Evidence:
    if len(parts) == 1:
        return parts[0]
    return Evidence(
        numbers=frozenset().union(*(p.numbers for p in parts)),
        dates=frozenset().union(*(p.dates for p in parts)),
        words=frozenset().union(*(p.words for p in parts)),
        acronyms=frozenset().union(*(p.acronyms for p in parts)),
        negated=any(p.negated for p in parts),
    )
