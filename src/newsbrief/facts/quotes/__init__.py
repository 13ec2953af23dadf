"""Articles -> quotes: direct quotations with who said them, merged across outlets.

A quotation is text between quotation marks (double, curly or straight, even mixed: “…", or
single, British style: ‘…’, '…', but not apostrophes: don't, the '90s, residents' homes) of at
least ``MIN_WORDS`` words (shorter ones are scare quotes: “doomsday”), or a pull quote: a
paragraph followed by a short "Name, title" line. Titles in quotation marks ("State of the
Union", after "entitled"/"dubbed") are no quotations; a quotation inside another is kept with no
speaker (the speaker is quoting someone). The speaker is read from the attribution around it:
``…,” UN spokesman Stephane Dujarric said``, ``…," said Maureen Pike``, ``according to NAME``,
``NAME told the council: “…”``, ``NAME, ROLE, said: “…”``, ``To quote NAME, “…”``; "he said"
takes the person named as a sentence's subject since the previous quote, else the previous
speaker; an unattributed quote right after an attributed one takes that quote's speaker, and
"the statement said" / "the worker says" (someone other than the previous speaker) names no one.
A paragraph ending "Name:" or "NAME asked X:" introduces the quote opening the next one; "…, he
shot back: “…”" takes the pronoun of the clause before the colon; "the Texas congressman said"
with no one quoted before takes the person named in full as a subject; a name that modifies a
noun for people ("Romney spokeswoman Andrea Saul", "Diplomatic sources") is not the speaker.
The subject "he said" takes is named in a sentence's main clause, not in an opening phrase ("In
an interview with The Daily Post, Roe …"), and is a person, not an organisation or an event
("Second World War"); a participle opening a sentence ("Pressed further about it, …") is no
name. A quote after a short one takes its attribution (“No?” she said. “We …”); an attribution
may follow a stray closing mark, and a name alone after a quotation ("“…” Dr. Ada Roe") is its
speaker, as are the agent of a passive ("described as “…” by the UN") and a name owning a claim
("Roe's claim that she met “…”"). "The tweet said" is the words of whoever tweeted, as "he
said"; "The GOP nominee later tweeted “…”" (a person named by office, before the quote) takes the
speaker of a quote in the paragraph before or in the same one, else no one; a participle of
speech after the main clause ("Roe went on a rant, complaining that “…”") takes the name opening
that clause. A surname takes the full name the story gives that person (not a headline's words,
"What to Expect When Roe …", nor a run across a paragraph break). Quotes merge across outlets
only when the words of one are all the words of the other, as whole words.
A quote is cited by the sentences that contain it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from newsbrief.facts.lexicon import (
    EVENT_WORDS,
    IRREGULAR_PARTICIPLES,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PLACE_CUES,
    PLACE_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from newsbrief.facts.names import (
    NAME_RUN,
    Name,
    appositive,
    combine,
    is_person_like,
    names,
    role_before,
    split_title,
)
from newsbrief.types import Article, Citation, Quote, Sentence

MIN_WORDS = 4  # shorter quotations are mostly scare quotes or single phrases
# A quote shorter than this share of another that contains it is a different, partial quotation.
_PART = 0.8
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_AFTER_SAID = re.compile(rf"^\s*,?\s*(?:{_VERBS})\s+(?P<who>[^.;:!?“”\"]{{2,120}})")
_AFTER_WHO = re.compile(rf"^\s*,?\s*(?P<who>[^.;:!?“”\"]{{1,160}}?)\s+(?:{_VERBS})\b")
_AFTER_ACCORDING = re.compile(r"^\s*,?\s*according to\s+(?P<who>[^.;:!?“”\"]{2,120})")
# Speech verbs in the progressive: "The Red Cross is calling for …".
_ING = "saying|calling|warning|urging|telling|asking|insisting|arguing|claiming|demanding"
_BEFORE = re.compile(
    rf"(?P<who>[^“”\"]{{1,200}}?)(?:\s+|\s*[—–]\s*)"
    rf"(?P<verb>{_VERBS}|(?:is|are|was|were)\s+(?:{_ING}))\b",
    re.DOTALL,
)
# "Despite telling Kim he could “…” of it, Roe …": a clause of speech opening the sentence; the
# subject of the main clause after it is the speaker.
_SPEECH_OPENING = re.compile(
    rf"\s*(?:(?:After|Despite|While|Before|Since|By|In)\s+)?(?:{_ING}|adding|declaring|noting"
    r"|promising|vowing|describing)\b[^“”\".;!?]*[“\"‘']?$"
)
_MAIN_SUBJECT = re.compile(
    r"[^“”\".;!?]{0,120}?,\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+[a-z]"
)
# "To quote Mr. West, “…”", "according to Piatt: “…”": the speaker named just before the quote.
_INTRODUCED = re.compile(
    r"(?:\b[Tt]o quote|\b[Aa]ccording to)\s+(?P<who>[^,:;.“”\"]{2,80}?)\s*[,:]\s*[“\"]?$"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_THE_NOUN = re.compile(r"\bthe\s+([a-z]+)\b", re.IGNORECASE)
_MARK = re.compile(r"[“”\"]")
# An opening single mark: after a space, an opening mark or the start (the mark comes first in
# the pattern, which makes the search fast), before a word but not an elision ('90s, 'n', 'em).
_SINGLE_OPEN = re.compile(
    r"(?P<mark>[‘'])(?<![^\s(\[“\"—–:][‘'])(?=[\w“\"])(?!(?:\d0s|n[’']|em|cause|til|tis|twas)\b)"
)
_PLURAL_POSSESSIVE = re.compile(rf"\s+(?!(?:{_VERBS}|and|or|but|he|she|they|it|as|to)\b)[a-z]")
_TITLE_CUE = re.compile(
    r"\b(?:entitled|titled|called|named|dubbed|nicknamed|headlined|billed as|known as)\s*[‘'“\"]$"
)
_WORD = re.compile(r"[\w’'-]+")
_NOT_TITLE_START = PRONOUNS | {"i'm", "i’m", "we're", "we’re", "let's"}
_TITLE_SMALL = frozenset("a an the of and or in on at to for with by from as de la le du".split())
_NEXT_PARAGRAPH = re.compile(r"\s*\n\s*\n([^\n]+)")
# Abbreviations whose full stop does not end an attribution: "said Maj. Glenn Hall".
_ABBREVIATION = re.compile(
    r"\b(?:Maj|Gen|Col|Lt|Sgt|Capt|Cpl|Adm|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Rev|St|Jr|Sr|Det|Insp"
    r"|Supt|Atty|[A-Z])\."
)
# Nouns for a person besides those of the lexicon: "the Texas congressman said".
_MORE_PEOPLE = frozenset(
    "congressman congresswoman lawmaker candidate contender politician actor actress singer "
    "rapper star player host presenter author writer spokesman spokeswoman nominee premier".split()
)
# "the tweet said": the words of whoever tweeted, as "he said" (an organisation too).
_POST = "the post"
# After a name, a word that is no verb: "Last year, it …".
_NOT_VERB = re.compile(r"\s+[\w’'-]+\s*,")
# "The Texas congressman later tweeted “…”": the speaker of a quote just before, else no one.
_OFFICE = "the office"
_POST_NOUN = re.compile(r"\s*the\s+(?:tweets?|posts?)\s*", re.IGNORECASE)
# "Roe went on a rant against the press, complaining that …“…”": a participle of speech after
# the main clause; its subject is the main clause's.
_SPEECH_PARTICIPLE = re.compile(
    rf",\s+(?:{_ING}|adding|complaining|declaring|noting|promising|vowing|writing|tweeting)\b"
    r"[^.;!?]*$"
)
_PERSON_NOUN = "|".join(sorted(ROLE_NOUNS | PEOPLE_NOUNS | _MORE_PEOPLE))
# "the friend added", "the Texas congressman said": a person; "the court papers say": not one.
_DEFINITE_PERSON = re.compile(
    rf"\s*the\s+(?:[\w’'-]+\s+(?:and\s+)?){{0,3}}?(?:{_PERSON_NOUN})\b", re.IGNORECASE
)
# After a participle that opens a sentence: "Asked about it", "Told that …", "Pressed further
# on", "Pressed, he said" (an adverb may come between; a comma before a pronoun).
_CLAUSE_WORD = re.compile(
    r"(?:\s+(?:[a-z]+ly|further|again|later|once|twice|more))?\s+(?:about|that|by|on|if|whether"
    r"|for|to|with|at|in|of|why|how|what|over|after|from|during)\b|,\s+(?:he|she|they|we|I)\b"
)
# An opening phrase before the subject: "In a 2012 interview with The Canadian Press, Katz …",
# "When the jury left, Ode …", "Asked about Roe, Ode …" (its names are not the subject).
_INTRO = re.compile(r"\s*[“\"‘']?(?P<word>[A-Z][a-z]+)\b(?P<rest>[^,.;:!?“”\"]{0,120}),\s+(?=\S)")
_INTRO_WORDS = frozenset(
    "in on at after before during despite with without for from under since following amid "
    "unlike like as when while although though if because once until through throughout by "
    "speaking".split()
)
# Words that are in no name but open sentences and headlines ("Sometimes Roe", "Neither Roe",
# "What to Expect When Roe …"): no full name starts with them or holds them.
_NO_NAME_WORDS = _INTRO_WORDS | frozenset(
    "sometimes neither either both now then also even only still yet often later earlier today "
    "yesterday soon instead meanwhile perhaps maybe indeed here there what who why how where "
    "which whether not no every each all some many most few this that these those such so thus "
    "however moreover".split()
)
# A lone name is a sentence's subject when a verb or an apposition follows it: "Roe said",
# "Roe, who …", "Roe, a nurse, …" (not "Paris." or "Roe and Ode").
_LONE_SUBJECT = re.compile(r"\s+[a-z]|,\s+(?:who|a|an|the)\s")
# A quotation followed, in its paragraph, by only a name (and a role): "“…” Dr. Ada Roe" (not a
# photo credit: "“…” AFP/Getty Images").
_BARE_NAME = re.compile(
    r"\s*[—–-]?\s*(?P<who>[A-Z][^\n,.;:!?“”\"/]{2,60}?)\s*(?:,\s*[^\n“”\"]{3,100}?)?\s*\.?\s*$"
)
# "described as “…” by NAME": a passive before the quote, its agent after it.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|told)\b[^“”\"]*[“\"‘']?$"
)
_BY_AGENT = re.compile(r"\s*,?\s*by\s+(?P<who>[^.;:!?“”\"(]{2,80})")
# "Ada Roe's claim that …“…”": a name owning words of speech just before the quote.
_CLAIM = re.compile(
    r"(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*?)['’]s\s+(?:claim|claims|statement|words"
    r"|remarks|comments|assertion|insistence|promise|pledge|vow|warning|boast|tweet)\b"
    r"[^“”\".;!?]{0,80}[“\"‘']?$"
)
# Text after a quotation up to a stray closing mark: "“A …” during the war,” Roe said".
_STRAY = re.compile(r"[^“”\"\n.!?]{1,80}[“”\"]")
# Between a short quote and the next: its attribution and no more (“No?” he said. “We …”).
_SHORT_GAP = re.compile(r"[^.!?;:“”\"]{1,60}[.,:]?\s*")
# "Romney spokeswoman Andrea Saul", "Diplomatic sources": a name before a noun for people
# modifies it and is not the speaker.
_BEFORE_PERSON_NOUN = re.compile(rf"\s+(?:{_PERSON_NOUN})(?P<plural>s?)\b")
_PERSON_PLURAL = frozenset(
    {w + "s" for w in ROLE_NOUNS | PEOPLE_NOUNS | _MORE_PEOPLE}
    | {"police", "people", "residents", "witnesses", "officials", "sources", "friends"}
)
# "…, he shot back: “…”": a pronoun is the subject of the clause that introduces the quote.
_PRONOUN_CLAUSE = re.compile(
    r"(?:^|[,;]\s*)(?P<who>he|she|they|we|I)\s+[a-z]+(?:\s+[a-z]+)?\s*:\s*[“\"‘']?$"
)
# A full stop with no space after it, before a capital: two sentences glued by bad markup.
_GLUED_STOP = re.compile(r"[a-z)][.!?](?=[A-Z][a-z])")
_OPENER = re.compile(rf"\b(?:{_VERBS}),\s+|:\s+")
# "you would say: ‘…’": words no one has said.
_HYPOTHETICAL = re.compile(r"\b(?:you|would|could|might|should)\s*$", re.IGNORECASE)
_SPEECH_WORD = re.compile(rf"\b(?:{_VERBS})\b")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*$")
_TIME_PHRASE = re.compile(r"\s+(?:on|last|this)\s+[A-Z][a-z]+day\s*$|\s+(?:today|yesterday)\s*$")
_NEXT_CAPITAL = re.compile(
    r"\s+(?:[A-Z]|(?:al|el|bin|ibn|de|da|van|von|der|le|la|du|di|dos|del|ul)\s+[A-Z])"
)
_COMPASS = frozenset("North South East West Central Upper Lower Greater".split())  # "West Ham"
_PARTICLES = frozenset("al el bin ibn de da van von der le la du di dos del ul".split())
_ATTRIBUTION_LINE = re.compile(r"^[—–-]?\s*(?P<name>[A-Z][^,\n]{2,60}),\s*(?P<role>[^\n]{3,150})$")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # the quoted text, without the marks
    end: int
    outer_end: int  # after the closing mark
    pull: bool = False
    nested: bool = False  # inside another quotation: someone quoted by the speaker


@dataclass(frozen=True, slots=True)
class Found:
    speaker: str | None
    role: str | None
    text: str
    citation: Citation


def quotes(
    articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> tuple[Quote, ...]:
    found: list[Found] = []
    for article, article_sentences in zip(articles, sentences, strict=True):
        found.extend(article_quotes(article, article_sentences))
    return merge(_fullest_names(found, _full_names(f.speaker for f in found)))


def article_quotes(article: Article, sentences: Sequence[Sentence]) -> list[Found]:
    text = article.text
    starts = [s.start for s in sentences]
    out: list[Found] = []
    last_speaker: tuple[str | None, str | None] = (None, None)
    last_end = 0
    previous_paragraph_end = -1
    previous_paragraph = ""
    for para in _PARAGRAPH.finditer(text):
        previous_in_paragraph = False
        paragraph_speaker: tuple[str | None, str | None] = (None, None)
        lead_in, previous_paragraph = previous_paragraph, para.group()
        short: _Span | None = None  # a short quote just before, in the paragraph
        for span in _spans(text, para.start(), para.end()):
            words = len(text[span.start : span.end].split())
            if words < MIN_WORDS or _title(text, span):
                short = None if span.pull or span.nested else span
                continue
            if span.nested:  # “… the priest said, ‘…’”: not the speaker's own words
                nested = text[span.start : span.end].strip().rstrip(",")
                out.append(Found(None, None, nested, _cite(article, sentences, starts, span)))
                continue
            sentence_start = starts[max(0, bisect_right(starts, span.start) - 1)] if starts else 0
            speaker, role = _attribution(text, span, max(para.start(), sentence_start), para.end())
            if (
                speaker is None
                and short is not None
                and not previous_in_paragraph
                and _SHORT_GAP.fullmatch(text, short.outer_end, span.start - 1)
            ):  # “You see?” he said. “Here …”: the short quote's attribution is this one's too
                speaker, role = _attribution(text, short, short.outer_end, span.start - 1)
            short = None
            if speaker == _OFFICE:
                adjacent = previous_in_paragraph or para.start() - previous_paragraph_end <= 2
                speaker, role = last_speaker if adjacent and last_speaker[0] else ("", None)
            pronoun = speaker is not None and (
                speaker.lower() in PRONOUNS or speaker in ("the", _POST)
            )
            continued = speaker is None and (
                previous_in_paragraph
                or (
                    not span.pull
                    and para.start() - previous_paragraph_end <= 2
                    and _only_quote(text, span, para)
                )
            )
            # where "he said" looks for the person named as subject since the last quote
            since_last = (text, sentences, starts, last_end, span.start, last_speaker)
            if pronoun and speaker != "the":
                speaker, role = _pronoun_speaker(*since_last, personal=speaker in ("he", "she"))
            elif pronoun:
                speaker, role = _definite_speaker(text, span, para.end(), last_speaker)
                if speaker is None and last_speaker == (None, None) and _titled(text, span, para):
                    # "the Texas congressman said": the person the article is about so far
                    speaker, role = _pronoun_speaker(*since_last, full=True)
            elif speaker is None and not span.pull and _opens(text, span, para):
                speaker, role = _lead_in(lead_in)
                if speaker is None and continued:
                    speaker, role = paragraph_speaker if previous_in_paragraph else last_speaker
            elif continued:
                # the quote before in the paragraph, even when it names no one ("the campaign read")
                speaker, role = paragraph_speaker if previous_in_paragraph else last_speaker
            elif speaker is None:
                speaker, role = _previous_sentence_speaker(text, starts, sentences, span, para)
                if speaker == "the":
                    speaker, role = None, None
                elif speaker in PRONOUNS:  # "He said the talks were over. “We are …”"
                    speaker, role = _pronoun_speaker(*since_last, personal=speaker in ("he", "she"))
            unnamed = speaker == ""
            speaker = speaker or None  # "": attributed to someone the text does not name
            if span.pull:
                speaker, role = _pull_attribution(text, span)
            quote_text = text[span.start : span.end].strip().rstrip(",")
            out.append(Found(speaker, role, quote_text, _cite(article, sentences, starts, span)))
            if speaker:
                last_speaker = (speaker, role)
            elif unnamed:
                last_speaker = (None, None)  # "the campaign read": no one to carry on
            last_end = span.outer_end
            paragraph_speaker = (speaker, role)
            previous_in_paragraph = True
            previous_paragraph_end = para.end()
    return _expand_short_names(out, text)


def _titled(text: str, span: _Span, para: re.Match[str]) -> bool:
    """ "the Texas congressman said" names a position (someone the story is about), not a
    passer-by ("the man said")."""
    m = _DEFINITE_PERSON.search(text, span.outer_end, min(para.end(), span.outer_end + 100))
    m = m or _DEFINITE_PERSON.search(text, para.start(), span.start)
    return m is not None and m.group().split()[-1].lower() not in PEOPLE_NOUNS


def _office(who: str) -> bool:
    """ "the Texas congressman", "the GOP nominee": a person named by position (someone the
    story is about), not a passer-by ("the man") nor a thing ("the appeal")."""
    m = _DEFINITE_PERSON.match(who)
    return m is not None and m.group().split()[-1].lower() not in PEOPLE_NOUNS


def _opens(text: str, span: _Span, para: re.Match[str]) -> bool:
    """The quotation opens its paragraph."""
    return not text[para.start() : max(para.start(), span.start - 1)].strip()


def _lead_in(paragraph: str) -> tuple[str | None, str | None]:
    """A paragraph that introduces the quotation in the next one: "Andrew Marr:", "The council
    said in a statement:"."""
    line = paragraph.strip()
    if not line.endswith(":") or quote_marks(line):
        return None, None
    line = line[:-1].strip()
    found = [n for n in names(line) if is_person_like(n.name)]
    if found and len(line.split()) <= 6 and found[-1].end == len(line) and " " in found[-1].name:
        return found[-1].name, role_before(line, found[-1].start)
    m = _BEFORE.match(line)
    if m and not _PASSIVE.search(m.group("who")):
        speaker, role = _who(m.group("who"), subject=True)
        if speaker and speaker not in PRONOUNS and speaker != "the":
            return speaker, role
    return None, None


