"""The data model: frozen dataclasses passed between pipeline stages. No I/O, no models."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol, TypeVar


def content_id(text: str, *, prefix: str = "a") -> str:
    """A short, stable id derived from content (first 12 hex digits of its SHA-1)."""
    return prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


class Notice(str):
    """A one-line problem that is only a warning: the input was read anyway (a malformed WARC
    record warcio read past). Readers yield it beside the failures' plain strings; the library
    reports it without counting a failure."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Article:
    """One article. ``text`` is the cleaned body that every offset in a briefing indexes into."""

    id: str
    text: str
    title: str | None = None
    source: str = ""  # outlet, site or file name shown to the reader
    url: str | None = None
    published: datetime | None = None
    authors: tuple[str, ...] = ()
    origin: str = ""  # where it was read from: a path, "<stdin>", "<text 2>", …


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as offsets into ``Article.text``; ``text`` == ``article.text[start:end]``."""

    article_id: str
    index: int  # position within its article, from 0
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Citation:
    """A passage of an article that supports a summary sentence."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A summary sentence; ``citations[0]`` is the passage it was taken from."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    sentences: tuple[SummarySentence, ...]

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Briefing:
    """What ``newsbrief.brief`` returns: the articles as cleaned, and the cited summary."""

    title: str
    articles: tuple[Article, ...]
    summary: Summary
    warnings: tuple[str, ...] = field(default=())
    facts: Facts | None = None
    # Set only when the summary was written by an LLM and checked against the sources.
    grounding: Grounding | None = None

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)


@dataclass(frozen=True, slots=True)
class FigureReport:
    """One outlet's report of a quantity: ``text`` as written ("more than 50,000"), the number in
    the figure's unit (the low end of a range or of "tens of thousands"), and the sentence cited."""

    value: float
    text: str
    citation: Citation
    high: float | None = None  # the high end of a range ("3-5", "tens of thousands")
    qualifier: str | None = None  # "more than", "about", "at least", … as written, lower-cased
    vague: bool = False  # "thousands", "tens of thousands": a magnitude, not a count


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity (``about``: what it counts) and every report of it, across outlets."""

    about: str
    unit: str | None
    reports: tuple[FigureReport, ...]
    confidence: float = 1.0  # see SHOWN
    window: str | None = None  # the time the reports are tied to, as written: "since 2011"
    scope: str | None = None  # what a share is of, as written: "of the city"
    # Values far from the quantity's first shown ones under the same label: another thing
    # counted (37.1 million homes nationwide, 33 renovated), shown on a line of its own, never
    # as another outlet's figure for the same quantity.
    apart: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation, merged across outlets; each citation's passage contains ``text``."""

    speaker: str | None
    role: str | None
    text: str
    citations: tuple[Citation, ...]
    confidence: float = 1.0
    # Each citation's speaker as its own article gives it (None: it names no one), in the order
    # of ``citations``; empty: ``speaker`` for every citation.
    speakers: tuple[str | None, ...] = ()

    def cited_speakers(self) -> tuple[str | None, ...]:
        """Each citation's speaker, in the order of ``citations``."""
        return self.speakers or (self.speaker,) * len(self.citations)

    def credits(self) -> tuple[tuple[str | None, tuple[Citation, ...]], ...]:
        """Each speaker the outlets give, with the citations giving it, in order of first
        citation: one entry when they agree."""
        out: dict[str | None, list[Citation]] = {}
        for citation, speaker in zip(self.citations, self.cited_speakers(), strict=True):
            out.setdefault(speaker, []).append(citation)
        return tuple((speaker, tuple(cs)) for speaker, cs in out.items())


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated event: ``when`` as written, ``date`` resolved (None when the text does not fix
    it); ``event`` is the sentence reporting it, ``citations`` every outlet's report of it.
    ``precision`` is "day", "week", "month" or "year": a month-only date is the month's first
    day with precision "month", a week ("this week") its Monday with precision "week".
    ``inferred``: the date was read against the story's other articles' publication dates, the
    reporting article having none."""

    date: date | None
    when: str
    event: str
    citations: tuple[Citation, ...]
    confidence: float = 1.0
    precision: str = "day"
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A name at ``text[start:end]`` as an entity recogniser found it; ``kind`` is "person",
    "organisation", "place", or None when the recogniser could not tell (other mentions may);
    ``weight``: how strongly the context gives the kind (a title 3, "in" before a name 1, a weak
    cue less); the kinds of a name's mentions are weighed together."""

    name: str
    start: int
    end: int
    kind: str | None
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place; ``citations`` are the first mention in each article."""

    name: str
    kind: str  # "person", "organisation" or "place"
    aliases: tuple[str, ...]
    citations: tuple[Citation, ...]
    confidence: float = 1.0

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.article_id for c in self.citations))


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Outlets reporting materially different values of one quantity: one side per value."""

    about: str
    unit: str | None
    sides: tuple[tuple[FigureReport, ...], ...]
    note: str  # e.g. "reports dated 2016-12-12 and 2016-12-13"
    confidence: float = 1.0
    window: str | None = None  # as Figure's
    scope: str | None = None


# Every fact carries a confidence in [0, 1] set by its extractor: how sure it is that the fact is
# what its label says (a figure's "about", a quote's speaker, an entity's kind, an event's date).
# Markdown and HTML show only facts at or above SHOWN; JSON keeps all, with their confidence.
SHOWN = 0.5


class _Rated(Protocol):
    @property
    def confidence(self) -> float: ...


_T = TypeVar("_T", bound=_Rated)


@dataclass(frozen=True, slots=True)
class Facts:
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    entities: tuple[Entity, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()

    def shown(self, threshold: float = SHOWN) -> Facts:
        """The facts a reader is shown: those whose confidence is at least ``threshold``."""

        def keep(items: tuple[_T, ...]) -> tuple[_T, ...]:
            return tuple(x for x in items if x.confidence >= threshold)

        return Facts(
            figures=keep(self.figures),
            quotes=keep(self.quotes),
            timeline=keep(self.timeline),
            entities=keep(self.entities),
            disagreements=keep(self.disagreements),
        )


@dataclass(frozen=True, slots=True)
class CheckedSentence:
    """A sentence checked against the sources. ``supported``: its content is covered by the
    cited passages and every number, name and date in it occurs there; ``unsupported`` lists
    those that do not (as written in ``text``); ``score`` is the covered share of its content
    words (0-1) and ``reason`` says in one line why it failed ("" when supported)."""

    text: str
    supported: bool
    citations: tuple[Citation, ...]
    unsupported: tuple[str, ...]
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Dropped:
    """A sentence of an LLM's answer left out of the briefing, and why."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Grounding:
    """How an LLM-written summary was checked: sentences checked, and those dropped."""

    checked: int
    dropped: tuple[Dropped, ...] = ()


@dataclass(frozen=True, slots=True)
class Verification:
    """A summary checked sentence by sentence against the articles it claims to summarise."""

    articles: tuple[Article, ...]
    sentences: tuple[CheckedSentence, ...]
    warnings: tuple[str, ...] = ()

    @property
    def supported(self) -> int:
        return sum(s.supported for s in self.sentences)

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)
