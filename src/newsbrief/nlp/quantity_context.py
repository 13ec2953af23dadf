"""What a quantity mention is about beyond its number: its time window ("since 2011", "in the
past 24 hours", "on Wednesday"), its scope ("of the city", "of eastern Aleppo") and whether the
word read as its noun can be a counted thing at all (a plural: "civilians", not "stormy").

Read with regular expressions and word lists, no model, so that they work without spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.nlp.lexicon import DEMONYM, IRREGULAR_PARTICIPLES, NOT_NOUNS, TIME_UNITS, UNITS

_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_NAMES = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_UNITS_OF_TIME = r"(?:hours?|days?|weeks?|months?|years?|decades?)"
# "since" + what it starts from, up to a clause break: "since 2011", "since Nov. 15", "since
# the war began", "since the beginning of the civil war".
_STOP = (
    r"(?:and|or|but|while|including|when|as|to|from|with|by|for|after|before|because|than|in"
    r"|on|at|have|has|had|is|are|was|were|who|which|that|according)"
)
_SINCE = rf"since\s+[\w.']+(?:\s+(?!{_STOP}\b)[\w']+){{0,5}}"


def trie(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (fast to scan)."""
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        heads.setdefault(word[:1], []).append(word[1:])
    parts = []
    for head, tails in heads.items():
        ends = "" in tails
        rest = [t for t in tails if t]
        inner = trie(rest) if rest else ""
        if inner:
            parts.append(f"{re.escape(head)}(?:{inner}){'?' if ends else ''}")
        else:
            parts.append(re.escape(head))
    return "|".join(parts)


