"""Tokens for similarity: lower-cased, stemmed content words, and salient figures."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*|\d+(?:[.,]\d+)*")
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# Figures too common to say two sentences report the same thing: small counts and years.
_MIN_SALIENT = 10
_YEARS = range(1900, 2101)


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word))  # type: ignore[attr-defined]


def stems(text: str) -> list[str]:
    """Stemmed lower-case words of ``text`` (stop words included; similarity drops them).

    Curly apostrophes count as straight ones, so "Assad’s" and "Assad's" stem alike.
    """
    text = text.replace("’", "'")
    return [
        _stem(w.lower()) if not w[0].isdigit() else w.replace(",", "") for w in _WORD.findall(text)
    ]


def salient_figures(text: str) -> frozenset[str]:
    """Figures that identify a report: "100,000" -> "100000"; small counts and years left out."""
    out = set()
    for match in _FIGURE.finditer(text):
        value = match.group().replace(",", "")
        try:
            number = float(value)
        except ValueError:
            continue
        if number >= _MIN_SALIENT and not (
            number.is_integer() and int(number) in _YEARS and "," not in match.group()
        ):
            out.add(value)
    return frozenset(out)
