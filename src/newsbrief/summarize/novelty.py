"""Whether a candidate tells a reader anything the chosen sentences have not said.

Two outlets tell one event in different words (a fraternity "is retaining counsel" to bring "a
lawsuit against the individuals"; another outlet's fraternity "has retained legal counsel and is
planning to sue the men"): their TF-IDF cosine stays under ``Settings.redundancy``, yet the
second adds next to nothing. Here a sentence is a set of *units*: its content words (stemmed; a
few word families Snowball keeps apart made one: "sue", "suing", "lawsuit"; cut to their first
``_PREFIX`` letters so that derivations meet: "survived" / "survivor") and its figures, small
ones and number words included. Reporting and time words ("said", "told", "Tuesday") are no
units: who said it, and when it was said, is not news.

A unit weighs its inverse frequency among the story's sentences: what many of them say (the
story's subject, its main names) says less than a detail few give. The *new share* of a
candidate is the weight of its units that no chosen sentence holds over the weight of all its
units; under ``Settings.novelty`` it tells nothing new and is skipped. Not judged: a sentence of
fewer than ``_MIN_UNITS`` units (its fact lies in how its few words go together: "The other
friend was not hurt."), and one that quotes someone.

The greedy selection may choose the poorer of two such sentences first and keep the richer for
what it adds; ``Said.subsumed`` then finds the chosen sentences the others repeat, and the
summary is chosen again without them (``core._select``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from newsbrief.nlp.lexicon import NUMBER_WORDS
from newsbrief.nlp.tokens import words
from newsbrief.nlp.vectors import content_stems
from newsbrief.types import Sentence

# Content words are compared on their first letters (after stemming): derivations meet
# ("survivor"/"surviv", "investig"/"investigator"), at the price of a few chance collisions.
_PREFIX = 6

# Words that carry no content of their own in a news sentence: reporting, hedging, time words.
_EMPTY = frozenset(
    content_stems(
        "said says say saying told tell tells according reported reports report reportedly "
        "added adds noted statement spokesman spokeswoman spokesperson officials official "
        "news people year years time times day days week weeks month months monday tuesday "
        "wednesday thursday friday saturday sunday today yesterday week's including include "
        "like just new"
    )
)

# Word families Snowball keeps apart: (the stems of) one family's words become one unit.
_FAMILIES = (
    "sue sued suing lawsuit lawsuits suit",
    "die died dies dying dead death deaths deadly fatal fatally killed kill kills killing",
    "arrest arrested arrests custody detained detain",
    "charge charged charges indicted indictment accused",
    "crash crashed crashes wreck wreckage",
    "missing disappeared disappearance vanished",
    "teen teenage teenager teenagers",
    "hurt injured injuries injury wounded wounds",
    "hire hired retain retained retaining",
    "lawyer lawyers attorney attorneys counsel",
    "plan plans planned planning intends intend intention",
    "found find finds discovered discover located",
    "rescued rescue rescuers saved",
)


@lru_cache(maxsize=1)
def _family() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _FAMILIES:
        stems = content_stems(line)
        for stem in stems:
            out.setdefault(stem, stems[0])
    return out


@lru_cache(maxsize=65536)
def units(text: str) -> frozenset[str]:
    """The units of a sentence: content words (families joined, cut to ``_PREFIX`` letters),
    and figures ("12,000": "#12000", "six": "#6")."""
    family = _family()
    content = {family.get(s, s)[:_PREFIX] for s in content_stems(text) if s not in _EMPTY}
    return frozenset(content | {"#" + f for f in _figures(text)})


def _figures(text: str) -> set[str]:
    """Every figure, small ones and number words included ("six other vehicles")."""
    found = {w.replace(",", "") for w in words(text) if w[0].isdigit()}
    return found | {str(NUMBER_WORDS[w]) for w in text.lower().split() if w in NUMBER_WORDS}


# A sentence with fewer units than this is not judged: a short one ("The other friend was not
# hurt.") tells its fact with words the summary has used for others.
_MIN_UNITS = 4
# Nor is one that quotes someone: their words are news of their own, whatever they repeat.
_QUOTES = ('"', "“", "”")


@dataclass(frozen=True, slots=True)
class Contents:
    """Each sentence's units, whether it quotes someone, and each unit's inverse frequency among
    the story's sentences."""

    of: list[frozenset[str]]
    quoted: list[bool]
    idf: dict[str, float]


@lru_cache(maxsize=4)  # one story's selection runs several times (openings, budget, subsumed)
def contents(sentences: tuple[Sentence, ...]) -> Contents:
    """The contents of a story's sentences (the module docstring)."""
    of = [units(s.text) for s in sentences]
    n = len(of)
    idf = {u: math.log((1 + n) / (1 + c)) + 1.0 for u, c in Counter(chain(*of)).items()}
    quoted = [any(q in s.text for q in _QUOTES) for s in sentences]
    return Contents(of=of, quoted=quoted, idf=idf)


class Said:
    """What the chosen sentences have said, among a story's ``sentences``; ``threshold``: the
    new share under which a candidate tells nothing new (``Settings.novelty``; 0: never)."""

    def __init__(self, sentences: Sequence[Sentence], threshold: float = 0.0) -> None:
        self.threshold = threshold
        found = contents(tuple(sentences) if threshold else ())  # off: nothing to compute
        self.of, self.quotes, self.idf = found.of, found.quoted, found.idf
        self.said: set[str] = set()

    def new_share(self, i: int, said: set[str] | None = None) -> float:
        """The weight of sentence ``i``'s units not in ``said`` (default: said yet) over that of
        all of them (1.0 for a sentence without units, or not judged; every weight is ≥ 1)."""
        found, said = self.of[i], self.said if said is None else said
        if len(found) < _MIN_UNITS or self.quotes[i]:
            return 1.0
        total = sum(self.idf[u] for u in found)
        return sum(self.idf[u] for u in found if u not in said) / total

    def nothing_new(self, i: int) -> bool:
        """Whether sentence ``i`` tells less than ``threshold`` new (never before a choice:
        with nothing said, every share is 1)."""
        return bool(self.threshold and self.new_share(i) < self.threshold)

    def add(self, i: int) -> None:
        if self.threshold:
            self.said |= self.of[i]

    def subsumed(self, chosen: Sequence[int]) -> list[int]:
        """Of ``chosen``, those the others say all but less than ``threshold`` of, taken out
        one at a time, the one with least content first (of two that tell one event, the
        richer stays). The greedy selection keeps a sentence chosen first that a richer one
        chosen later repeats ("has retained counsel and plans to sue", then "is retaining
        counsel to bring a lawsuit, claiming …"): this finds it."""
        if not self.threshold:
            return []
        left = sorted(chosen, key=lambda i: (sum(self.idf[u] for u in self.of[i]), i))
        out = []
        for i in list(left):
            others = [j for j in left if j != i]
            said = set().union(*(self.of[j] for j in others))
            if others and self.new_share(i, said) < self.threshold:
                out.append(i)
                left.remove(i)
        return sorted(out)
