"""k-fold cross-validation of sentence selection on the Multi-News dev clusters, at two budgets.

    PYTHONPATH=src .venv/bin/python benchmarks/cv_summary.py
        [--data ../shared/data/multinews-dev.jsonl] [--folds 5] [--seed 13]
        [--words 100 250] [--limit N] [--no-baselines] [--cache FILE] [--check]

Folds are drawn by cluster (a fixed-seed shuffle of the clusters, cut into k parts). For each
fold, everything fitted is fitted on the other folds only: the ridge weights of the sentence
score (the recipe of benchmarks/fit_weights.py: bigram precision plus the greedy-oracle bonus)
and, for the coverage selection, its few parameters (prior weight, length exponent) by grid
search maximising the mean of R-1 + R-2 over both budgets together, so one setting serves every
length. The held-out fold is then scored, and the table gives the mean over all clusters of the
held-out scores, beside the in-sample fit (everything fitted on all clusters, scored on them),
and the parameter-free baselines on the same clusters and budgets.

ROUGE is rouge-score's R-1 / R-2 F1 with its Porter stemmer (its tokens, counted here so a grid
of thousands of summaries scores in seconds; `--check` compares with rouge-score itself).
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from rouge_score import rouge_scorer

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.config import Settings
from newsbrief.errors import NewsbriefError
from newsbrief.eval.baselines import BASELINES
from newsbrief.nlp.sentences import segment
from newsbrief.summarize.core import leading
from newsbrief.summarize.coverage import select_coverage
from newsbrief.summarize.extractive import Ranked, rank, select
from newsbrief.summarize.features import FEATURES, features
from newsbrief.summarize.similarity import SimilarityModel, build
from newsbrief.types import Sentence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_weights import FIXED, ORACLE_WEIGHT, ORACLE_WORDS, RIDGE, greedy_oracle

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout, or beside the folder of worktrees.
DEFAULT_DATA = next(
    (
        p
        for p in (
            ROOT.parent / "shared/data/multinews-dev.jsonl",
            ROOT.parents[1] / "shared/data/multinews-dev.jsonl",
        )
        if p.exists()
    ),
    ROOT.parent / "shared/data/multinews-dev.jsonl",
)
PRIORS = (0.0, 1.0, 2.0, 4.0, 8.0, 16.0)
EXPONENTS = (0.5, 0.75, 1.0)
BASELINE_NAMES = ("lead", "lexrank", "centroid-mmr", "bigram-coverage")

Weights = tuple[tuple[str, float], ...]


@dataclass
class Cluster:
    documents: list[str]
    summary: str
    reference: list[str]  # ROUGE tokens of the human summary
    flat: list[Sentence]
    lengths: list[int]
    model: SimilarityModel
    matrix: NDArray[np.float64]  # features of every sentence
    ranked: Ranked  # candidates and lean-on-previous flags (scores replaced per fit)
    target: NDArray[np.float64]  # ridge target of the candidates
    tokens: dict[int, list[str]]  # ROUGE tokens of a sentence, filled on demand


def load(path: Path, limit: int | None, tokenize: Callable[[str], list[str]]) -> list[Cluster]:
    settings = Settings()
    clusters = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        row = json.loads(line)
        try:
            articles = list(read_clean(read_cluster(row["documents"]).articles).articles)
        except NewsbriefError:
            continue
        if not articles:
            continue
        grouped, _ = leading([segment(a, segmenter=settings.segmenter) for a in articles])
        flat = [s for group in grouped for s in group]
        if not flat:
            continue
        lengths = [len(g) for g in grouped]
        model = build(flat, article_ids=[a.id for a in articles], settings=settings)
        matrix = features(flat, model, n_articles=len(articles), article_lengths=lengths)
        ranked = rank(
            flat, model, n_articles=len(articles), article_lengths=lengths, settings=settings
        )
        reference = tokenize(row["summary"])
        ref2 = set(itertools.pairwise(reference))
        kept = np.flatnonzero(ranked.candidates)
        tokens = {int(i): tokenize(flat[i].text) for i in kept}
        target = np.array(
            [
                len(set(itertools.pairwise(tokens[int(i)])) & ref2)
                / max(1, len(set(itertools.pairwise(tokens[int(i)]))))
                for i in kept
            ]
        )
        oracle = greedy_oracle(
            [tokens[int(i)] for i in kept],
            [int(model.words[i]) for i in kept],
            reference,
            ORACLE_WORDS,
        )
        target[sorted(oracle)] += ORACLE_WEIGHT
        clusters.append(
            Cluster(
                row["documents"],
                row["summary"],
                reference,
                flat,
                lengths,
                model,
                matrix,
                ranked,
                target,
                tokens,
            )
        )
    return clusters


def fit(clusters: Sequence[Cluster]) -> Weights:
    """Ridge weights as benchmarks/fit_weights.py fits them, on these clusters only."""
    fixed = [FEATURES.index(name) for name in FIXED]
    free = [k for k in range(len(FEATURES)) if k not in fixed]
    x = np.vstack([c.matrix[c.ranked.candidates] for c in clusters])
    y = np.concatenate([c.target for c in clusters])
    y = y - x[:, fixed] @ np.array(list(FIXED.values()))
    x = x[:, free]
    solved = np.linalg.solve(x.T @ x + RIDGE * np.eye(len(free)), x.T @ y)
    w = dict(zip(free, solved, strict=True)) | dict(zip(fixed, FIXED.values(), strict=True))
    return tuple((name, round(float(w[k]), 4)) for k, name in enumerate(FEATURES))


def rouge12(candidate: list[str], reference: list[str]) -> tuple[float, float]:
    """rouge-score's ROUGE-1 and ROUGE-2 F1 (0-100) from tokens."""
    out = []
    for n in (1, 2):
        c = Counter(zip(*(candidate[k:] for k in range(n)), strict=False))
        r = Counter(zip(*(reference[k:] for k in range(n)), strict=False))
        overlap = sum((c & r).values())
        p, rec = overlap / max(1, c.total()), overlap / max(1, r.total())
        out.append(0.0 if overlap == 0 else 200 * p * rec / (p + rec))
    return out[0], out[1]


