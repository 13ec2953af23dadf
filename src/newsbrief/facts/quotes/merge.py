"""Merging the same quotation across outlets.

Quotes merge across outlets only when the words of one are all the words of the other, as whole
words.
"""

from __future__ import annotations

import re

from newsbrief.facts.quotes.finding import MIN_WORDS, Found
from newsbrief.types import Citation, Quote

# A quote shorter than this share of another that contains it is a different, partial quotation.
_PART = 0.8


def words(text: str) -> str:
    """Lower-case words of ``text`` joined by spaces: how quotes are compared."""
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def merge(found: list[Found]) -> tuple[Quote, ...]:
    """One Quote per quotation, with every outlet's citation. Two quotes are one when the words
    of one are the words of the other or a run of at least ``MIN_WORDS`` of them; the fuller
    text is kept, so that no outlet's quote loses its opening words."""
    merged: list[tuple[Found, list[Citation], str, int]] = []  # … its words and their number
    for f in found:
        key = words(f.text)
        count = key.count(" ") + 1 if key else 0
        for i, (g, citations, other, other_count) in enumerate(merged):
            if len(other) < len(key):
                shorter, longer, n, m = other, key, other_count, count
            else:
                shorter, longer, n, m = key, other, count, other_count
            if shorter == longer or (
                n >= MIN_WORDS and n >= _PART * m and f" {shorter} " in f" {longer} "
            ):  # whole words: "… a cat" is not in "… a catastrophe"
                best = g if len(g.text) >= len(f.text) else f  # the fuller text
                merged[i] = (
                    Found(g.speaker or f.speaker, g.role or f.role, best.text, g.citation),
                    [*citations, f.citation],
                    shorter,
                    n,
                )
                break
        else:
            merged.append((f, [f.citation], key, count))
    return tuple(
        Quote(g.speaker, g.role, g.text, tuple(dict.fromkeys(citations)))
        for g, citations, _, _ in merged
    )
