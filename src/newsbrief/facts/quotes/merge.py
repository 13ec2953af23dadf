"""Merging the same quotation across outlets, keeping each outlet's speaker.

Quotes merge across outlets only when the words of one are all the words of the other, as whole
words, or when two or more quotes of one article are parts of another outlet's (the same words
split by “…,” she said. “…”). Each citation keeps the speaker its own article gives
(``Quote.speakers``): an outlet that credits the words to someone else is not overruled by
another outlet; an article that gives the words twice, once to no one and once to a speaker,
gives them to that speaker. The quote's ``speaker`` is the first one named; when outlets name
different people the quote is doubtful (confidence at most ``DISPUTED``) and renderers show
every outlet's speaker. A shown quote that a longer shown one holds (another outlet's, too short a
share of it to be the same quotation, or what the speaker tells they said) is shown in it (one
line, not two); a speaker named by surname alone, or without a middle name, takes the full name
another outlet gives.

Each quotation is compared only with the merged quotes that share its rarest run of
``MIN_WORDS`` words (or whose first run is in it), so a story of thousands of different quotes
merges in near-linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newsbrief.facts.quotes.finding import MIN_WORDS, Found
from newsbrief.nlp.lexicon import HONORIFICS
from newsbrief.types import SHOWN, Citation, Quote

_WORD = re.compile(r"\w+")
# A quote shorter than this share of another that contains it is a different, partial quotation.
_PART = 0.8
# The confidence of a quote whose outlets credit it to different people.
DISPUTED = 0.6


def words(text: str) -> str:
    """Lower-case words of ``text`` joined by spaces: how quotes are compared."""
    return " ".join(_WORD.findall(text.lower().replace("’", "'")))


def same_person(a: str, b: str) -> bool:
    """ "Glick" and "Gail Glick" are one speaker; "Ada Roe" and "the UN" are two."""
    x, y = a.lower(), b.lower()
    return x.split()[-1] == y.split()[-1] or x in y or y in x


@dataclass(slots=True)
class _Group:
    """Quotations found to be one: the fullest text, its comparison key (its words, their
    count and their runs) and every finding."""

    text: str
    key: str
    count: int
    runs: list[str]
    found: list[Found] = field(default_factory=list)


def _runs(key: str) -> list[str]:
    """The runs of ``MIN_WORDS`` words in ``key`` (the whole key when shorter)."""
    w = key.split()
    return [" ".join(w[i : i + MIN_WORDS]) for i in range(max(1, len(w) - MIN_WORDS + 1))]


def _same(key: str, count: int, group: _Group) -> bool:
    """Whether a quotation with words ``key`` is the one of ``group``."""
    if len(group.key) < len(key):
        shorter, longer, n, m = group.key, key, group.count, count
    else:
        shorter, longer, n, m = key, group.key, count, group.count
    return shorter == longer or (
        n >= MIN_WORDS and n >= _PART * m and f" {shorter} " in f" {longer} "
    )  # whole words: "… a cat" is not in "… a catastrophe"


class _Index:
    """Where to look for a quotation's group: groups by every run of their words, and by their
    first run."""

    def __init__(self) -> None:
        self.exact: dict[str, int] = {}
        self.runs: dict[str, set[int]] = {}
        self.first: dict[str, set[int]] = {}

    def add(self, i: int, key: str, runs: list[str]) -> None:
        """Index group ``i`` by ``key`` and ``runs`` (``_runs(key)``)."""
        self.exact.setdefault(key, i)
        for run in runs:
            self.runs.setdefault(run, set()).add(i)
        self.first.setdefault(runs[0], set()).add(i)

    def containing(self, runs: list[str]) -> set[int]:
        """The groups holding the rarest of ``runs``: the only ones that may contain them all."""
        rarest: set[int] = set()
        for run in runs:
            ids = self.runs.get(run)
            if not ids:
                return set()  # no group holds this run: none contains the quotation
            if not rarest or len(ids) < len(rarest):
                rarest = ids
        return rarest

    def candidates(self, key: str, runs: list[str]) -> set[int]:
        """The groups that may be the quotation of ``key`` and ``runs`` (``_runs(key)``)."""
        if key in self.exact:
            return {self.exact[key]}
        found = set(self.containing(runs))  # groups that may contain the quotation …
        first = self.first
        for run in runs:  # … and groups it may contain
            if run in first:
                found |= first[run]
        return found


def merge(found: list[Found]) -> tuple[Quote, ...]:
    """One Quote per quotation, with every outlet's citation and speaker. Two quotes are one
    when the words of one are the words of the other or a run of at least ``MIN_WORDS`` of them;
    the fuller text is kept, so that no outlet's quote loses its opening words."""
    groups: list[_Group] = []
    index = _Index()
    for f in found:
        key = words(f.text)
        count = key.count(" ") + 1 if key else 0
        runs = _runs(key)
        same = [i for i in index.candidates(key, runs) if _same(key, count, groups[i])]
        if not same:
            index.add(len(groups), key, runs)
            groups.append(_Group(f.text, key, count, runs, [f]))
            continue
        g = groups[min(same)]  # the first quotation it is
        if len(f.text) > len(g.text):
            g.text = f.text  # the fuller text
        if count < g.count:
            g.key, g.count, g.runs = key, count, runs  # compared from now on by its shorter words
            index.add(min(same), key, runs)
        g.found.append(f)
    return tuple(_fold_held(_join_parts(groups, index), found))


