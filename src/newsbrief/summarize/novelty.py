"""Whether a candidate tells a reader anything the chosen sentences have not said.

Two outlets tell one event in different words ("Zeta Beta Tau is retaining counsel for the
purpose of bringing a lawsuit against the individuals" / "The fraternity … has retained legal
counsel and is planning to sue the men"): their TF-IDF cosine stays under
``Settings.redundancy``, yet the second adds next to nothing. Here a sentence is a set of
*units*: its content words (stemmed, a few word families made one: "sue", "suing", "lawsuit"),
cut to their first ``_PREFIX`` letters so that derivations meet ("survived" / "survivor",
"retaining" / "retained"), and its salient figures. A unit weighs its inverse frequency among the
story's sentences (a rare word, a name or a figure says more than "police"). The *new share* of
a candidate is the weight of its units that no chosen sentence holds over the weight of all its
units; under ``Settings.novelty`` it tells nothing new and is skipped. Reporting words ("said",
"told", "according") are no units: who said it is not news.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from newsbrief.nlp.tokens import salient_figures
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
    and salient figures as "#<figure>"."""
    family = _family()
    words = {family.get(s, s)[:_PREFIX] for s in content_stems(text) if s not in _EMPTY}
    return frozenset(words | {"#" + f for f in salient_figures(text)})


# A unit's weight is its rarity in English, log10 of 1/frequency less ``_COMMON`` (wordfreq's list,
# in centibels / 100), kept within ``_RARITY`` (a word not in the list: the top), times its
# inverse frequency among the story's sentences.
_COMMON = 3.0
_RARITY = (0.5, 3.5)
_WEIGHING = "both"  # "story", "english" or "both" (a switch for benchmarks/bench_novelty.py)
# Against each chosen sentence alone ("pair") or all of them together ("union"; a switch for
# benchmarks/bench_novelty.py).
_AGAINST = "union"
# A sentence with fewer units than this is not judged: a short one ("The other friend was not
# hurt.") tells its fact with words the summary has used for others.
_MIN_UNITS = 4
# Nor is one that quotes someone: their words are news of their own, whatever they repeat.
_QUOTES = ('"', "“", "”")


@lru_cache(maxsize=1)
def _rarity() -> dict[str, float]:
    """Each unit of an English word list's words: its rarity (that of its commonest word)."""
    import gzip
    from pathlib import Path

    path = Path(__file__).parents[1] / "data" / "wordfreq-small-en.tsv.gz"
    with gzip.open(path, "rt", encoding="ascii") as lines:
        fields = lines.read().split()  # word, centibels, word, centibels, ... (commonest first)
    low, high = _RARITY
    out: dict[str, float] = {}
    for word, centibels in zip(fields[0::2], fields[1::2], strict=True):
        for unit in units(word):
            out.setdefault(unit, min(high, max(low, int(centibels) / 100 - _COMMON)))
    return out


class Said:
    """What the chosen sentences have said, among a story's ``sentences``; ``threshold``: the
    new share under which a candidate tells nothing new (``Settings.novelty``; 0: never)."""

    def __init__(self, sentences: Sequence[Sentence], threshold: float = 0.0) -> None:
        self.threshold = threshold
        if not threshold:
            sentences = ()  # off: nothing to compute
        self.of = [units(s.text) for s in sentences]
        self.quotes = [any(q in s.text for q in _QUOTES) for s in sentences]
        counts: dict[str, int] = {}
        for found in self.of:
            for unit in found:
                counts[unit] = counts.get(unit, 0) + 1
        n, rarity, top = len(self.of), _rarity(), _RARITY[1]
        self.weight = {
            u: (math.log((1 + n) / (1 + c)) + 1.0 if _WEIGHING != "english" else 1.0)
            * (rarity.get(u, top) if _WEIGHING != "story" else 1.0)
            for u, c in counts.items()
        }
        self.said: set[str] = set()
        self.chosen: list[frozenset[str]] = []

    def new_share(self, i: int) -> float:
        """The weight of sentence ``i``'s units not said yet over that of all of them (1.0 for a
        sentence without units)."""
        found = self.of[i]
        total = sum(self.weight[u] for u in found)
        if not total or len(found) < _MIN_UNITS or self.quotes[i]:
            return 1.0
        if _AGAINST == "union":
            return sum(self.weight[u] for u in found if u not in self.said) / total
        return min(
            (sum(self.weight[u] for u in found - other) / total for other in self.chosen),
            default=1.0,
        )

    def nothing_new(self, i: int) -> bool:
        """Whether sentence ``i`` tells less than ``threshold`` new (never before a choice)."""
        return bool(self.threshold and self.chosen and self.new_share(i) < self.threshold)

    def add(self, i: int) -> None:
        if not self.threshold:
            return
        self.said |= self.of[i]
        self.chosen.append(self.of[i])
