"""What a sentence commits to that a paraphrase must not change: its numbers, names and dates,
read into normalised keys so that a passage holding the same thing in other words matches
("1,200" = "1200" = "1.2 thousand", "nine" = "9", "U.N." = "UN" = "United Nations",
"Syrian" = "Syria", "Nov." = "November").

A ``Check`` is one such thing in the sentence checked; ``Evidence`` is everything of that kind
that a set of source passages holds. A check passes when one of its keys is in the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsbrief.nlp.lexicon import NUMBER_WORDS, SCALES
from newsbrief.nlp.names import LONG_NAME_RUN, name_spans
from newsbrief.nlp.stopwords import ENGLISH

_NUMBER_WORD = "|".join(sorted((w for w in NUMBER_WORDS if w != "one"), key=len, reverse=True))
_SCALE = "|".join(SCALES)
# A figure: digits (with separators or a decimal part) or a number word ("one" is left out: "one
# of the", "no one" are idioms far more often than counts), a magnitude word or suffix after it.
NUMBER = re.compile(
    rf"(?<![\w.,:])(?<![A-Za-z]-)(?:(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?)"
    rf"|(?P<word>(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?|one(?=\s+(?:{_SCALE})\b)))"
    rf"(?:\s*(?P<scale>{_SCALE})s?\b|(?P<suf>bn|mn|[kmb])\b)?(?!\d|:\d)",
    re.IGNORECASE,
)
_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
# A month or weekday by name, months abbreviated with a point too ("Nov.", "Sept."); "May" only
# as a date ("May 3", "in May"), since the modal verb opens sentences; not in "Mar-a-Lago".
DATE = re.compile(
    r"\b(?:(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<month>January|February|March|April|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|(?<=\bin )May|May(?= \d)))"
    r"(?:\b|(?<=\.))(?!-)"
)
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n['’]t\b")
_ACRONYM = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,}|[A-Z]{2,}s?\b)")
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
_POSSESSIVE = re.compile(r"['’]s?$")
# A name's word and a passage's word are one name when one extends the other by a few letters:
# "Syria"/"Syrian", "Iran"/"Iranian", "America"/"Americans" (never for short words: "Al"/"Ali"),
# or, for a name's word of six letters or more, the last letter of the shorter differs too:
# "Ukrainian"/"Ukraine", "Canadian"/"Canada".
_MIN_STEM = 4
_MAX_EXTENSION = 3


@dataclass(frozen=True, slots=True)
class Check:
    """A number, name or date in a sentence: ``text`` as written, ``keys`` its normal forms.
    A rounded number ("more than 5,000", "about 40", "5.3 million") also matches the source
    values it rounds: those between ``low`` and ``high``."""

    kind: str  # "number", "name", "date" or "negation"
    text: str
    keys: frozenset[str]
    low: float = 0.0
    high: float = 0.0


@dataclass(frozen=True, slots=True)
class Evidence:
    """The numbers, dates, words and acronyms of some source passages, normalised."""

    numbers: frozenset[str]
    dates: frozenset[str]
    words: frozenset[str]
    acronyms: frozenset[str]
    negated: bool

    def holds(self, check: Check) -> bool:
        if check.kind == "number":
            if check.keys & self.numbers:
                return True
            values = (float(n) for n in self.numbers if ":" not in n)  # not clock times
            return check.high > 0 and any(check.low <= v <= check.high for v in values)
        if check.kind == "date":
            return bool(check.keys & self.dates)
        if check.kind == "negation":
            return self.negated
        if all(self.has_word(w) for w in check.keys):
            return True
        # "United Nations" cited by "U.N."; "UN" by "United Nations"
        key = _initials(check.text) if len(check.keys) > 1 else next(iter(check.keys))
        return key in self.acronyms

    def has_word(self, key: str) -> bool:
        if key in self.words:
            return True
        if len(key) < _MIN_STEM:
            return False
        return any(
            w[:_MIN_STEM] == key[:_MIN_STEM]
            and abs(len(w) - len(key)) <= _MAX_EXTENSION
            and _shared(w, key) >= min(len(w), len(key)) - (len(key) > _MIN_STEM + 1)
            for w in self.words
        )


def evidence(texts: Iterable[str], names: Iterable[str] = ()) -> Evidence:
    """What ``texts`` hold; of ``names`` (an article's outlet or file name: "documents[3]",
    "2016-12-14-bbc.txt"), only the words, never a number or date."""
    numbers: set[str] = set()
    dates: set[str] = set()
    words: set[str] = set()
    acronyms: set[str] = set()
    negated = False
    texts = list(texts)
    for text in [*texts, *names]:
        if text in texts:
            numbers.update(k for _, k, _ in _numbers(text))
            dates.update(k for _, k in _dates(text))
        found = _WORD.findall(text)
        words.update(map(_norm, found))
        words.update(_norm(p) for w in found if "-" in w for p in w.split("-"))
        acronyms.update(_norm(w) for w in found if w.replace(".", "").isupper() and len(w) > 1)
        acronyms.update(_initials(run.group()) for run in LONG_NAME_RUN.finditer(text))
        negated = negated or (text in texts and bool(_NEGATION.search(text)))
    return Evidence(
        numbers=frozenset(numbers),
        dates=frozenset(dates),
        words=frozenset(words),
        acronyms=frozenset(acronyms),
        negated=negated,
    )


def checks(text: str) -> list[Check]:
    """The numbers, dates, names and negation of ``text``. A single capitalised word that opens
    the sentence or a quotation is left to the content-word coverage: it is as often an ordinary
    word ("Investigators said", "Neighboring towns") as a name."""
    out = [
        Check("number", raw, frozenset({key}), *_rounding(text[:start], raw, key))
        for raw, key, start in _numbers(text)
    ]
    out += [Check("date", raw, frozenset({key})) for raw, key in _dates(text)]
    dated = {m.start() for m in DATE.finditer(text)}
    spans = []
    for name, start, end, _ in name_spans(text):
        spans.append((start, end))
        if start in dated or name.rstrip(".").lower() in _STOP:
            continue
        words = [_norm(p) for w in _WORD.findall(name) for p in _name_parts(w)]
        words = [w for w in words if len(w) > 1 and w not in _STOP]
        if not words:
            continue
        opens = not text[:start].strip(" \"'“‘([") or text[:start].rstrip().endswith((":", "—"))
        if len(words) == 1 and opens and " " not in name:
            continue
        out.append(Check("name", name, frozenset(words)))
    for m in _ACRONYM.finditer(text):
        if not any(a <= m.start() < b for a, b in spans):
            out.append(Check("name", m.group(), frozenset({_norm(m.group())})))
    negation = _NEGATION.search(text)
    if negation:
        out.append(Check("negation", negation.group(), frozenset({"not"})))
    return out


_STOP = ENGLISH | frozenset(_WEEKDAYS) | frozenset(_MONTHS)


def _shared(a: str, b: str) -> int:
    """The length of the longest common prefix of ``a`` and ``b``."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _name_parts(word: str) -> list[str]:
    """The capitalised parts of a hyphenated word ("Union-Tribune"; "Emmy" of "Emmy-nominated")."""
    if "-" not in word:
        return [word]
    return [p for p in word.split("-") if p[:1].isupper()]


