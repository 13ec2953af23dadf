"""Verbs of stance, not of speech, that close the writer's sentence with the speaker's own words:
"Roe dismissed “the failing New York Times” story", "Roe pleaded for the House to “abandon this
reckless policy”", "Judge Ada Roe ruled there were no “instances of …”". ``attribution`` reads
them only before a quote, in its sentence, when no rule of speech attributes it: the speaker is
the subject that opens the sentence's main clause (a name or a pronoun), not someone whose words
stand between the verb and the quote ("dismissed Roe's claim that “…”").
"""

from __future__ import annotations

import re

from newsbrief.facts.gazetteer import PLACES
from newsbrief.facts.quotes.finding import VERBS, Speaker
from newsbrief.facts.quotes.who import main_clause, speaker_in
from newsbrief.facts.quotes.words import word_matches
from newsbrief.nlp.lexicon import PRONOUNS
from newsbrief.nlp.stopwords import ENGLISH

# The verbs (past and present; "called", "urged", "warned" are verbs of speech already).
_STANCE_VERBS = (
    "dismissed|dismisses|suggested|suggests|pleaded|pleads|instructed|ruled|rules|contended"
    "|contends|bragged|brags|complained|complains|lamented|laments|vowed|vows|promised|promises"
    "|predicted|predicts|demanded|demands|maintained|maintains|touted|touts|hailed|hails"
    "|branded|brands|labeled|labelled|deemed|blasted|blasts|slammed|slams|criticized|criticised"
    "|mocked|mocks|praised|praises|proclaimed|asserted|asserts|alleged|alleges|opined"
    "|lashed out|railed|pointed out|points out|accused|accuses|felt|feels|believed|believes"
)
STANCE = re.compile(
    rf"(?P<who>[^“”\"]{{1,160}}?)\s+(?:(?:also|then|later|once|repeatedly|[a-z]+ly)\s+)?"
    rf"(?:{_STANCE_VERBS})\b(?P<rest>[^“”\".;!?]{{0,200}})[“\"‘']?$"
)
# Between the verb and the quote: words of someone else ("dismissed Ada Roe's claim that “…”",
# "mocked Roe for saying “…”").
_OTHERS_WORDS = re.compile(
    rf"['’]s\b|\b(?:{VERBS}|saying|calling|claim|claims|report|reports|statement|remarks|words"
    r"|comments|tweets?|quote|quoting|headlines?|slogan|chants?|phrase|term|dubbed|called)\b",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]{0,40}\)")  # "Rep. Ada Roe (D-Md.)"
_ADVERB = re.compile(r"^\s*(?:Next|Then|Later|Still|Now|Meanwhile|Finally|Instead|Also),\s+")
_NAME_WORDS = frozenset({"of", "de", "van", "von"})  # "Duke of York", "Ada van Roe"


def stance_speaker(m: re.Match[str], text: str) -> Speaker | None:
    """The speaker a match of ``STANCE`` in ``text`` names, else None."""
    if _OTHERS_WORDS.search(m.group("rest")):
        return None
    who = _ADVERB.sub("", m.group("who"))
    subject = _BRACKETED.sub(" ", who[main_clause(who) :]).split()
    pronoun = len(subject) == 1 and subject[0].lower() in PRONOUNS - {"i", "we"}
    if not pronoun and not all(w[:1].isupper() or w in _NAME_WORDS for w in subject or ["x"]):
        return None  # "He made a claim -- that Walter complained “…”": not the subject
    speaker, role = speaker_in(who, subject=True)
    if not speaker or speaker in ("the", "i", "we") or speaker in PLACES:
        return None  # "Egypt vows “…”" (a headline): a country, not a speaker
    word = speaker.lower()
    if " " not in word and word not in PRONOUNS and (word in ENGLISH or _lower_case(word, text)):
        return None  # "Several accused the DJs of “…”": a word, not a name
    return speaker, role


def _lower_case(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case."""
    return next(word_matches(text, [word]), None) is not None