def _pronoun_speaker(
    text: str,
    sentences: Sequence[Sentence],
    starts: list[int],
    since: int,
    until: int,
    last: tuple[str | None, str | None],
    *,
    full: bool = False,
    personal: bool = False,
) -> tuple[str | None, str | None]:
    """ "he said": the person last named as the subject of a sentence since the previous quote,
    else the previous speaker. The subject is the first person named in a sentence's main
    clause, not in the possessive ("On Monday, Swift responded …", "In an interview with The
    Daily Post, Roe said" -> Roe); for "he"/"she" (``personal``) a sentence whose subject is an
    organisation names no one ("The council said …")."""
    first = max(0, bisect_right(starts, since) - 1)
    for sentence in reversed(sentences[first:]):
        if sentence.start >= until or sentence.end <= since:
            continue
        lo, hi = max(sentence.start, since), min(sentence.end, until)
        chunk = text[lo:hi]
        if quote_marks(chunk):
            chunk = re.split(r"[“”\"]", chunk)[0]
        main = _main_clause(chunk)
        found = [
            n
            for n in names(chunk)
            if n.start >= main
            and is_person_like(n.name)
            and not _adjective(n)
            and n.name.lower() not in _PERSON_PLURAL
            and not _modifier(chunk, n)
            and not _event(n.name)
        ]
        if not found or _possessive(chunk, found[0]):
            continue
        name = found[0].name
        if (full or personal) and _organisation(name):
            continue  # "he said" / "the congressman said" take a person
        if full and " " not in name:
            continue  # "the congressman said" takes a person named in full
        if last[0] and name.split()[-1] == last[0].split()[-1]:
            return last
        if " " not in name and not _LONE_SUBJECT.match(chunk, found[0].end):
            continue  # a lone capitalised word not followed by a verb: no clear subject
        return name, None
    return last


