"""k-fold cross-validation of sentence selection on the Multi-News dev clusters, at two budgets.

    PYTHONPATH=src .venv/bin/python benchmarks/cv_summary.py
        [--data ../shared/data/multinews-dev.jsonl] [--folds 5] [--seed 13]
        [--words 100 250] [--limit N] [--cache FILE] [--check] [--family TEXT ...]
        [--no-baselines | --baselines NAME ...] [--no-rouge155] [--dump FILE.npz] [--trim]

Folds are drawn by cluster (a fixed-seed shuffle of the clusters, cut into k parts). For each
fold, everything fitted is fitted on the other folds only: the ridge weights of the sentence
score (the recipe of benchmarks/fit_weights.py: bigram precision plus the greedy-oracle bonus)
and, for each family of coverage selections (``families``: how concepts are weighed), its few
parameters (prior weight, length exponent) by grid search maximising the mean of R-1 + R-2 over
both budgets together, so one setting serves every length. The held-out fold is then scored; the
table gives the mean over all clusters of the held-out scores, the per-fold spread of each
family's difference from the 2026-12-02 default, the shipped settings (in-sample: the shipped
weights were fitted on all clusters) and the parameter-free baselines on the same clusters.

Then, at the first budget, the same held-out summaries restricted to the stories with at least
4 and 5 articles (a proxy for newswire topics of 10 articles), scored with rouge-score F1 and
with ROUGE-1.5.5 recall (``-m -l WORDS``, ``eval --metric rouge155``'s set-up), each with its
paired difference from the 2026-12-02 default (mean +- standard error over the clusters).

ROUGE is rouge-score's R-1 / R-2 F1 with its Porter stemmer (its tokens, counted here so a grid
of thousands of summaries scores in seconds; `--check` compares with rouge-score itself).
``--trim``: sentences as the summary shows them (``summarize.trim.trimmed``: the budget counts
their words as shown, ROUGE reads them as shown; ranking sees them whole, as in ``summarize``,
and the weights are fitted on whole sentences, as the shipped ones were); give it its own
``--cache``. Nothing but aggregate scores is printed (``--dump``: per-cluster
scores, numbers only).
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
from newsbrief.nlp.sentences import segment
from newsbrief.plugins import BASELINES
from newsbrief.summarize.core import leading
from newsbrief.summarize.coverage import MIN_ARTICLES, Concepts, concepts, select_coverage
from newsbrief.summarize.extractive import Ranked, rank, select
from newsbrief.summarize.features import FEATURES, features
from newsbrief.summarize.similarity import SimilarityModel, build
from newsbrief.summarize.trim import trimmed
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
# With the coverage term divided by the story's best initial coverage (1 at most).
NORMALISED_PRIORS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
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
        if _SHOWN[0] is not str:  # weights fitted on whole sentences; shown and counted trimmed
            shown = [len(_SHOWN[0](s.text).split()) for s in flat]
            model = replace(model, words=np.array(shown, dtype=np.int64))
            tokens = {i: tokenize(_SHOWN[0](flat[i].text)) for i in tokens}
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
    # Concept weight = articles using it / n_articles ** this: 0, their number (the default
    # since 2026-12-03); 1, their share (before); 0.5 between.
    share_exponent: float = 0.0
    min_share: float = 0.0  # a concept needs max(2, ceil(min_share * n)) articles
    normalise: bool = False  # concept weights divided by the story's best initial coverage

    def __str__(self) -> str:
        if self.selection == "ranked":
            return "ranked"
        rule = "" if self.skip_similar else ", no redundancy rule"
        shape = {0.0: "df count", 1.0: "df share"}
        extra = ", " + shape.get(self.share_exponent, f"df/n^{self.share_exponent:g}")
        extra += f", min share {self.min_share:g}" if self.min_share else ""
        extra += ", normalised" if self.normalise else ""
        return f"coverage(prior={self.prior:g}, a={self.exponent:g}{rule}{extra})"


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
            found=weighed(c, variant),
        )
    return select(c.flat, ranked, c.model, article_lengths=c.lengths, settings=settings)


def weighed(c: Cluster, variant: Variant) -> Concepts:
    """The story's concepts weighed as ``variant`` says (coverage.concepts: by their number)."""
    n = n_articles(c)
    needed = max(MIN_ARTICLES, int(np.ceil(variant.min_share * n - 1e-9)))
    found = concepts(c.model.terms, c.model.article_index, min_articles=needed)
    divisor = float(n) ** variant.share_exponent
    if variant.normalise:
        words = np.maximum(1, c.model.words) ** -variant.exponent
        top = (np.array(found.total) * words)[c.ranked.candidates].max(initial=0.0)
        divisor = top if top > 0 else 1.0
    if divisor == 1.0:
        return found
    return Concepts(
        of_sentence=found.of_sentence,
        weight=[w / divisor for w in found.weight],
        total=[t / divisor for t in found.total],
    )


