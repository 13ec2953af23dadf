"""A quantity mention, and what a count with no noun of its own counts, from the count before
it in its sentence: "340 prisoners have been executed …; only three have died" (the same
thing), "97 rockets … hit Israel and 99 more were intercepted" (other ones of the same noun).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # offsets into the text given to ``mentions``
    end: int
    text: str
    value: float  # in the base unit of its dimension (km², m, t, %, …); count: plain number
    high: float | None
    qualifier: str | None
    vague: bool
    unit: str | None  # display unit as written, normalised ("km²", "%", "$")
    dimension: str  # "count", "area", "length", "mass", "percent", "money:$", …
    noun: str | None  # what is counted, e.g. "civilians"
    event: str | None  # what happened to it, canonical ("trapped", "killed", …)
    of_noun: str | None  # "98 percent of the city" -> "city"
    window: str | None = None  # the time it is tied to, as written: "since 2011", "on Wednesday"
    scope: str | None = None  # what a share is of, as written: "of the city"
    subset: bool = False  # "…, including 13 children": part of the mention before it
    converted: bool = False  # "£326 ($420)": the same amount in another currency
    # what it is was read from a phrase after "in" ("$25 million in punitive damages"), which
    # may name a part or a list: a label to show, not one to compare amounts by
    loose: bool = False
    phrase: str | None = None  # what a count counts as written, when more than its noun
    # the label drops what the number is a part or a place of: "reinforcements of 1,000
    # soldiers", "live in just 10 countries" (see ``quantity_context.cut_off``)
    cut: bool = False
    # "knocked 105 of them out of the sky": those of what a count before it counts (its noun,
    # unsaid, is read where the sentence before is known: ``facts.figures``) that the event
    # happened to; with no event read, a part only ("three of them children"), not this
    of_them: bool = False
    # "99 more" / "another 99" of another event than the count before it, whose noun it took
    # (``other_noun``): other things, not more of that count
    other: bool = False


def elided_noun(
    text: str, prev: Mention | None, m: Mention, event: str | None, subset: bool
) -> str | None:
    """A count with no noun of its own, in a clause after that of the count before it in its
    sentence, whose event is that count's, counts the same thing: "340 prisoners have been
    executed since 1790; in the past 50 years only three have died" (not "killed 20 people and
    injured 30": another event; not "Two boys were among the 21 killed": the whole)."""
    if (
        prev is None
        or m.noun is not None
        or subset
        or m.event is None  # its own verb ("have died"), not one carried over ("— two from")
        or m.event != event
        or m.dimension != "count"
        or prev.dimension != "count"
        or prev.event != event
        or prev.subset
        or not _NEW_CLAUSE.search(text, prev.end, m.start)
    ):
        return m.noun
    return prev.noun


def other_noun(text: str, prev: Mention | None, m: Mention, subset: bool) -> str | None:
    """The noun of a count with none of its own that says it counts others ("99 more",
    "another 99") in a clause after the count before it, of another event: "97 rockets fired
    from Gaza hit Israel on Friday and 99 more were intercepted" counts 99 rockets intercepted
    (read as "people" before, and as a part: "more"). Of the same event, "two more were
    killed" is more of that count (``elided_noun``); with no event of its own, "and 30 more"
    carries the verb before it."""
    if (
        prev is None
        or m.noun is not None
        or subset
        or prev.subset
        or m.dimension != "count"
        or prev.dimension != "count"
        or None in (m.event, prev.event)
        or m.event == prev.event
        or not (MORE_AFTER.match(text, m.end) or _ANOTHER.search(text, prev.end, m.start))
        or not _NEW_CLAUSE.search(text, prev.end, m.start)
    ):
        return None
    return prev.noun


# What ends a clause between two counts: a mark, or "and"/"but"/"while" (not "among the").
_NEW_CLAUSE = re.compile(r"[,;:—–]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
# "two more soldiers", not "other": "21 were killed and eight other people wounded"
MORE_AFTER = re.compile(r"\s+more\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\banother\s+$", re.IGNORECASE)


def of_them_nouns(found: list[Mention], before: list[Mention]) -> list[Mention]:
    """A sentence's mentions (``found``), each "N of them" that the event happened to
    (``Mention.of_them``) with the noun of the last count before it that has one, in its
    sentence, else in the sentence before (``before``: "Gaza-based militants have fired around
    300 rockets …. The Iron Dome … has knocked 105 of them out of the sky": 105 rockets
    intercepted). With none there, it keeps no noun, and no label (``facts.figures``)."""
    last = next((m.noun for m in reversed(before) if m.dimension == "count" and m.noun), None)
    out = []
    for m in found:
        if m.of_them and m.noun is None and last is not None:
            m = replace(m, noun=last)
        if m.dimension == "count" and m.noun:
            last = m.noun
        out.append(m)
    return out