# The first word of every window below: looked for first (a character class, then these words
# as a prefix tree), so that the engine tries the alternatives only where one can start. The
# same matches as without it, three times faster.
_LEADS = (
    "since in over during within for on last monday tuesday wednesday thursday friday saturday "
    "sunday this today yesterday compared so to through until as a per each every annually from"
).split()
_LEAD = rf"(?=[{''.join(sorted({w[0] for w in _LEADS} | {w[0].upper() for w in _LEADS}))}])"
WINDOW = re.compile(
    rf"{_LEAD}\b(?=(?:{trie(_LEADS)})\b)(?:{_SINCE}"
    rf"|(?:in|over|during|within|for)\s+the\s+(?:past|last|previous|first|next)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_UNITS_OF_TIME}"
    # (not "will run dry in days": when, from now, not a window of the count)
    rf"|in\s+(?!(?:hours|days|weeks|months|years)\b)(?:just\s+|only\s+)?"
    rf"(?:(?!{_STOP}\b)[\w-]+\s+){{0,1}}{_UNITS_OF_TIME}"
    rf"(?:\s+(?:19|20)\d\d\b)?"  # "in fiscal year 2013"
    rf"|(?:on\s+)?(?:last\s+)?{_WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:this|last)\s+(?:week|month|year|weekend)"
    rf"|today|yesterday"
    # "in August and September", "from April through June": both months
    rf"|(?:in|during)\s+{_MONTH_NAMES}(?:\s+(?:and|through|to)\s+{_MONTH_NAMES})?(?:\s+\d{{4}})?"
    rf"|from\s+{_MONTH_NAMES}\s+(?:through|to|until)\s+{_MONTH_NAMES}(?:\s+\d{{4}})?"
    rf"|(?:in|during|over|compared\s+(?:to|with))\s+(?:19|20)\d\d"
    rf"|so\s+far|to\s+date|(?:through|until|as\s+of)\s+{_MONTH_NAMES}(?:\s+\d{{1,2}})?"
    rf"|for\s+the\s+(?:whole|entire|full)\s+(?:year|month|week|season)"
    rf"|(?:so\s+far\s+)?this\s+year"
    # a rate: "3.4 million a year", "1 million games per day", "annually"
    rf"|(?:a|per|each|every)\s+(?:year|day|month|week)(?![\w-]|\s+(?:ago|after|before|earlier"
    rf"|later|and|or)\b)|annually)\b\.?",
    re.IGNORECASE,
)
_CUE = re.compile(r"^(?:on|in just|in only)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def windows(text: str) -> list[Span]:
    """The time windows written in ``text`` (one sentence), in order; one that opens the sentence
    is shown as it reads inside a label ("In May, about 46,000 notices …": "in May")."""
    return [
        Span(m.start(), m.end(), _SENTENCE_START.sub(_lower, m.group().rstrip(".")))
        for m in WINDOW.finditer(text)
    ]


# A window's first word, capitalised only because it opens the sentence (not "Monday", "May").
_SENTENCE_START = re.compile(
    r"^(?:In|On|During|Since|Over|Within|For|Through|Until|As|So|This|Last|Today|Yesterday"
    r"|Compared|Per|Each|Every|Annually|From)\b"
)


def _lower(word: re.Match[str]) -> str:
    return word.group().lower()


def window_key(window: str | None) -> str | None:
    """ "on Wednesday" and "Wednesday", "in just two days" and "in two days" are one window."""
    if window is None:
        return None
    return _CUE.sub("", " ".join(window.lower().split()))


# A window after its number further from it than this belongs to another clause.
NEAR = 60


def nearest_window(
    text: str, spans: list[Span], start: int, end: int, others: list[int]
) -> str | None:
    """The window of the mention at ``start:end``: the first after it in its clause (no comma
    or other mention, starts ``others``, between: "Millions have fled since the war began and
    more than 10,000 in the past 24 hours") within ``NEAR`` characters, else one just before it
    ("since 2011, thousands have died": see ``_JOINED``)."""
    after = [
        s
        for s in spans
        if s.start >= end
        and s.start - end <= NEAR
        and not _BREAK.search(text, end, s.start)
        and not any(end <= o < s.start for o in others)
    ]
    before = [
        s
        for s in spans
        if s.end <= start
        and _JOINED.fullmatch(text, s.end, start)
        and not any(s.end <= o < start for o in others)
    ]
    # "compared to 2015, when 21 cases were confirmed for the whole year": that year's count
    year = _YEAR_WHEN.match(text, before[-1].start, start) if before else None
    if year:
        return f"in {year[1]}"
    if after:
        return after[0].text
    return before[-1].text if before else None


# A window that opens its sentence and ends at a comma ("In September, UNICEF slammed the
# government …, reporting that 96 children had died"): the sentence's main clause happens then.
_OPENING = re.compile(r"\s*,")
# ... unless it names a year ("In 2005, …"): a figure of another year is then hidden as of
# another time (quantity_qualifiers.elsewhen), not shown with a year in its label.
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# ... and not a count inside a relative clause, which tells its noun's past: "Last month,
# police said they had arrested four suspects who confessed to murdering up to 60 people".
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b")


def opening_window(text: str, spans: list[Span], start: int) -> str | None:
    """The window that opens the sentence ``text`` as an adverbial set off by a comma, which
    dates the count at ``start`` when no nearer window does."""
    first = spans[0] if spans else None
    if (
        first
        and not text[: first.start].strip()
        and _OPENING.match(text, first.end)
        and not _A_YEAR.search(first.text)
        and not _RELATIVE.search(text, first.end, start)
    ):
        return first.text
    return None


_YEAR_WHEN = re.compile(
    r"(?:in|during|over|compared\s+(?:to|with))\s+((?:19|20)\d\d),\s+when\b", re.I
)


# A window that is a stretch of time up to now ("over the previous two months", "in recent
# days", "this year"), not a day ("said on Monday": when it was told); one from "since" only
# where what it starts from is a date, "then" or an onset ("since the war began"), not a clause
# ("since no one really knows", "have since taken up arms", "since the May 2 raid, which killed").
_STRETCH = re.compile(
    rf"since\s+(?:then|(?:19|20)\d\d|{_MONTH_NAMES}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?"
    r"|the\s+(?:start|beginning)\s+of\s+(?:the\s+)?[\w-]+(?:\s+war)?"
    r"|the\s+(?:[\w-]+\s+){1,2}(?:began|started|erupted|broke\s+out))\b"
    r"|(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\b.*|in\s+recent\b.*"
    r"|(?:so\s+far\s+)?this\s+year\b|so\s+far\b|to\s+date\b",
    re.IGNORECASE,
)


def stretch_of_sentence(spans: list[Span], one_count: bool) -> str | None:
    """The one stretch of time a sentence gives, wherever it stands, as the window of its one
    count (``one_count``: its only figure): "accused Syria of war crimes over the previous two
    months after reports of more than 440 civilians had been killed" (Aleppo); with two
    stretches, neither is known to be."""
    stretches = [m.group() for s in spans if one_count and (m := _STRETCH.match(s.text))]
    if len(stretches) != 1:
        return None
    return stretches[0][0].lower() + stretches[0][1:]  # "Over the last year, …" as a label


def window_of(
    text: str, spans: list[Span], at: tuple[int, int], others: list[int], count: bool
) -> str | None:
    """The window of the mention at ``at`` (start, end) among ``others`` (their starts): the
    nearest in its clause, else the sentence's one stretch of time when it is the sentence's
    one figure and a ``count``, else the window that opens the sentence."""
    start, end = at
    return (
        nearest_window(text, spans, start, end, others)
        or stretch_of_sentence(spans, count and not others)
        or opening_window(text, spans, start)
    )


_BREAK = re.compile(r"[,;:—–()]")
# What may stand between a window and a number after it that it dates: "since 2011, thousands",
# "this week tens of thousands", "on Monday, including 13", "in 2015, when 21" (not "first
# launched in 1998 and built by a partnership of 16", nor "Born in 1947, she was … of four").
_JOINED = re.compile(
    r"[\s,;—–-]*(?:(?:including|and|while|of\s+whom|among\s+them|only|just|when|that|some)"
    r"[\s,]+)*",
    re.IGNORECASE,
)
# a word of a scope: "the", "U.S." (an abbreviation's points end no phrase)
_SCOPE_WORD = r"(?:(?:[A-Z]\.){2,}|[^\W\d][\w'’-]*(?![\w'’-]|\.[A-Za-z]))"
_OF_PHRASE = re.compile(
    rf"\s+of\s+((?:{_SCOPE_WORD}\s+){{0,6}}?{_SCOPE_WORD})(?=[,;:.!?—–)\"”]|\s*$"
    r"|\s+(?:and|or)\s+(?:[\d$£€]|(?:about|nearly|almost|more|less|some|around|just)\b)"
    r"|\s+(?!of\b)(?:[a-z]+ed|is|are|was|were|has|have|had|in|on|at|to|for|by|from|with|that"
    r"|which|who|may|might|will|would|could|can|should|must)\b"
    # a participle that opens a clause of its own: "of proxy votes cast going against"
    r"|\s+[a-z]{2,}ing\s+(?:against|in|for|at|to|on|with|from|into|of|the|a|an|their|its)\b)"
)
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())


