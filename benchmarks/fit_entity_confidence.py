"""Would a small learned entity confidence show fewer wrong entities on unseen stories?

    .venv/bin/python benchmarks/fit_entity_confidence.py [--data ../shared/data/multinews-dev.jsonl]
        [--cache /tmp/entconf.json] [--sets 1-8]

For each story of tests/fixtures/facts-fresh-N (N in ``--sets``) the briefing is made as ``brief``
makes it and EVERY entity (``facts.entities``, shown or not) is kept with a few cheap features
and a label: right when, were all of the story's entities shown in order, the scorer
(``newsbrief.facts.seen``) would count it right. A logistic regression (numpy, L2, Newton steps)
is then fitted leave-one-set-out: fit on the other sets, choose the threshold on them (the lowest
threshold of the grid 0.05..0.95 whose pooled training precision is >= 0.9, else the one of the
highest training precision: fixed before any held-out figure was seen), and score the held-out set
exactly as ``bench_facts_seen.py`` does (only the entities at or above the threshold shown).
Baselines on the same held-out set: today's rule confidence at ``types.SHOWN``, and the rule
confidence with its threshold chosen on the training sets by the same rule.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts_seen import DEFAULT_DATA, ROOT, gold_articles

from newsbrief.config import Settings
from newsbrief.facts.gazetteer import PLACES
from newsbrief.facts.seen import Report, _entities, norm
from newsbrief.pipeline import brief_articles
from newsbrief.types import SHOWN, Entity, Facts

FIXTURES = ROOT / "tests" / "fixtures"
TARGET = 0.9  # the precision the threshold is chosen for, on the training sets
GRID = [round(0.05 + 0.01 * i, 2) for i in range(91)]
_LOWER_WORD = re.compile(r"\b[a-z][a-z']+\b")


def raw_features(entity: Entity, texts: Sequence[str], lower: set[str]) -> dict[str, Any]:
    """What the model may use of one entity; ``lower`` the story's lower-case words."""
    joined = "\n".join(texts)
    forms = {entity.name, *entity.aliases}
    mentions = sum(joined.count(f) for f in forms if f)
    capitalised = [w.lower() for w in entity.name.split() if w[:1].isupper()]
    return {
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "confidence": entity.confidence,
        "articles": len(entity.articles),
        "story_articles": len(texts),
        "mentions": mentions,
        "words": len(entity.name.split()),
        "chars": len(entity.name),
        "lower": any(w in lower for w in capitalised),
        "gazetteer": any(f in PLACES for f in forms),
    }


def collect(sets: Sequence[int], data: Path) -> list[dict[str, Any]]:
    """One record per story: its set, name, gold and every entity's raw features."""
    stories = []
    for n in sets:
        for story, articles in gold_articles(FIXTURES / f"facts-fresh-{n}", data):
            started = time.perf_counter()
            briefing = brief_articles(articles, settings=Settings())
            assert briefing.facts is not None
            briefed = time.perf_counter()
            texts = [a.text for a in articles]
            lower = set(_LOWER_WORD.findall("\n".join(texts)))
            ents = [raw_features(e, texts, lower) for e in briefing.facts.entities]
            cost = [briefed - started, time.perf_counter() - briefed]
            gold = {"entities": story.data.get("entities", [])}
            stories.append(
                {"set": n, "story": story.name, "gold": gold, "entities": ents, "cost": cost}
            )
            print(f"  set {n} {story.name}: {len(ents)} entities", file=sys.stderr)
    for s in stories:
        _label(s)
    return stories


def _label(story: dict[str, Any]) -> None:
    """Each entity's label: right if the scorer, shown every entity in order, counts it so."""
    gold = story["gold"]["entities"]
    names = [{norm(n) for n in (g["name"], *g.get("aliases", []))} for g in gold]
    taken: set[int] = set()
    for e in story["entities"]:
        hit = next((i for i, ns in enumerate(names) if norm(e["name"]) in ns), None)
        e["right"] = hit is not None and gold[hit]["kind"] == e["kind"] and hit not in taken
        if hit is not None:
            taken.add(hit)


# The models: each a list of (feature name, function of the raw features).
Feature = tuple[str, Callable[[dict[str, Any]], float]]
BASE: list[Feature] = [
    ("rule confidence", lambda e: e["confidence"]),
    ("log articles", lambda e: math.log(e["articles"])),
    ("log(1+mentions)", lambda e: math.log1p(e["mentions"])),
    ("one word", lambda e: float(e["words"] == 1)),
    ("lower-case elsewhere", lambda e: float(e["lower"])),
    ("person", lambda e: float(e["kind"] == "person")),
    ("organisation", lambda e: float(e["kind"] == "organisation")),
]
MODELS: dict[str, list[Feature]] = {
    "learned (7 features)": BASE,  # the model fixed in advance
    "learned + share, gazetteer": [
        *BASE,
        ("share of articles", lambda e: e["articles"] / e["story_articles"]),
        ("gazetteer", lambda e: float(e["gazetteer"])),
    ],
    "learned, no rule confidence": BASE[1:],
}


