"""The package's word list (wordfreq's small English list, data/wordfreq-small-en.tsv.gz): the
words common enough that a capitalised one may be no name ("Device", "Soda"), and every word it
knows.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["SHOUTED_CENTIBELS", "common_words", "known_words"]

# An all-capitals word this common as a word is shouted ("FAKE", "WIN"), not an acronym: 10 **
# -4.5, from the package's word list (wordfreq's, in centibels: -100 * log10 frequency).
SHOUTED_CENTIBELS = 450


@lru_cache(maxsize=1)
def _word_list() -> tuple[tuple[str, int], ...]:
    """The package's word list: (word, centibels), commonest first."""
    path = Path(__file__).parents[1] / "data" / "wordfreq-small-en.tsv.gz"
    with gzip.open(path, "rt", encoding="ascii") as lines:
        fields = lines.read().split()  # word, centibels, word, centibels, ...
    return tuple(zip(fields[0::2], map(int, fields[1::2]), strict=True))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words at least as common as SHOUTED_CENTIBELS in the package's word list."""
    return frozenset(w for w, c in _word_list() if c <= SHOUTED_CENTIBELS)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every word of the package's word list (English words, none rarer than its cut-off)."""
    return frozenset(w for w, _ in _word_list())


def shouted_words(low: str) -> bool:
    """Three or more words (``low``, lower-cased from capitals), each a common word: text printed
    in capitals ("SAY WHEN THEY WENT TO THAT HOUSE", "TOLD POLICE SHE'S"), no name."""
    words = [_POSSESSIVE.sub("", w) for w in low.split()]
    common = common_words()
    return len(words) > 2 and all(w.isalpha() and w in common for w in words)


_POSSESSIVE = re.compile(r"['’]s$")
