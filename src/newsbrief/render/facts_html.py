"""The facts as plain data for the HTML template: each citation resolved to a link, bar widths
for the figure charts, positions on the timeline axis. Escaping is the template's (Jinja2
autoescape); nothing here builds markup.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from newsbrief.render.common import (
    INFERRED_NOTE,
    as_written_inside,
    context,
    event_date,
    quantities,
    shown_reports,
    shown_unit,
)
from newsbrief.types import Briefing, Citation, Facts, FigureReport, TimelineEvent

_KINDS = (("person", "People"), ("organisation", "Organisations"), ("place", "Places"))
_GAP = 31  # days: dates further apart are drawn on separate stretches of the timeline axis
_BREAK = 6.0  # % of the axis between two stretches


def fact_spans(
    briefing: Briefing, cited: dict[str, dict[tuple[int, int], list[int]]]
) -> dict[str, list[tuple[int, int]]]:
    """Add the passages facts cite to ``cited`` (article id -> span -> summary sentences) where
    they overlap no passage already marked; return every marked span per article, sorted."""
    facts = (briefing.facts or Facts()).shown()
    for c in sorted(_citations(facts), key=lambda c: (c.start, -c.end)):
        spans = cited.setdefault(c.article_id, {})
        if (c.start, c.end) in spans:
            continue
        if all(c.end <= a or c.start >= b for a, b in spans):
            spans[(c.start, c.end)] = []
    return {a: sorted(spans) for a, spans in cited.items()}


def _citations(facts: Facts) -> Iterable[Citation]:
    for f in facts.figures:
        yield from (r.citation for r in f.reports)
    for q in facts.quotes:
        yield from q.citations
    for e in facts.timeline:
        yield from e.citations


class _Linker:
    """Resolves citations to links into the article column and figure reports to chart rows."""

    def __init__(
        self,
        briefing: Briefing,
        marked: dict[str, list[tuple[int, int]]],
        numbers: dict[str, int],
        passage_id: Callable[[int, int], str],
    ) -> None:
        self.sources = {a.id: a.source for a in briefing.articles}
        self.marked, self.numbers, self.passage_id = marked, numbers, passage_id

    def link(self, c: Citation) -> dict[str, Any]:
        """The marked passage containing the citation's start, else the article."""
        n = self.numbers[c.article_id]
        for a, b in self.marked.get(c.article_id, ()):
            if a <= c.start < b:
                return {"number": n, "href": "#" + self.passage_id(n, a)}
        return {"number": n, "href": f"#article-{n}"}

    def links(self, citations: Iterable[Citation]) -> list[dict[str, Any]]:
        """One link per source, the first of its citations."""
        seen: dict[int, dict[str, Any]] = {}
        for c in citations:
            item = self.link(c)
            seen.setdefault(item["number"], item)
        return list(seen.values())

    def rows(self, reports: Sequence[FigureReport]) -> list[dict[str, Any]]:
        """Table rows with a bar from 0 (or a range's low end) to the value, in % of the top."""
        top = max((r.high or r.value for r in reports), default=0.0)
        return [
            {
                "text": as_written_inside(r.text),
                "source": self.sources[r.citation.article_id],
                "link": self.link(r.citation),
                "left": _pct(r.value if r.high is not None else 0.0, top),
                "width": max(1.0, _pct((r.high or r.value) - (r.value if r.high else 0), top)),
            }
            for r in reports
        ]


def facts_view(
    briefing: Briefing,
    marked: dict[str, list[tuple[int, int]]],
    numbers: dict[str, int],
    passage_id: Callable[[int, int], str],
) -> dict[str, Any] | None:
    if briefing.facts is None:
        return None
    facts = briefing.facts.shown()
    linker = _Linker(briefing, marked, numbers, passage_id)
    disputed = {(d.about, shown_unit(d.unit), context(d)) for d in facts.disagreements}
    # One table per quantity, on one scale, a rule between its groups of values.
    figures = []
    for about, unit, run in quantities(facts.figures):
        groups = [shown_reports(f.reports) for f in run]
        rows = linker.rows([r for group in groups for r in group])
        starts = set(itertools.accumulate(len(group) for group in groups[:-1]))
        for k, row in enumerate(rows):
            row["next_group"] = k in starts
        where = context(run[0])
        figures.append(
            {
                "about": about,
                "unit": unit,
                "context": where,
                "disputed": (about, unit, where) in disputed and not run[0].apart,
                "rows": rows,
            }
        )
    disagreements = [
        {
            "about": d.about,
            "unit": shown_unit(d.unit),
            "context": context(d),
            "note": d.note,
            "rows": linker.rows([r for side in d.sides for r in shown_reports(side)]),
        }
        for d in facts.disagreements
    ]
    quotes = [
        {
            "speaker": q.speaker,
            "role": q.role,
            "text": q.text,
            "links": linker.links(q.citations),
            # each outlet's speaker, when they differ
            "credits": [{"speaker": s, "links": linker.links(cs)} for s, cs in q.credits()],
        }
        for q in facts.quotes
    ]
    return {
        "figures": figures,
        "disagreements": disagreements,
        "quotes": quotes,
        **_timeline(facts, linker),
        "entities": _entities(facts, linker),
    }


