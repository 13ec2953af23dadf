"""One story or several? The within-input check (cluster.story_groups), cross-validated.

Every dev cluster is one story by construction; a mixture pools the articles of 2-4 dev clusters
(a random non-empty subset of each, fixed seed), and a "twelve" mixture is one article from each
of 12 clusters. The check warns when it finds more than one group. Its one threshold (the pair
score at which two articles are linked) is fitted by 5-fold cross-validation over the clusters:
on four folds' clusters and the mixtures built from them, the threshold with the best detection
rate minus false-warning rate; that threshold is then scored on the fifth fold's clusters and
its own mixtures (never seen in fitting). Also reported: how well the groups found recover the
pooled stories (exact partition, adjusted Rand index), the dev clusters warned at the shipped
threshold, and the time the check takes per story.

The held-out facts lines of the dev set (HELD_OUT) are left out; clusters of one article cannot
be mixed and are not counted.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_one_story.py [DEV.jsonl] [--shipped]
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.cluster import (
    ONE_STORY,
    SPLIT,
    StoryIndex,
    features,
    groups_at,
    pair_scores,
    story_groups,
)
from newsbrief.config import Settings
from newsbrief.eval.cluster_metrics import adjusted_rand
from newsbrief.types import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews-dev.jsonl"
HELD_OUT = {10, 36, 54, 78, 101, 123, 147, 173}  # the held-out facts set: not looked at
SEED = 12
FOLDS = 5
MIXTURES = 40  # per fold: 200 in all
TWELVES = 10  # per fold: 50 in all
GRID = np.round(np.arange(0.01, 0.301, 0.005), 3)
SPLIT_GRID = np.round(np.arange(0.05, 0.301, 0.01), 3)

Cluster = tuple[int, list[Article]]
Mixture = tuple[list[Article], list[int]]  # articles, the dev line each came from


def clusters(path: Path) -> list[Cluster]:
    out = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number in HELD_OUT:
                continue
            documents = json.loads(line)["documents"]
            articles = list(read_clean(read_cluster(documents).articles).articles)
            if len(articles) >= 2:
                out.append((number, articles))
    return out


def mixtures(pool: list[Cluster], rng: random.Random) -> tuple[list[Mixture], list[Mixture]]:
    mixed = []
    for _ in range(MIXTURES):
        articles, truth = [], []
        for number, members in rng.sample(pool, rng.choice([2, 3, 4])):
            chosen = rng.sample(members, rng.randint(1, len(members)))
            articles += chosen
            truth += [number] * len(chosen)
        mixed.append((articles, truth))
    twelves = []
    for _ in range(TWELVES):
        picked = rng.sample(pool, 12)
        twelves.append(([rng.choice(m) for _, m in picked], [n for n, _ in picked]))
    return mixed, twelves


def bottleneck(scores: NDArray[np.float64]) -> float:
    """The highest threshold at which the articles are still one group: the weakest link of a
    maximum spanning tree (Prim)."""
    inside = np.zeros(len(scores), dtype=bool)
    inside[0] = True
    best, weakest = scores[0].copy(), 1.0
    for _ in range(len(scores) - 1):
        j = int(np.argmax(np.where(inside, -np.inf, best)))
        weakest = min(weakest, float(best[j]))
        inside[j] = True
        best = np.maximum(best, scores[j])
    return weakest


def fit(real: NDArray[np.float64], mixed: NDArray[np.float64]) -> float:
    """The grid threshold with the best detection rate minus false-warning rate (ties: lower)."""
    gain = [np.mean(mixed < t) - np.mean(real < t) for t in GRID]
    return float(GRID[int(np.argmax(gain))])


def ari(scores: NDArray[np.float64], truth: list[int], link: float, split: float) -> float:
    """Adjusted Rand index of the groups found (as story_groups finds them) against the truth."""
    groups = groups_at(scores, link)
    if len(groups) > 1:
        groups = groups_at(scores, max(link, split))
    label = {str(i): str(k) for k, g in enumerate(groups) for i in g}
    return adjusted_rand(label, {str(i): str(n) for i, n in enumerate(truth)})


def fit_split(pooled: list[tuple[NDArray[np.float64], list[int]]], link: float) -> float:
    """The SPLIT_GRID threshold whose groups best recover the pooled stories (mean ARI)."""
    means = [np.mean([ari(s, truth, link, split) for s, truth in pooled]) for split in SPLIT_GRID]
    return float(SPLIT_GRID[int(np.argmax(means))])


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--shipped"]
    path = Path(args[0]) if args else DEFAULT
    dev = clusters(path)
    rng = random.Random(SEED)
    order = list(range(len(dev)))
    rng.shuffle(order)
    folds = [[dev[i] for i in order[k::FOLDS]] for k in range(FOLDS)]
    built = [mixtures(fold, rng) for fold in folds]
    if "--shipped" in sys.argv:  # only the shipped check (story_groups), no refitting
        report_shipped(dev, [m + t for m, t in built])
        return
    real = [np.array([bottleneck(pair_scores(a)) for _, a in fold]) for fold in folds]
    scored = [[(pair_scores(a), truth) for a, truth in m + t] for m, t in built]
    mixed = [np.array([bottleneck(s) for s, _ in fold]) for fold in scored]
    twelve = [np.array([bottleneck(s) for s, _ in fold[MIXTURES:]]) for fold in scored]
    print(
        f"{len(dev)} dev clusters of 2+ articles; {sum(len(m) for m, _ in built)} mixtures of "
        f"2-4 clusters and {sum(len(t) for _, t in built)} of 12 single articles"
    )
    held = {"false": [0, 0], "detected": [0, 0], "twelve": [0, 0]}
    recovered: list[float] = []
    for k in range(FOLDS):
        train = [i for i in range(FOLDS) if i != k]
        t = fit(np.concatenate([real[i] for i in train]), np.concatenate([mixed[i] for i in train]))
        split = fit_split([p for i in train for p in scored[i]], t)
        recovered += [ari(s, truth, t, split) for s, truth in scored[k]]
        counts = {"false": real[k] < t, "detected": mixed[k] < t, "twelve": twelve[k] < t}
        for name, hits in counts.items():
            held[name][0] += int(hits.sum())
            held[name][1] += len(hits)
        print(
            f"fold {k + 1}: thresholds {t:.3f}, split {split:.2f}; held out: false warnings "
            f"{counts['false'].sum()}/{len(real[k])}, detected {counts['detected'].sum()}/"
            f"{len(mixed[k])}, twelve {counts['twelve'].sum()}/{len(twelve[k])}"
        )
    for name, (hits, n) in held.items():
        print(f"held out, all folds: {name} {hits}/{n} = {hits / n:.1%}")
    print(f"held out, all folds: mean adjusted Rand index of the groups {np.mean(recovered):.3f}")
    everything = fit(np.concatenate(real), np.concatenate(mixed))
    split = fit_split([p for fold in scored for p in fold], everything)
    print(
        f"fitted on all folds: {everything:.3f}, split {split:.2f} "
        f"(shipped: cluster.ONE_STORY = {ONE_STORY}, cluster.SPLIT = {SPLIT})"
    )
    report_shipped(dev, [m + t for m, t in built])
    report_library(dev, [m + t for m, t in built])
    report_cost(dev)


def report_shipped(dev: list[Cluster], built: list[list[Mixture]]) -> None:
    """At the shipped threshold: the dev clusters warned, group recovery, time per story."""
    start = time.process_time()
    found = [story_groups(a) for _, a in dev]
    per_story = (time.process_time() - start) / len(dev) * 1000
    for (number, articles), groups in zip(dev, found, strict=True):
        if len(groups) > 1:
            sizes = [len(articles[i].text.split()) for g in groups[1:] for i in g]
            print(
                f"  dev line {number}: {len(articles)} articles -> groups {groups} "
                f"(words in the smaller groups: {sizes})"
            )
    warned = sum(len(g) > 1 for g in found)
    print(f"shipped {ONE_STORY}: warns on {warned}/{len(dev)} dev clusters")
    pooled = [m for fold in built for m in fold]
    start = time.process_time()
    grouped = [story_groups(a) for a, _ in pooled]
    per_mixture = (time.process_time() - start) / len(pooled) * 1000
    for kind, pick in (("of 2-4 stories", lambda n: n < 12), ("of 12 articles", lambda n: n >= 12)):
        hits = [len(g) > 1 for g, (_, t) in zip(grouped, pooled, strict=True) if pick(len(set(t)))]
        print(f"shipped: detects {sum(hits)}/{len(hits)} mixtures {kind}")
    exact, recovered = 0, []
    for (_, truth), groups in zip(pooled, grouped, strict=True):
        label = {str(i): str(k) for k, g in enumerate(groups) for i in g}
        gold = {str(i): str(n) for i, n in enumerate(truth)}
        recovered.append(adjusted_rand(label, gold))
        exact += len(groups) == len(set(truth)) and recovered[-1] == 1.0
    print(
        f"groups found = the pooled stories exactly: {exact}/{len(pooled)}; "
        f"mean adjusted Rand {np.mean(recovered):.3f}"
    )
    print(
        f"the check, one pass: {per_story:.2f} ms CPU per dev cluster, {per_mixture:.2f} ms "
        f"per mixture (mean {np.mean([len(a) for a, _ in pooled]):.1f} articles)"
    )


def library_stories(articles: list[Article]) -> int:
    """How many stories the library's clustering (``ingest``) makes of ``articles``."""
    index = StoryIndex()
    for number, article in enumerate(articles):
        index.decide(number, features(article.text, title=article.title))
    return len(index.stories)


