"""verify_summary(): a summary and the articles it summarises, read and segmented as ``brief``
reads them, checked sentence by sentence."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, BinaryIO

from newsbrief.clean import read_clean
from newsbrief.config import Settings
from newsbrief.errors import NoArticlesError
from newsbrief.ingest import Input
from newsbrief.nlp.sentences import segment
from newsbrief.types import Article, Verification
from newsbrief.verify.align import verify_sentences

if TYPE_CHECKING:
    from newsbrief.ingest.fetch import Fetcher


def verify_summary(
    summary: str,
    inputs: Iterable[Input],
    *,
    settings: Settings,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
) -> Verification:
    """Check each sentence of ``summary`` against the articles read from ``inputs`` (paths,
    texts, streams or Articles, as for ``brief``). Inputs that cannot be read are warnings;
    NoArticlesError when none can."""
    read = read_clean(inputs, stdin=stdin, fetcher=fetcher, limits=settings.limits)
    if not read.articles:
        detail = "; ".join(read.problems) if read.problems else "no inputs given"
        raise NoArticlesError(f"no article to verify against: {detail}")
    articles = list(read.articles)
    sentences = [segment(a, segmenter=settings.segmenter) for a in articles]
    texts = sentences_of(summary, settings=settings)
    checked = verify_sentences(texts, articles, sentences, settings=settings)
    return Verification(articles=tuple(articles), sentences=checked, warnings=read.problems)


def sentences_of(text: str, *, settings: Settings) -> list[str]:
    """The sentences of a summary, split as articles are (bullets and dashes before a
    sentence, such as Multi-News's opening "– ", trimmed)."""
    if not text.strip():
        return []
    return [s.text for s in segment(Article(id="summary", text=text), segmenter=settings.segmenter)]