@dataclass(frozen=True)
class Variant:
    selection: str  # "ranked" or "coverage"
    prior: float = 0.0
    exponent: float = 1.0
    skip_similar: bool = True  # the ranked selection's redundancy rule, kept in coverage

    def __str__(self) -> str:
        if self.selection == "ranked":
            return "ranked"
        rule = "" if self.skip_similar else ", no redundancy rule"
        return f"coverage(prior={self.prior:g}, a={self.exponent:g}{rule})"


def summarise(c: Cluster, weights: Weights, variant: Variant, words: int) -> list[int]:
    w = dict(weights)
    scores = c.matrix @ np.array([w.get(name, 0.0) for name in FEATURES])
    ranked = replace(c.ranked, scores=scores)
    settings = Settings(
        words=words,
        weights=weights,
        selection=variant.selection,
        coverage_prior=variant.prior,
        coverage_length_exponent=variant.exponent,
        facts=False,
    )
    if variant.selection == "coverage":
        return select_coverage(
            c.flat,
            ranked,
            c.model,
            article_lengths=c.lengths,
            settings=settings,
            skip_similar=variant.skip_similar,
        )
    return select(c.flat, ranked, c.model, article_lengths=c.lengths, settings=settings)


def score(c: Cluster, chosen: list[int]) -> tuple[float, float]:
    tokens: list[str] = []
    for i in chosen:
        if i not in c.tokens:
            c.tokens[i] = _TOKENIZE[0](c.flat[i].text)
        tokens += c.tokens[i]
    return rouge12(tokens, c.reference)


_TOKENIZE: list[Callable[[str], list[str]]] = []


def mean_scores(
    clusters: Sequence[Cluster], weights: Weights, variant: Variant, words: int
) -> NDArray[np.float64]:
    """(clusters x 2) R-1, R-2."""
    return np.array([score(c, summarise(c, weights, variant, words)) for c in clusters])


def grid(
    variants: Sequence[Variant],
    clusters: Sequence[Cluster],
    weights: Weights,
    budgets: Sequence[int],
) -> Variant:
    """The variant with the best mean R-1 + R-2 over the budgets on these clusters."""

    def value(v: Variant) -> float:
        return sum(float(mean_scores(clusters, weights, v, b).sum(axis=1).mean()) for b in budgets)

    return max(variants, key=value)