def score(c: Cluster, chosen: list[int]) -> tuple[float, float]:
    tokens: list[str] = []
    for i in chosen:
        if i not in c.tokens:
            c.tokens[i] = _TOKENIZE[0](_SHOWN[0](c.flat[i].text))
        tokens += c.tokens[i]
    return rouge12(tokens, c.reference)


_TOKENIZE: list[Callable[[str], list[str]]] = []
# A sentence's text as the summary shows it (``--trim``: ``trimmed``).
_SHOWN: list[Callable[[str], str]] = [str]


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


def families() -> dict[str, list[Variant]]:
    """Each family's grid: cross-validation picks one member per fold on the training folds."""
    coverage_grid = [Variant("coverage", p, a) for p in PRIORS for a in EXPONENTS]
    wide = [Variant("coverage", p, a) for p in (*PRIORS, 32.0, 64.0) for a in EXPONENTS]
    normalised = [
        Variant("coverage", p, a, normalise=True) for p in NORMALISED_PRIORS for a in EXPONENTS
    ]
    share = [replace(v, share_exponent=1.0) for v in coverage_grid]
    return {
        "ranked selection (before 2026-12-02)": [Variant("ranked")],
        "coverage only (prior 0)": [v for v in coverage_grid if v.prior == 0.0],
        "df share + prior (the default 2026-12-02)": share,
        "df share + prior, no redundancy rule": [replace(v, skip_similar=False) for v in share],
        "df count + prior (prior / n; the default since 2026-12-03)": wide,
        "df / sqrt(n) + prior (prior / sqrt n)": [replace(v, share_exponent=0.5) for v in wide],
        "df count, a concept needs 30% of articles": [replace(v, min_share=0.3) for v in wide],
        # (df share or count: the same, the normalisation takes off any factor of the story)
        "coverage normalised per story + prior": normalised,
    }


@dataclass
class Result:
    family: str
    held: dict[int, NDArray[np.float64]]  # budget -> (clusters x 2) held-out
    picked: list[str]
    chosen: dict[int, list[list[int]]]  # budget -> each cluster's held-out choice


def cross_validate(
    family: str,
    variants: Sequence[Variant],
    clusters: Sequence[Cluster],
    folds: Sequence[list[int]],
    budgets: Sequence[int],
) -> Result:
    n = len(clusters)
    result = Result(family, {b: np.zeros((n, 2)) for b in budgets}, [], {})
    for b in budgets:
        result.chosen[b] = [[] for _ in range(n)]
    for fold in folds:
        held_out = set(fold)
        train = [clusters[i] for i in range(n) if i not in held_out]
        weights = fit(train)
        best = variants[0] if len(variants) == 1 else grid(variants, train, weights, budgets)
        result.picked.append(str(best))
        for b in budgets:
            for i in fold:
                chosen = summarise(clusters[i], weights, best, b)
                result.chosen[b][i] = chosen
                result.held[b][i] = score(clusters[i], chosen)
    return result


def spread(result: Result, base: Result, folds: Sequence[list[int]], budget: int) -> str:
    """Per-fold held-out difference from ``base`` (R-1, R-2): min..max over the folds."""
    diff = [(result.held[budget][f] - base.held[budget][f]).mean(axis=0) for f in folds]
    lo, hi = np.min(diff, axis=0), np.max(diff, axis=0)
    return f"{lo[0]:+.2f}..{hi[0]:+.2f} / {lo[1]:+.2f}..{hi[1]:+.2f}"


