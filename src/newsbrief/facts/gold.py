"""Score facts against hand-made gold (tests/fixtures/facts-gold/): precision and recall of
figures, quotes, quotes with their speaker, and dates.

Items are matched one to one within an article: a figure by its text as written (one containing
the other) and value; a quote by its first words and, for "with speaker", the speaker's surname;
a date by its expression less cue words ("on Monday" = "Monday") and its resolved date. The gold
dates an article without a publication date only where its own text fixes the date, so such an
article's dates are scored as its text resolves them, not as the timeline infers them from the
story's other articles (``TimelineEvent.inferred``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsbrief.facts.quotes import words
from newsbrief.facts.timeline import find_date, find_dates
from newsbrief.types import Article, Facts

KINDS = ("figures", "quotes", "quotes with speaker", "dates")
_CUES = re.compile(
    r"^(?:until at least|earlier in|later in|earlier|later|on|in|at|since|until|by|from|late"
    r"|early|mid-?|for|during|before|after)\s+",
    re.IGNORECASE,
)
_PART_OF_DAY = re.compile(r"\s+(?:night|morning|afternoon|evening)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Story:
    name: str
    source: dict[str, str]
    gold: dict[str, list[list[Any]]]


@dataclass
class Count:
    found: int = 0  # items the system gave
    gold: int = 0  # items in the gold set
    matched: int = 0

    def add(self, other: Count) -> None:
        self.found += other.found
        self.gold += other.gold
        self.matched += other.matched

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def load(folder: Path) -> list[Story]:
    stories = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold = {k: data.get(k, []) for k in ("figures", "quotes", "dates")}
        stories.append(Story(data["story"], data["source"], gold))
    return stories


def score(
    facts: Facts, articles: Sequence[Article], gold: dict[str, list[list[Any]]]
) -> dict[str, Count]:
    """Counts per kind for one story; ``gold`` article numbers index ``articles``."""
    index = {a.id: i for i, a in enumerate(articles)}
    figures = [
        (index[r.citation.article_id], r.text, r.value, f.unit)
        for f in facts.figures
        for r in f.reports
    ]
    quotes = [
        (index[c.article_id], speaker, q.text)
        for q in facts.quotes
        for c, speaker in zip(q.citations, q.cited_speakers(), strict=True)
    ]
    dates = []
    for e in facts.timeline:
        for c in e.citations:
            article = articles[index[c.article_id]]
            anchor = article.published.date() if isinstance(article.published, datetime) else None
            passage = article.text[c.start : c.end]
            found = find_date(passage, anchor)
            when = e.when if e.when in passage or found is None else found.when
            day = e.date if anchor is not None else _own_date(passage, when)
            dates.append((index[c.article_id], when, day))
    gold_quotes = gold["quotes"]
    return {
        "figures": _match(figures, gold["figures"], _same_figure),
        "quotes": _match(quotes, gold_quotes, _same_quote),
        "quotes with speaker": _match(
            [q for q in quotes if q[1]], [g for g in gold_quotes if g[1]], _same_speaker
        ),
        "dates": _match(dates, gold["dates"], _same_date),
    }


def _own_date(passage: str, when: str) -> date | None:
    """The date an undated article's ``passage`` fixes for ``when`` by itself."""
    return next((f.date for f in find_dates(passage, None) if f.when == when), None)


def _match(
    found: list[tuple[Any, ...]], gold: list[list[Any]], same: Callable[[Any, Any], bool]
) -> Count:
    """Greedy one-to-one matching, gold items in order."""
    left = list(found)
    matched = 0
    for g in gold:
        for k, item in enumerate(left):
            if item[0] == g[0] and same(item, g):
                del left[k]
                matched += 1
                break
    return Count(found=len(found), gold=len(gold), matched=matched)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("–", "-").replace("’", "'").split())


def _same_figure(item: tuple[Any, ...], g: list[Any]) -> bool:
    _, text, value, unit = item
    a, b = f" {_norm(text)} ", f" {_norm(g[1])} "
    if not (a in b or b in a):  # whole words: "two" is in "at least two", "10" not in "100"
        return False
    return unit is not None or abs(value - g[2]) <= 0.01 * abs(g[2])


def _same_quote(item: tuple[Any, ...], g: list[Any]) -> bool:
    return words(g[2]) in words(item[2])


def _same_speaker(item: tuple[Any, ...], g: list[Any]) -> bool:
    if not _same_quote(item, g):
        return False
    said, expected = _norm(item[1]), _norm(g[1])
    return said.split()[-1] == expected.split()[-1] or said in expected or expected in said


def _core(when: str) -> str:
    when = _PART_OF_DAY.sub("", _norm(when))
    while True:
        bare = _CUES.sub("", when)
        if bare == when:
            return when
        when = bare


def _same_date(item: tuple[Any, ...], g: list[Any]) -> bool:
    expected = date.fromisoformat(g[2]) if g[2] else None
    return _core(item[1]) == _core(g[1]) and item[2] == expected
