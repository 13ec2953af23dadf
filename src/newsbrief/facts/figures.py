"""Sentences -> figures: quantity mentions grouped by what they count, across outlets.

Two mentions count the same thing when they share a key: the dimension (a count, an area, a
share in percent, …) and, for counts, what happened (trapped, fled, killed: see
``lexicon.EVENT_CLASS``) and to whom (people, or a named group such as children). Within a key,
mentions whose values agree (within ``TOLERANCE``, or a magnitude such as "tens of thousands"
that contains the count) are one figure; values that disagree make separate figures of the same
``Quantity``, which ``disagreements`` compares.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.facts.timeline import time_anchors
from newsbrief.nlp.quantities import Mention, mentions
from newsbrief.types import Article, Citation, Figure, FigureReport, Sentence

# Values this close are the same figure ("about 100,000" / "100,000"); 90% vs 98% are not.
TOLERANCE = 0.02
# Nouns for people in general: "100,000 people", "100,000 civilians" and "100,000 who…" agree.
PEOPLE = frozenset(
    "people civilians residents persons inhabitants individuals others citizens those".split()
)


@dataclass(frozen=True, slots=True)
class Reported:
    """A mention where it was found."""

    mention: Mention
    sentence: Sentence
    anchors: frozenset[str]  # time expressions of its sentence ("wednesday", "since nov. 15")

    @property
    def article_id(self) -> str:
        return self.sentence.article_id

    def report(self) -> FigureReport:
        m, s = self.mention, self.sentence
        return FigureReport(
            value=m.value,
            text=m.text,
            citation=Citation(s.article_id, s.start, s.end),
            high=m.high,
            qualifier=m.qualifier,
            vague=m.vague,
        )


@dataclass(frozen=True, slots=True)
class Quantity:
    """All mentions with one key, split into groups of agreeing values (one figure each)."""

    key: tuple[str | None, ...]
    about: str
    unit: str | None
    groups: tuple[tuple[Reported, ...], ...]


def find_quantities(
    articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> list[Quantity]:
    by_key: dict[tuple[str | None, ...], list[Reported]] = {}
    for article_sentences in sentences:
        for sentence in article_sentences:
            found = mentions(sentence.text)
            if not found:
                continue
            anchors = time_anchors(sentence.text)
            for k, m in enumerate(found):
                reported = Reported(m, sentence, anchors)
                by_key.setdefault(_key(m, sentence, k), []).append(reported)
    return [
        Quantity(key=key, about=_about(items), unit=items[0].mention.unit, groups=_agreeing(items))
        for key, items in by_key.items()
    ]


def figures(quantities: Sequence[Quantity], articles: Sequence[Article]) -> tuple[Figure, ...]:
    """One Figure per group of agreeing values, most widely reported first."""
    order = {a.id: i for i, a in enumerate(articles)}
    out = []
    for quantity in quantities:
        for group in quantity.groups:
            out.append(
                (
                    -len({r.article_id for r in group}),
                    -len(group),
                    order[group[0].article_id],
                    group[0].sentence.start,
                    Figure(quantity.about, quantity.unit, tuple(r.report() for r in group)),
                )
            )
    out.sort(key=lambda row: row[:4])
    ranked = [row[4] for row in out]
    # Groups of the same quantity that do not agree ("civilians killed": hundreds, then at least
    # 45 on one day) stay together, where the most widely reported of them ranks (a stable sort).
    first: dict[tuple[str, str | None], int] = {}
    for rank, figure in enumerate(ranked):
        first.setdefault((figure.about, figure.unit), rank)
    return tuple(sorted(ranked, key=lambda figure: first[figure.about, figure.unit]))


def _key(m: Mention, sentence: Sentence, k: int) -> tuple[str | None, ...]:
    if m.dimension == "count":
        who = "people" if m.noun is None or m.noun in PEOPLE else m.noun
        if m.event is None and m.noun is None:  # nothing says what it counts: keep it alone
            return ("count", sentence.article_id, str(sentence.start), str(k))
        return ("count", m.event, who)
    if m.dimension in ("percent", "points"):
        return (m.dimension, m.event or m.of_noun)
    if m.dimension.startswith("money"):
        return (m.dimension, m.event or m.noun)
    return (m.dimension,)


def _about(items: list[Reported]) -> str:
    first = items[0].mention
    nouns = Counter(r.mention.noun for r in items if r.mention.noun)
    events = Counter(r.mention.event for r in items if r.mention.event)
    noun = nouns.most_common(1)[0][0] if nouns else None
    event = events.most_common(1)[0][0] if events else None
    if first.dimension == "count":
        return " ".join(w for w in (noun or ("people" if event else "count"), event) if w)
    if first.dimension in ("percent", "points"):
        ofs = Counter(r.mention.of_noun for r in items if r.mention.of_noun)
        of = ofs.most_common(1)[0][0] if ofs else None
        return " ".join(x for x in ("share", f"of the {of}" if of else None, event) if x)
    if first.dimension.startswith("money"):
        return " ".join(w for w in ("amount", event or noun) if w)
    return noun or first.dimension  # "barley" (in t), "area" (in km²)


def _agreeing(items: list[Reported]) -> tuple[tuple[Reported, ...], ...]:
    """Split into groups of values that agree (single link), in order of first mention."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i):
            if agree(items[i].mention, items[j].mention):
                parent[root(i)] = root(j)
    groups: dict[int, list[Reported]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return tuple(tuple(g) for g in groups.values())


def agree(a: Mention, b: Mention) -> bool:
    """Whether two values of one quantity are the same figure."""
    if a.vague and b.vague:
        return (a.value, a.high) == (b.value, b.high)
    if a.vague or b.vague:
        vague, exact = (a, b) if a.vague else (b, a)
        assert vague.high is not None
        return vague.value <= exact.value <= vague.high
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _interval(m: Mention) -> tuple[float, float]:
    high = m.high if m.high is not None else m.value
    return m.value / (1 + TOLERANCE), high * (1 + TOLERANCE)