def n_articles(c: Cluster) -> int:
    return int(c.model.article_index.max()) + 1


def rouge155(pairs: list[tuple[list[str], str]], words: int) -> NDArray[np.float64]:
    """ROUGE-1.5.5 recall (-m -l words) R-1, R-2 of each (candidate sentences, reference)."""
    from newsbrief.eval.dataset import sentences
    from newsbrief.eval.metrics import Pair, get_metric

    metric = get_metric("rouge155", words=words)
    scores = metric.score([Pair(tuple(c), (sentences(r),)) for c, r in pairs])
    return np.array([(s.r1, s.r2) for s in scores])


def per_cluster(
    results: Sequence[Result],
    baselines: dict[str, list[list[str]]],
    clusters: Sequence[Cluster],
    budget: int,
    use_rouge155: bool,
) -> dict[str, tuple[NDArray[np.float64], NDArray[np.float64]]]:
    """Each system's (F1, ROUGE-1.5.5 recall) R-1, R-2 per cluster at ``budget`` (NaN: not run)."""
    texts = {
        r.family: [
            [_SHOWN[0](c.flat[k].text) for k in ch]
            for c, ch in zip(clusters, r.chosen[budget], strict=False)
        ]
        for r in results
    } | baselines
    tokenize = _TOKENIZE[0]
    out = {}
    for name, summaries in texts.items():
        f1 = np.array(
            [
                rouge12([t for s in summary for t in tokenize(s)], c.reference)
                for c, summary in zip(clusters, summaries, strict=True)
            ]
        )
        recall = np.full((len(clusters), 2), np.nan)
        if use_rouge155:
            recall = rouge155(
                [(t, c.summary) for t, c in zip(summaries, clusters, strict=False)], budget
            )
        out[name] = (f1, recall)
    return out


