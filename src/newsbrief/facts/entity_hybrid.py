"""spaCy's entities and the rules', one list: what ``Settings(entities="spacy")`` shows.

A rules entity and a spaCy entity are one candidate when a spelling of one (its name or an
alias, up to case, a leading "the" and edge punctuation) is a spelling of the other. The
candidate is named and typed as the rules name and type it where they show it (confidence >=
``types.SHOWN``), else as spaCy does, and its confidence is a logistic function of a few cheap
features (``features``): how sure the rules are of it, whether spaCy found it, whether the two
agree on its kind, how many articles cite it, how often it is written, whether it is one word,
and whether a word of it is written in lower case elsewhere in the story (a headline's or a
title's word). The weights were fitted on the labelled fresh sets 1-8 and checked leave-one-set-
out (``WEIGHTS``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.types import SHOWN, Entity

__all__ = ["WEIGHTS", "Candidate", "candidates", "features", "hybrid"]

# Intercept, then one weight per feature of ``features``, the intercept shifted so that the
# threshold chosen for precision >= 0.9 on the training sets is ``types.SHOWN``. Fitted by
# benchmarks/fit_entity_hybrid.py on the fresh sets 1-8 (2026-12-03); its leave-one-set-out
# figures are in benchmarks/RESULTS.md ("spaCy and the rules, one list").
WEIGHTS = (-1.862, 2.1674, 1.3874, 0.5132, 0.6106, -0.2808, -0.5288, -0.8926)

Candidate = tuple[Entity, tuple[float, ...]]
_LOWER_WORD = re.compile(r"\b[a-z][a-z']+\b")
_EDGES = " .,;:'\""


def hybrid(
    ruled: Sequence[Entity],
    spacied: Sequence[Entity],
    texts: Sequence[str],
    weights: Sequence[float] = WEIGHTS,
) -> tuple[Entity, ...]:
    """The union of the two recognisers' entities, each with the model's confidence."""
    out = []
    for entity, x in candidates(ruled, spacied, texts):
        z = weights[0] + sum(w * v for w, v in zip(weights[1:], x, strict=True))
        confidence = math.floor(100.0 / (1.0 + math.exp(-z))) / 100  # under SHOWN stays under
        out.append(replace(entity, confidence=confidence))
    return tuple(out)


def candidates(
    ruled: Sequence[Entity], spacied: Sequence[Entity], texts: Sequence[str]
) -> list[Candidate]:
    """Each rules entity with the first spaCy entity sharing a spelling, then each spaCy entity
    that spells none (a second spaCy spelling of one folds into it); most widely cited first."""
    pairs: list[list[Entity | None]] = [[r, None] for r in ruled]
    forms = [_forms(r) for r in ruled]
    for s in spacied:
        mine = _forms(s)
        hit = next((i for i, f in enumerate(forms) if pairs[i][0] and mine & f), None)
        if hit is None:
            hit = next((i for i, f in enumerate(forms) if pairs[i][1] and mine & f), None)
        if hit is None:
            pairs.append([None, s])
            forms.append(mine)
        elif pairs[hit][1] is None:
            pairs[hit][1] = s
            forms[hit] = forms[hit] | mine
    joined = "\n".join(texts)
    lower = frozenset(_LOWER_WORD.findall(joined))
    out = [_candidate(r, s, joined, lower) for r, s in pairs]
    out.sort(key=lambda c: (-len(c[0].articles), -c[1][4], c[0].name))
    return out


def _candidate(r: Entity | None, s: Entity | None, joined: str, lower: frozenset[str]) -> Candidate:
    shown = r if r is not None and (s is None or r.confidence >= SHOWN) else s
    assert shown is not None
    both = [e for e in (r, s) if e is not None]
    spellings = {f for e in both for f in (e.name, *e.aliases)}
    aliases = tuple(sorted(spellings - {shown.name}))
    entity = replace(shown, aliases=aliases)
    x = features(
        rules_confidence=r.confidence if r is not None else None,
        spacy=s is not None,
        agree=r is not None and s is not None and r.kind == s.kind,
        articles=max(len(e.articles) for e in both),
        mentions=_written(entity, joined),
        name=shown.name,
        lower=lower,
    )
    return entity, x


def features(
    *,
    rules_confidence: float | None,
    spacy: bool,
    agree: bool,
    articles: int,
    mentions: int,
    name: str,
    lower: frozenset[str],
) -> tuple[float, ...]:
    """rules' confidence (0: the rules did not find it), found by spaCy, found by both with one
    kind, log(articles citing it), log(1 + times its spellings are written in the story), one
    word, a capitalised word of it written in lower case elsewhere."""
    capitalised = [w.lower() for w in name.split() if w[:1].isupper()]
    return (
        rules_confidence or 0.0,
        float(spacy),
        float(agree),
        math.log(max(1, articles)),
        math.log1p(mentions),
        float(" " not in name),
        float(any(w in lower for w in capitalised)),
    )


def _forms(entity: Entity) -> frozenset[str]:
    return frozenset(_form(f) for f in (entity.name, *entity.aliases))


def _form(name: str) -> str:
    """A spelling up to case, curly quotes, spaces, a leading "the" and edge punctuation."""
    text = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'")
    text = re.sub(r"\s+", " ", text).strip().lower()
    return re.sub(r"^the ", "", text).strip(_EDGES)


def _written(entity: Entity, joined: str) -> int:
    """How often the entity's spellings are written in the story."""
    return sum(joined.count(f) for f in {entity.name, *entity.aliases} if f)
