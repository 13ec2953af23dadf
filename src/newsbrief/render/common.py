"""What the renderers share: source numbers, citation markers, and figures as a reader sees them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from newsbrief.nlp.lexicon import UNITS
from newsbrief.types import Briefing, Disagreement, Figure, FigureReport, TimelineEvent


def source_numbers(briefing: Briefing) -> dict[str, int]:
    """Article id -> the 1-based number shown in citation markers."""
    return {a.id: n for n, a in enumerate(briefing.articles, 1)}


def markers(briefing: Briefing, citations: Any) -> list[int]:
    """Distinct source numbers of ``citations``, in citation order."""
    numbers = source_numbers(briefing)
    return list(dict.fromkeys(numbers[c.article_id] for c in citations))


def shown_reports(reports: Iterable[FigureReport]) -> list[FigureReport]:
    """Reports as a reader sees them: an article that gives the same figure in the same words
    twice ("100,000" in its lead and again in a quote) is listed once, at its first mention."""
    seen: set[tuple[str, str]] = set()
    out = []
    for r in reports:
        key = (r.citation.article_id, r.text.casefold())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


_OPENS_SENTENCE = re.compile(r"[A-Z](?=[a-z]+\b)")


def as_written_inside(text: str) -> str:
    """A figure's words as they read inside a line: "More than 100,000", "Millions", "Two"
    capitalised only because they opened their sentence are "more than 100,000", "millions",
    "two" (a figure's words open with a number, a qualifier or a magnitude, never a name; JSON
    keeps the source's spelling)."""
    return text[0].lower() + text[1:] if _OPENS_SENTENCE.match(text) else text


# A measure's unit (m, km, km², t, l, °, …) is not shown beside its label: each value is written
# in its own ("5 to 10 feet", "about 45 miles"), and "height of surges (m): 5 to 10 feet" read
# as a wrong unit (read7); a currency's and a share's are shown ("debt ($)", "share held (%)").
_MEASURES = frozenset(
    u for dim, u, _ in UNITS.values() if u and not dim.startswith(("money", "percent", "points"))
)


def shown_unit(unit: str | None) -> str | None:
    """The unit a figure's or a disagreement's label shows (see ``_MEASURES``)."""
    return None if unit in _MEASURES else unit


def quantities(figures: Iterable[Figure]) -> list[tuple[str, str | None, list[Figure]]]:
    """The figures of each quantity (what, in which unit, when, of what) together: the groups
    of its values that do not agree, which the facts list one after another, most widely
    reported first. ``about`` here is the label as shown (see ``context``). A figure apart from
    its quantity (``Figure.apart``: another thing counted under the same label) is a line of its
    own."""
    out: list[tuple[str, str | None, list[Figure]]] = []
    last = None
    for f in figures:
        key = (f.about, f.unit, f.window, f.scope)
        if out and key == last and not f.apart:
            out[-1][2].append(f)
        else:
            out.append((f.about, shown_unit(f.unit), [f]))
        last = key
    return out


def context(fact: Figure | Disagreement) -> str:
    """What a quantity's label leaves out, as the facts show it after the label: its scope and
    window ("of the city", "since Nov. 15"), "" when it has neither."""
    return ", ".join(x for x in (fact.scope, fact.window) if x)


INFERRED_NOTE = "date inferred from other articles"


def event_date(event: TimelineEvent) -> str | None:
    """An event's date at its precision: "2016-12-13", "2016-09" (a month), "2016" (a year),
    "week of 2016-12-12" (a week, by its Monday)."""
    if event.date is None:
        return None
    iso = event.date.isoformat()
    return {"month": iso[:7], "year": iso[:4], "week": f"week of {iso}"}.get(event.precision, iso)


@lru_cache(maxsize=4)
def template(name: str) -> Any:
    """The Jinja2 template ``name`` of render/templates/, autoescaped (article text is data)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("newsbrief", "render/templates"),
        autoescape=select_autoescape(["html"]),
    )
    return env.get_template(name)
