"""The package's English word list: wordfreq's "small" list (its ~30,000 commonest words), the
words of ASCII letters only (28,001), with their frequencies in centibels (-100 * log10
frequency), commonest first. Shipped as a data file (``data/wordfreq-small-en.tsv.gz``, written by
benchmarks/make_word_list.py from wordfreq 3.1.1; CC BY-SA 4.0, see data/NOTICE) rather than
installing wordfreq's 58 MB of word lists in every language for it. One loader for every stage:
the clustering's background frequencies, the entity rules' common words, the sentence repairs.
Beside it, the evaluative adjectives of pattern's subjectivity lexicon (``subjective_words``).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

__all__ = ["COMMON_CENTIBELS", "common_words", "known_words", "subjective_words", "word_list"]

# A word this common (10 ** -4.5) or commoner is a common word ("found", "cancer", "sun").
COMMON_CENTIBELS = 450


@lru_cache(maxsize=1)
def word_list() -> tuple[tuple[str, int], ...]:
    """(word, centibels), commonest first."""
    path = Path(__file__).parents[1] / "data" / "wordfreq-small-en.tsv.gz"
    with gzip.open(path, "rt", encoding="ascii") as lines:
        fields = lines.read().split()  # word, centibels, word, centibels, ...
    return tuple(zip(fields[0::2], map(int, fields[1::2]), strict=True))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words at least as common as COMMON_CENTIBELS."""
    return frozenset(w for w, c in word_list() if c <= COMMON_CENTIBELS)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every word of the list (English words, none rarer than its cut-off)."""
    return frozenset(w for w, _ in word_list())


@lru_cache(maxsize=1)
def subjective_words() -> frozenset[str]:
    """Adjectives that judge rather than describe ("ridiculous", "chilling", "gorgeous"):
    ``data/subjective-en.txt``, written by benchmarks/make_subjective_list.py from the English
    subjectivity lexicon TextBlob ships (pattern's; public domain, see data/NOTICE)."""
    path = Path(__file__).parents[1] / "data" / "subjective-en.txt"
    return frozenset(path.read_text(encoding="ascii").split())