def _definite_speaker(
    text: str, span: _Span, para_end: int, last: tuple[str | None, str | None]
) -> tuple[str | None, str | None]:
    """ "the worker says": the previous speaker when their role is that noun (or unknown),
    else someone the text does not name."""
    m = _THE_NOUN.search(text, span.outer_end, min(para_end, span.outer_end + 60))
    role = last[1]
    if m and role and m.group(1).lower() not in role.lower():
        return None, None
    if m and not role and m.group(1).lower() in ROLE_NOUNS - PEOPLE_NOUNS:
        return None, None  # "said the judge" after a speaker not called a judge
    return last


def _previous_sentence_speaker(
    text: str, starts: list[int], sentences: Sequence[Sentence], span: _Span, para: re.Match[str]
) -> tuple[str | None, str | None]:
    """The speaker of the sentence before: "Ivo Lind said the talks were over. “We are…”"."""
    k = bisect_right(starts, span.start) - 2
    if k < 0 or sentences[k].start < para.start() or quote_marks(sentences[k].text):
        return None, None
    m = _BEFORE.match(sentences[k].text)
    if m and not _PASSIVE.search(m.group("who")):
        return _who(m.group("who"), subject=True)
    return None, None


def quote_marks(text: str) -> bool:
    return any(c in text for c in '“”"')