def strata(
    scores: dict[str, tuple[NDArray[np.float64], NDArray[np.float64]]],
    clusters: Sequence[Cluster],
    budget: int,
    base: str,
) -> list[str]:
    """Scores restricted to the stories with many articles (the newswire proxy), each with its
    paired difference from ``base``: mean +- standard error over the clusters."""
    lines = []
    for least in (1, 4, 5):
        keep = [i for i, c in enumerate(clusters) if n_articles(c) >= least]
        lines.append(f"\n{len(keep)} clusters with >= {least} articles, {budget} words")
        lines.append(f"(difference: minus {base!r}, mean +- standard error over the clusters)\n")
        lines.append("| system | F1 R-1 | F1 R-2 | F1 diff | 1.5.5 R-1 | 1.5.5 R-2 | 1.5.5 diff |")
        lines.append("| --- | ---: | ---: | --- | ---: | ---: | --- |")
        for name, pair in scores.items():
            cells = []
            for k in (0, 1):
                mine, theirs = pair[k][keep], scores[base][k][keep]
                d = mine - theirs
                se = d.std(axis=0, ddof=1) / np.sqrt(len(keep))
                mean = mine.mean(axis=0)
                cells.append(
                    f"{mean[0]:.2f} | {mean[1]:.2f} | "
                    f"{d.mean(0)[0]:+.2f}±{se[0]:.2f} / {d.mean(0)[1]:+.2f}±{se[1]:.2f}"
                )
            lines.append(f"| {name} | {' | '.join(cells)} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--words", type=int, nargs="+", default=[100, 250])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--family", nargs="*", help="run only the families whose name has this")
    parser.add_argument("--no-rouge155", action="store_true", help="strata without ROUGE-1.5.5")
    parser.add_argument("--baselines", nargs="*", default=list(BASELINE_NAMES))
    parser.add_argument("--dump", type=Path, help="write the per-cluster scores here (.npz)")
    parser.add_argument(
        "--cache", type=Path, help="pickle of the loaded clusters (made if missing)"
    )
    parser.add_argument("--check", action="store_true", help="compare the ROUGE with rouge-score")
    parser.add_argument("--trim", action="store_true", help="sentences as shown, trimmed")
    args = parser.parse_args()
    if args.trim:
        _SHOWN[0] = trimmed
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
    from newsbrief.summarize.weights import FITTED

    if args.check:
        for c in clusters[:40]:
            chosen = summarise(c, FITTED, Variant("ranked"), budgets[-1])
            ours = score(c, chosen)
            theirs = scorer.score(c.summary, "\n".join(_SHOWN[0](c.flat[i].text) for i in chosen))
            assert abs(ours[0] - 100 * theirs["rouge1"].fmeasure) < 1e-9, (ours, theirs)
            assert abs(ours[1] - 100 * theirs["rouge2"].fmeasure) < 1e-9, (ours, theirs)
        print("ROUGE matches rouge-score on 40 clusters", file=sys.stderr)

    results, rows = [], []
    shipped = {
        "default, shipped weights (in-sample)": Variant(
            "coverage", Settings().coverage_prior, Settings().coverage_length_exponent
        ),
        "default 2026-12-02, shipped weights (in-sample)": Variant(
            "coverage", 4.0, 1.0, share_exponent=1.0
        ),
    }
    fixed = [Result(name, {}, [], {}) for name in shipped]
    for r, variant in zip(fixed, shipped.values(), strict=True):
        for b in budgets:
            r.chosen[b] = [summarise(c, FITTED, variant, b) for c in clusters]
            r.held[b] = np.array(
                [score(c, ch) for c, ch in zip(clusters, r.chosen[b], strict=True)]
            )
    for family, variants in families().items():
        if args.family and not any(f in family for f in args.family):
            continue
        results.append(cross_validate(family, variants, clusters, folds, budgets))
        print(f"{family}: done ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    base = next((r for r in results if r.family.startswith("df share + prior (")), results[0])
    for r in results:
        how = f"{args.folds}-fold held-out; picked " + "; ".join(r.picked)
        cells = {b: r.held[b].mean(axis=0) for b in budgets}
        rows.append((r.family, how, cells, {b: spread(r, base, folds, b) for b in budgets}))
    for r, variant in zip(fixed, shipped.values(), strict=True):
        rows.append((r.family, str(variant), {b: r.held[b].mean(axis=0) for b in budgets}, {}))
    baselines: dict[str, list[list[str]]] = {}
    if not args.no_baselines:
        for name in args.baselines:
            system = BASELINES.get(name)
            for b in budgets:
                summaries = [system(c.documents, words=b) for c in clusters]
                if b == budgets[0] and name in ("bigram-coverage", "lead"):
                    baselines[name] = summaries
                tokenize = _TOKENIZE[0]
                s = [
                    rouge12([t for x in summary for t in tokenize(x)], c.reference)
                    for c, summary in zip(clusters, summaries, strict=True)
                ]
                cells = rows[-1][2] if rows[-1][0] == name else {}
                cells[b] = np.mean(s, axis=0)
                if rows[-1][0] != name:
                    rows.append((name, "no parameters", cells, {}))
            print(f"{name}: done ({time.perf_counter() - start:.0f} s)", file=sys.stderr)

    head = " | ".join(f"{b} R-1 | {b} R-2 | {b} fold diff" for b in budgets)
    print(f"\n{n} clusters, {args.folds} folds (seed {args.seed}); rouge-score F1, stemmed")
    print(f"fold diff: per-fold held-out R-1 / R-2 minus {base.family!r}, min..max\n")
    print(f"| system | how | {head} |")
    print("| --- | --- |" + " ---: | ---: | --- |" * len(budgets))
    for family, how, result, diff in rows:
        cells = " | ".join(
            f"{result[b][0]:.2f} | {result[b][1]:.2f} | {diff.get(b, '')}" for b in budgets
        )
        print(f"| {family} | {how} | {cells} |")
    scores = per_cluster([*results, *fixed], baselines, clusters, budgets[0], not args.no_rouge155)
    if args.dump:
        arrays = {
            f"{name} {kind}": v[k]
            for name, v in scores.items()
            for k, kind in enumerate(("f1", "recall"))
        }
        arrays |= {f"{r.family} held {b}": r.held[b] for r in results for b in budgets}
        arrays["articles"] = np.array([n_articles(c) for c in clusters])
        np.savez(args.dump, **arrays)
    print("\n".join(strata(scores, clusters, budgets[0], base.family)))


if __name__ == "__main__":
    main()