def baseline_scores(
    clusters: Sequence[Cluster], system: Callable[..., list[str]], words: int
) -> tuple[float, float]:
    tokenize = _TOKENIZE[0]
    scores = [
        rouge12([t for s in system(c.documents, words=words) for t in tokenize(s)], c.reference)
        for c in clusters
    ]
    r1, r2 = np.mean(scores, axis=0)
    return float(r1), float(r2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--words", type=int, nargs="+", default=[100, 250])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument(
        "--cache", type=Path, help="pickle of the loaded clusters (made if missing)"
    )
    parser.add_argument("--check", action="store_true", help="compare the ROUGE with rouge-score")
    args = parser.parse_args()
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    _TOKENIZE.append(scorer._tokenizer.tokenize)
    start = time.perf_counter()
    if args.cache and args.cache.exists():
        clusters = pickle.loads(args.cache.read_bytes())
    else:
        clusters = load(args.data, args.limit, _TOKENIZE[0])
        if args.cache:
            args.cache.write_bytes(pickle.dumps(clusters))
    n = len(clusters)
    print(f"{n} clusters loaded in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    order = list(range(n))
    random.Random(args.seed).shuffle(order)
    folds = [sorted(order[k :: args.folds]) for k in range(args.folds)]
    budgets = list(args.words)
    if args.check:
        from newsbrief.summarize.weights import FITTED

        for c in clusters[:40]:
            chosen = summarise(c, FITTED, Variant("ranked"), budgets[-1])
            ours = score(c, chosen)
            theirs = scorer.score(c.summary, "\n".join(c.flat[i].text for i in chosen))
            assert abs(ours[0] - 100 * theirs["rouge1"].fmeasure) < 1e-9, (ours, theirs)
            assert abs(ours[1] - 100 * theirs["rouge2"].fmeasure) < 1e-9, (ours, theirs)
        print("ROUGE matches rouge-score on 40 clusters", file=sys.stderr)

    coverage_grid = [Variant("coverage", p, a) for p in PRIORS for a in EXPONENTS]
    families: dict[str, list[Variant]] = {
        "newsbrief today (ranked)": [Variant("ranked")],
        "coverage only (prior 0)": [v for v in coverage_grid if v.prior == 0.0],
        "coverage + prior": coverage_grid,
        "coverage + prior, no redundancy rule": [
            replace(v, skip_similar=False) for v in coverage_grid
        ],
    }
    rows: list[tuple[str, str, dict[int, tuple[float, float]]]] = []
    for family, variants in families.items():
        held = {b: np.zeros((n, 2)) for b in budgets}
        picked = []
        for fold in folds:
            train = [clusters[i] for i in range(n) if i not in set(fold)]
            weights = fit(train)
            best = variants[0] if len(variants) == 1 else grid(variants, train, weights, budgets)
            picked.append(str(best))
            for b in budgets:
                held[b][fold] = mean_scores([clusters[i] for i in fold], weights, best, b)
        rows.append(
            (
                family,
                f"{args.folds}-fold held-out; picked " + "; ".join(picked),
                {b: tuple(held[b].mean(axis=0)) for b in budgets},
            )
        )
        weights = fit(clusters)
        best = variants[0] if len(variants) == 1 else grid(variants, clusters, weights, budgets)
        rows.append(
            (
                family,
                f"in-sample, {best}",
                {b: tuple(mean_scores(clusters, weights, best, b).mean(axis=0)) for b in budgets},
            )
        )
        print(f"{family}: done ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    from newsbrief.summarize.weights import FITTED

    rows.append(
        (
            "newsbrief today, shipped weights",
            "in-sample",
            {
                b: tuple(mean_scores(clusters, FITTED, Variant("ranked"), b).mean(axis=0))
                for b in budgets
            },
        )
    )
    if not args.no_baselines:
        for name in BASELINE_NAMES:
            system = BASELINES[name]
            result = {b: baseline_scores(clusters, system, b) for b in budgets}
            rows.append((name, "no parameters", result))
            print(f"{name}: done ({time.perf_counter() - start:.0f} s)", file=sys.stderr)

    head = " | ".join(f"{b} R-1 | {b} R-2" for b in budgets)
    print(f"\n{n} clusters, {args.folds} folds (seed {args.seed}); rouge-score F1, stemmed\n")
    print(f"| system | how | {head} |")
    print("| --- | --- |" + " ---: |" * (2 * len(budgets)))
    for family, how, result in rows:
        cells = " | ".join(f"{result[b][0]:.2f} | {result[b][1]:.2f}" for b in budgets)
        print(f"| {family} | {how} | {cells} |")


if __name__ == "__main__":
    main()