def _only_quote(text: str, span: _Span, para: re.Match[str]) -> bool:
    """The paragraph is the quotation and nothing else (a continued quote)."""
    return not text[para.start() : span.start - 1].strip() and not text[
        span.outer_end : para.end()
    ].strip(" .")


def _spans(text: str, start: int, end: int) -> list[_Span]:
    """Quoted passages in ``text[start:end]`` (one paragraph), and a pull quote if any."""
    out = []
    para = text[start:end]
    open_at: int | None = None
    straight_at: int | None = None
    for mark in _MARK.finditer(para):
        i, ch = mark.start(), mark.group()
        if ch == "“":
            open_at = i + 1
        elif ch == "”":
            if open_at is None and straight_at is not None:
                open_at, straight_at = straight_at, None  # "…” : a straight mark opened it
            if open_at is None:
                open_at = _repair_open(para, i)
            if open_at is not None:
                out.append(_Span(start + open_at, start + i, start + i + 1))
            open_at = None
        elif straight_at is None and open_at is not None and _closes(para, i):
            out.append(_Span(start + open_at, start + i, start + i + 1))  # “…" : closed straight
            open_at = None
        elif straight_at is None:
            straight_at = i + 1
        else:
            out.append(_Span(start + straight_at, start + i, start + i + 1))
            straight_at = None
    single = _single_spans(para, start)
    if single:
        out = sorted([*out, *single], key=lambda s: s.start)
        unclosed = min(k for k in (open_at, straight_at, len(para)) if k is not None) + start
        out = [
            _Span(s.start, s.end, s.outer_end, nested=True)
            if s.start > unclosed  # “… he said, ‘…’ (the quotation goes on in the next paragraph)
            or any(o.start < s.start and s.outer_end <= o.outer_end for o in out)
            else s
            for s in out
        ]
    if not out and open_at is None and straight_at is None:
        pull = _pull_quote(text, start, end)
        if pull is not None:
            out.append(pull)
    return out