def report_library(dev: list[Cluster], built: list[list[Mixture]]) -> None:
    """The same question answered by the library's incremental clustering, for comparison."""
    split = sum(library_stories(a) > 1 for _, a in dev)
    pooled = [a for fold in built for a, _ in fold]
    found = sum(library_stories(a) > 1 for a in pooled)
    print(
        f"the library's clustering (StoryIndex) instead: more than one story in {split}/"
        f"{len(dev)} dev clusters, in {found}/{len(pooled)} mixtures"
    )


def report_cost(dev: list[Cluster]) -> None:
    """CPU ms per dev cluster: the check alone, and briefings with the check and without it
    (``Settings.one_story``), summary only (as batch's) and with the facts (as brief's);
    alternating, the least of several runs each (the least disturbed by other work on the
    machine), caches warmed first."""
    from newsbrief.pipeline import brief_articles

    def brief(settings: Settings) -> float:
        start = time.process_time()
        for _, articles in dev:
            brief_articles(articles, settings=settings)
        return (time.process_time() - start) / len(dev) * 1000

    def alone() -> float:
        start = time.process_time()
        for _, articles in dev:
            story_groups(articles)
        return (time.process_time() - start) / len(dev) * 1000

    print(f"CPU ms per dev cluster: the check alone {min(alone() for _ in range(7)):.2f}")
    for facts, runs in ((False, 7), (True, 3)):
        brief(Settings(facts=facts))
        timings: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(runs):
            for check in (True, False):
                timings[check].append(brief(Settings(facts=facts, one_story=check)))
        print(
            f"  a briefing{' with the facts' if facts else ', summary only'} (least of "
            f"{runs}): {min(timings[True]):.2f} with the check, {min(timings[False]):.2f} "
            "without"
        )


if __name__ == "__main__":
    main()
