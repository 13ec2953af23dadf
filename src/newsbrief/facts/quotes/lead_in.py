"""The paragraph before a quotation that opens its own paragraph, as its attribution.

A line ending in a colon introduces the words under it: "Andrew Marr:", "The council said in a
statement:", and a document's heading: "Secretary Roe's 10 p.m. statement on the attack:",
"E-mail from adviser Ada Roe:", "Ada Roe in an e-mail to the embassy:", "Spokesman Ivo Lind
during a press conference:" (a person named in full or with a title; not "Summary of a call
between Roe and Ode:", two people). A paragraph reporting what someone said ("A spokesman for
BP said the formula was backed.") gives the quote opening the next one to that speaker.
"""

from __future__ import annotations

import re

from newsbrief.facts.quotes.attribution import BEFORE, PASSIVE
from newsbrief.facts.quotes.bodies import BODY
from newsbrief.facts.quotes.finding import Speaker, quote_marks
from newsbrief.facts.quotes.who import is_event, is_organisation, speaker_in
from newsbrief.nlp.lexicon import PRONOUNS
from newsbrief.nlp.names import is_person_like, names, role_before

# The longest heading read as introducing a quote (words).
_HEADING_WORDS = 25
_DOCUMENT = (
    r"(?:statement|remarks|e-?mail|letter|message|tweet|post|speech|testimony|memo|note"
    r"|comments|response|reply)s?"
)
# "Secretary Roe's 10:08 p.m. Statement on the attack", "Read Ada Roe's full statement below".
_OWNED_DOCUMENT = re.compile(
    rf"(?:(?:Read|Here\s+is|Below\s+is|See)\s+)?(?:[Tt]he\s+)?(?P<who>[^:’']{{2,80}}?)['’]s\s+"
    rf"(?:[\w.:-]+\s+){{0,4}}?{_DOCUMENT}\b",
    re.IGNORECASE,
)
# "E-mail from White House adviser Ada Roe", "The full statement from Ada Roe".
_DOCUMENT_FROM = re.compile(
    rf"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:full\s+)?{_DOCUMENT}\s+from\s+(?P<who>.+?)"
    r"(?:\s+(?:to|in|on|at|about)\s+.*)?",
    re.IGNORECASE,
)
# "Ada Roe in e-mail to the embassy", "Spokesman Ivo Lind during a press conference".
_NAME_THEN_SETTING = re.compile(
    r"(?P<who>(?:(?:[A-Z][\w.’'-]*|[a-z][\w-]*)\s+(?:of\s+(?:the\s+)?)?){0,6}[A-Z][\w’'-]+)\s+"
    r"(?:in|on|during|to|at|before|via)\s+"
)

# Lower-case words that are no job's in a heading's name: "between Roe and Ode", "call with".
_OTHER_WORDS = re.compile(r"\b(?:between|and|with|for|from|by|a|an|or|not)\b")


def lead_in(paragraph: str) -> Speaker:
    """A paragraph that introduces the quotation in the next one: "Andrew Marr:", "The council
    said in a statement:", "Ada Roe's statement on the attack:"."""
    line = paragraph.strip()
    if not line.endswith(":") or quote_marks(line):
        return None, None
    line = line[:-1].strip()
    found = [n for n in names(line) if is_person_like(n.name)]
    if found and len(line.split()) <= 6 and found[-1].end == len(line) and " " in found[-1].name:
        return found[-1].name, role_before(line, found[-1].start)
    m = BEFORE.match(line)
    if m and not PASSIVE.search(m.group("who")):
        speaker, role = speaker_in(m.group("who"), subject=True)
        if speaker and speaker not in PRONOUNS and speaker != "the":
            return speaker, role
        if speaker in PRONOUNS:
            return "", None  # "Speaking on the radio, she said:": not a heading's name
    return _heading(line) if len(line.split()) <= _HEADING_WORDS else (None, None)


def _heading(line: str) -> Speaker:
    """The person whose document a heading names: "Secretary Roe's statement on the attack",
    "E-mail from adviser Ada Roe", "Ada Roe in e-mail to the embassy"."""
    for pattern in (_OWNED_DOCUMENT, _DOCUMENT_FROM, _NAME_THEN_SETTING):
        m = pattern.fullmatch(line) if pattern is _DOCUMENT_FROM else pattern.match(line)
        if not m or _OTHER_WORDS.search(m.group("who")):
            continue  # "Summary of a call between Roe and Ode": whose words?
        speaker, role = speaker_in(m.group("who"), subject=True)
        if _a_person(speaker, role):
            return speaker, role
    return None, None


def _a_person(speaker: str | None, role: str | None) -> bool:
    """A person named in full ("Ada Roe") or by title and name ("Secretary Roe"), not an
    organisation, an event or a pronoun."""
    return bool(
        speaker
        and speaker not in PRONOUNS
        and speaker not in ("the", BODY)
        and is_person_like(speaker)
        and not is_organisation(speaker)
        and not is_event(speaker)
        and (" " in speaker or role)
    )


def said_before(paragraph: str) -> Speaker:
    """A paragraph reporting what someone named said, before a quote that opens the next
    one and names no one: "A spokesman for BP said the formula was backed. / “Despite …”";
    "he" or "she" ("He says the family is too hurt to speak. / “…”") for ``speakers`` to
    resolve."""
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph.strip())[-1]
    m = BEFORE.match(last)
    if quote_marks(paragraph) or not m or PASSIVE.search(m.group("who")):
        return None, None
    if "," in m.group("who") or len(m.group("who").split()) > 6:
        return None, None  # "Asked by Channel 9 …, the DJs said": no clear subject
    if m.group("verb") not in ("said", "says", "told", "explained", "added"):
        return None, None
    speaker, role = speaker_in(m.group("who"), subject=True)
    if speaker in ("he", "she"):
        return speaker, None
    if not speaker or speaker in PRONOUNS or speaker in ("the", BODY):
        return None, None
    return speaker, role
