"""The built-in entity recogniser: capitalised names (``names.name_spans``) typed by the words
around them, each type with a weight (how sure the cue is):

- the name's own words: a known acronym ("FBI") or one with a cue ("BP's", "LAPD officers"), or
  a word such as "Agency" or "Holdings", makes an organisation, a last word such as "Street" a
  place (3); an acronym with no cue is an organisation only weakly (0.3: "AGM", "TSLA"), and
  so is half of a name cut at "and" or from its number ("Department of Health" of "… and Human
  Services", "Maintenance Company" of "632nd Maintenance Company");
- a title before it ("Sen.", "Patriarch") makes a person (3), and so does a middle initial
  ("John H. Hwang", 2); a noun of companies before it
  ("advisory firm Glass Lewis"), or its shares, employees or headquarters after it, makes an
  organisation (2), a spokesman after it only weakly ("a Hagel spokesman", 0.75);
- a place of the gazetteer ("Maryland", "Pluto") is a place (2); a role ("UN humanitarian
  chief", "his daughter, Elena"), an age ("Maureen Pike, 67,"), ", who", "X's wife" make a
  person (2);
- a full name whose surname stands alone elsewhere in the story ("Ariel Winter" … "Winter") is a
  person (2), unless that word is a place or an organisation ("Royal London"), and so are the
  untyped names listed beside a person ("Ty Burrell, Nolan Gould and Eric Stonestreet", 1);
- "in"/"near" before a one-word name, or ", Syria," after it, makes a place (1); the same
  before a longer name that does not look like a place ("items from Taylor Swift") or with
  "the" between ("in the Unabomber's hoodie"), or "from"/"at" before it ("at Exxon"), only
  weakly (0.25).

Names are cut where a reader cuts them: a common word that only starts the sentence ("Witness
Henry Oliver said"), the field of a title ("Vice President of Education Fabio Sementilli") and
a caption's next sentence ("Space Station The Zarya") are no part of them (``entity_trim``);
"&" joins ("Smith & Nephew"), and so does a title's office ("Harford County Sheriff's Office");
a run that names its first name again is a link's text run into its tooltip, cut there ("Trey
Gowdy Trey GowdyChatter"). What the story's other mentions say is weighed after
(``entity_story``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from newsbrief.facts.entity_data import world_places
from newsbrief.facts.entity_filters import common_words
from newsbrief.facts.entity_sites import SITE, SITE_WEIGHT, TICKER, cited, sites, ticker
from newsbrief.facts.entity_story import retype
from newsbrief.facts.entity_trim import (
    and_joins,
    half_name,
    has_title,
    has_word,
    opens_one,
    published_in,
    trim,
)
from newsbrief.facts.entity_words import PARTIES, name_kind, personal, place_like
from newsbrief.facts.gazetteer import (
    HOLDERS,
    ORG_ACRONYMS,
    ORG_NOUNS,
    PLACE_WEIGHT,
    PLACES,
)
from newsbrief.nlp.lexicon import (
    ORG_WORDS,
    PLACE_ACRONYMS,
    PLACE_CUES,
    PLACE_WORDS,
    ROLE_NOUNS,
    ROLE_WORDS,
    TITLES,
)
from newsbrief.nlp.names import name_spans, role_before, word_before
from newsbrief.types import EntityMention as Mention

_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,}$")
_CLAUSE_START = re.compile(r"(?:[.!?:]\s+|(?<=[a-z])[.!?]|\n\s*|[“\"]\s*)$")  # "Oliver.They"
_AGE = re.compile(r",\s*\d{1,3},")
_REGION = re.compile(r",\s+[A-Z][a-z]+\.?,")
# A third capitalised name after "Name, Name," makes a list ("the nine companies — Acxiom,
# Experian, Epsilon, Reed Elsevier, …"), not a place and its region.
_LIST_GOES_ON = re.compile(
    r"\s+(?:and\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*(?:,|\band\b|\.)"
)
# Nationalities; "-an" only as nationalities end in it: "Perryman", "Iran", "Susan" are names.
_DEMONYM = re.compile(
    r"^(?:[A-Z][a-z]+(?:ian|ese|ish|ean|i|ican|erman|uban|nyan|ndan|elan|olan|alan|uan|ghan|"
    r"etan|ccan)|French|Dutch|Greek|Swiss|Thai|Czech|Welsh|Scots|"
    r"Basque|Arab|Muslim)$"
)
_WHO = re.compile(r",\s+who\b")  # not "whose": "Tesla, whose shares"
_KIN = re.compile(
    r"(?:['’]s?)?\s+(?:(?:late|former|estranged|eldest|youngest|\d+-year-old)\s+)?"
    r"(?:daughter|son|wife|husband|mother|father|brother|sister|boyfriend|girlfriend|fiancée?|"
    r"widow|parents|family|children|grandson|granddaughter)\b"
)
_ROLE_COMMA = re.compile(r"\b([a-z]+)\s*,\s*$")
# A role after a name with no article: "Ivo Lind, head of the delegation" (an organisation's
# appositive has one: "Tesla, the leader in cars").
_ROLE_AFTER = re.compile(r",\s+(?:(?!the\b|a\b|an\b)[a-z-]+\s+){0,2}?([a-z]+)\s+(?:of|for|at)\b")
_AND_THE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w.'’-]*[^\S\n]+)+and[^\S\n]+)$")
# "from Taylor Swift", "at Exxon", "at Caltech": as often a company or a person as a place.
_WEAK_CUES = frozenset({"from", "at"})
_ORG_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:employees|shareholders|shares|stock|"
    r"headquarters|stores|warehouse|(?:distribution|call) cent(?:er|re)|chief executive|CEO)\b"
)
# "Rite Aid spokeswoman", but also "a Hagel spokesman": a cue, not a firm one.
_SPOKESMAN = re.compile(r"(?:['’]s?)?\s+spokes(?:man|woman|person)\b")
_SPOKESMAN_WEIGHT = 0.75
_STATION = re.compile(r"^[KW][A-Z]{2,3}$")  # US broadcasters' call letters: "WJZ", "KCAL"
_ACRONYM_CUE = re.compile(
    r"['’]s\b|\s+(?:said|says|spokes\w+|officials?|officers?|agents?|chief|director|"
    r"investigators?|announced|reported|statement)\b"
)
# A first name, a middle initial and a surname: a person's ("Denzil P. Mathew"), not initials
# first ("J.C. Penney") or last ("Washington D.C.").
_INITIALLED = re.compile(r"^[A-Z][a-z]+[^\S\n]+(?:[A-Z]\.){1,2}[^\S\n]+[A-Z][a-z][\w'’-]*$")
# A state's name of one word that names no place: a group's or a school's ("Islamic State").
_OF_STATE = re.compile(r"^[A-Z][a-z]+ State$")
# An acronym with no cue: perhaps an organisation, too weakly to show ("AGM", "TSLA").
_BARE_ACRONYM = 0.3
# A word that starts a sentence, capitalised inside a run of names: the run is two sentences.
_SENTENCE_IN_RUN = re.compile(
    r"[^\S\n]+(?:The|A|An|In|On|At|This|It|He|She|They|We|But|You|Your)\b(?!')"
)
# The office of a title: "Sheriff's Office", "Coroner's Department": one organisation's name.
_OFFICE_OF = re.compile(r"[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?([A-Z][a-z]+)\b")
_AMPERSAND = re.compile(r"[^\S\n]+&[^\S\n]+")
_AMPERSAND_GAP = 8  # " & " with a few spaces more; a longer gap holds more than "&"
# A number after a name: a sequel's, a model's or an edition's ("in Terminator 2"), no place.
_NUMBERED = re.compile(r"[^\S\n]+\d")
_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
# A panel's name goes on with what it is on: "Senate Committee on Foreign Relations".
_PANELS = ("Committee", "Subcommittee", "Commission", "Task Force")
_ON = re.compile(
    r"[^\S\n]+on[^\S\n]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|"
    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"  # not "the Commission on Monday"
    r"[A-Z][\w'’-]*(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w'’-]*){0,3}"
)
# A number before an organisation's name is part of it ("3rd Infantry Division", "11 News"):
# the name without it is a part, and no year is ("2016 Democratic National Convention").
_COUNTED = re.compile(r"(?<![\d,.])\b\d{1,3}(?:st|nd|rd|th)?[^\S\n]+$")
# A name typed with this much weight already keeps that type: its other mentions are not examined.
_ENOUGH = 6.0


def rules(texts: Sequence[str]) -> list[list[Mention]]:
    """Names in each text with their kind and its weight (see the module's doc)."""
    weights: dict[str, float] = {}
    out = []
    alone: set[str] = set()  # one-word names, also at the start of a sentence ("Winter said")
    starts: list[list[Mention]] = []  # those at the start of a sentence
    for text in texts:
        mentions, first = list[Mention](), list[Mention]()
        for name, start, end, title in _spans(text):
            if " " in name:
                name, start, title = _lead(text, name, start, title)
            if (cut := trim(name, start, end)) is None:
                continue  # "Extended Data Fig", "Financial Officer"
            name, start, end = cut
            bare = _bare(name)
            if " " not in name and text[max(0, start - 4) : start].lower() != "the ":
                alone.add(bare)  # not "the Brotherhood"
            if role_of(name) or ticker(text, start, end):
                continue
            if not _keep(text, name, start):
                first.append(Mention(bare, start, start + len(bare), None))
                continue
            kind, weight = None, 0.0
            if weights.get(bare, 0.0) < _ENOUGH:
                kind, weight = _kind(text, bare, start, end, title)
            extra = kind == "organisation" and _AND_THE.search(text, max(0, start - 60), start)
            if extra and _joins(extra.group(1), bare):
                start -= len(extra.group(1))  # "the Securities and Exchange Commission"
                bare = text[start : start + len(extra.group(1)) + len(bare)]
                mentions = [m for m in mentions if m.start < start]  # "Securities" alone
            elif kind == "organisation" and (
                half_name(text, bare, start, start + len(bare))
                or _COUNTED.search(text, max(0, start - 8), start)
            ):
                weight = _BARE_ACRONYM  # "Department of Health and …", "632nd Maintenance …"
            if kind:
                weights[bare] = weights.get(bare, 0.0) + weight
            mentions.append(Mention(bare, start, start + len(bare), kind, weight or 1.0))
        out.append(mentions)
        starts.append(first)
    retype(out, texts, alone, starts)
    return out


@lru_cache(maxsize=4096)
def role_of(name: str) -> bool:
    """ "Russian Patriarch", "Syrian President": a nationality and a title, no name."""
    words = name.split()
    return len(words) == 2 and bool(_DEMONYM.match(words[0])) and words[1].lower() in TITLES


def _spans(text: str) -> Iterator[tuple[str, int, int, str | None]]:
    """``name_spans`` of long names, a person's name and what follows "of" apart: "Luigi
    Garlaschelli of the University of Pavia", "Jonathyn Priest of Bevel"; a verb before "for"
    left out: "Pushing for Congress"; a run over a sentence a caption does not end cut there:
    "International Space Station The Zarya"."""
    taken = 0  # the end of a panel's name that took in the runs after it
    for name, start, end, title in sites(text, _possessors(_joined(text))):
        if start < taken:
            continue
        if " " in name and (cut := _SENTENCE_IN_RUN.search(name)) is not None:
            name, end = name[: cut.start()], start + cut.start()
        if name.count(" ") > 1 and (again := _again(name)):
            name, end = name[:again], start + again  # "Trey Gowdy Trey GowdyChatter"
        if " " in name and text[end : end + 1] == "." and _abbreviated(name.rsplit(None, 1)[1]):
            name = name.rsplit(None, 1)[0]  # "Texas Gov. Rick Perry": "Texas", then a title
            end = start + len(name)
        if name.endswith(("'s", "’s")) and _office_holder(name):
            office = _OFFICE_OF.match(text, end)  # "Harford County Sheriff's Office"
            if office and (  # "Institute for Women's Policy Research": the rest of its name
                office.group(1).lower() in ORG_WORDS or name_kind(name)[0] == "organisation"
            ):
                name, end = text[start : office.end()], office.end()
        if name.endswith(_PANELS) and (on := _ON.match(text, end)):
            name, end = text[start : on.end()], on.end()  # "House Select Committee on Benghazi"
            taken = end
        of = _OF.search(name) if " of " in name or " for " in name else None
        head = name[: of.start()] if of else ""
        if of is None:
            yield name, start, end, title
            continue
        gerund = " " not in head and head.endswith("ing") and len(head) > 5
        of_org = " " not in head and _role_of_org(head, name[of.end() :])
        role = of_org or (" " not in head and _office_of(head, name[of.end() :]))
        if not gerund and not role and (" " not in head or name_kind(head) != (None, False)):
            yield name, start, end, title
            continue
        if not gerund and not role:  # "Pushing for Congress": the verb is no name
            yield head, start, start + len(head), title
        tail, at = name[of.end() :], start + of.end()
        words = tail.split()
        if head.split()[-1].lower() in TITLES and len(words) >= 3 and not of_org:
            lead = 0  # the field of "Vice President of": its common words
            while len(words) - lead > 2 and words[lead].lower() in common_words():
                lead += 1
            skip = tail.index(words[lead]) if lead else 0
            tail, at = tail[skip:], at + skip
        yield tail, at, end, None


def _abbreviated(word: str) -> bool:
    """A title's short form before its dot ("Gov.", "Sen.", "Lt."), not a title's whole word at
    a sentence's end ("… from the Department of Justice.")."""
    return len(word) <= 4 and word.lower() in TITLES


# A plural's possessive inside a run: "NBC News' Richard Engel" is the outlet and its reporter.
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['’][^\S\n]+(?=[A-Z])")


def _possessors(
    spans: Iterator[tuple[str, int, int, str | None]],
) -> Iterator[tuple[str, int, int, str | None]]:
    """Runs cut after a plural's possessive where a person's name follows: "NBC News' Richard
    Engel" is "NBC News'" and "Richard Engel"."""
    for name, start, end, title in spans:
        cut = _PLURAL_POSSESSIVE.search(name) if "s' " in name or "s’ " in name else None
        if cut is None or not personal(name[cut.end() :]):
            yield name, start, end, title
            continue
        yield name[: cut.start() + 1], start, start + cut.start() + 1, title
        yield name[cut.end() :], start + cut.end(), end, None


@lru_cache(maxsize=4096)
def _again(name: str) -> int:
    """Where a run names again the name it opens with, 0 if it does not: a link's text and its
    tooltip run together on a web page ("Hillary Clinton Hillary Rodham Clinton")."""
    first = name.split(None, 1)[0]
    if len(first) < 3 or not first[1:].islower():
        return 0
    at = name.find(" " + first + " ", len(first))
    return at if at > 0 else 0


def _lead(text: str, name: str, start: int, title: str | None) -> tuple[str, int, str | None]:
    """A name as it stands, less a common word capitalised only because a sentence starts with
    it ("Witness Henry Oliver said", "Collector Morace Park bought"); with its title where the
    name is a street's ("Queen Victoria Road")."""
    if title and has_title(title) and name_kind(name)[1]:  # not "On Jurassic Park"
        at = text.rfind(title, max(0, start - len(title) - 3), start)
        if at >= 0:
            return text[at : start + len(name)], at, None
    words = name.split()
    low = words[0].lower()
    at_start = start == 0 or bool(_CLAUSE_START.search(text, max(0, start - 3), start))
    if len(words) == 2 and at_start and opens_one(text, name):
        cut = name.index(words[1], len(words[0]))  # "Goodbye Clarissa.", "Bonus Trump-led"
        return name[cut:], start + cut, title
    if len(words) < 3 or low in TITLES:
        return name, start, title
    field = title is not None and title.split()[-1].lower() in ("of", "for")  # "… of Education"
    if field and words[0] in PLACES and personal(rest := name[name.index(words[1]) :]):
        return rest, start + len(name) - len(rest), None  # "President of Libya Mohammed Magariaf"
    if not (field or at_start):
        return name, start, title
    cut = name.index(words[1], len(words[0]))
    rest = name[cut:]
    if not personal(rest):
        return name, start, title  # "Royal London Asset Management"
    common = low in common_words() and (
        field or low in ROLE_WORDS or has_word(text, low)
    )  # "Witness Henry Oliver said", and "witness" is a word here ("royal" is not)
    if common:  # not "Stephen Humphrey Bogart", however often "Humphrey Bogart" stands alone
        return rest, start + cut, title
    return name, start, title


def _office_holder(name: str) -> bool:
    word = name.rsplit(None, 1)[-1][:-2].lower()
    return word in TITLES or word in HOLDERS


def _joined(text: str) -> Iterator[tuple[str, int, int, str | None]]:
    """``name_spans``, runs joined by "&" as one name: "Smith & Nephew", "Finn Dixon & Herling"."""
    held: tuple[str, int, int, str | None] | None = None
    for span in name_spans(text, long=True):
        if held is not None and (
            (span[1] - held[2] < _AMPERSAND_GAP and _AMPERSAND.fullmatch(text, held[2], span[1]))
            or and_joins(text, held[0], held[2], span[0], span[1])
        ):
            held = (text[held[1] : span[2]], held[1], span[2], held[3])
            continue
        if held is not None:
            yield held
        held = span
    if held is not None:
        yield held


def _office_of(head: str, tail: str) -> bool:
    """ "Minister-Elect" of "Prime Minister-Elect of Libya": an office of a place, no name."""
    return tail in PLACES and any(p in TITLES for p in head.lower().split("-"))


def _role_of_org(head: str, tail: str) -> bool:
    """ "Principal" of "Principal of Lonnie B. Nelson Elementary School": a common word before
    "of" and an organisation's name after it (not "Bank of America", "University of Chicago")."""
    low = head.lower()
    return (
        low not in ORG_WORDS
        and low not in PLACE_WORDS
        and (low in common_words() or low in ROLE_NOUNS)  # "CEO of the Illinois …"
        and name_kind(tail)[0] == "organisation"
    )


@lru_cache(maxsize=8192)
def _bare(name: str) -> str:
    """The name without its possessive: "Assad's", "Robin Williams'"."""
    bare = name.removesuffix("'s").removesuffix("’s")
    return bare[:-1] if bare.endswith(("'", "’")) else bare  # "Williams'", 'London'


def _joins(words: str, name: str) -> bool:
    """ "Securities and" before "Exchange Commission" is one name; "FBI and" before "CNN", or
    "New York Times and" before "Washington Post", are two."""
    first = words.split()[0]
    if first.lower() in PLACE_ACRONYMS:  # "U.S. Ski and" before "Snowboard Association"
        words = words[len(first) :].lstrip()
        if words.split()[0] == "and":
            return False  # "the U.S. and European Union"
        first = words.split()[0]
    return " " in name and not _ACRONYM.match(first) and name_kind(words)[0] is None


def _keep(text: str, name: str, start: int) -> bool:
    kept = _kept(name)
    if kept is not None:
        return kept
    before = text[max(0, start - 3) : start]
    return not (start == 0 or _CLAUSE_START.search(before))


@lru_cache(maxsize=8192)
def _kept(name: str) -> bool | None:
    """Whether ``name`` is kept wherever it stands; None: it depends on what comes before."""
    if " " in name or _ACRONYM.match(name) or name in PLACES or name.lower() in PARTIES:
        return True  # "Maryland officials said", "Hawaii", "Democrats said"
    if name in world_places():
        return True  # "Sochi will host": a city of the field's data
    if SITE.match(name):
        return True  # "Chess.com said"
    if _DEMONYM.match(name):
        return False  # "Syrian", "Russian": a nationality, not an entity
    return None


def _kind(
    text: str, name: str, start: int, end: int, title: str | None
) -> tuple[str | None, float]:
    kind, place_word = name_kind(name)
    if name.lower() in PARTIES or TICKER.match(text, end, end + 24):
        return "organisation", 3.0  # "Democrats", "Nestle (NESN.S)", "Tesla (NASDAQ: TSLA)"
    if SITE.match(name):  # "Chess.com": a site, cited as a source or named more than once
        return "organisation", 3.0 if cited(text, start, end) else SITE_WEIGHT
    if kind == "organisation" and _ACRONYM.match(name):
        return kind, 3.0 if _known_acronym(text, name, end) else _BARE_ACRONYM
    if kind:
        return kind, 3.0
    if title and has_title(title):
        return "person", 3.0
    previous = word_before(text, start)
    if previous and not previous[1] and previous[0] in ORG_NOUNS and name not in PLACES:
        return "organisation", 2.0  # "proxy advisory firm Glass Lewis", not "giant New Zealand"
    if _ORG_AFTER.match(text, end, end + 30):
        return "organisation", 2.0  # "Tesla's shares", "Rite Aid employees"
    if _SPOKESMAN.match(text, end, end + 16):
        return "organisation", _SPOKESMAN_WEIGHT
    if _INITIALLED.match(name) and personal(name.split()[0] + " " + name.split()[-1]):
        return "person", 2.0  # "John H. Hwang", "George H.W. Bush": a middle initial
    if name in PLACES:  # before a person's cue: "in Pasadena, who"
        return "place", PLACE_WEIGHT
    if _person_cue(text, start, end):
        return "person", 2.0
    if name in world_places():  # the field's data: "Sochi", "Kandahar", no cue needed
        return "place", PLACE_WEIGHT
    if place_word and _OF_STATE.match(name) and name.split()[0] not in PLACES:
        return "organisation", 2.0  # "Islamic State", "Penn State": no state's name
    if place_word:
        return "place", 3.0
    if previous and previous[0] == "in" and published_in(text, start):
        return "organisation", 1.0  # "published in Nature"
    if previous and previous[0] in PLACE_CUES and not _NUMBERED.match(text, end):
        strong = not previous[1] and previous[0] not in _WEAK_CUES and place_like(name)
        return "place", 1.0 if strong and len(name.split()) < 5 else 0.25
    region = _REGION.match(text, end, end + 30) if " " not in name else None
    if region and not _in_list(text, start, region.end()):
        return "place", 1.0  # "Aleppo, Syria,"; not "Acxiom, Experian, Epsilon, …"
    return None, 0.0


def _in_list(text: str, start: int, after: int) -> bool:
    """Is the name at ``start``, with the name after it ending at ``after``, one of a list:
    after a comma or a dash ("…, Rapleaf, Spokeo, and Datalogix"), or with a third name after
    the second ("Acxiom, Experian, Epsilon")?"""
    before = text[max(0, start - 2) : start]
    return before in (", ", "— ", "—") or bool(_LIST_GOES_ON.match(text, after))


def _known_acronym(text: str, name: str, end: int) -> bool:
    """An acronym a reader knows as an organisation ("FBI"), call letters ("WJZ"), or one with
    a cue: "BP's", "NASA said", "LAPD officers" (not "the": "the AGM", "the FTSE 100")."""
    if name.lower().replace(".", "") in ORG_ACRONYMS or _STATION.match(name):
        return True
    return bool(_ACRONYM_CUE.match(text, end, end + 16))


def _person_cue(text: str, start: int, end: int) -> bool:
    after = text[end : end + 2]
    if after[:1] == "," and _AGE.match(text, end, end + 8):
        return text[start - 5 : start] != ", of "  # "Maureen Pike, 67,", not "Gaspar Pike,
        # of Diamond Bar, 83,": a hometown between a name and its age
    if after[:1] == "," and _WHO.match(text, end, end + 8):
        return text[max(0, start - 4) : start].lower() != "the "  # "Mikhail Kalashnikov,
        # who", not "The Texas Rangers, who": a group's name
    role_after = _ROLE_AFTER.match(text, end, end + 40) if after[:1] == "," else None
    if role_after and role_after.group(1) in ROLE_NOUNS:
        return True  # "Ivo Lind, head of the delegation"
    if after[:1] in "'’ " and _KIN.match(text, end, end + 40):
        return True  # "Freddie Gray's family"
    if text[start - 2 : start - 1] == ",":
        comma = _ROLE_COMMA.search(text, max(0, start - 30), start)
        if comma and comma.group(1) in ROLE_NOUNS:
            return True  # "his daughter, Elena"
    role = role_before(text, start)
    return role is not None and any(w.lower() in ROLE_NOUNS for w in role.split())