def _norm(word: str) -> str:
    """Lower case, without dots or a possessive: "U.N." -> "un", "Assad's" -> "assad"."""
    return _POSSESSIVE.sub("", word.lower().replace(".", "").replace("’", "'"))


def _initials(run: str) -> str:
    parts = [p for p in re.split(r"[\s-]+", run) if p and p[0].isupper()]
    if len(parts) == 1:
        return _norm(parts[0])
    return "".join(p[0].lower() for p in parts)


def _numbers(text: str) -> list[tuple[str, str, int]]:
    """(as written, value as a key, offset) for each figure: "1,200", "1.2 thousand" -> "1200"."""
    out = []
    for m in NUMBER.finditer(text):
        raw = m.group("num")
        if raw is not None:
            value = float(raw.replace(",", ""))
        else:
            value = _word_value(m.group("word").lower())
        if m.group("scale"):
            value *= SCALES[m.group("scale").lower()]
        elif m.group("suf"):
            value *= _SUFFIXES[m.group("suf").lower()]
        out.append((m.group().strip(), f"{value:.6g}", m.start()))
    # a clock time is checked whole ("9:27" is not nine of anything): "11:15pm" = "11:15 p.m."
    out += [(m.group(), f"{int(m.group(1))}:{m.group(2)}", m.start()) for m in _TIME.finditer(text)]
    return sorted(out, key=lambda found: found[2])


_TIME = re.compile(r"(?<![\w:.,])(\d{1,2}):(\d{2})(?![\d:])")


# A number after one of these words is a rounded figure: the source values it stands for, as a
# share of it ("more than 5,000" for 5,300; "nearly 40" for 37; "about 200" for 210). Never a
# different figure: "300" is not "3,000", and "about $33" in a source does not hold "$33.12".
_ROUNDED = re.compile(
    r"\b(?:(?P<above>more than|over|at least|upwards of|just over|north of|in excess of)"
    r"|(?P<below>nearly|almost|just under|close to|less than|fewer than|under|up to|shy of)"
    r"|(?P<about>about|around|roughly|some|approximately|an estimated|estimated|circa|"
    r"as many as|as much as))\s+[$€£]?$",
    re.IGNORECASE,
)
_SPANS = {"above": (1.0, 1.25), "below": (0.75, 1.0), "about": (0.9, 1.1)}


def _rounding(before: str, raw: str, key: str) -> tuple[float, float]:
    return (0.0, 0.0) if ":" in key else rounds(before, raw, float(key))


def rounds(before: str, raw: str, value: float) -> tuple[float, float]:
    """(low, high): the source values a number written ``raw`` after ``before`` may round, or
    (0, 0) for an exact one. "5.3 million" rounds to its last digit (5.25-5.35 million)."""
    m = _ROUNDED.search(before[-40:])
    if m and value > 0:
        low, high = _SPANS[str(m.lastgroup)]
        return value * low, value * high
    scale = re.search(rf"\.(\d+)\s*(?:{_SCALE})", raw, re.IGNORECASE)
    if scale and value > 0:
        magnitude = value / float(raw[: scale.start()].replace(",", "") + "." + scale.group(1))
        half = magnitude * 0.5 * 10.0 ** -len(scale.group(1))
        return value - half, value + half
    return 0.0, 0.0


def _word_value(word: str) -> float:
    if word == "one":
        return 1.0  # only before a magnitude: "one million"
    if "-" in word:
        tens, _, ones = word.partition("-")
        return float(NUMBER_WORDS.get(tens, 0) + NUMBER_WORDS.get(ones, 0))
    return float(NUMBER_WORDS[word])


def _dates(text: str) -> list[tuple[str, str]]:
    out = []
    for m in DATE.finditer(text):
        if m.group("day"):
            key = m.group("day").lower()
        else:
            key = next(x for x in _MONTHS if x.startswith(m.group("month").lower()[:3]))
        out.append((m.group(), key))
    return out
