"""Batch and eval briefing only the largest story of a cluster (``Settings.one_story``), or all of
its documents: ROUGE on the dev clusters at two budgets, the clusters it changes, and its cost.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_off_topic.py
        [--data ../shared/data/multinews-dev.jsonl] [--words 100 250] [--repeat 3]
    PYTHONPATH=src .venv/bin/python benchmarks/bench_off_topic.py --batch COPIES [--runs 3]

Each cluster is briefed as ``newsbrief batch`` and ``newsbrief eval`` brief it (``batch.
brief_cluster``, summary only), once with ``one_story=False`` (every document) and once with
``one_story=True`` (``cluster.story_groups``; when it finds several stories, the largest alone).
ROUGE is ``newsbrief eval``'s default metric (rouge-score F1, stemmed, best of the references),
means over every cluster briefed, as ``eval`` reports them. The clusters the check changes are
listed by dev line (0-based) with the first words of each story left out, and their paired
difference; the held-out facts lines (sets 7 and 8) are never listed, only counted in the
means. Cost: least of ``--repeat`` runs per cluster of ``story_groups`` alone and of the whole
summary-only briefing (default words) without and with the check, summed over the dev set.
``--batch COPIES``: only ``newsbrief batch``'s throughput on the dev set repeated, with the check
(the default) and with ``--all-documents``, alternating.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from newsbrief.batch import brief_cluster, read_cluster
from newsbrief.clean import read_clean
from newsbrief.cluster import story_groups
from newsbrief.config import Settings
from newsbrief.errors import NewsbriefError
from newsbrief.eval.dataset import EvalCluster, read_dataset
from newsbrief.eval.metrics import Pair, RougeScore
from newsbrief.types import Article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "multinews-dev.jsonl"
HELD_OUT = {9, 33, 71, 80, 160, 37, 45, 53, 84, 97}  # facts sets 7 and 8: never listed
LABEL_WORDS = 7


@dataclass
class Line:
    number: int
    cluster: EvalCluster
    articles: list[Article]
    groups: list[list[int]]


def read_lines(path: Path) -> list[Line]:
    from newsbrief.batch import read_lines as lines_of

    lines = []
    with path.open("rb") as stream:
        for cluster in read_dataset(lines_of(stream, name=str(path)), warn=lambda m: None):
            number = int(cluster.where.rsplit(":", 1)[1]) - 1
            articles = list(read_clean(read_cluster(cluster.documents).articles).articles)
            if articles:
                lines.append(Line(number, cluster, articles, story_groups(articles)))
    return lines


def summaries(lines: list[Line], *, words: int, one_story: bool) -> list[list[str]]:
    settings = Settings(words=words, facts=False, one_story=one_story)
    out = []
    for line in lines:
        try:
            briefing = brief_cluster(line.cluster.documents, settings=settings)
        except NewsbriefError:
            out.append([])
            continue
        out.append([s.text for s in briefing.summary.sentences])
    return out


def least(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def label(article: Article) -> str:
    words = (article.title or article.text).split()
    return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--words", type=int, nargs="+", default=[100, 250])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch", type=int, metavar="COPIES", help="only time newsbrief batch")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.batch:
        return time_batch(args.data, copies=args.batch, runs=args.runs)
    lines = read_lines(args.data)
    mixed = [k for k, line in enumerate(lines) if len(line.groups) > 1]
    print(f"{len(lines)} dev clusters briefed; the check finds several stories in {len(mixed)}")
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    diffs: dict[int, list[str]] = {k: [] for k in mixed}
    for words in args.words:
        metric = RougeScore(words=words)
        scored = {}
        for one_story in (False, True):
            texts = summaries(lines, words=words, one_story=one_story)
            pairs = [Pair(t, line.cluster.references) for t, line in zip(texts, lines, strict=True)]
            scored[one_story] = metric.score(pairs)
        for name, key in (("R-1", "r1"), ("R-2", "r2"), ("R-L", "rl")):
            off = statistics.fmean(getattr(s, key) for s in scored[False])
            on = statistics.fmean(getattr(s, key) for s in scored[True])
            print(f"{words} words {name}: all documents {off:.2f} -> largest story {on:.2f}")
        for k in mixed:
            d1 = scored[True][k].r1 - scored[False][k].r1
            d2 = scored[True][k].r2 - scored[False][k].r2
            diffs[k].append(f"{words}w R-1 {d1:+.2f} R-2 {d2:+.2f}")
        held = sum(1 for k in mixed if lines[k].number in HELD_OUT)
        changed = [scored[True][k].r1 - scored[False][k].r1 for k in mixed]
        print(
            f"  on the {len(mixed)} changed clusters: mean R-1 {statistics.fmean(changed):+.2f}, "
            f"{sum(d > 0 for d in changed)} up, {sum(d < 0 for d in changed)} down "
            f"({held} held-out among them, not listed)"
        )
    print("changed clusters (dev line: articles kept / given; left out):")
    for k in mixed:
        line = lines[k]
        if line.number in HELD_OUT:
            continue
        left = "; ".join(f"“{label(line.articles[g[0]])}” ({len(g)})" for g in line.groups[1:])
        print(
            f"  {line.number}: {len(line.groups[0])}/{len(line.articles)}; {left}; "
            + "; ".join(diffs[k])
        )
    cost(lines, repeat=args.repeat)


def cost(lines: list[Line], *, repeat: int) -> None:
    """Least-of-``repeat`` seconds per cluster, summed: story_groups, and the whole briefing
    without and with the check (the three timed in turn on each cluster)."""
    off, on = Settings(facts=False, one_story=False), Settings(facts=False)
    check = without = with_check = 0.0
    for line in lines:
        documents = line.cluster.documents
        check += least(partial(story_groups, line.articles), repeat)
        without += least(partial(brief_cluster, documents, settings=off), repeat)
        with_check += least(partial(brief_cluster, documents, settings=on), repeat)
    n = len(lines)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    print(f"story_groups: {1000 * check / n:.2f} ms per cluster")
    print(
        f"summary-only briefing (batch's): {1000 * without / n:.2f} ms per cluster without "
        f"the check, {1000 * with_check / n:.2f} ms with it "
        f"({100 * (with_check / without - 1):+.1f}%); "
        f"{n / without:.0f} -> {n / with_check:.0f} clusters/s on one core"
    )


def time_batch(data: Path, *, copies: int, runs: int) -> None:
    """``newsbrief batch`` over the dev set repeated ``copies`` times (default settings: a worker
    per core), with the check and with ``--all-documents``, alternating, ``runs`` times each."""
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_batch import run_batch

    lines = [line for line in data.read_bytes().splitlines() if line.strip()]
    seconds: dict[str, list[float]] = {"check": [], "--all-documents": []}
    with tempfile.TemporaryDirectory() as tmp:
        stream, out = Path(tmp) / "stream.jsonl", Path(tmp) / "out.jsonl"
        stream.write_bytes(b"\n".join(lines * copies) + b"\n")
        for _ in range(runs):
            for name in seconds:
                options = (name,) if name.startswith("--") else ()
                seconds[name].append(run_batch(stream, out, *options)[0])
    for name, taken in seconds.items():
        rate = len(lines) * copies / statistics.median(taken)
        runs_s = ", ".join(f"{s:.1f}" for s in taken)
        print(f"batch {name}: {rate:.1f} clusters/s (median; runs {runs_s} s)")
    print(f"load average now: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
