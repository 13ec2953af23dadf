"""People a summary sentence names by surname alone, and whom a sentence introduces.

A reader meeting "Plouffe said …" as a briefing's first mention of him does not know who Plouffe
is, though the articles do ("White House adviser David Plouffe"). A word is a *surname* in a
story when the story's text writes it after a first name ("David Plouffe": a capitalised word
that is no title, honorific, place prefix or sentence opener) and never writes it in lower case
(not "Brown" when the story says "brown"). A sentence *shows someone bare* when it holds a
surname on its own, or after an honorific only ("Mr Wilson"), with no name or title before it
in the same sentence; a sentence *introduces* a surname when it writes it after a first name or
a title ("David Plouffe", "Sen. Warner"). Selection (summarize/extractive.py) takes a sentence
that shows someone bare only after a chosen sentence that introduces them, in reading order.

Built from the sentences' text alone, once per story: the facts stage (which finds people too)
is a sibling that summarize does not import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.nlp.lexicon import (
    HONORIFICS,
    ORG_WORDS,
    PLACE_WORDS,
    PLATFORMS,
    ROLE_WORDS,
    TITLES,
)
from newsbrief.nlp.names import NOT_NAMES
from newsbrief.types import Sentence

# A capitalised word: "Plouffe", "McDonald", "O'Brien", "Al-Assad" (not "I", "CNN", "U.S.").
_CAPITALISED = re.compile(
    r"(?<![\w'’.-])[A-Z](?:['’](?=[A-Z]))?(?:[A-Z]?[a-z]+)+(?:-[A-Z][a-z]+)?(?![\w-])"
)
# The word before it, when only one space stands between: "David", "Sen.", "J.", "Mr".
_WORD_BEFORE = re.compile(r"(?:^|\s)([\w.'’-]+)$")
# A first name, or its initial; a word of a name.
_FIRST_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.")
# After a person's name: "Conlon said", "Conlon, 47,", "Conlon, who …".
_CUE = re.compile(
    r",? (?:said|says|told|added|wrote|asked|explained|testified|tweeted)\b|, (?:who\b|\d)"
)
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
# First words of places, not first names ("New York", "South Korea", "Los Angeles").
_PLACE_PREFIXES = frozenset(
    """
    new north south east west northern southern eastern western central upper lower greater
    great los las san santa saint st st. hong sri saudi costa puerto tel rio buenos el la le
    united fort mount port lake cape
    """.split()
)
# Words before a capitalised word that make it no one's bare surname ("the House").
_ARTICLES = frozenset("the a an".split())
# Words for groups of people, not surnames: "Egyptians", "Palestinians", "Republicans".
_PLURAL_GROUP = re.compile(r"(?:ians|icans|eans|ites)$")
_PARTIES = frozenset("republican republicans democrat democrats".split())
_NOT_FIRST = NOT_NAMES | TITLES | HONORIFICS | ROLE_WORDS | ORG_WORDS | _PLACE_PREFIXES
_NOT_SURNAME = NOT_NAMES | TITLES | ORG_WORDS | PLACE_WORDS | PLATFORMS | _PARTIES
_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class People:
    """Per sentence: the surnames it shows bare, and those it introduces."""

    bare: tuple[frozenset[str], ...]
    introduces: tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class _Mentions:
    bare: list[str]  # surname candidates shown on their own or after an honorific
    named: list[str]  # capitalised words after a first name or a title
    pairs: list[tuple[str, str, bool]]  # (first name, word, whether the name opens a sentence)
    cued: list[str]  # capitalised words a person's cue follows or precedes: "said", "Mr"


def people(sentences: Sequence[Sentence]) -> People:
    """Surnames of the story (see the module docstring) and each sentence's use of them."""
    found = [_mentions(s.text) for s in sentences]
    story = _surnames(found, sentences)
    bare, introduces = [], []
    for m in found:
        named = frozenset(w for w in m.named if w in story) if m.named else _NONE
        shown = frozenset(w for w in m.bare if w in story and w not in named) if m.bare else _NONE
        bare.append(shown)
        introduces.append(named)
    return People(bare=tuple(bare), introduces=tuple(introduces))


def unintroduced(people: People, order: Sequence[int]) -> list[int]:
    """Those of ``order`` (sentences in reading order) that show someone bare whom no sentence
    before them introduces."""
    known: set[str] = set()
    out = []
    for i in order:
        if not people.bare[i] <= known:
            out.append(i)
        known |= people.introduces[i]
    return out


def _mentions(text: str) -> _Mentions:
    bare: list[str] = []
    named: list[str] = []
    pairs: list[tuple[str, str, bool]] = []
    cued: list[str] = []
    for m in _CAPITALISED.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            continue  # not the last word of a name: "Brown University", "David Plouffe"
        if _CUE.match(text, end):
            cued.append(word)
        before = _WORD_BEFORE.search(text, max(0, start - 30), start - 1) if start else None
        if before is None or text[start - 1] != " ":
            bare.append(word)  # opens the sentence, or after punctuation: "(Plouffe"
            continue
        previous = before.group(1)
        low = previous.lower()
        if low in HONORIFICS:
            bare.append(word)  # "Mr Wilson", "Ms. Katz"
            cued.append(word)
        elif previous[0].isupper() and low.rstrip(".") not in NOT_NAMES:
            named.append(word)
            first = before.start(1)
            if _first_name(text, previous, first):
                pairs.append((previous, word, not first))  # "David Plouffe", "J. Plouffe"
        elif low not in _ARTICLES:
            bare.append(word)  # "said Plouffe", "When Plouffe"
    return _Mentions(bare=bare, named=named, pairs=pairs, cued=cued)


def _first_name(text: str, word: str, start: int) -> bool:
    """Is ``word`` (at ``start``) a first name: one capitalised word or an initial, not after
    another capitalised word other than a title ("Getty Images Pentagon", "New York Republican";
    "Sen. Ben Sasse" is one)? (One that opens a sentence may be any word: "Landlocked Mali";
    see _surnames.)"""
    if not _FIRST_NAME.fullmatch(word) or word.lower() in _NOT_FIRST:
        return False
    if not start:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start - 1)
    if before is None or text[start - 1] != " ":
        return True
    previous = before.group(1)
    return not _NAME_WORD.fullmatch(previous) or previous.lower() in TITLES


def _surnames(found: Sequence[_Mentions], sentences: Sequence[Sentence]) -> frozenset[str]:
    """Words written after a first name somewhere in the story, neither of them ever in lower
    case ("Early Christians", "Bear Arms": the story writes "early", "bear"). A name that opens
    a sentence counts only for a word that is somewhere a speaker or after "Mr" ("Earl Conlon,
    a Georgia trucker" with "Conlon said"; not "Landlocked Mali has …")."""
    cued = {w for m in found for w in m.cued}
    pairs = {
        (f, w)
        for m in found
        for f, w, opening in m.pairs
        if w.lower() not in _NOT_SURNAME
        and not _PLURAL_GROUP.search(w)
        and (not opening or w in cued)
    }
    if not pairs:
        return _NONE
    text = "\n".join(s.text for s in sentences)
    lower: dict[str, bool] = {}
    out = set()
    for first, word in pairs:
        for w in (first, word):
            if w not in lower:
                lower[w] = _in_lower_case(w, text)
        if not lower[first] and not lower[word]:
            out.add(word)
    return frozenset(out)


def _in_lower_case(word: str, text: str) -> bool:
    low = word.lower()
    return low in text and re.search(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", text) is not None