def _closes(para: str, i: int) -> bool:
    """A mark after a word and before a space, punctuation or the end closes a quotation."""
    return i > 0 and not para[i - 1].isspace() and (i + 1 == len(para) or not para[i + 1].isalnum())


def _single_spans(para: str, offset: int) -> list[_Span]:
    """Quotations in single marks, British style: ‘…’ or '…'. An opening mark follows a space
    or an opening mark and precedes a word; it is closed by the first mark of its kind after a
    word and before a space or punctuation. Apostrophes open nothing: "don't", "the '90s",
    "rock 'n' roll" (a mark that closes too soon), and "the residents' homes" closes nothing."""
    out: list[_Span] = []
    pos = 0
    while True:
        m = _SINGLE_OPEN.search(para, pos)
        if not m:
            return out
        mark = m.group("mark")
        close = "’" if mark == "‘" else "'"
        body = m.end()
        closed = None
        for c in re.finditer(re.escape(close), para[body:]):
            k = body + c.start()
            if k == body or para[k - 1].isspace():
                continue
            after = para[k + 1 : k + 1 + 30]
            if after[:1].isalnum():
                continue  # "don't", "we’re"
            if (
                para[k - 1] in "sS"
                and _PLURAL_POSSESSIVE.match(after)
                and len(para[body:k].split()) > 3
            ):
                continue  # "the residents' homes" (but "the 'Jersey Shore's' star")
            closed = k
            break
        if closed is None:
            pos = body
            continue
        out.append(_Span(offset + body, offset + closed, offset + closed + 1))
        pos = closed + 1


def _title(text: str, span: _Span) -> bool:
    """A name in quotation marks, not a quotation: after "entitled", "dubbed", "called" …, or
    words all capitalised but for short ones ("State of the Union", "Travel as a Political Act")."""
    if span.pull:
        return False
    if _TITLE_CUE.search(text, max(0, span.start - 30), span.start):
        return True
    quoted = text[span.start : span.end]
    first = None
    for w in _WORD.finditer(quoted):  # stops at the first word in lower case: most quotations
        word = w.group()
        if not (word[0].isupper() or word.lower() in _TITLE_SMALL):
            return False
        first = first or word.lower()
    if first in _NOT_TITLE_START or not any(c.islower() for c in quoted):
        return False  # “We Will Find Her”, “WE WILL NOT GO”: said, not titles
    return first is not None


def _repair_open(para: str, close: int) -> int | None:
    """A closing mark with no opening one: the quote starts after "said, " or ": " before it."""
    ends = [m.end() for m in _OPENER.finditer(para, 0, close)]
    return ends[-1] if ends else None