def scope_after(text: str, end: int) -> str | None:
    """ "98 percent of the city" -> "of the city"; "of the key opposition stronghold of eastern
    Aleppo" as written (at most seven words)."""
    m = _OF_PHRASE.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    if not words or words[-1].lower() in NOT_NOUNS:
        return None
    return "of " + " ".join(words)


def scope_key(scope: str | None) -> str | None:
    """ "of the city" and "of the City" are one scope; determiners do not count."""
    if scope is None:
        return None
    words = [w for w in scope.lower().replace("’", "'").split()[1:] if w not in _DETERMINERS]
    return " ".join(words)


# Plurals that do not end in s, and words ending in s that are no plural.
_IRREGULAR = frozenset(
    "people children men women police staff personnel cattle sheep fish deer crew troops "
    "militia youth clergy livestock poultry offspring aircraft spacecraft".split()
)
_NOT_PLURAL_ENDS = ("ss", "us", "is", "ous", "less", "ics")


def plural(word: str) -> bool:
    """Whether ``word`` (lower-case) can be a counted thing after a number above one."""
    if word in _IRREGULAR or word.endswith(("men", "people", "children")):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDS)


NOT_PARTICIPLES = frozenset("hundred need speed seed feed breed indeed shred kindred".split())


def participle(word: str) -> bool:
    """ "killed", "fled"; not "unprecedented", "aforementioned" (adjectives)."""
    return word in IRREGULAR_PARTICIPLES or (
        len(word) > 4
        and word.endswith("ed")
        and word not in NOT_PARTICIPLES
        and not word.startswith(("un", "afore"))
    )


# Words after an amount that are not what it is: "$100 billion plus", "$5 apiece", "in the
# $50,000-150,000 range".
_NOT_AMOUNT_NOUNS = frozenset(
    "plus apiece each total overall annually often though although however range".split()
)
# "five pairs of shoes": the container, then what it holds
CONTAINERS = frozenset("pairs sets groups dozens kinds types sorts bags boxes rounds".split())


