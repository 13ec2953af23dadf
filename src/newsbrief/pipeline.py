"""Wires the stages: read -> clean -> segment -> summarize (+ facts) -> Briefing. The only place
a Briefing is assembled, an update briefing included; no logic of its own beyond deciding which
input problems are fatal and which sentences an update may draw on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, BinaryIO

from newsbrief.clean import clean_articles
from newsbrief.config import Limits, Settings
from newsbrief.errors import InputError, NoArticlesError
from newsbrief.facts import extract_facts
from newsbrief.ingest import Input, ReadResult, read
from newsbrief.nlp.sentences import segment
from newsbrief.nlp.vectors import content_stems
from newsbrief.summarize import summarize
from newsbrief.summarize.core import MAX_SENTENCES, leading
from newsbrief.types import Article, Briefing, Sentence, Summary

if TYPE_CHECKING:
    from newsbrief.ingest.fetch import Fetcher


def brief_inputs(
    inputs: Iterable[Input],
    *,
    settings: Settings,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
) -> Briefing:
    """Read, clean and summarise. Raises NoArticlesError when no input yields an article. URLs
    are fetched with ``fetcher`` (default: a guarded one, public addresses only)."""
    read = read_clean(inputs, stdin=stdin, fetcher=fetcher, limits=settings.limits)
    if not read.articles:
        detail = "; ".join(read.problems) if read.problems else "no inputs given"
        raise NoArticlesError(f"no article to brief: {detail}")
    return brief_articles(list(read.articles), settings=settings, warnings=read.problems)


def read_clean(
    inputs: Iterable[Input],
    *,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
    limits: Limits | None = None,
) -> ReadResult:
    """Read and clean; drop articles left empty and exact duplicates (each noted in problems)."""
    result = read(inputs, stdin=stdin, fetcher=fetcher, limits=limits)
    problems = list(result.problems)
    articles = _usable(clean_articles(result.articles), problems)
    return ReadResult(articles=tuple(articles), problems=tuple(problems))


def brief_articles(
    articles: list[Article], *, settings: Settings, warnings: tuple[str, ...] = ()
) -> Briefing:
    """Summarise already-cleaned articles and extract the facts across them."""
    sentences = [segment(a, segmenter=settings.segmenter) for a in articles]
    ranked, quota = leading(sentences, MAX_SENTENCES)
    if quota is not None:
        total = sum(map(len, sentences))
        warnings += (
            f"{total} sentences in {len(articles)} articles: the summary is drawn from the first "
            f"{quota} of each (at most {MAX_SENTENCES} in one briefing; is this one story?)",
        )
    summary = summarize(articles, ranked, settings=settings)
    return Briefing(
        title=_title(articles, summary),
        articles=tuple(articles),
        summary=summary,
        warnings=warnings,
        facts=extract_facts(articles, sentences, settings=settings) if settings.facts else None,
    )


def brief_update(
    articles: list[Article],
    earlier: list[Article],
    *,
    sentences: dict[str, tuple[Sentence, ...]],
    settings: Settings,
) -> Briefing:
    """Brief ``articles``; with ``earlier`` articles, only from sentences that say something the
    earlier ones did not (no earlier sentence reaches ``settings.support_similarity``, the
    threshold at which two sentences report the same content) — DUC 2007's update task."""
    from newsbrief.facts import extract_facts
    from newsbrief.nlp.vectors import content_stems, tfidf
    from newsbrief.pipeline import brief_articles
    from newsbrief.summarize import summarize

    if not earlier:
        return brief_articles(articles, settings=settings)
    fresh = [sentences[a.id] for a in articles]
    old = [s for a in earlier for s in sentences[a.id]]
    flat = [s for group in fresh for s in group]
    vectors = tfidf([content_stems(s.text) for s in flat + old])
    known = vectors.select(0, len(flat)).best_match(vectors.select(len(flat), vectors.n_rows))
    novel = {
        (s.article_id, s.index)
        for s, m in zip(flat, known, strict=True)
        if m < settings.support_similarity
    }
    kept = [tuple(s for s in group if (s.article_id, s.index) in novel) for group in fresh]
    if not any(kept):
        raise InputError("the new articles say nothing the earlier briefing did not")
    summary = summarize(articles, kept, settings=settings)
    titles = [a.title for a in articles if a.title]
    return Briefing(
        title=f"Update: {titles[0]}" if titles else "Update",
        articles=tuple(articles),
        summary=summary,
        facts=extract_facts(articles, fresh, settings=settings) if settings.facts else None,
    )


def _usable(articles: list[Article], warnings: list[str]) -> list[Article]:
    """Drop articles left empty by cleaning and exact duplicates; make ids unique."""
    out: list[Article] = []
    seen_text: dict[str, str] = {}
    seen_ids: set[str] = set()
    for article in articles:
        if not article.text.strip():
            warnings.append(f"{article.origin}: empty article after removing boilerplate")
            continue
        if article.text in seen_text:
            warnings.append(f"{article.origin}: same text as {seen_text[article.text]}, skipped")
            continue
        seen_text[article.text] = article.origin
        unique = article.id
        n = 2
        while unique in seen_ids:
            unique, n = f"{article.id}-{n}", n + 1
        seen_ids.add(unique)
        out.append(article if unique == article.id else replace(article, id=unique))
    return out


# Without a headline, the briefing is titled by the opening of its first sentence.
_TITLE_WORDS = 12


def _title(articles: list[Article], summary: Summary) -> str:
    """The article headline that shares most content words with the summary; without one, the
    summary's first sentence (its first words when long); "Briefing" when there is nothing."""
    summary_words = set(content_stems(" ".join(s.text for s in summary.sentences)))
    titled = [a.title for a in articles if a.title]
    if titled:
        return max(titled, key=lambda t: len(summary_words & set(content_stems(t))))
    if not summary.sentences:
        return "Briefing"
    words = summary.sentences[0].text.split()
    if len(words) <= _TITLE_WORDS + 2:
        return " ".join(words).rstrip(".")
    return " ".join(words[:_TITLE_WORDS]).rstrip(",;:—–-") + "…"