def _join_parts(groups: list[_Group], index: _Index) -> list[_Group]:
    """An outlet that splits a quotation (“…,” she said. “…”) gives it in parts, each too short
    a share of another outlet's whole quote to merge alone: two or more parts of one article
    that are in the whole quote and make up ``_PART`` of its words are that quote."""
    parts: dict[tuple[int, str], list[int]] = {}
    for j, g in enumerate(groups):
        cites = {f.citation.article_id for f in g.found}
        if len(cites) != 1 or g.count < MIN_WORDS:
            continue
        (cite,) = cites
        for i in index.containing(g.runs):
            whole = groups[i]
            if i != j and whole.count > g.count and f" {g.key} " in f" {whole.key} ":
                parts.setdefault((i, cite), []).append(j)
    gone: set[int] = set()
    for (i, cite), ids in parts.items():
        ids = [j for j in ids if j not in gone]
        whole = groups[i]
        if i in gone or len(ids) < 2 or any(f.citation.article_id == cite for f in whole.found):
            continue  # the whole quote's own outlet: its parts are other quotations
        if sum(groups[j].count for j in ids) >= _PART * whole.count:
            for j in ids:
                whole.found.extend(groups[j].found)
            gone.update(ids)
    return [g for i, g in enumerate(groups) if i not in gone]


def _fold_held(groups: list[_Group], found: list[Found]) -> list[Quote]:
    """A shown quotation whose words all stand in a longer shown one (too short a share of it
    to be the same quotation: another outlet's "The well being of our students is paramount" of
    "The well-being of our students is paramount. Upon learning …", or "… we said, ‘Okay, we
    can not buy any more of this wood.’" inside the speaker's own quote) is shown once: the
    longer, with the part's citations and speakers (none where the longer quote cites a passage
    holding it), in the order of ``found``. Shortest first, so a part of a part lands in the
    longest; only shown quotes are compared, a few dozen a story. Returns the quotes, each made
    once (twice only for a quote that took parts)."""
    rank = {id(f): n for n, f in enumerate(found)}
    quotes: list[Quote | None] = [_quote(g) for g in groups]  # None: to make again, grown
    shown = [i for i, q in enumerate(quotes) if q is not None and q.confidence >= SHOWN]
    keys = {i: words(groups[i].text) for i in shown}
    gone: set[int] = set()
    for j in sorted(shown, key=lambda i: len(keys[i])):
        whole = next(
            (
                i
                for i in shown
                if i != j
                and i not in gone
                and (len(keys[i]), j) > (len(keys[j]), i)
                and f" {keys[j]} " in f" {keys[i]} "
            ),
            None,
        )
        if whole is None:
            continue
        held = groups[whole].found
        held.extend(f for f in groups[j].found if not any(_holds(h, f) for h in held))
        held.sort(key=lambda f: rank[id(f)])
        gone.add(j)
        quotes[whole] = None
    pairs = enumerate(zip(groups, quotes, strict=True))
    return [q or _quote(g) for i, (g, q) in pairs if i not in gone]


def _holds(held: Found, part: Found) -> bool:
    """Whether the passage ``held`` cites holds the one ``part`` cites."""
    a, b = held.citation, part.citation
    return a.article_id == b.article_id and a.start <= b.start and b.end <= a.end


def _quote(group: _Group) -> Quote:
    """The merged quote: each citation once, with the speaker its article gives."""
    by_citation: dict[Citation, Found] = {}
    for f in group.found:
        by_citation.setdefault(f.citation, f)
    found = _surnames_in_full(_outlet_named(list(by_citation.values())))
    named = [f for f in found if f.speaker]
    first = named[0] if named else found[0]
    roles = [f.role for f in named if f.speaker == first.speaker] or [first.role]
    role = next((r for r in roles if r and r.lower() not in HONORIFICS), None)  # not "Ms."
    if named:
        confidence = max(f.confidence for f in named if f.speaker == first.speaker)
        if any(not same_person(f.speaker or "", first.speaker or "") for f in named):
            confidence = min(confidence, DISPUTED)  # outlets credit different people
    else:
        confidence = max(f.confidence for f in found)
    speakers = tuple(f.speaker for f in found)
    return Quote(
        first.speaker,
        role,
        group.text,
        tuple(f.citation for f in found),
        confidence,
        speakers if len(set(speakers)) > 1 else (),
    )


def _outlet_named(found: list[Found]) -> list[Found]:
    """An article that gives the same words twice, once with no speaker (a pull quote, a
    heading, a quote the text leaves to no one) and once credited, credits them: the named
    reading is that article's for both."""
    named = {f.citation.article_id: f for f in reversed(found) if f.speaker}
    return [
        replace(
            f, speaker=named[f.citation.article_id].speaker, role=named[f.citation.article_id].role
        )
        if not f.speaker and f.citation.article_id in named
        else f
        for f in found
    ]


def _surnames_in_full(found: list[Found]) -> list[Found]:
    """An outlet's speaker named by surname alone ("Trump"), or without the middle name another
    outlet gives ("John Kerry"), is the one other outlets name in full ("Donald Trump", "John F.
    Kerry") when only one of theirs is ("Gary Wilson" and "Jane Wilson" leave "Wilson" alone)."""
    names = {f.speaker for f in found if f.speaker}
    return [
        replace(f, speaker=fuller.pop())
        if f.speaker and len(fuller := {n for n in names if _fuller(n, f.speaker)}) == 1
        else f
        for f in found
    ]


def _fuller(name: str, short: str) -> bool:
    """Whether ``name`` names ``short`` more fully: "Donald Trump" of "Trump", "John F. Kerry"
    of "John Kerry"."""
    a, b = name.split(), short.split()
    return len(a) > len(b) and a[-1] == b[-1] and (len(b) == 1 or a[0] == b[0])