def count_noun(after: list[str]) -> str | None:
    """What a count counts: the first plural noun after the number, past adjectives ("two hefty
    middle-aged women" -> "women"); None when the words after it are no plural noun ("four
    root", "eight stormy"): such a count is better unlabelled than mislabelled."""
    words = [w.lower().replace("’", "'") for w in after[:7]]
    start = 1 if words[:1] == ["of"] else 0  # "thousands of people", "two of her employees"
    while start < len(words) and (words[start] in OWNERS or words[start].endswith("'s")):
        start += 1
    if start and start < len(words) and words[start][:1].isdigit():
        start += 1  # "three of 340 prisoners", "two of the 12 hostages": a part of them
    for i in range(start, min(len(words), start + 3)):
        low = words[i]
        if low in ("more", "other", "additional", "further", "extra", "new"):
            continue
        if low in ("year-old", "month-old") or (
            low.isdigit() and words[i + 1 : i + 2] == ["year-old"]
        ):
            continue  # "five 2-year-old children"
        adjective = i + 1 < len(words) and words[i + 1][:1].isalpha()  # "middle-aged women"
        # (not "10,000 fled rebel-held areas": a participle without a hyphen is the verb)
        hyphened_or_plural = "-" in low or (adjective and plural(words[i + 1]))
        if participle(low) and adjective and hyphened_or_plural and words[i + 1] not in NOT_NOUNS:
            continue  # "middle-aged women", "two armed groups"
        if not low[0].isalpha() or low in NOT_NOUNS or participle(low) or low in TIME_UNITS:
            return None
        if low in _MEASURES or low in UNITS or low.endswith("'s"):
            return None  # "3.8 pounds", "hundreds of liters", "87 million of the world's"
        if after[i] == "Jews" or (len(low) > 5 and low[-1] == "s" and DEMONYM.match(after[i][:-1])):
            return after[i]  # "three Israelis", "19 Palestinians": of a people, as written
        if plural(low):
            if after[i][0].isupper():
                if i + 1 < len(words) and plural(words[i + 1]) and after[i + 1][:1].islower():
                    continue  # "three Hamas fighters": a name before the plural
                return None  # "two Tony Awards", "two outside Electronic Arts": a name
            if low in CONTAINERS and words[i + 1 : i + 2] == ["of"]:
                held = [w for w in words[i + 2 : i + 5] if plural(w) and "-" not in w]
                return f"{low} of {held[0]}" if held else low  # "pairs of trail-running shoes"
            return low
        if not _adjective(low):
            return None  # "All three face charges": a verb, not what is counted
    return None


# Verbs that a count's subject is often followed by: "All three face charges", "the two say".
_VERBS = frozenset(
    "face faces say get make take go come remain stand seem appear need want know think see "
    "look win lose pay die live work serve hold run".split()
)


def _adjective(word: str) -> bool:
    """Whether ``word`` may stand between a number and its noun ("two hefty women", "five
    misdemeanor counts", "three male friends"): any word but a common verb."""
    return word not in _VERBS


# Units that are no counted thing and that UNITS leaves out ("pounds" may be money or mass).
_MEASURES = frozenset(
    "pounds ounces inches yards degrees points cents calories blocks centimeters centimetres "
    "millimeters millimetres".split()
)
OWNERS = frozenset("the these those its her his their our my your".split())
_MONEY_LINKS = frozenset("of worth totaling totalling".split())


def money_noun(before: list[str], after: list[str], noun: str | None) -> str | None:
    """What an amount is: "a $800 million jackpot", "$26 million in winnings", "a jackpot of
    $636 million"; None when nothing near says. ``noun``: the word read after it."""
    if noun == "worth" and len(after) > 2 and after[1] == "of":
        held = after[3] if after[2].lower() in OWNERS and len(after) > 3 else after[2]
        return held.lower() if held[:1].islower() else None  # "$40,000 worth of iPhones"
    if noun:
        at = [w.lower() for w in after].index(noun) if noun in (w.lower() for w in after) else 0
        modifier = _modifier(noun, after[at + 1 : at + 2])
        return noun if noun not in _NOT_AMOUNT_NOUNS and not modifier else None
    if len(after) >= 2 and after[0].lower() == "in" and after[1][:1].islower():
        # "$865,000 in expert witness fees": the phrase's last word, its head
        phrase: list[str] = []
        for word in (w.lower() for w in after[1:5]):
            if not word[:1].isalpha() or word in NOT_NOUNS or participle(word):
                break
            if word in _NOT_HEADS:  # "in annual fees"; "$270,000 in tax revenue daily"
                if phrase:
                    break
                continue
            if word.endswith("'s"):
                break  # "in today's money": whose, not what
            phrase.append(word)
            if plural(word):
                break  # "in lottery prizes go unclaimed": the plural is the head
        return phrase[-1] if phrase else None
    if len(before) >= 2 and before[-1].lower() in _MONEY_LINKS:
        word = before[-2]
        low = word.lower()
        if word[:1].islower() and low not in NOT_NOUNS and not participle(low):
            return low if low not in _NOT_AMOUNT_NOUNS and not low.endswith("ly") else None
    return None


# Words after an amount that say of what kind it is, not what it is: "a $3 billion scientific
# effort", "a $30m signing bonus", "$2,000 monthly", "$150,000 USD", "in today's economy".
_KIND_ENDS = ("ic", "ful", "free", "ing", "ous", "ive")
_NOT_HEADS = frozenset(
    "usd eur gbp cad aud chf us single double annual median average mean daily weekly monthly "
    "yearly hourly nightly due".split()
)


