"""Sentences -> timeline: dated events, relative dates resolved against publication dates.

A sentence with a date expression ("on Wednesday", "since Nov. 15", "in September", "earlier in
December", "this week", "Dec. 13, 2016") is an event at that date. Relative expressions are
resolved against ``Article.published``: a weekday is the last one on or before the publication
date (the next one after it when the sentence looks ahead: "until Friday", "will … on Monday"),
a month without a year the last one on or before it. Without a publication date such an event
keeps ``date=None`` and shows ``when`` as written. Years alone ("in 2011") are background, not
events, and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from newsbrief.nlp.stopwords import ENGLISH
from newsbrief.nlp.tokens import stems
from newsbrief.types import Article, Citation, Sentence, TimelineEvent

_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_CUE = r"(?:(?P<cue>(?:[Bb]y|[Uu]ntil|[Ss]ince) (?:[Mm]id-|early|late)|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]arlier in|[Ll]ater in|[Ii]n|[Dd]uring|[Bb]efore|[Aa]fter)(?:(?<=-)|\s+))?"  # noqa: E501
_DATE = re.compile(
    rf"\b{_CUE}(?:"
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}(?:\s+(?P<year2>\d{{4}}))?\b"
    rf"|{_MONTH.replace('month', 'month3')}(?:\s+(?P<year3>\d{{4}}))?\b"
    rf"|(?P<weekday>{'|'.join(_WEEKDAYS)})\b(?!s)"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
    rf"|(?P<rel>[Tt]oday|[Yy]esterday|[Tt]onight"
    rf"|[Tt]his (?:morning|afternoon|evening|week|weekend|month)"
    rf"|[Ll]ast (?:night|week|weekend|month)|[Ee]arlier this (?:week|month))\b"
    rf"|(?P<chained>(?:[Ll]ater|[Ee]arlier) that (?:same )?month|[Tt]hat same month"
    rf"|[Tt]he (?:following|next) (?:day|week|month)|[Tt]he (?:day|week) before)\b"
    rf")"
)
_HINT = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]his (?:morning|afternoon|evening|week|month)"
    r"|[Ll]ast (?:night|week|month)|[Ee]arlier this|\d{4}-\d\d-"
    r"|(?:that|following|next) (?:same )?(?:day|week|month)"
    r"|(?:day|week) before)"
)
# ``_HINT`` and "That same month": a sentence without it has no time expression of ``_DATE``.
_ANCHOR_HINT = re.compile(_HINT.pattern.replace("(?:that|following", "(?:[Tt]hat|following"))
# Every expression of ``_DATE`` but an ISO date holds one of these words (Monday, today, this
# morning, last night, the following week, that same month, Jan. 5, Sept 9, …): a sentence with
# none of them names no date, which substring tests tell faster than a pattern.
_DATE_WORDS = (
    "day",
    "week",
    "month",
    "night",
    "morning",
    "afternoon",
    "evening",
    *(m[:3] for m in _MONTH_NAMES),
)
_ISO = re.compile(r"-\d\d-\d\d")  # in every ISO date; a pattern that starts with "-" is fast


def _may_date(text: str) -> bool:
    for word in _DATE_WORDS:
        if word in text:
            return True
    return _ISO.search(text) is not None


# Time spans that make two reports of a count incomparable but are no event dates.
_SPAN = re.compile(
    r"\b(?:in|over|during|within|for) the (?:past|last|previous|first) (?:\w+ )?"
    r"(?:hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_LISTED = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s+"
    r"(?:and|or|to|through|until)\s+$"
)
# Cues that only point at the expression ("In this Jan. 29, 2006, file photo").
_DEICTIC = frozenset({"this", "that"})
_FUTURE_CUES = frozenset({"until", "by", "next", "from"})
_FUTURE_VERB = re.compile(r"\b(?:will|would|is due|are due|is expected|forecast|plans? to)\b")
# Events sharing a date and this share of content words report the same thing.
_SAME_EVENT = 0.3


@dataclass(frozen=True, slots=True)
class _Found:
    when: str
    date: date | None
    start: int  # offset of ``when`` in the sentence


def time_anchors(text: str) -> frozenset[str]:
    """The time expressions of a sentence, lower-cased, without "on"/"since" cues."""
    hint = _ANCHOR_HINT.search(text) if _may_date(text) else None
    if hint is None:  # most sentences name no date: skip the full pattern
        return frozenset(m.group().lower() for m in _SPAN.finditer(text))
    out = {
        _bare(m).lower() for m in _DATE.finditer(text, _no_date_before(text, hint)) if _is_date(m)
    }
    out.update(m.group().lower() for m in _SPAN.finditer(text))
    return frozenset(out)


def _no_date_before(text: str, hint: re.Match[str]) -> int:
    """A position before which no match of ``_DATE`` starts, given the first match of
    ``_ANCHOR_HINT``: every date expression holds one no more than 8 characters in ("Earlier
    that month") or after its day and spaces ("5  December"), and its cue (11 characters at
    most: "Until early") and spaces come before it; ``_DATE`` need not be tried before."""
    start = hint.start()
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    j = min(j - 2, start - 8)
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return max(0, j - 16)


def _bare(m: re.Match[str]) -> str:
    return m.group()[m.end("cue") - m.start() :].lstrip() if m.group("cue") else m.group()


def _is_date(m: re.Match[str]) -> bool:
    if m.group("month3") and _LISTED.search(m.string, 0, m.start()):
        return True  # "in May and June": the second month of a list
    if m.group("month3") and m.group("month3") == "May" and not m.group("cue"):
        return False  # "May" alone is a verb more often than a month
    if m.group("month3") and m.group("month3").endswith(".") and not m.group("cue"):
        return False
    return not (m.group("month3") and not m.group("cue") and not m.group("year3"))


def timeline(
    articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> tuple[TimelineEvent, ...]:
    events: list[tuple[TimelineEvent, set[str], int, int]] = []
    for order, (article, article_sentences) in enumerate(zip(articles, sentences, strict=True)):
        anchor = article.published.date() if isinstance(article.published, datetime) else None
        for sentence in article_sentences:
            dates = find_dates(sentence.text, anchor)
            if not dates:
                continue
            citation = Citation(sentence.article_id, sentence.start, sentence.end)
            words = {w for w in stems(sentence.text) if w not in ENGLISH and w.isalpha()}
            for found in dates:
                for i, (event, other_words, _, _) in enumerate(events):
                    if _same(event, found, words, other_words):
                        events[i] = (_cited(event, citation), other_words | words, *events[i][2:])
                        break
                else:
                    event = TimelineEvent(found.date, found.when, sentence.text, (citation,))
                    events.append((event, words, order, sentence.start))
    events.sort(key=lambda e: (e[0].date is None, e[0].date or date.min, e[2], e[3]))
    return tuple(e[0] for e in events)


def _cited(event: TimelineEvent, citation: Citation) -> TimelineEvent:
    if citation in event.citations:
        return event
    return TimelineEvent(event.date, event.when, event.event, (*event.citations, citation))


def _same(event: TimelineEvent, found: _Found, words: set[str], other: set[str]) -> bool:
    if event.date != found.date or (found.date is None and event.when != found.when):
        return False
    if not words or not other:
        return False
    return len(words & other) / len(words | other) >= _SAME_EVENT


def find_date(text: str, anchor: date | None) -> _Found | None:
    """The first date expression of ``text`` that names a day or a month, resolved."""
    found = find_dates(text, anchor)
    return found[0] if found else None


def find_dates(text: str, anchor: date | None) -> list[_Found]:
    """Every date expression of ``text`` that names a day or a month, resolved; one per date."""
    hint = _ANCHOR_HINT.search(text) if _may_date(text) else None
    if hint is None or _HINT.search(text, hint.start()) is None:  # most name no date
        return []
    out: list[_Found] = []
    seen = set()
    for m in _DATE.finditer(text, _no_date_before(text, hint)):
        if not _is_date(m):
            continue
        cue = (m.group("cue") or "").lower()
        dated = m.group("day") or m.group("day2")
        when = _bare(m) if cue in _DEICTIC and dated else m.group()
        found = _Found(when=when, date=_resolve(m, text, anchor), start=m.start())
        key = (found.date, _bare(m).lower()) if found.date is None else (found.date, "")
        if key not in seen:
            seen.add(key)
            out.append(found)
    return out


def _resolve(m: re.Match[str], text: str, anchor: date | None) -> date | None:
    """The date ``m`` names, or None when the text does not fix one, or it is no real date
    ("Feb. 30", "next Monday" after 9999-12-31)."""
    try:
        return _resolved(m, text, anchor)
    except (ValueError, OverflowError):
        return None


def _resolved(m: re.Match[str], text: str, anchor: date | None) -> date | None:
    cue = (m.group("cue") or "").lower().split(" ")[0]
    future = cue in _FUTURE_CUES or bool(_FUTURE_VERB.search(text[: m.start()]))
    if m.group("iso"):
        return date.fromisoformat(m.group("iso"))
    month_name = m.group("month") or m.group("month2") or m.group("month3")
    if month_name:
        month = _month(month_name)
        day = int(m.group("day") or m.group("day2") or 1)
        year = m.group("year") or m.group("year2") or m.group("year3")
        if year:
            return date(int(year), month, day)
        if anchor is None:
            return None
        resolved = date(anchor.year, month, day)
        if resolved > anchor + timedelta(days=1) and not future:
            resolved = date(anchor.year - 1, month, day)
        return resolved
    if anchor is None or m.group("chained"):
        return None  # "the following month": relative to an event, not to publication
    if m.group("weekday"):
        weekday = _WEEKDAYS.index(m.group("weekday"))
        if future:
            return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
        return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    return _relative(m.group("rel").lower(), anchor)


def _relative(rel: str, anchor: date) -> date:
    if rel in ("today", "tonight") or (
        rel.startswith("this ") and rel.endswith(("morning", "afternoon", "evening"))
    ):
        return anchor
    if rel in ("yesterday", "last night"):
        return anchor - timedelta(days=1)
    if rel.endswith("weekend"):
        back = (anchor.weekday() - 5) % 7 + (7 if rel.startswith("last") else 0)
        return anchor - timedelta(days=back)
    if rel.endswith("week"):
        monday = anchor - timedelta(days=anchor.weekday())
        return monday - timedelta(days=7) if rel.startswith("last") else monday
    first = anchor.replace(day=1)  # this month, earlier this month, last month
    return (first - timedelta(days=1)).replace(day=1) if rel.startswith("last") else first


def _month(name: str) -> int:
    key = name.rstrip(".")[:3].lower()
    return [m[:3].lower() for m in _MONTH_NAMES].index(key) + 1