def matrix(entities: list[dict[str, Any]], features: list[Feature]) -> np.ndarray:
    rows = [[1.0] + [f(e) for _, f in features] for e in entities]
    return np.array(rows, dtype=float).reshape(len(entities), len(features) + 1)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton steps, L2 on all but the intercept."""
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def evaluate(stories: list[dict[str, Any]], scores: list[list[float]], threshold: float) -> Report:
    """The scorer's report on the stories, each showing the entities scored >= threshold."""
    total = Report()
    for story, story_scores in zip(stories, scores, strict=True):
        shown = tuple(
            Entity(e["name"], e["kind"], tuple(e["aliases"]), (), 1.0)
            for e, s in zip(story["entities"], story_scores, strict=True)
            if s >= threshold
        )
        report = Report()
        _entities(Facts(entities=shown), story["gold"], report)
        total.add(report)
    return total


def choose(stories: list[dict[str, Any]], scores: list[list[float]]) -> float:
    """The lowest threshold of the grid with pooled precision >= TARGET, else the most precise."""
    best, best_precision = GRID[-1], -1.0
    for t in GRID:
        precision = evaluate(stories, scores, t).counts["entities"].precision
        if precision >= TARGET:
            return t
        if precision > best_precision:
            best, best_precision = t, precision
    return best


def scorer(features: list[Feature], w: np.ndarray) -> Callable[[dict[str, Any]], list[float]]:
    def score(story: dict[str, Any]) -> list[float]:
        if not story["entities"]:
            return []
        z = matrix(story["entities"], features) @ w
        return list(1.0 / (1.0 + np.exp(-z)))

    return score


def rule(story: dict[str, Any]) -> list[float]:
    return [e["confidence"] for e in story["entities"]]


def summary(stories: list[dict[str, Any]], scores: list[list[float]], t: float) -> list[Any]:
    r = evaluate(stories, scores, t)
    ents, wide = r.counts["entities"], r.counts["entities named in 2+ articles"]
    hidden = sum(
        bool(e["right"] and s < t)
        for story, ss in zip(stories, scores, strict=True)
        for e, s in zip(story["entities"], ss, strict=True)
    )
    return [ents.matched, ents.found, wide.matched, wide.gold, hidden]


def cross_validate(stories: list[dict[str, Any]], sets: Sequence[int]) -> None:
    names = ["rule @ SHOWN", "rule, threshold fitted", *MODELS]
    rows: dict[str, dict[int, list[Any]]] = {n: {} for n in names}
    for held in sets:
        train = [s for s in stories if s["set"] != held]
        test = [s for s in stories if s["set"] == held]
        rows["rule @ SHOWN"][held] = [SHOWN, *summary(test, [rule(s) for s in test], SHOWN)]
        t = choose(train, [rule(s) for s in train])
        rows["rule, threshold fitted"][held] = [t, *summary(test, [rule(s) for s in test], t)]
        for name, features in MODELS.items():
            y = np.array([e["right"] for s in train for e in s["entities"]], dtype=float)
            x = matrix([e for s in train for e in s["entities"]], features)
            score = scorer(features, fit(x, y))
            t = choose(train, [score(s) for s in train])
            rows[name][held] = [t, *summary(test, [score(s) for s in test], t)]
    print("\n## Leave-one-set-out (threshold chosen on the 7 training sets)\n")
    print_table("model", {name: rows[name] for name in names}, sets)


def print_table(what: str, rows: dict[str, dict[int, list[Any]]], sets: list[int]) -> None:
    """The leave-one-set-out table: per held-out set and pooled, as Markdown."""
    print(f"| {what} | held-out set | threshold | precision | 2+ recall | shown | right hidden |")
    print("|---|---|---|---|---|---|---|")
    for name, per_set in rows.items():
        pooled = [0, 0, 0, 0, 0]
        for held in sets:
            t, matched, found, wm, wg, hidden = per_set[held]
            pooled = [a + b for a, b in zip(pooled, [matched, found, wm, wg, hidden], strict=True)]
            print(
                f"| {name} | {held} | {t:.2f} | {matched / max(found, 1):.3f} ({matched}/{found}) "
                f"| {wm / max(wg, 1):.3f} ({wm}/{wg}) | {found} | {hidden} |"
            )
        matched, found, wm, wg, hidden = pooled
        print(
            f"| **{name}** | **pooled** | | **{matched / max(found, 1):.3f}** ({matched}/{found}) "
            f"| **{wm / max(wg, 1):.3f}** ({wm}/{wg}) | {found} | {hidden} |"
        )


def auc(scores: list[float], labels: list[bool]) -> float:
    """The chance that a right entity scores above a wrong one (ties half)."""
    right = [s for s, y in zip(scores, labels, strict=True) if y]
    wrong = [s for s, y in zip(scores, labels, strict=True) if not y]
    pairs = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return pairs / max(1, len(right) * len(wrong))