def _modifier(word: str, following: list[str]) -> bool:
    if word in _NOT_HEADS or word.endswith(("'s", "ly")):
        return True
    if len(word) > 6 and word.endswith(("able", "ible")):
        return True  # "$1 million available for …", "$500 payable"
    nxt = following[0] if following else ""
    return word.endswith(_KIND_ENDS) and nxt[:1].islower() and nxt.lower() not in NOT_NOUNS


_CHANGE = frozenset(
    "more higher lower less fewer greater increase increased rise drop decline jump decreased "
    "reduced raised cut cuts increases rises drops declines gain gains loss losses hike".split()
)
_CHANGE_VERBS = frozenset(
    "rose fell lost gained increased decreased declined dropped jumped climbed soared grew "
    "slipped slid plunged surged tumbled cut raised rise fall advanced rallied sank slumped "
    "dipped spiked".split()
)


_HAS = [["has"], ["have"], ["had"]]


def a_change(before: list[str], after: list[str]) -> bool:
    """ "29 percent higher risk", "the index lost 49 percent", "soared 28 percent": no share
    of anything (which "of the seats" after the number would make it)."""
    if after and after[0].lower() == "of":
        return False
    if after and after[0].lower() in _CHANGE:
        return True
    if len(after) > 1 and after[1].lower() in _CHANGE and after[0].lower() not in NOT_NOUNS:
        return True  # "a 20 percent pay cut"
    if [w.lower() for w in after[:1]] in _HAS and after[1:2] and after[1].lower() in _CHANGE_VERBS:
        return True  # "+4.26% has advanced"
    verb = [w.lower() for w in before[-2:]]
    return bool(verb) and (
        verb[-1] in _CHANGE_VERBS or (verb[0] in _CHANGE_VERBS and verb[-1] == "by")
    )


# Words after a length that say what it measures: "30 miles northeast of", "137 meters deep".
_MEASURED = {
    **dict.fromkeys(
        "north south east west northeast northwest southeast southwest north-east north-west "
        "south-east south-west away from outside off offshore inland apart across".split(),
        "distance",
    ),
    "deep": "depth",
    "long": "length",
    "wide": "width",
    "high": "height",
    "tall": "height",
}
# Words that are no label of a measure: "10 feet below", "3 metres above".
_NOT_MEASURED = frozenset("below above beyond behind ahead lower higher".split())


def measured(dimension: str, noun: str | None) -> str | None:
    """What a measure is from the word after it: a length "northeast" of a place is a distance,
    one "deep" a depth; other words as read (a "barley" mass); none for "below"."""
    if (
        noun is None
        or noun in _NOT_MEASURED
        or len(noun) < 2
        or noun.startswith("per-")
        or noun.endswith("ed")
    ):
        return None  # "degrees F", "55 mile-per-hour"
    if noun in _MEASURED and _MEASURED[noun] == "distance" and dimension != "length":
        return None  # "25 degrees south latitude"
    if dimension in ("length", "height"):
        return _MEASURED.get(noun, noun)
    return noun


# What a length read from the word after it is, with nothing of what it measures: "distance",
# "height" ("30 miles northeast of", "three metres high").
DIMENSION_WORDS = frozenset(_MEASURED.values())
# "one in 100,000 babies", "1 in 5 adults", "nine out of 10 doctors": a ratio, no count.
_RATIO_GAP = re.compile(r"\s+(?:in|out\s+of)\s+")
_RATIO_BEFORE = re.compile(r"\b(?:one|an?)\s+(?:in|out\s+of)\s+$", re.IGNORECASE)


def in_ratios(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Which of the numbers at ``spans`` (in order) are a ratio's: two joined by "in" or "out
    of", or one after "one in"."""
    ratio: set[int] = set()
    for k, (start, _) in enumerate(spans):
        if k and _RATIO_GAP.fullmatch(text, spans[k - 1][1], start):
            ratio |= {k - 1, k}
        elif _RATIO_BEFORE.search(text, max(0, start - 12), start):
            ratio.add(k)
    return ratio


def of_noun(after: list[str]) -> str | None:
    """ "98 percent of the city" -> "city"."""
    if len(after) < 2 or after[0].lower() != "of":
        return None
    for word in after[1:5]:
        low = word.lower()
        if not word[0].isalpha():
            return None
        if low in NOT_NOUNS or low in ("key", "whole", "entire"):
            continue
        return low
    return None
