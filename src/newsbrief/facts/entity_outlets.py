"""An article's own outlet as it names itself in its body ("CNN affiliate WJZ", "WCAX News is
learning", "told NBC News" where no other article of the story says so), and whether an article
cites an outlet as a source ("according to CNN", "CNN reported")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from newsbrief.nlp.names import boundary, spaces_before

__all__ = ["cites", "outlet_names", "self_named", "told"]

# An outlet's name: a newspaper's or a network's ("WCAX News", "The Post"), a wire's, or a
# broadcaster's acronym or call letters.
_MEDIA = (
    r"(?:[A-Z][\w.&'’-]*[^\S\n]+){0,3}(?:News|Post|Times|Journal|Herald|Tribune|Gazette|Press)"
    r"|CNN|BBC|ABC|NBC|CBS|PBS|NPR|AP|AFP|MSNBC|Reuters|[KW][A-Z]{2,3}(?:-TV)?"
)
# How an outlet names itself in its own story: "CNN affiliate WJZ", "WCAX News is learning",
# "The Associated Press could not independently confirm". Another outlet cites it ("CNN
# reported", "according to the Associated Press").
_SELF = re.compile(
    rf"\b({_MEDIA}|[A-Z][\w-]*\.(?:com|org|net))\b[^\S\n]+"  # "RadarOnline.com has learned"
    r"(?:affiliates?\b|is learning\b|has learned\b|"
    r"(?:could not|cannot|can't|was unable to)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:confirm|verify)\b)"
)
_SELF_HINTS = ("affiliate", "learn", "confirm", "verify")
# "according to data compiled by Bloomberg News": a wire's or a data desk's own tally.
_COMPILED = re.compile(rf"\bdata compiled by[^\S\n]+(?:[Tt]he[^\S\n]+)?({_MEDIA})\b")
# "told NBC News", "told The Associated Press": its own outlet if one article of the story says
# it so; others cite a source as "told the Miami Herald", "told the AFP news agency".
_TOLD = re.compile(rf"\btold[^\S\n]+(?:The[^\S\n]+)?({_MEDIA})\b(?![^\S\n]+news agency)")


# "The BBC's Steve Rosenberg in Moscow says", "The BBC's Martin Vogl, in Bamako, said": its own
# correspondent where it reports from.
_CORRESPONDENT = re.compile(
    rf"\bThe[^\S\n]+({_MEDIA})['’]s[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){{0,2}},?"
    r"[^\S\n]+in[^\S\n]+[A-Z]"
)
# "told the BBC" (any outlet with "the"): another's source once, its own said again and again.
_TOLD_THE = re.compile(rf"told the[^\S\n]+({_MEDIA})\b(?![^\S\n]+news agency)")
_TOLD_AGAIN = 2


def self_named(text: str) -> set[str]:
    """The names an article gives its own outlet in its body (``_SELF``, ``_CORRESPONDENT``),
    looked for only around the words they need (a scan of the whole text costs as much as the
    rest)."""
    found = {m.group(1) for m in _around(text, _SELF, _SELF_HINTS)}
    found |= {m.group(1) for m in _around(text, _CORRESPONDENT, ("’s ", "'s "))}
    return found | {m.group(1) for m in _around(text, _COMPILED, ("compiled by",))}


def told(text: str) -> set[str]:
    """Outlets an article says it was told something (``_TOLD``; "told the X" as often as
    ``_TOLD_AGAIN``) and cites nowhere as a source ("according to CNN", "CNN reports")."""
    found = {m.group(1) for m in _around(text, _TOLD, ("told",))}
    again = Counter(m.group(1) for m in _each(text, _TOLD_THE, "told the"))
    found |= {name for name, times in again.items() if times >= _TOLD_AGAIN}
    return {name for name in found if not cites(text, name)}


def _around(text: str, pattern: re.Pattern[str], words: Sequence[str]) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` near each occurrence of one of ``words`` (``str.find``)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            found = pattern.search(text, max(0, at - _REACH_BACK), at + _REACH_ON)
            if found is not None:
                yield found
            at = text.find(word, at + 1)


def _each(text: str, pattern: re.Pattern[str], start: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` at each occurrence of the words it starts with."""
    at = text.find(start)
    while at >= 0:
        found = pattern.match(text, at)
        if found is not None:
            yield found
        at = text.find(start, at + 1)


# How far a name before a cue word, or one after it, may reach.
_REACH_BACK, _REACH_ON = 80, 90


def cites(text: str, outlet: str) -> bool:
    """Whether ``text`` cites ``outlet`` as a source: "according to (the) CNN", "CNN reports"
    (``\\b(?i:according to)\\s+(?:the\\s+)?CNN\\b|\\bCNN\\s+(?:reports|reported)\\b``, read
    at each place the text writes the name)."""
    at = text.find(outlet)
    while at != -1:
        end = at + len(outlet)
        if boundary(text, at) and _REPORTS.match(text, end):
            return True
        if boundary(text, end) and _according_to(text, at):
            return True
        at = text.find(outlet, at + 1)
    return False


_REPORTS = re.compile(r"\s+(?:reports|reported)\b")
_ACCORDING = re.compile(r"(?i:according to)")


def _according_to(text: str, at: int) -> bool:
    """ "according to " or "according to the " (and spaces) ends at ``at``."""
    end = spaces_before(text, at)
    if end == at:
        return False
    if _ends_with_according(text, end):
        return True
    the = end - 3
    if text[the:end] != "the":
        return False
    end = spaces_before(text, the)
    return end < the and _ends_with_according(text, end)


def _ends_with_according(text: str, end: int) -> bool:
    start = end - len("according to")
    return start >= 0 and bool(_ACCORDING.fullmatch(text, start, end)) and boundary(text, start)


_PAPERS = frozenset("news press times post journal herald tribune gazette wire".split())


def outlet_names(name: str) -> set[str]:
    """An outlet's name as its article writes it, less a common word before it ("Meanwhile NBC
    News"), a network's acronym of its news ("NBC" of "NBC News") or its initials ("AP")."""
    words = _outlet(name).removeprefix("The ").split()
    out = {" ".join(words[i:]) for i in range(len(words)) if i == 0 or len(words) - i > 1}
    if len(words) > 1 and words[-1] == "News" and words[-2].isupper():
        out.add(words[-2])
    elif len(words) > 1 and words[-1].lower() in _PAPERS and all(w[0].isupper() for w in words):
        out.add("".join(w[0] for w in words))  # "AP" of "Associated Press"
    return out


def _outlet(name: str) -> str:
    name = name.split(". ")[0]
    return re.sub(r"\s+(?:Investigations|Politics|Digital|Online)$", "", name).rstrip(".")