def held_out_scores(stories: list[dict[str, Any]], features: list[Feature]) -> list[list[float]]:
    """Each story's entities scored by the model fitted on the other sets."""
    out = []
    for story in stories:
        train = [s for s in stories if s["set"] != story["set"]]
        y = np.array([e["right"] for s in train for e in s["entities"]], dtype=float)
        w = fit(matrix([e for s in train for e in s["entities"]], features), y)
        out.append(scorer(features, w)(story))
    return out


def ranking(stories: list[dict[str, Any]], sets: Sequence[int], fresh: Sequence[int]) -> None:
    """Held-out AUC per set, and every threshold on the sets the rules never saw (``fresh``):
    how precise the held-out model can be made there at all, and at what recall."""
    scores = held_out_scores(stories, MODELS["learned (7 features)"])
    print("\n## Held-out ranking: AUC of right over wrong entities\n")
    print("| set | entities | wrong | AUC rule confidence | AUC learned |\n|---|---|---|---|---|")
    for n in [*sets, "pooled"]:
        pick = [i for i, s in enumerate(stories) if n == "pooled" or s["set"] == n]
        labels = [e["right"] for i in pick for e in stories[i]["entities"]]
        learned = [x for i in pick for x in scores[i]]
        ruled = [x for i in pick for x in rule(stories[i])]
        print(
            f"| {n} | {len(labels)} | {labels.count(False)} | {auc(ruled, labels):.3f} "
            f"| {auc(learned, labels):.3f} |"
        )
    pick = [i for i, s in enumerate(stories) if s["set"] in fresh]
    chosen = [stories[i] for i in pick]
    print(f"\n## Sets {', '.join(map(str, fresh))} pooled, every threshold (held-out scores)\n")
    print("| score | threshold | precision | 2+ recall | shown | right hidden |")
    print("|---|---|---|---|---|---|")
    rows = [("rule", t, [rule(s) for s in chosen]) for t in (SHOWN, 1.0)] + [
        ("learned", t, [scores[i] for i in pick]) for t in (0.5, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
    ]
    for name, t, ss in rows:
        matched, found, wm, wg, hidden = summary(chosen, ss, t)
        print(
            f"| {name} | {t:.2f} | {matched / max(found, 1):.3f} ({matched}/{found}) "
            f"| {wm / max(wg, 1):.3f} ({wm}/{wg}) | {found} | {hidden} |"
        )


def fit_all(stories: list[dict[str, Any]]) -> None:
    """The primary model fitted on every set, with its threshold and in-sample figures."""
    features = MODELS["learned (7 features)"]
    y = np.array([e["right"] for s in stories for e in s["entities"]], dtype=float)
    x = matrix([e for s in stories for e in s["entities"]], features)
    w = fit(x, y)
    score = scorer(features, w)
    t = choose(stories, [score(s) for s in stories])
    print("\n## Fitted on all sets (in-sample)\n")
    print(f"entities {len(y)}, right {int(y.sum())}; threshold {t:.2f}")
    for (name, _), c in zip([("intercept", None), *features], w, strict=True):
        print(f"  {name:<24}{c:+.4f}")
    print("in-sample", summary(stories, [score(s) for s in stories], t))
    print("rule @ SHOWN", summary(stories, [rule(s) for s in stories], SHOWN))


def _sets(text: str) -> list[int]:
    low, _, high = text.partition("-")
    return list(range(int(low), int(high or low) + 1))


def stories_of(
    doc: str, collect: Callable[[list[int], Path], list[dict[str, Any]]]
) -> tuple[list[int], list[dict[str, Any]]]:
    """The command line (--data, --cache, --sets) and the stories it names: collected, or read
    back from the cache; a header line printed."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, help="what was collected, saved; reused if present")
    parser.add_argument("--sets", default="1-8")
    args = parser.parse_args()
    sets = _sets(args.sets)
    if args.cache and args.cache.exists():
        stories = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        stories = collect(sets, args.data)
        if args.cache:
            args.cache.write_text(json.dumps(stories), encoding="utf-8")
    print(f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, sets {args.sets}")
    return sets, stories


def main() -> None:
    sets, stories = stories_of(__doc__, collect)
    n = sum(len(s["entities"]) for s in stories)
    right = sum(e["right"] for s in stories for e in s["entities"])
    print(f"{len(stories)} stories, {n} entities, {right} right if all shown")
    brief_s = sum(s.get("cost", [0, 0])[0] for s in stories)
    feature_s = sum(s.get("cost", [0, 0])[1] for s in stories)
    print(f"briefing {brief_s:.2f} s in all; the features {feature_s * 1000:.1f} ms in all")
    cross_validate(stories, sets)
    ranking(stories, sets, [n for n in (7, 8) if n in sets])
    fit_all(stories)


if __name__ == "__main__":
    main()