def _pull_quote(text: str, start: int, end: int) -> _Span | None:
    """A paragraph followed by a line "Name, title" (a pull quote with its attribution)."""
    nxt = _NEXT_PARAGRAPH.match(text, end)
    if not nxt:
        return None
    line = nxt.group(1).strip()
    m = _ATTRIBUTION_LINE.match(line)
    if not m or len(line.split()) > 25 or line.endswith((".", "!", "?", ":")) or ":" in line:
        return None
    found = names(m.group("name"))
    if not found or found[0].start != 0 or re.search(rf"\b(?:{_VERBS})\b|[‘“”\"]|\B'|'\B", line):
        return None
    paragraph = text[start:end]
    if len(paragraph.split()) < 8 or not paragraph.rstrip().endswith((".", "!", "?")):
        return None
    line_end = nxt.end(1)
    return _Span(start, end, line_end, pull=True)


def _pull_attribution(text: str, span: _Span) -> tuple[str | None, str | None]:
    line = text[span.end : span.outer_end].strip()
    m = _ATTRIBUTION_LINE.match(line)
    if not m:
        return None, None
    found = names(m.group("name"))
    role = re.sub(r"^(?:the|a|an)\s+", "", m.group("role").strip())
    return (found[0].name, role) if found else (None, None)


def _attribution(
    text: str, span: _Span, sentence_start: int, para_end: int, *, stray: bool = True
) -> tuple[str | None, str | None]:
    after = text[span.outer_end : para_end]
    masked = _ABBREVIATION.sub(lambda a: a.group()[:-1] + " ", after)  # "Maj. Glenn Hall"
    unnamed = False
    # “… orange,” said Maureen Pike / “…?” she asked: a quote that ends its sentence with a full
    # stop is followed by a new sentence, not by its attribution.
    closed = text[span.start : span.end].rstrip().endswith(".") and not masked.startswith(",")
    for pattern in () if closed else (_AFTER_ACCORDING, _AFTER_SAID, _AFTER_WHO):
        m = pattern.match(masked)
        if m and _POST_NOUN.fullmatch(m.group("who")):
            return _POST, None
        if m:
            who = _who(after[m.start("who") : m.end("who")], subject=pattern is _AFTER_WHO)
            if who[0] == "the" and not _DEFINITE_PERSON.match(m.group("who")):
                who = ("", None)  # "the court papers say": not a person quoted before
            if who[0]:
                return who
            unnamed = unnamed or who[0] == ""
    if unnamed:
        return "", None
    # “A …” during the war,” Roe said: a stray closing mark; the attribution follows it
    m = _STRAY.match(masked) if stray and not closed else None
    if m and not quote_marks(after[m.end() :]):
        moved = _Span(span.start, span.end, span.outer_end + m.end())
        speaker, role = _attribution(text, moved, sentence_start, para_end, stray=False)
        if speaker is not None:
            return speaker, role
    # “… down.” Dr. Ada Roe: a name alone after the quotation (a press release's attribution)
    m = _BARE_NAME.fullmatch(masked) if masked.strip() else None
    if m and text[span.start : span.end].rstrip()[-1:] in ".!?":
        bare = after[m.start("who") : m.end("who")]
        found = names(bare)
        if (
            found
            and " " in found[0].name
            and bare[: found[0].start].strip() == (found[0].title or "")
            and found[0].end == len(bare.rstrip())
            and is_person_like(found[0].name)
            and not _organisation(found[0].name)
            and not _event(found[0].name)
        ):
            return found[0].name, role_before(bare, found[0].start)
    before = text[sentence_start : max(sentence_start, span.start)]
    intro = _INTRODUCED.search(_ABBREVIATION.sub(lambda a: a.group()[:-1] + " ", before))
    if intro:
        speaker, role = _who(before[intro.start("who") : intro.end("who")])
        if speaker and speaker not in PRONOUNS and speaker != "the":
            return speaker, role
    clause = _PRONOUN_CLAUSE.search(before)
    if clause:
        return clause.group("who").lower(), None
    glued = [g.end() for g in _GLUED_STOP.finditer(before)]
    for start in (0, glued[-1]) if glued else (0,):  # "…were injured.Lizandra Cosme said"
        m = _BEFORE.match(before, start)
        if m and not _PASSIVE.search(m.group("who")) and not _HYPOTHETICAL.search(m.group("who")):
            if _POST_NOUN.fullmatch(m.group("who")):
                return _POST, None
            speaker, role = _who(m.group("who"), subject=True)
            if speaker == "the" and _office(m.group("who")):
                return _OFFICE, role  # "The Texas congressman later tweeted “…”"
            if speaker:
                return ("" if speaker == "the" else speaker), role  # "The appeal claims “…”"
            unnamed = unnamed or speaker == ""
    if unnamed:
        return "", None
    # "It was described as a “…” by the United Nations": the agent of a passive is the speaker
    agent = _BY_AGENT.match(masked) if _PASSIVE_BEFORE.search(before) else None
    if agent:
        speaker, role = _who(after[agent.start("who") : agent.end("who")])
        if speaker and speaker not in PRONOUNS and speaker != "the":
            return speaker, role
    # "Despite telling Kim he could “…” of it, Roe expressed …": the main clause's subject
    main = _MAIN_SUBJECT.match(masked) if _SPEECH_OPENING.match(before) else None
    if main:
        found = names(after[main.start("who") : main.end("who")])
        if found and is_person_like(found[-1].name) and not _event(found[-1].name):
            return found[-1].name, found[-1].title
    # "Roe went on a rant, complaining that “…”": the subject of the clause before the comma
    participle = _SPEECH_PARTICIPLE.search(before)
    if participle:
        speaker, role = _clause_subject(before[: participle.start()], text)
        if speaker:
            return speaker, role
    # "Ada Roe's claim that she met “…”": the one whose words they are
    claim = _CLAIM.search(before)
    if claim:
        found = names(claim.group("who"))
        if found and is_person_like(found[-1].name) and not _event(found[-1].name):
            return found[-1].name, None
    return None, None


