"""Would spaCy's entities with the rules', weighed by a small learned model, show more of the
story's entities as precisely as the rules on stories the model was not fitted on?

    PYTHONPATH=src .venv/bin/python benchmarks/fit_entity_hybrid.py [--cache /tmp/hyb.json]

For each story of tests/fixtures/facts-fresh-1..8 the briefing is made as ``brief`` makes it, and
the entities of each recogniser alone are kept (``entities.recognised``: the rules', and spaCy's
as ``Settings(entities="spacy")`` showed them before the hybrid). The candidates are their union
(``entity_hybrid.candidates``): a rules entity and a spaCy entity are one candidate when a
spelling of one (name or alias, up to case, "the" and edge punctuation) is a spelling of the
other. Each candidate has a
label (right when, all candidates shown in order, the ``seen`` scorer counts it right) and a few
features (``HYBRID``); a logistic regression is fitted leave-one-set-out exactly as in
``fit_entity_confidence.py`` (threshold: the lowest of 0.05..0.95 with pooled training precision
>= 0.9, fixed before any held-out figure was seen) and scored on the held-out set. Baselines in
the same run: the rules alone and spaCy alone at ``types.SHOWN``.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts_seen import gold_articles
from fit_entity_confidence import (
    FIXTURES,
    Feature,
    _label,
    choose,
    fit,
    matrix,
    print_table,
    rule,
    scorer,
    stories_of,
    summary,
)

import newsbrief.facts as facts_package
from newsbrief.config import Settings
from newsbrief.facts.entities import recognised
from newsbrief.facts.entity_hybrid import candidates
from newsbrief.pipeline import brief_articles
from newsbrief.types import SHOWN, Article, Entity


def _record(entity: Entity, x: Sequence[float] = ()) -> dict[str, Any]:
    return {
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "confidence": entity.confidence,
        "features": list(x),
    }


def collect(sets: Sequence[int], data: Path) -> list[dict[str, Any]]:
    """One record per story: the rules' entities, spaCy's, and the candidates of their union
    with features (``entity_hybrid.candidates``), as ``brief`` would find them."""
    stories = []
    for n in sets:
        for story, articles in gold_articles(FIXTURES / f"facts-fresh-{n}", data):
            found, cost = _recognised(articles)
            started = time.perf_counter()
            cands = candidates(found["rules"], found["spacy"], [a.text for a in articles])
            cost["union"] = time.perf_counter() - started
            stories.append(
                {
                    "set": n,
                    "story": story.name,
                    "gold": {"entities": story.data.get("entities", [])},
                    "cost": cost,
                    "union": [_record(e, x) for e, x in cands],
                    "rules": [_record(e) for e in found["rules"]],
                    "spacy": [_record(e) for e in found["spacy"]],
                }
            )
            print(f"  set {n} {story.name}", file=sys.stderr)
    return stories


def _recognised(
    articles: Sequence[Article],
) -> tuple[dict[str, tuple[Entity, ...]], dict[str, float]]:
    """Each recogniser's entities of the story as the briefing finds them (the speakers of its
    quotes passed on, as ``extract_facts`` passes them), and the seconds each took."""
    found: dict[str, tuple[Entity, ...]] = {}
    cost: dict[str, float] = {}
    real = facts_package.entities

    def capture(
        arts: Sequence[Article], *, recogniser: str, speakers: Sequence[str] = ()
    ) -> tuple[Entity, ...]:
        for name in ("rules", "spacy"):
            started = time.perf_counter()
            found[name] = recognised(arts, name, speakers)
            cost[name] = time.perf_counter() - started
        return real(arts, recogniser=recogniser, speakers=speakers)

    facts_package.entities = capture  # type: ignore[assignment]
    try:
        brief_articles(articles, settings=Settings(entities="rules"))
    finally:
        facts_package.entities = real
    return found, cost


def views(stories: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The stories as the scorer sees each list of entities: rules, spaCy, the union."""
    out: dict[str, list[dict[str, Any]]] = {"rules": [], "spacy": [], "union": []}
    for s in stories:
        base = {"set": s["set"], "story": s["story"], "gold": s["gold"]}
        for name in out:
            story = {**base, "entities": s[name]}
            _label(story)
            out[name].append(story)
    return out


def _feature(i: int) -> Feature:
    return (str(i), lambda e: e["features"][i])


# The model fixed in advance: every feature of ``entities.hybrid_features``.
NAMES = [
    "rules' confidence (0: not found)",
    "found by spaCy",
    "found by both, kinds agree",
    "log articles",
    "log(1+mentions)",
    "one word",
    "lower-case elsewhere",
]
HYBRID: list[Feature] = [_feature(i) for i in range(len(NAMES))]


def cross_validate(v: dict[str, list[dict[str, Any]]], sets: Sequence[int]) -> dict[str, Any]:
    rows: dict[str, dict[int, list[Any]]] = {"rules": {}, "spacy": {}, "hybrid": {}}
    for held in sets:
        for name in ("rules", "spacy"):
            test = [s for s in v[name] if s["set"] == held]
            rows[name][held] = [SHOWN, *summary(test, [rule(s) for s in test], SHOWN)]
        train = [s for s in v["union"] if s["set"] != held]
        test = [s for s in v["union"] if s["set"] == held]
        y = np.array([e["right"] for s in train for e in s["entities"]], dtype=float)
        score = scorer(HYBRID, fit(matrix([e for s in train for e in s["entities"]], HYBRID), y))
        t = choose(train, [score(s) for s in train])
        rows["hybrid"][held] = [t, *summary(test, [score(s) for s in test], t)]
    print("\n## Leave-one-set-out (hybrid: fitted and thresholded on the 7 other sets)\n")
    print_table("entities", rows, sets)
    return rows


def fit_all(union_stories: list[dict[str, Any]]) -> None:
    """The model fitted on every set, its threshold, and the constants for the code."""
    y = np.array([e["right"] for s in union_stories for e in s["entities"]], dtype=float)
    w = fit(matrix([e for s in union_stories for e in s["entities"]], HYBRID), y)
    score = scorer(HYBRID, w)
    t = choose(union_stories, [score(s) for s in union_stories])
    print(f"\n## Fitted on all sets (in-sample)\n\ncandidates {len(y)}, right {int(y.sum())}")
    print(f"threshold {t:.2f} (logit {math.log(t / (1 - t)):+.4f})")
    for name, c in zip(["intercept", *NAMES], w, strict=True):
        print(f"  {name:<36}{c:+.4f}")
    shifted = [float(w[0] - math.log(t / (1 - t))), *map(float, w[1:])]
    print("constants (intercept shifted so the threshold is 0.5):", [round(c, 4) for c in shifted])
    print("in-sample", summary(union_stories, [score(s) for s in union_stories], t))


def main() -> None:
    sets, stories = stories_of(__doc__, collect)
    cost = {k: sum(s["cost"][k] for s in stories) for k in ("rules", "spacy", "union")}
    print(
        f"{len(stories)} stories; entities, s in all: "
        + ", ".join(f"{k} {v:.3f}" for k, v in cost.items())
    )
    v = views(stories)
    cross_validate(v, sets)
    fit_all(v["union"])


if __name__ == "__main__":
    main()
