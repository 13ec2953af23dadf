"""Tokens for similarity: lower-cased, stemmed content words, and salient figures."""

from __future__ import annotations

import re
from functools import lru_cache

# A word is letters, possibly joined by apostrophes or hyphens ("Assad's", "U.S.-backed" gives
# "U", "S", "backed"); a figure is digits with separators. Written as runs of letters so the
# regex engine matches whole runs at once.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_DIGIT = re.compile(r"\d")
# (not a clock's time: "12:01 P.M." identifies no report)
_FIGURE = re.compile(r"(?<![:\d])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!:\d)")
# Figures too common to say two sentences report the same thing: small counts and years.
_MIN_SALIENT = 10
_YEARS = range(1900, 2101)


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import Stemmer

    # No cache of its own: stem_word keeps one, and PyStemmer's (10,000 words, purged when full)
    # made a first sight of a word three times slower (28,930 dev words: 0.096 s against 0.033).
    return Stemmer.Stemmer("english", 0)


@lru_cache(maxsize=65536)
def stem_word(word: str) -> str:
    """A word's stem in lower case; a figure without thousands separators ("1,200" -> "1200")."""
    if word[0].isdigit():
        return word.replace(",", "")
    return str(_stemmer().stemWord(word.lower()))  # type: ignore[attr-defined]


def words(text: str) -> list[str]:
    """The words and figures of ``text`` as written; curly apostrophes made straight, so
    "Assad’s" and "Assad's" stem alike."""
    return _WORD.findall(text.replace("’", "'"))


def stems(text: str) -> list[str]:
    """Stemmed lower-case words of ``text`` (stop words included; similarity drops them)."""
    return list(map(stem_word, words(text)))


def salient_figures(text: str) -> frozenset[str]:
    """Figures that identify a report: "100,000" -> "100000"; small counts and years left out."""
    if not _DIGIT.search(text):  # most sentences have no figure: one quick scan
        return frozenset()
    out = set()
    for figure in _FIGURE.findall(text):
        value = figure.replace(",", "")
        try:
            number = float(value)
        except ValueError:
            continue
        if number >= _MIN_SALIENT and not (
            number.is_integer() and int(number) in _YEARS and "," not in figure
        ):
            out.add(value)
    return frozenset(out)
