"""summarize(): rank, select and cite; see the package docstring for the parts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from newsbrief.config import Settings
from newsbrief.nlp.sentences import in_quotation
from newsbrief.summarize import extractive
from newsbrief.summarize.extractive import Ranked, rank, select
from newsbrief.summarize.people import expand
from newsbrief.summarize.similarity import SimilarityModel, build
from newsbrief.types import Article, Citation, Sentence, Summary, SummarySentence

__all__ = ["MAX_SENTENCES", "leading", "openings", "summarize"]

# Ranking compares every sentence with every other (matrices of sentences x sentences, 72 MB
# each at this size): beyond it, only the first sentences of each article are ranked.
MAX_SENTENCES = 3_000


def leading(
    sentences: Sequence[Sequence[Sentence]], limit: int = MAX_SENTENCES
) -> tuple[list[list[Sentence]], int | None]:
    """Each article's first sentences, the same number of each (or all it has), as many as keep
    the total within ``limit``; with that number, or None when every sentence fits."""
    if sum(map(len, sentences)) <= limit:
        return [list(group) for group in sentences], None
    low, high = 0, max(map(len, sentences))
    while low < high:  # the largest per-article quota that fits
        mid = (low + high + 1) // 2
        if sum(min(len(group), mid) for group in sentences) <= limit:
            low = mid
        else:
            high = mid - 1
    if low == 0:  # more articles than the limit: the first sentence of the first ones
        return [list(group[:1]) if k < limit else [] for k, group in enumerate(sentences)], 1
    return [list(group[:low]) for group in sentences], low


def summarize(
    articles: Sequence[Article],
    sentences: Sequence[Sequence[Sentence]],
    *,
    settings: Settings,
) -> Summary:
    """Summarise a story; ``sentences[k]`` are the sentences of ``articles[k]``."""
    flat = [s for group in sentences for s in group]
    if not flat:
        return Summary(sentences=())
    model = build(flat, article_ids=[a.id for a in articles], settings=settings)
    lengths = [len(g) for g in sentences]
    quoted = [
        q for a, group in zip(articles, sentences, strict=True) for q in in_quotation(a.text, group)
    ]
    ranked = rank(
        flat,
        model,
        n_articles=len(articles),
        article_lengths=lengths,
        settings=settings,
        quoted=quoted,
    )
    budget = settings.words
    for _ in range(3):  # names put in count against the budget: choose again with less room
        chosen = _select(flat, ranked, model, lengths, replace(settings, words=budget))
        texts = {i: flat[i].text for i in chosen}
        if ranked.people is not None and extractive._EXPAND_NAMES:
            texts |= expand(ranked.people, chosen)
        added = sum(len(texts[i].split()) - len(flat[i].text.split()) for i in chosen)
        over = int(model.words[chosen].sum()) + added - settings.words
        if over <= 0 or budget - over < 1:
            break
        budget -= over
    return Summary(
        sentences=tuple(
            SummarySentence(text=texts[i], citations=cite(i, flat, model)) for i in chosen
        )
    )


def _select(
    flat: Sequence[Sentence],
    ranked: Ranked,
    model: SimilarityModel,
    lengths: Sequence[int],
    settings: Settings,
) -> list[int]:
    """The chosen sentences in reading order, by ``Settings.selection``; chosen again to open on
    an article's opening when the first choice does not (``openings``)."""
    chosen = _choose(flat, ranked, model, lengths, settings, ())
    leads = openings(ranked, chosen)
    return _choose(flat, ranked, model, lengths, settings, leads) if leads else chosen


def _choose(
    flat: Sequence[Sentence],
    ranked: Ranked,
    model: SimilarityModel,
    lengths: Sequence[int],
    settings: Settings,
    leads: Sequence[int],
) -> list[int]:
    if settings.selection == "coverage":
        from newsbrief.summarize.coverage import select_coverage

        return select_coverage(
            flat, ranked, model, article_lengths=lengths, settings=settings, leads=leads
        )
    return select(flat, ranked, model, article_lengths=lengths, settings=settings, leads=leads)


def openings(ranked: Ranked, chosen: Sequence[int]) -> list[int]:
    """When the summary ``chosen`` (in reading order) does not open on one of the best
    articles' openings (``Ranked.leads``), the openings to try to open it on instead, best first:
    the best first, those already chosen before the others, each by score; [] when it does, or
    when the rule is off."""
    if not extractive._LEAD_FIRST or ranked.leads is None or not ranked.leads.any():
        return []
    tiers = ranked.leads.tolist()
    if chosen and tiers[chosen[0]] == max(tiers):
        return []
    taken = set(chosen)
    leads = np.flatnonzero(ranked.leads).tolist()
    return sorted(leads, key=lambda i: (-tiers[i], i not in taken, -ranked.scores[i], i))


def cite(i: int, sentences: Sequence[Sentence], model: SimilarityModel) -> tuple[Citation, ...]:
    """The sentence itself, then the best supporting sentence of each other article (in order)."""
    own = sentences[i]
    citations = [Citation(own.article_id, own.start, own.end)]
    supporters = np.flatnonzero(model.supports[i])
    best: dict[int, int] = {}
    for j in supporters:
        a = int(model.article_index[j])
        if a not in best or model.similarity[i, j] > model.similarity[i, best[a]]:
            best[a] = int(j)
    for a in sorted(best):
        s = sentences[best[a]]
        citations.append(Citation(s.article_id, s.start, s.end))
    return tuple(citations)