def _machine_date(event: TimelineEvent) -> str | None:
    """The date as HTML's ``datetime`` attribute takes it: a week as its ISO week ("2016-W49")."""
    if event.date is not None and event.precision == "week":
        year, week, _ = event.date.isocalendar()
        return f"{year}-W{week:02d}"
    return event_date(event)


def _timeline(facts: Facts, linker: _Linker) -> dict[str, Any]:
    """The events as the list shows them, and the axis drawn above it."""
    events = [
        {
            "date": event_date(e),
            "datetime": _machine_date(e),
            "when": e.when,
            "inferred": INFERRED_NOTE if e.inferred else None,
            "event": e.event,
            "links": linker.links(e.citations),
        }
        for e in facts.timeline
    ]
    return {"timeline": events, "axis": _axis(facts.timeline, linker)}


def _axis(events: Sequence[TimelineEvent], linker: _Linker) -> dict[str, Any] | None:
    """A date axis broken where dates lie more than ``_GAP`` days apart (September 2015 and a
    week of December 2016 side by side, not one dot at each end): stretches of nearby dates,
    each as wide as its share of the dates, one dot per date (the events on it in its title;
    hollow when every date on it is inferred)."""
    on: dict[date, list[TimelineEvent]] = {}
    for e in events:
        if e.date is not None:
            on.setdefault(e.date, []).append(e)
    if not on:
        return None
    runs: list[list[date]] = []
    for day in sorted(on):
        if runs and (day - runs[-1][-1]).days <= _GAP:
            runs[-1].append(day)
        else:
            runs.append([day])
    room = 100.0 - _BREAK * (len(runs) - 1)
    weights = [len(run) + 1 for run in runs]
    left, stretches, dots = 0.0, [], []
    for run, weight in zip(runs, weights, strict=True):
        width = room * weight / sum(weights)
        span = (run[-1] - run[0]).days
        for rank, day in enumerate(run):
            x = left + (width * _place(rank, len(run), (day - run[0]).days, span))
            dots.append(_dot(on[day], round(x, 1), linker))
        first, last = (event_date(on[d][0]) for d in (run[0], run[-1]))
        stretches.append(
            {
                "left": round(left, 1),
                "width": round(width, 1),
                "first": first,
                "last": last if span else None,
            }
        )
        left += width + _BREAK
    return {
        "first": event_date(on[min(on)][0]),
        "last": event_date(on[max(on)][0]),
        "stretches": stretches,
        "dots": dots,
    }


def _place(rank: int, count: int, days: int, span: int) -> float:
    """Where (0-1) the ``rank``-th of ``count`` dates lies on its stretch: half by its day, half
    by its rank, so that dates a day apart do not hide each other's dots."""
    if count == 1 or span == 0:
        return 0.5
    return 0.5 * days / span + 0.5 * rank / (count - 1)


def _dot(events: list[TimelineEvent], left: float, linker: _Linker) -> dict[str, Any]:
    label = event_date(events[0])
    return {
        "left": left,
        "href": linker.links(events[0].citations)[0]["href"],
        "title": "\n".join(f"{label}: {e.event}" for e in events),
        "count": len(events),
        "inferred": all(e.inferred for e in events),
    }


def _entities(facts: Facts, linker: _Linker) -> list[dict[str, Any]]:
    return [
        {
            "heading": heading,
            "entries": [
                {
                    "name": e.name,
                    "aliases": ", ".join(e.aliases),
                    "links": linker.links(e.citations),
                }
                for e in facts.entities
                if e.kind == kind
            ],
        }
        for kind, heading in _KINDS
        if any(e.kind == kind for e in facts.entities)
    ]


def _pct(value: float, top: float) -> float:
    return round(100.0 * value / top, 1) if top > 0 else 0.0
