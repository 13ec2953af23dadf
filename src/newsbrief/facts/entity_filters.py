"""What in an article names no entity of the story, for either recogniser: photo credits
("AP Photo/…", "(Photo: …)", "Image copyright …"), "X contributed to this report", page
furniture ("Follow … on Twitter", "Add … as an interest"), the article's own outlet (its
dateline "(CNN)", the outlet of its furniture and credits), titles of works quoted in the story
("Meet the Press", "Modern Family") and acronyms of things ("CPR", "HPV", "AK-47").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.types import EntityMention

_SMALL = r"(?:the|of|a|an|and|in|on|to|for|with|at|from|&)"
_CREDIT = re.compile(
    r"\((?:Photos?|Images?|Credit|Video)\s*:[^)\n]*\)"  # (Photo: Jordan Strauss/Invision/AP)
    r"|\b(?:AP|AFP|Reuters) Photo/[^)\n]*"  # AP Photo/Natalia Kolesnikova, Pool, file
    r"|\bImage copyright\b.*?(?=Image caption|$)"
    r"|^[^\S\n]*[A-Z][\w.'’ -]{0,40}(?:/[A-Z][\w.'’ -]{0,30})+[^\S\n]*$"  # Name/AFP/Getty Images
    r"|^[^\S\n]*(?:AP|AFP|Reuters|Getty Images|Instagram)[^\S\n]*$"  # a credit on a line alone
    r"|\b(?:Getty Images|FilmMagic|WireImage|Shutterstock)\b"
    r"|^[^\n]{0,120}\bcontributed (?:to )?this (?:report|story|article)[^\n]*"
    r"|^[^\S\n]*[^\n]{0,60}\bon (?:YouTube|Twitter|Instagram|Facebook)[^\S\n]*$",
    re.M,
)
_FURNITURE = re.compile(
    r"^[^\S\n]*(?:Follow|Like us|Add|Share|Subscribe|Sign up|Click|Read or Share|Read more|"
    r"More from|Related:|Citations?:|FROM [A-Z]{3,}|Breaking News Emails|Tweet with a location|"
    r"We've detected|Interested in)\b[^\n]{0,400}$",
    re.M,
)
_OUTLET_NAME = r"([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
_OUTLET = re.compile(
    rf"(?:^|\n)[^\S\n]*(?:[A-Z][A-Z .,]+\s)?\({_OUTLET_NAME}\)\s*[—–-]?\s"  # (CNN) / LONDON (AP) —
    rf"|{_OUTLET_NAME}['’]s?\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+\s+contributed"
    rf"|\b(?:More from|Follow|news, video, and analysis from)\s+{_OUTLET_NAME}"
)
_WORK = re.compile(
    rf"[\"“‘']((?:[A-Z][\w’'-]*|\d+|{_SMALL})(?:\s+(?:[A-Z][\w’'.-]*|\d+|{_SMALL})){{0,6}})[\"”’']"
)
# Acronyms of things and units, not organisations; holidays.
THINGS = frozenset(
    """
    cpr hpv hiv aids dna rna gps pdt pst est edt cst cdt mst gmt utc bst ceo cfo coo cto tv pin
    atm suv mvp icu iq pos ak ok lol omg tf pr pc url usb dvd cd ssn ipo gdp adhd ptsd mri ct
    ivf lgbt lgbtq tba rip faq diy vip
    christmas easter thanksgiving halloween hanukkah ramadan passover diwali
    """.split()
)
_THING_ACRONYM = re.compile(r"-\d")  # "AK-47", "F-16": a model number follows


@dataclass(frozen=True, slots=True)
class Skips:
    """Per article: passages naming no entity and the article's own outlets; story-wide:
    titles of works."""

    spans: tuple[tuple[tuple[int, int], ...], ...]
    outlets: tuple[frozenset[str], ...]
    works: frozenset[str]


def skips(texts: Sequence[str]) -> Skips:
    spans: list[tuple[tuple[int, int], ...]] = []
    outlets: list[frozenset[str]] = []
    works: set[str] = set()
    for text in texts:
        found = [m.span() for m in _CREDIT.finditer(text)]
        found += [m.span() for m in _FURNITURE.finditer(text)]
        spans.append(tuple(sorted(found)))
        names = {g.strip() for m in _OUTLET.finditer(text) for g in m.groups() if g}
        outlets.append(frozenset(_outlet(n) for n in names if n))
        works.update(_work(m.group(1)) for m in _WORK.finditer(text))
    works.discard("")
    return Skips(tuple(spans), tuple(outlets), frozenset(works))


def _outlet(name: str) -> str:
    name = name.split(". ")[0]
    return re.sub(r"\s+(?:Investigations|Politics|Digital|Online)$", "", name).rstrip(".")


def _work(title: str) -> str:
    """A quoted title of a work: two or more words, or one that is no sentence ("Conan")."""
    words = title.split()
    if not words or words[-1].lower() in {"the", "of", "a", "an", "and", "in", "to", "for"}:
        return ""
    return title.rstrip(".")


def keep(mentions: list[EntityMention], text: str, i: int, skip: Skips) -> list[EntityMention]:
    """The mentions of article ``i`` that name an entity of the story."""
    spans, outlets = skip.spans[i], skip.outlets[i]
    out = []
    for m in mentions:
        if any(s <= m.start < e for s, e in spans):
            continue
        if m.name in outlets or any(m.name.startswith(o + " ") for o in outlets):
            continue
        if _is_work(m.name, skip.works) or _is_thing(m.name, text, m.end):
            continue
        out.append(m)
    return out


def _is_work(name: str, works: frozenset[str]) -> bool:
    bare = name.rstrip("‘’'s") if name.endswith(("‘s", "’s", "'s")) else name
    return bare in works or any(f" {name} " in f" {w} " and " " in w for w in works)


def _is_thing(name: str, text: str, end: int) -> bool:
    if name.lower().replace(".", "") in THINGS:
        return True
    return name.isupper() and bool(_THING_ACRONYM.match(text, end))