def _clause_subject(clause: str, text: str) -> tuple[str | None, str | None]:
    """The name that opens the main clause of ``clause`` and is followed by its verb: "Roe went
    on a rant" -> Roe (not "The press hit Roe", not a name in an opening phrase, not a word that
    ``text`` also writes in lower case: "Last year, it …")."""
    if quote_marks(clause):
        return None, None
    main = _main_clause(clause)
    found = names(clause[main:])
    if not found:
        return None, None
    n = found[0]
    if (
        clause[main : main + n.start].strip(" “\"‘'") != (n.title or "")
        or not is_person_like(n.name)
        or _adjective(n)
        or _event(n.name)
        or _possessive(clause[main:], n)
        or _modifier(clause[main:], n)
        or n.name.lower() in _PERSON_PLURAL
        or not _LONE_SUBJECT.match(clause, main + n.end)
        or _BEFORE_PERSON_NOUN.match(clause, main + n.end)
        or _NOT_VERB.match(clause, main + n.end)
        or (" " not in n.name and next(_word_matches(text, [n.name.lower()]), None))
    ):
        return None, None
    return n.name, n.title


def _who(who: str, *, subject: bool = False) -> tuple[str | None, str | None]:
    """Speaker and role in an attribution such as "UN spokesman Stephane Dujarric"."""
    who = _TIME_PHRASE.sub("", who.strip())
    who = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group()), who)  # "Sen. Ada Li (D-Hawaii)"
    first = who.split()[0].lower() if who.split() else ""
    if first in PRONOUNS and len(who.split()) <= 2:
        return first, None
    if subject and "," in who:
        head, tail = who.rsplit(",", 1)  # "For X, the judge said": the clause's subject …
        tail = tail.strip()
        before = names(head)
        apposition = bool(before) and before[-1].end == len(head.rstrip())  # … not "NAME, a nurse"
        if tail.split()[:1] in (["the"], ["a"], ["an"]) and not names(tail) and not apposition:
            who, first = tail, tail.split()[0].lower()
    found = [
        n
        for n in names(who)
        if not _adjective(n)
        and is_person_like(n.name)
        and not _possessive(who, n)
        and not _modifier(who, n)
        and n.name.lower() not in _PERSON_PLURAL
        and not _event(n.name)
    ]
    if not found:
        if first == "the" and (len(who.split()) <= 3 or _DEFINITE_PERSON.match(who)):
            return "the", None  # "the friend added": whoever was quoted last
        if first in ("a", "an", "one") and len(who.split()) <= 6:
            return "", None  # "a police source said": attributed, to nobody named
        if first in _PERSON_PLURAL:
            return "", None  # "Officials said": attributed, to nobody named
        return None, None
    pick = _subject(who, found) if subject else found[0]
    role = combine(role_before(who, pick.start), appositive(who[pick.end :]))
    return pick.name, role


def _modifier(text: str, name: Name) -> bool:
    """A name that modifies a noun for people: "Diplomatic sources", "the Texas congressman",
    "Romney spokeswoman Andrea Saul" (not "Jo Roe spokesperson for the college"); or a
    participle that opens a sentence: "Asked about it, she said"."""
    if not text[: name.start].strip(" “\"'‘") and _participle(text, name.name, name.end):
        return True
    m = _BEFORE_PERSON_NOUN.match(text, name.end)
    if not m:
        return False
    before = text[: name.start].split()
    return (
        bool(m.group("plural"))
        or text[m.end() : m.end() + 2].strip()[:1].isupper()
        or (bool(before) and before[-1].lower() in ("the", "a", "an"))
    )


def _participle(text: str, word: str, end: int) -> bool:
    """``word`` (ending at ``end``) is a participle opening a clause, not a name: "Asked about
    it", "Pressed further on", "Speaking to reporters" (not "Reed said", "Manning, a nurse")."""
    if " " in word:
        return False
    low = word.lower()
    return (
        low in IRREGULAR_PARTICIPLES or (len(low) > 4 and low.endswith(("ed", "ing")))
    ) and _CLAUSE_WORD.match(text, end) is not None


def _main_clause(chunk: str) -> int:
    """Where the main clause of a sentence starts: after an opening phrase of at most ten
    words that starts with a preposition, a conjunction or a participle ("In an interview with
    The Daily Post, Roe said" -> "Roe said"), else 0."""
    m = _INTRO.match(chunk)
    if not m or len(m.group("rest").split()) > 9 or _SPEECH_WORD.search(m.group("rest")):
        return 0
    word = m.group("word")
    if word.lower() in _INTRO_WORDS or _participle(chunk, word, m.end("word")):
        return m.end()
    return 0


def _event(name: str) -> bool:
    """ "Second World War", "Arab Spring": an event, not a speaker."""
    return name.split()[-1].lower() in EVENT_WORDS


def _organisation(name: str) -> bool:
    return bool(ORG_WORDS & set(name.lower().split()))


def _possessive(who: str, name: Name) -> bool:
    """ "Berman's killing": a name in the possessive is not the one speaking."""
    return bool(_POSSESSIVE.search(name.name)) or who[name.end : name.end + 2] in ("'s", "’s")


def _subject(who: str, found: list[Name]) -> Name:
    """The speaker before a speech verb: "NAME, role, said" or else the name nearest the verb;
    a name just before the verb is its subject: "… in the Civil War, Jones said"."""
    last = found[-1]
    if last.end == len(who.rstrip()) and who[: last.start].rstrip().endswith(","):
        return last
    for n in found:
        if who[n.end : n.end + 1] == ",":
            return n
    return found[-1]


