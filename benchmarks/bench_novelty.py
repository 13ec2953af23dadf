"""What the "nothing new" test of the summary (summarize/novelty.py, ``Settings.novelty``)
removes and costs on the dev clusters, by threshold; the threshold chosen by 5-fold CV.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_novelty.py [DEV.jsonl] \
        [--thresholds 0 0.3 0.4 0.45 0.5] [--examples 30] [--show 0.45] [--no-subsumed] \
        [--cache /tmp/dev-clusters.pkl]

Per threshold: rouge-score R-1 / R-2 F1 (stemmed) at 100, 150 and 250 words; at 150 words the
summary sentences the test removes (in no item of the new summary), each printed with the
chosen sentence of the new summary that shares most of its units. 5-fold CV (clusters in file
order, folds by position mod 5): the threshold with the best mean R-1 at 150 and 250 words on
four folds, scored on the fifth. Held-out dev lines (bench_sentence_rules.FRESH) are left out.
"""

from __future__ import annotations

import argparse
import pickle
import re
from pathlib import Path

from bench_sentence_rules import load as read_clusters  # type: ignore[import-not-found]  # its folder
from rouge_score import rouge_scorer

from newsbrief.config import Settings
from newsbrief.summarize import core, novelty
from newsbrief.summarize.core import summarize
from newsbrief.summarize.novelty import units
from newsbrief.types import Sentence

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews-dev.jsonl"
WORDS = (100, 150, 250)


def load(path: Path, cache: Path | None) -> list:
    """The dev clusters read, cleaned and segmented as bench_sentence_rules reads them (from
    ``cache`` when given and there)."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    out = read_clusters(path)
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def run(clusters: list, settings: Settings) -> tuple[list[list[str]], list[float], list[float]]:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    texts, r1, r2 = [], [], []
    for _, articles, grouped, reference in clusters:
        chosen = [s.text for s in summarize(articles, grouped, settings=settings).sentences]
        texts.append(chosen)
        scores = scorer.score(reference, " ".join(chosen))
        r1.append(100 * scores["rouge1"].fmeasure)
        r2.append(100 * scores["rouge2"].fmeasure)
    return texts, r1, r2


def mean(values: list[float]) -> float:
    return sum(values) / max(1, len(values))


def removed(
    clusters: list, before: list, after: list, threshold: float
) -> tuple[list[tuple[int, str, str, float]], int]:
    """Summary sentences of ``before`` in no item of ``after`` (names put in and a joined
    follower set aside) whose new share against ``after`` is under ``threshold`` (the test's
    own removals): (line, sentence, the kept item sharing most of its units, its new share);
    and the number of the others (knock-on changes)."""
    out, knock_on = [], 0
    for cluster, old, new in zip(clusters, before, after, strict=True):
        plain = [_plain(item) for item in new]
        for text in old:
            if any(_plain(text) in item or item in _plain(text) for item in plain):
                continue
            flat = [s for group in cluster[2] for s in group]
            said = novelty.Said([*flat, _sentence(text), *map(_sentence, new)], threshold)
            for k in range(len(new)):
                said.add(len(flat) + 1 + k)
            share = said.new_share(len(flat))
            if share >= threshold:
                knock_on += 1
                continue
            mine = units(text)
            best = max(new, key=lambda item: len(mine & units(item)), default="")
            out.append((cluster[0], text, best, share))
    return out, knock_on


def _plain(text: str) -> str:
    return re.sub(r"\[[^\]]*\] ", "", text)


def _sentence(text: str) -> Sentence:
    return Sentence(article_id="x", start=0, end=len(text), text=text, index=0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.0, 0.2, 0.3, 0.4])
    parser.add_argument("--examples", type=int, default=30)
    parser.add_argument(
        "--no-subsumed", action="store_true", help="the test inside the greedy selection only"
    )
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the read clusters")
    parser.add_argument(
        "--show", type=float, default=None, help="threshold whose removals to print"
    )
    args = parser.parse_args()
    clusters = load(args.data, args.cache)
    if args.no_subsumed:
        core._DROP_SUBSUMED = False
    print(f"{len(clusters)} dev clusters (held-out lines left out)")
    results = {}
    for t in args.thresholds:
        row = [f"novelty {t:.2f}"]
        for words in WORDS:
            texts, r1, r2 = run(clusters, Settings(words=words, facts=False, novelty=t))
            results[t, words] = (texts, r1, r2)
            row.append(f"{words}w {mean(r1):.2f}/{mean(r2):.2f}")
        base = results[args.thresholds[0], 150][0]
        gone, knock_on = removed(clusters, base, results[t, 150][0], t)
        total = sum(map(len, base))
        print(
            " | ".join(row) + f" | 150w: of {total} sentences, {len(gone)} removed by the test,"
            f" {knock_on} replaced by knock-on",
            flush=True,
        )
        if args.show is not None and abs(t - args.show) < 1e-9:
            step = max(1, len(gone) // args.examples)
            for line, text, kept, share in gone[::step][: args.examples]:
                print(f"\n  line {line} (new share {share:.2f})\n  - {text}\n  + {kept}")
    cross_validate(clusters, args.thresholds, results)


def cross_validate(clusters: list, thresholds: list[float], results: dict) -> None:
    folds = [[k for k in range(len(clusters)) if k % 5 == f] for f in range(5)]
    print("\n5-fold CV (chosen on four folds by mean R-1 at 150 and 250 words):")
    held: dict[int, list[float]] = {w: [] for w in WORDS}
    base: dict[int, list[float]] = {w: [] for w in WORDS}
    for f, test in enumerate(folds):
        train = [k for k in range(len(clusters)) if k % 5 != f]

        def fit(t: float, ks: list[int]) -> float:
            return mean([results[t, 150][1][k] + results[t, 250][1][k] for k in ks]) / 2

        best = max(thresholds, key=lambda t: fit(t, train))
        scores = {w: mean([results[best, w][1][k] for k in test]) for w in WORDS}
        off = {w: mean([results[thresholds[0], w][1][k] for k in test]) for w in WORDS}
        for w in WORDS:
            held[w] += [results[best, w][1][k] for k in test]
            base[w] += [results[thresholds[0], w][1][k] for k in test]
        print(
            f"  fold {f}: chose {best:.2f}; held-out R-1 "
            + ", ".join(f"{w}w {off[w]:.2f} -> {scores[w]:.2f}" for w in WORDS)
        )
    print(
        "  all held-out folds: "
        + ", ".join(f"{w}w {mean(base[w]):.2f} -> {mean(held[w]):.2f}" for w in WORDS)
    )


if __name__ == "__main__":
    main()
