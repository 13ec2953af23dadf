"""Hypothesis: the fast scans of the facts stage find what the plain patterns find.

Names are matched from capital letters only, number starts with two scans, dates from just
before the first date hint: each must give the matches of the one pattern tried everywhere.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.facts.quotes.full_names import NO_NAME_WORDS
from newsbrief.facts.timeline import (
    _ANCHOR_HINT,
    _DATE,
    _HINT,
    _SPAN,
    _TOKEN_WORDS,
    _may_date,
    _no_date_before,
    _spans,
)
from newsbrief.nlp.lexicon import TITLES
from newsbrief.nlp.names import LONG_NAME_RUN, NAME_RUN, _runs, names
from newsbrief.nlp.quantities import _DIGIT_START, _WORD_START

PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\n\n   ",
        "      ",
        ",",
        ".",
        "-",
        "“",
        "(",
        "$",
        "£",
        "€",
        "5",
        "12",
        "1,000",
        ".5",
        "2016-12-13",
        "Bashar al-Assad",
        "bin-Laden",
        "xbin-Laden",
        "ibn-Saud",
        "el-Sisi",
        "U.N.",
        "Dr. Ada Roe",
        "Syrian Observatory for Human Rights",
        "Secretary of State",
        "the",
        "a",
        "an",
        "km",
        "acre",
        "percent",
        "one",
        "One",
        "ONE",
        "twenty-one",
        "tens",
        "thousands",
        "Dozens",
        "often",
        "someone",
        "Monday",
        "on",
        "Until early",
        "mid-",
        "December",
        "Dec.",
        "Sept",
        "May",
        "today",
        "This morning",
        "last night",
        "Earlier that same month",
        "That same month",
        "The following day",
        "the day before",
        "said",
        "Aleppo",
        "in the past 24 hours",
        "Over THE Last two weeks",
        "٢٠١٦-12-13",
        "’s",
        "Assad’s",
    ]
)
TEXT = st.lists(PIECES, min_size=0, max_size=60).map("".join)

# The pattern that _DIGIT_START and _WORD_START split in two.
ANY_NUMBER = re.compile(r"(?<![\d.,])[$£€]?\d|" + _WORD_START.pattern)


def spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_name_runs_from_capitals_are_the_runs(text: str) -> None:
    for run in (NAME_RUN, LONG_NAME_RUN):
        assert spans(_runs(run, text)) == spans(run.finditer(text))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_two_number_scans_are_one(text: str) -> None:
    found = [*_DIGIT_START.finditer(text), *_WORD_START.finditer(text)]
    assert sorted(spans(found)) == spans(ANY_NUMBER.finditer(text))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_dates_from_the_first_hint_are_all_dates(text: str) -> None:
    every = spans(_DATE.finditer(text))
    if not _may_date(text):
        assert every == []
        return
    hint = _ANCHOR_HINT.search(text)
    if hint is None:
        assert every == []
        return
    start = _no_date_before(text, hint)
    assert spans(_DATE.finditer(text, start)) == every


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` less the lookahead for its first characters that starts it."""
    assert pattern.pattern.startswith("(?=[")
    return re.compile(pattern.pattern[pattern.pattern.index("]") + 2 :], pattern.flags)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_first_characters_looked_for_first_change_no_match(text: str) -> None:
    for pattern in (_HINT, _ANCHOR_HINT, _DATE):
        plain = _without_lookahead(pattern)
        assert spans(pattern.finditer(text)) == spans(plain.finditer(text))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_spans_of_time_skipped_without_the_are_none(text: str) -> None:
    assert _spans(text) == [m.group().lower() for m in _SPAN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_event_words_by_token_are_the_sentences(text: str) -> None:
    from newsbrief.nlp.stopwords import ENGLISH
    from newsbrief.nlp.tokens import stems

    by_token = {w for token in text.split() for w in _TOKEN_WORDS[token]}
    assert by_token == {w for w in stems(text) if w not in ENGLISH and w.isalpha()}


# Names and the words around them, for the checks read around each place a text writes a word.
NAME_PIECES = st.sampled_from(
    [" ", "  ", "\n", ",", ".", "’", "'", "Roe", "Roe's", "O'Brien", "Brien", "Ada", "B.",
     "Mr.", "president", "President", "said", "says", "who", "a", "the", "in", "near", "x",
     "according to", "According To", "reports", "reported", "CNN", "Ms"]
)  # fmt: skip
NAME_TEXT = st.lists(NAME_PIECES, min_size=0, max_size=30).map("".join)
WORDS = st.sampled_from(["Roe", "O'Brien", "Brien", "Ada", "Ms", "B.", "CNN", "The CNN"])


@settings(max_examples=400, deadline=None)
@given(NAME_TEXT, WORDS)
def test_named_patterns_are_the_patterns_of_each_name(text: str, word: str) -> None:
    from newsbrief.facts.entity_outlets import cites
    from newsbrief.facts.quotes.persons import TITLED, VERBS, person_of_story, personal_name

    w = re.escape(word)
    cited = rf"\b(?i:according to)\s+(?:the\s+)?{w}\b|\b{w}\s+(?:reports|reported)\b"
    assert cites(text, word) == bool(re.search(cited, text))
    if " " in word:
        return
    person = (
        rf"\b(?i:{TITLED})\.?\s+{w}\b|\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)+{w}\b"
        rf"|\b{w},?\s+(?:{VERBS})\b|\b(?:{VERBS})\s+{w}\b"
        rf"|\b{w},\s+(?:who|a|an|the)\s[^.;“”\"]{{0,80}}?,\s+(?:{VERBS})\b"
    )
    firsts = [m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{w}\b", text)]
    of_story = not word.endswith("'s") and any(
        f.lower() not in NO_NAME_WORDS and f.lower() not in TITLES for f in firsts
    )
    assert person_of_story(word, text) == of_story
    assert personal_name(word, text) == (of_story or bool(re.search(person, text)))


@settings(max_examples=400, deadline=None)
@given(NAME_TEXT, WORDS)
def test_a_phrase_found_by_find_is_the_phrase_searched(text: str, word: str) -> None:
    from newsbrief.facts.quotes.words import has_phrase

    for phrase in (f"in {word}", word):
        plain = re.search(rf"\b{re.escape(phrase)}\b(?!['’])", text)
        assert has_phrase(text, phrase, not_before="'’") == bool(plain)


def test_an_ampersand_between_capitals_is_inside_a_name() -> None:
    assert [n.name for n in names("The couple married at AT&T Park in 2013.")] == ["AT&T Park"]
    assert next(n.name for n in names("Texas A&M beat Alabama.")) == "Texas A&M"
    assert "Q&A" not in [n.name for n in names("In a Q&A, she dismissed the claims.")]