def _adjective(name: Name) -> bool:
    """A lone nationality adjective: "Russian", "Syrian" (not a speaker)."""
    return " " not in name.name and name.name.endswith(("ian", "ese", "ish", "can"))


def _cite(
    article: Article, sentences: Sequence[Sentence], starts: list[int], span: _Span
) -> Citation:
    """The sentences containing the quote (and, for a pull quote, its attribution line)."""
    if not sentences:
        return Citation(article.id, span.start, span.end)
    first = sentences[max(0, bisect_right(starts, span.start) - 1)]
    last = sentences[max(0, bisect_right(starts, max(span.start, span.outer_end - 1)) - 1)]
    start = min(first.start, span.start)
    end = max(last.end, span.outer_end if span.pull else span.end)
    return Citation(article.id, start, end)


def _expand_short_names(found: list[Found], text: str) -> list[Found]:
    """ "Sheikh" -> "Mahmud Sheikh" when the article names the speaker in full elsewhere: as
    another quote's speaker, else as the only person named in full with that surname."""
    full = {f.speaker.split()[-1]: f for f in found if f.speaker and " " in f.speaker}
    roles = {f.speaker: f.role for f in found if f.speaker and f.role}
    in_text: dict[str, str] | None = None
    surnames = {f.speaker for f in found if f.speaker and " " not in f.speaker} - full.keys()
    out = []
    for f in found:
        if f.speaker and not f.role and f.speaker in roles:
            f = Found(f.speaker, roles[f.speaker], f.text, f.citation)
        if f.speaker and " " not in f.speaker and f.speaker in full:
            whole = full[f.speaker]
            f = Found(whole.speaker, f.role or whole.role, f.text, f.citation)
        elif f.speaker and " " not in f.speaker:
            if in_text is None:  # only for an article with a speaker named by surname alone
                in_text = _full_names(_names_in_full(text, surnames))
            if f.speaker in in_text:
                f = Found(in_text[f.speaker], f.role, f.text, f.citation)
        out.append(f)
    return out


def _names_in_full(text: str, surnames: set[str]) -> Iterator[str]:
    """People named in full in ``text`` with one of ``surnames``: not after "in", "at", "from" …
    nor starting "West" (places: "in Port Ede", "West Ham"), and not with a first word opening a
    sentence that the text also writes in lower case ("Now Ada Roe", "Producer Ada Roe")."""
    for m_start, m_end in _word_matches(text, sorted(surnames)):
        if _NEXT_CAPITAL.match(text, m_end):
            continue  # part of a longer name: "Ada Roe Foundation", "Roe de Ode"
        previous = text[max(0, m_start - 40) : m_start].rsplit(None, 1)[-1:]
        word = previous[0].lstrip("“\"‘'([—–-") if previous else ""
        if not (word[:1].isupper() or word in _PARTICLES):
            continue  # the surname alone: "… said Roe"
        run = None
        for r in NAME_RUN.finditer(text, max(0, m_start - 80), m_end):
            run = r
        if run is None or run.end() != m_end:
            continue
        n = split_title(run.group(), run.start())
        name = n.name if n else ""
        if n is None or " " not in name or not is_person_like(name) or name.split()[0] in _COMPASS:
            continue
        if "\n" in name or any(w.lower() in _NO_NAME_WORDS for w in name.split()):
            continue  # "What to Expect When Roe …", "Sometimes Roe …", "Light Show\n\nRoe"
        before = text[max(0, n.start - 40) : n.start - len(n.title or "")].rstrip(" “\"‘'")
        if before.rsplit(None, 1)[-1:] and before.rsplit(None, 1)[-1].lower() in PLACE_CUES:
            continue
        if not n.title and (not before or before[-1] in ".!?:\n"):
            first = name.split()[0]
            if next(_word_matches(text, [first.lower()]), None):
                continue
        yield name


def _word_matches(text: str, words: list[str]) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(r"\\b(?:w1|w2|…)\\b", text)`` for ``words`` (escaped, in that
    order), found with ``str.find``: no pattern to compile for each article."""
    first_at: dict[int, int] = {}  # start -> end of the first word, in order, that matches there
    for w in words:
        i = text.find(w)
        while i != -1:
            if i not in first_at and _boundary(text, i) and _boundary(text, i + len(w)):
                first_at[i] = i + len(w)
            i = text.find(w, i + 1)
    end = 0
    for i in sorted(first_at):
        if i >= end:
            end = first_at[i]
            yield i, end


def _boundary(text: str, i: int) -> bool:
    """``\\b`` at offset ``i``: a word character on one side only (as the regex engine reads
    them: alphanumeric or "_")."""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    after = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return before != after


def _full_names(candidates: Iterable[str | None]) -> dict[str, str]:
    """Surname -> full name, for surnames that only one person named in full has ("Ada Roe"
    and "Ode Roe" leave "Roe" out); no organisations, events or places."""
    by_surname: dict[str, set[str]] = {}
    for name in candidates:
        words = name.split() if name else []
        if (
            len(words) < 2
            or not name
            or _organisation(name)
            or _event(name)
            or words[-1].lower() in PLACE_WORDS
            or not all(w[:1].isupper() or w in _PARTICLES for w in words)
        ):
            continue
        by_surname.setdefault(words[-1], set()).add(name)
    return {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1}


def _fullest_names(found: list[Found], full: dict[str, str]) -> list[Found]:
    """A speaker named by surname alone in one article takes the full name another article of
    the story gives them."""
    return [
        Found(full[f.speaker], f.role, f.text, f.citation)
        if f.speaker and " " not in f.speaker and f.speaker in full
        else f
        for f in found
    ]


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
