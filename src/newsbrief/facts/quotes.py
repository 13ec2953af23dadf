"""Articles -> quotes: direct quotations with who said them, merged across outlets.

A quotation is text between quotation marks (curly or straight) of at least ``MIN_WORDS``
words (shorter ones are scare quotes: “doomsday”), or a pull quote: a paragraph followed by a
short "Name, title" line. The speaker is read from the attribution around it:
``…,” UN spokesman Stephane Dujarric said``, ``…," said Maureen Pike``, ``according to NAME``,
``NAME told the council: “…”``, ``NAME, ROLE, said: “…”``, ``To quote NAME, “…”``; "he said"
takes the person named as a sentence's subject since the previous quote, else the previous
speaker; an unattributed quote right after an attributed one takes that quote's speaker, and
"the statement said" / "the worker says" (someone other than the previous speaker) names no one.
A quote is cited by the sentences that contain it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.facts.lexicon import PEOPLE_NOUNS, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS
from newsbrief.facts.names import Name, appositive, combine, is_person_like, names, role_before
from newsbrief.types import Article, Citation, Quote, Sentence

MIN_WORDS = 4  # shorter quotations are mostly scare quotes or single phrases
# A quote shorter than this share of another that contains it is a different, partial quotation.
_PART = 0.8
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_AFTER_SAID = re.compile(rf"^\s*,?\s*(?:{_VERBS})\s+(?P<who>[^.;:!?“”\"]{{2,120}})")
_AFTER_WHO = re.compile(rf"^\s*,?\s*(?P<who>[^.;:!?“”\"]{{1,160}}?)\s+(?:{_VERBS})\b")
_AFTER_ACCORDING = re.compile(r"^\s*,?\s*according to\s+(?P<who>[^.;:!?“”\"]{2,120})")
_BEFORE = re.compile(rf"(?P<who>[^“”\"]{{1,200}}?)\s+(?P<verb>{_VERBS})\b", re.DOTALL)
# "To quote Mr. West, “…”", "according to Piatt: “…”": the speaker named just before the quote.
_INTRODUCED = re.compile(
    r"(?:\b[Tt]o quote|\b[Aa]ccording to)\s+(?P<who>[^,:;.“”\"]{2,80}?)\s*[,:]\s*[“\"]?$"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_THE_NOUN = re.compile(r"\bthe\s+([a-z]+)\b", re.IGNORECASE)
_MARK = re.compile(r"[“”\"]")
_NEXT_PARAGRAPH = re.compile(r"\s*\n\s*\n([^\n]+)")
# Abbreviations whose full stop does not end an attribution: "said Maj. Glenn Hall".
_ABBREVIATION = re.compile(
    r"\b(?:Maj|Gen|Col|Lt|Sgt|Capt|Cpl|Adm|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Rev|St|Jr|Sr|Det|Insp"
    r"|Supt|Atty|[A-Z])\."
)
# "the friend added": a person quoted before; "the court papers say": not one.
_DEFINITE_PERSON = re.compile(
    rf"\s*the\s+(?:{'|'.join(sorted(ROLE_NOUNS | PEOPLE_NOUNS))})\b", re.IGNORECASE
)
# A full stop with no space after it, before a capital: two sentences glued by bad markup.
_GLUED_STOP = re.compile(r"[a-z)][.!?](?=[A-Z][a-z])")
_OPENER = re.compile(rf"\b(?:{_VERBS}),\s+|:\s+")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*$")
_TIME_PHRASE = re.compile(r"\s+(?:on|last|this)\s+[A-Z][a-z]+day\s*$|\s+(?:today|yesterday)\s*$")
_ATTRIBUTION_LINE = re.compile(r"^[—–-]?\s*(?P<name>[A-Z][^,\n]{2,60}),\s*(?P<role>[^\n]{3,150})$")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # the quoted text, without the marks
    end: int
    outer_end: int  # after the closing mark
    pull: bool = False


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
    return merge(found)


def article_quotes(article: Article, sentences: Sequence[Sentence]) -> list[Found]:
    text = article.text
    starts = [s.start for s in sentences]
    out: list[Found] = []
    last_speaker: tuple[str | None, str | None] = (None, None)
    last_end = 0
    previous_paragraph_end = -1
    for para in _PARAGRAPH.finditer(text):
        previous_in_paragraph = False
        paragraph_speaker: tuple[str | None, str | None] = (None, None)
        for span in _spans(text, para.start(), para.end()):
            words = len(text[span.start : span.end].split())
            if words < MIN_WORDS:
                continue
            sentence_start = starts[max(0, bisect_right(starts, span.start) - 1)] if starts else 0
            speaker, role = _attribution(text, span, max(para.start(), sentence_start), para.end())
            pronoun = speaker is not None and (speaker.lower() in PRONOUNS or speaker == "the")
            continued = speaker is None and (
                previous_in_paragraph
                or (
                    not span.pull
                    and para.start() - previous_paragraph_end <= 2
                    and _only_quote(text, span, para)
                )
            )
            if pronoun and speaker != "the":
                speaker, role = _pronoun_speaker(
                    text, sentences, starts, last_end, span.start, last_speaker
                )
            elif pronoun:
                speaker, role = _definite_speaker(text, span, para.end(), last_speaker)
            elif continued:
                # the quote before in the paragraph, even when it names no one ("the campaign read")
                speaker, role = paragraph_speaker if previous_in_paragraph else last_speaker
            elif speaker is None:
                speaker, role = _previous_sentence_speaker(text, starts, sentences, span, para)
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
    return _expand_short_names(out)


def _pronoun_speaker(
    text: str,
    sentences: Sequence[Sentence],
    starts: list[int],
    since: int,
    until: int,
    last: tuple[str | None, str | None],
) -> tuple[str | None, str | None]:
    """ "he said": the person last named as the subject of a sentence since the previous quote,
    else the previous speaker. The subject is the first person named in a sentence, not in the
    possessive ("On Monday, Swift responded …")."""
    first = max(0, bisect_right(starts, since) - 1)
    for sentence in reversed(sentences[first:]):
        if sentence.start >= until or sentence.end <= since:
            continue
        lo, hi = max(sentence.start, since), min(sentence.end, until)
        chunk = text[lo:hi]
        if quote_marks(chunk):
            chunk = re.split(r"[“”\"]", chunk)[0]
        found = [n for n in names(chunk) if is_person_like(n.name) and not _adjective(n)]
        if not found or _possessive(chunk, found[0]):
            continue
        name = found[0].name
        if last[0] and name.split()[-1] == last[0].split()[-1]:
            return last
        if " " not in name and not re.match(rf"{re.escape(name)}\s+[a-z]", chunk[found[0].start :]):
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
            if open_at is None:
                open_at = _repair_open(para, i)
            if open_at is not None:
                out.append(_Span(start + open_at, start + i, start + i + 1))
            open_at = None
        elif straight_at is None:
            straight_at = i + 1
        else:
            out.append(_Span(start + straight_at, start + i, start + i + 1))
            straight_at = None
    if not out and open_at is None and straight_at is None:
        pull = _pull_quote(text, start, end)
        if pull is not None:
            out.append(pull)
    return out


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
    if not m or len(line.split()) > 25 or line.endswith((".", "!", "?", ":")):
        return None
    found = names(m.group("name"))
    if not found or found[0].start != 0 or re.search(rf"\b(?:{_VERBS})\b", line):
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
    text: str, span: _Span, sentence_start: int, para_end: int
) -> tuple[str | None, str | None]:
    after = text[span.outer_end : para_end]
    masked = _ABBREVIATION.sub(lambda a: a.group()[:-1] + " ", after)  # "Maj. Glenn Hall"
    unnamed = False
    # “… orange,” said Maureen Pike / “…?” she asked: a quote that ends its sentence with a full
    # stop is followed by a new sentence, not by its attribution.
    closed = text[span.start : span.end].rstrip().endswith(".") and not masked.startswith(",")
    for pattern in () if closed else (_AFTER_ACCORDING, _AFTER_SAID, _AFTER_WHO):
        m = pattern.match(masked)
        if m:
            who = _who(after[m.start("who") : m.end("who")], subject=pattern is _AFTER_WHO)
            if who[0] == "the" and not _DEFINITE_PERSON.match(m.group("who")):
                who = ("", None)  # "the court papers say": not a person quoted before
            if who[0]:
                return who
            unnamed = unnamed or who[0] == ""
    if unnamed:
        return "", None
    before = text[sentence_start : max(sentence_start, span.start)]
    intro = _INTRODUCED.search(_ABBREVIATION.sub(lambda a: a.group()[:-1] + " ", before))
    if intro:
        speaker, role = _who(before[intro.start("who") : intro.end("who")])
        if speaker and speaker not in PRONOUNS and speaker != "the":
            return speaker, role
    glued = [g.end() for g in _GLUED_STOP.finditer(before)]
    for start in (0, glued[-1]) if glued else (0,):  # "…were injured.Lizandra Cosme said"
        m = _BEFORE.match(before, start)
        if m and not _PASSIVE.search(m.group("who")):
            speaker, role = _who(m.group("who"), subject=True)
            if speaker:
                return ("" if speaker == "the" else speaker), role  # "The appeal claims “…”"
            unnamed = unnamed or speaker == ""
    return ("", None) if unnamed else (None, None)


def _who(who: str, *, subject: bool = False) -> tuple[str | None, str | None]:
    """Speaker and role in an attribution such as "UN spokesman Stephane Dujarric"."""
    who = _TIME_PHRASE.sub("", who.strip())
    first = who.split()[0].lower() if who.split() else ""
    if first in PRONOUNS and len(who.split()) <= 2:
        return first, None
    found = [
        n
        for n in names(who)
        if not _adjective(n) and is_person_like(n.name) and not _possessive(who, n)
    ]
    if not found:
        if first == "the" and len(who.split()) <= 3:
            return "the", None  # "the friend added": whoever was quoted last
        if first in ("a", "an", "one") and len(who.split()) <= 6:
            return "", None  # "a police source said": attributed, to nobody named
        return None, None
    pick = _subject(who, found) if subject else found[0]
    role = combine(role_before(who, pick.start), appositive(who[pick.end :]))
    return pick.name, role


def _possessive(who: str, name: Name) -> bool:
    """ "Berman's killing": a name in the possessive is not the one speaking."""
    return bool(_POSSESSIVE.search(name.name)) or who[name.end : name.end + 2] in ("'s", "’s")


def _subject(who: str, found: list[Name]) -> Name:
    """The speaker before a speech verb: "NAME, role, said" or else the name nearest the verb."""
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


def _expand_short_names(found: list[Found]) -> list[Found]:
    """ "Sheikh" -> "Mahmud Sheikh" when the article names the speaker in full elsewhere."""
    full = {f.speaker.split()[-1]: f for f in found if f.speaker and " " in f.speaker}
    roles = {f.speaker: f.role for f in found if f.speaker and f.role}
    out = []
    for f in found:
        if f.speaker and " " not in f.speaker and f.speaker in full:
            whole = full[f.speaker]
            f = Found(whole.speaker, f.role or whole.role, f.text, f.citation)
        if f.speaker and not f.role and f.speaker in roles:
            f = Found(f.speaker, roles[f.speaker], f.text, f.citation)
        out.append(f)
    return out


def words(text: str) -> str:
    """Lower-case words of ``text`` joined by spaces: how quotes are compared."""
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def merge(found: list[Found]) -> tuple[Quote, ...]:
    """One Quote per quotation, with every outlet's citation. Two quotes are one when the words
    of one are the words of the other or a run of at least ``MIN_WORDS`` of them; the fuller
    text is kept, so that no outlet's quote loses its opening words."""
    merged: list[tuple[Found, list[Citation], str]] = []
    for f in found:
        key = words(f.text)
        for i, (g, citations, other) in enumerate(merged):
            shorter, longer = sorted((key, other), key=len)
            n, m = len(shorter.split()), len(longer.split())
            if shorter == longer or (n >= MIN_WORDS and n >= _PART * m and shorter in longer):
                best = g if len(g.text) >= len(f.text) else f  # the fuller text
                merged[i] = (
                    Found(g.speaker or f.speaker, g.role or f.role, best.text, g.citation),
                    [*citations, f.citation],
                    shorter,
                )
                break
        else:
            merged.append((f, [f.citation], key))
    return tuple(
        Quote(g.speaker, g.role, g.text, tuple(dict.fromkeys(citations)))
        for g, citations, _ in merged
    )
