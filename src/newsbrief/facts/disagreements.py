"""Figures -> disagreements: outlets giving materially different values for one quantity.

A quantity (``figures.Quantity``) whose agreeing-value groups are reported by different outlets
is a disagreement when each side's outlet commits to one value (an article that itself gives two
values, such as 50,000 in two days and 20,000 on Saturday, is telling a story, not disagreeing)
and the reports do not refer to different times: two sentences dated differently ("on Monday" /
"since Nov. 15") count different things. Magnitudes in words ("thousands") never disagree with
a count.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.facts.figures import Quantity, Reported
from newsbrief.types import Article, Disagreement


def disagreements(
    quantities: Sequence[Quantity], articles: Sequence[Article]
) -> tuple[Disagreement, ...]:
    published = {a.id: a.published.date().isoformat() if a.published else None for a in articles}
    out = []
    for quantity in quantities:
        sides = _sides(quantity)
        if len(sides) < 2 or not _same_time(sides):
            continue
        outlets = {r.article_id for side in sides for r in side}
        if len(outlets) < 2:
            continue
        out.append(
            Disagreement(
                about=quantity.about,
                unit=quantity.unit,
                sides=tuple(tuple(r.report() for r in side) for side in sides),
                note=_note(sides, published),
            )
        )
    return tuple(out)


def _sides(quantity: Quantity) -> list[list[Reported]]:
    exact = [[r for r in group if not r.mention.vague] for group in quantity.groups]
    exact = [group for group in exact if group]
    groups_of: dict[str, set[int]] = {}
    for k, group in enumerate(exact):
        for r in group:
            groups_of.setdefault(r.article_id, set()).add(k)
    committed = {a for a, ks in groups_of.items() if len(ks) == 1}
    sides = [[r for r in group if r.article_id in committed] for group in exact]
    return [side for side in sides if side]


def _same_time(sides: list[list[Reported]]) -> bool:
    """The dated sides share a time expression (undated sides may be about any time)."""
    anchors = [a for a in (frozenset().union(*(r.anchors for r in side)) for side in sides) if a]
    return len(anchors) < 2 or bool(frozenset.intersection(*anchors))


def _note(sides: list[list[Reported]], published: dict[str, str | None]) -> str:
    dates = {published[r.article_id] for side in sides for r in side}
    known = sorted(d for d in dates if d)
    if len(known) > 1:
        return f"reported on different dates ({', '.join(known)}): the figure may have changed"
    if None in dates:
        return "not every report is dated: the values may be from different days"
    return f"all reported on {known[0]}" if known else ""
