"""Which capitalised words are names: a word that only opens sentences ("Eager to leave, …")
is none, nor a job or function word before a name ("Producer Ada Roe", "Is Roe …?"); where a
clause with a subject of its own opens (", although her attorney said"); abbreviations' full
stops ("Maj. Glenn Hall"); and fast whole-word search (``str.find``, no pattern compiled per word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from newsbrief.nlp.lexicon import (
    HONORIFICS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLES,
)
from newsbrief.nlp.names import Name, boundary
from newsbrief.nlp.stopwords import ENGLISH

# Job words that may open a full name when they open its sentence: "Archaeologist Ada Roe".
_JOB_WORDS = ROLE_NOUNS | frozenset("archaeologist anthropologist astronomer".split())
# Function words that open no name ("Is Roe …?"), though "Will", "May", "Don", "Per" may.
_NOT_FIRST = ENGLISH - frozenset("will may won don per d s t m ll re ve".split())
_ADVERB = re.compile(r"[A-Z][a-z]+(?:ately|ally|ously|ntly|edly)")
# A clause of its own after a comma: its subject speaks ("…, whereas Trump has said …").
CONTRAST = re.compile(r"(?:whereas|while|but|although|though)\s+")
_CONTRAST_CLAUSE = re.compile(rf",\s*{CONTRAST.pattern}")
_SOMEONE = re.compile(r"(?:the|a|an|her|his|their|its|one|some)\s|[A-Z]")  # not "but then"
# Words of a job or title before a full name: "Producer Ada Roe", "Human Rights chief Ada Roe".
_NAME_JOBS = (
    _JOB_WORDS
    | ROLE_WORDS
    | TITLES
    | frozenset(
        "producer coordinator principal consultant designer engineer chef host whip".split()
    )
)


def without_job(name: str) -> str:
    """ "Archaeologist Ada Roe" -> "Ada Roe", "Homeland Security Adviser Tom Bossert" -> "Tom
    Bossert": the words up to a job word kept at the front of a full name (and a function word
    or an adverb: "Is Roe", "Fortunately Roe")."""
    words = name.split()
    while len(words) >= 2 and (words[0].lower() in _NOT_FIRST or _ADVERB.fullmatch(words[0])):
        words = words[1:]  # "Is Roe a fame seeker?", "Fortunately Roe"
    name = " ".join(words)
    cut = 0
    if words and (words[-1].lower() in ORG_WORDS or words[-1].lower() in ("examiner", "coroner")):
        return name  # "Honolulu Chief Medical Examiner": an office, no one's name
    for i, word in enumerate(words[:-2]):
        low = word.lower().rstrip(".")
        if low in _NAME_JOBS or low.endswith(("ologist", "ist")):
            cut = i + 1
    return " ".join(words[cut:]) if cut else name


# A full stop that ends a title or an initial, not a sentence: "Ms. Katz", "Debra S. Katz".
_TITLE_STOP = re.compile(
    r"(?:^|\s)(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev)\.$"
)


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_AUXILIARIES = frozenset(
    "is was are were has had have will would can could did does do should may might must be "
    "been am".split()
)


@lru_cache(maxsize=4096)
def only_opens_sentences(word: str, text: str) -> bool:
    """A single capitalised word that ``text`` writes only at the start of a sentence, before a
    function word ("Even if …", "Eager to leave, …", "Turns out …"): an ordinary word, not a
    name ("Roe defended …", "Kent, who …", "Ms. Katz")."""
    if " " in word:
        return False
    function_word_after = False
    for start, end in _whole_word(word, text):
        before = text[max(0, start - 12) : start].rstrip(" “\"‘'(—–-")
        if before and (before[-1] not in ".!?:\n" or _TITLE_STOP.search(before)):
            return False  # "… said Glick", "Ms. Katz": a name
        after = _NEXT_WORD.match(text, end)
        word_after = after.group(1).lower() if after else ""
        function_word_after = (
            function_word_after
            or (word_after in ENGLISH and word_after not in _AUXILIARIES)
            or (word.endswith("ly") and text[end : end + 1] == ",")  # "Separately, …"
        )
    return function_word_after  # "Eager to", "Even if", "Turns out" (not "Roe defended")


def _whole_word(word: str, text: str) -> Iterator[tuple[int, int]]:
    r"""The spans of ``re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text)``, found
    with ``str.find``: no pattern to compile for each word."""
    i = text.find(word)
    while i != -1:
        end = i + len(word)
        if (i == 0 or not _joins(text[i - 1])) and (end == len(text) or not _joins(text[end])):
            yield i, end
            i = text.find(word, end)
        else:
            i = text.find(word, i + 1)


def _joins(char: str) -> bool:
    r"""A character that continues a word: ``[\w’'-]``."""
    return char.isalnum() or char in "_’'-"


def word_matches(text: str, words: list[str]) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(r"\\b(?:w1|w2|…)\\b", text)`` for ``words`` (escaped, in that
    order), found with ``str.find``: no pattern to compile for each article."""
    first_at: dict[int, int] = {}  # start -> end of the first word, in order, that matches there
    for w in words:
        i = text.find(w)
        while i != -1:
            if i not in first_at and boundary(text, i) and boundary(text, i + len(w)):
                first_at[i] = i + len(w)
            i = text.find(w, i + 1)
    end = 0
    for i in sorted(first_at):
        if i >= end:
            end = first_at[i]
            yield i, end


# One or two lower-case words between two names: a job ("Spears flack Jeff Raymond").
_WHEN = frozenset("yesterday today tonight tomorrow earlier later last next".split())
_BETWEEN = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,2})")


def job_between(who: str, found: list[Name]) -> bool:
    """Whether the first two names of ``who`` have only a job between them, the second a person
    in full: "Spears flack Jeff Raymond", "Donald Trump aide Michael Cohen" (not "Roe and Ode",
    "Roe of Ede University", "Roe told Ada Lind")."""
    if len(found) < 2 or " " not in found[1].name or found[1].title:
        return False
    m = _BETWEEN.fullmatch(who, found[0].end, found[1].start)
    return m is not None and not any(
        w in ENGLISH or w in SPEECH_VERBS or w in _WHEN or w.endswith(("ed", "ing"))
        for w in m.group(1).split()
    )


def has_phrase(text: str, phrase: str, *, not_before: str = "") -> bool:
    r"""Whether ``re.search(rf"\b{re.escape(phrase)}\b(?![{not_before}])", text)`` would find
    ``phrase``, found with ``str.find``: no pattern to compile for each phrase."""
    i = text.find(phrase)
    while i != -1:
        end = i + len(phrase)
        last = end == len(text) or text[end] not in not_before
        if last and boundary(text, i) and boundary(text, end):
            return True
        i = text.find(phrase, i + 1)
    return False


# An abbreviated title before a name, written out when it is all the role there is ("Sen. Ada
# Roe" -> "Senator"); a courtesy title ("Mr.") is no role, and "Dr." is one only alone.
_TITLES_IN_FULL = {
    "sen.": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "lt.": "Lieutenant",
    "sgt.": "Sergeant",
    "maj.": "Major",
    "capt.": "Captain",
    "gen.": "General",
    "col.": "Colonel",
    "cpl.": "Corporal",
    "adm.": "Admiral",
    "det.": "Detective",
    "supt.": "Superintendent",
    "insp.": "Inspector",
    "prof.": "Professor",
    "rev.": "Reverend",
    "atty.": "Attorney",
    "dr.": "Dr.",
}


def role_with_title(before: str | None, after: str | None) -> str | None:
    """A speaker's role from the words before their name and the apposition after it; a title
    alone before the name ("Sen.", "Dr.") is written out or left out, not glued to the
    apposition: "Sen. Ada Roe, the senior Republican on the committee" -> "Senator, senior
    Republican on the committee", "Dr. Ada Roe, a physician" -> "physician"."""
    words = (before or "").lower().split()
    if not words or not all(w in _TITLES_IN_FULL or w in HONORIFICS for w in words):
        return " ".join(r for r in (before, after) if r) or None
    title = " ".join(_TITLES_IN_FULL[w] for w in words if w in _TITLES_IN_FULL and w != "dr.")
    return ", ".join(r for r in (title, after) if r) or (before if "dr." in words else None)


# A capitalised word the name finder cut as a page's furniture ("Read", "Listen") between a
# one-word name and the verb or a comma: the surname ("Director Bill Read said").
_CUT_SURNAME = re.compile(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)([A-Z][a-z’'-]+)"
    r"(?=\s*,|\s*$)"
)


def whole_name(who: str, name: Name) -> str:
    """``name`` (found in the attribution ``who``) without job words, and with the surname the
    name finder cut from a one-word name ("Bill" of "Director Bill Read said": "Bill Read")."""
    cut = _CUT_SURNAME.match(who, name.end) if " " not in name.name else None
    return without_job(name.name) + (f" {cut.group(1)}" if cut else "")


# Nouns for a person besides those of the lexicon: "the Texas congressman said".
MORE_PEOPLE = frozenset(
    "congressman congresswoman lawmaker candidate contender politician actor actress singer "
    "rapper star player host presenter author writer spokesman spokeswoman nominee premier".split()
)
PERSON_NOUN = "|".join(sorted(ROLE_NOUNS | PEOPLE_NOUNS | MORE_PEOPLE))
# "The mother of missing 9-year-old Ada Roe says …": a relative, friend or lawyer of the one
# named speaks, not the one named.
_RELATION_OF = re.compile(
    r"^(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:mother|father|parents?|sister|brother|son|daughter|wife"
    r"|husband|widow|grandmother|grandfather|aunt|uncle|cousin|family|relatives?|friends?"
    r"|girlfriend|boyfriend|fianc[ée]e?|neighbou?rs?|lawyers?|attorneys?)\s+of\s+[^,]*$",
    re.IGNORECASE,
)
# An unnamed person beside a name that is not theirs: the place they are at ("a doctor at
# al-Shifa Hospital"), or someone whose role comes between ("the spokesman for the Tunisian
# president, Moncef Marzouki": the president's name, in apposition to "president").
_SOMEONE_AT = re.compile(
    rf"^(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){{0,2}}?(?:{PERSON_NOUN})\s+(?:at|in|from|near|outside"
    r"|inside)\s+(?:the\s+)?[A-Za-z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}$"
)
_SOMEONE_FOR = re.compile(
    rf"^(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?:{PERSON_NOUN})\s+(?:for|of|to)\s+(?:the\s+)?"
    rf"(?:[\w’'-]+\s+){{0,3}}(?:{PERSON_NOUN}),\s+[A-Z][^,]*,?$"
)


# Someone of a place the attribution names, and no one else named after it ("a resident of the
# nearby Abu Rummaneh district who spoke on condition of anonymity": not Abu Rummaneh; my read of
# dev 172); a name after a comma is theirs ("a resident of Kafr Sousa, Ahmed Kassem").
_RESIDENT_OF = re.compile(
    r"^(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?(?:residents?|natives?|citizens?|villagers?"
    r"|inhabitants?)\s+of\s+[^,]*$"
)


def no_one_named(who: str) -> bool:
    """Whether the attribution ``who`` is of someone it does not name, beside a name that is
    another's or a place's: "The mother of Ada Roe", "a doctor at al-Shifa Hospital", "a
    resident of the Abu Rummaneh district", "the
    spokesman for the Tunisian president, Moncef Marzouki" (not "the spokesman for the
    ministry, Ada Roe")."""
    return bool(
        _RELATION_OF.match(who)
        or _SOMEONE_AT.match(who)
        or _SOMEONE_FOR.match(who)
        or _RESIDENT_OF.match(who)
    )


def own_clause(text: str) -> int | None:
    """Where the last clause of ``text`` after ", although" (whereas, while, but, though) opens
    when it has a subject of its own: "Lott said …, although her attorney said" -> at "her";
    not "…, but then recalled" (the same subject)."""
    ends = [m.end() for m in _CONTRAST_CLAUSE.finditer(text)]
    return ends[-1] if ends and _SOMEONE.match(text, ends[-1]) else None


# Abbreviations whose full stop does not end an attribution: "said Maj. Glenn Hall".
_ABBREVIATION = re.compile(
    r"\b(?:Maj|Gen|Col|Lt|Sgt|Capt|Cpl|Adm|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Rev|St|Jr|Sr|Det|Insp"
    r"|Supt|Atty|[A-Z])\."
)


def unstop(text: str) -> str:
    """``text`` with the full stops of abbreviations blanked: "Maj. Glenn Hall"."""
    return _ABBREVIATION.sub(lambda a: a.group()[:-1] + " ", text)


def titled_aside(chunk: str, name: Name) -> bool:
    """A person named in full after a title in a sentence no "he" or "she" is in: "They will
    be joined by Russian President Vladimir Putin" leaves "he" unsure of anyone before it."""
    if " " not in name.name or _HE_OR_SHE.search(chunk):
        return False
    return _TITLE_BEFORE.search(chunk, max(0, name.start - 24), name.start) is not None


_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_TITLE_BEFORE = re.compile(r"\b(?:President|Prime Minister|Chancellor|King|Queen)[^\S\n]+$")


def inverted_speaker(chunk: str, found: list[Name]) -> Name | None:
    """The name a reporting verb after a comma gives the sentence ("Caihong may not have used
    just its feathers for showing off, notes University of Edinburgh paleontologist Steve
    Brusatte"): the sentence is theirs, and a "he says" after it is them, not its subject."""
    if ", " not in chunk:
        return None
    verb = _REPORTING_AFTER.search(chunk)
    if verb is None:
        return None
    return next(  # a full name that ends the phrase ("… paleontologist Steve Brusatte,",
        (  # "archaeologist John Shea of …"), not "University" (of …), "World Privacy Forum" (…)
            n
            for n in found
            if verb.end() <= n.start <= verb.end() + 60
            and " " in n.name
            and _PHRASE_END.match(chunk, n.end)
        ),
        None,
    )


_REPORTING_AFTER = re.compile(
    r", (?:notes|noted|says|said|adds|added|writes|wrote|explains|explained|observes|observed"
    r"|argues|argued|cautions|cautioned) (?!(?:on|in|at|by|during|after|before|last|this)\b)"
    r"(?=[A-Z]|(?:the |an? )?[a-z]+ [A-Z])"
)
_PHRASE_END = re.compile(r"[,.;]|$| (?:of|at|from|with|in)\b")
