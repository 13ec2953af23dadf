"""Quality and cost of the facts: precision/recall on the hand-made gold set, and facts time
against summary time per Multi-News dev cluster.

    .venv/bin/python benchmarks/bench_facts.py [--gold tests/fixtures/facts-gold]
        [--data ../shared/data/multinews-dev.jsonl] [--limit N] [--spacy-limit N] [--scaling N]

Gold stories whose text is not in this repository (dev-set clusters) are read from --data and
skipped when it is missing. Times are CPU seconds of this process (``time.process_time``), which
other jobs on a shared machine disturb less than wall time: per cluster, the summary
(``summarize``) and the facts (``extract_facts``) over the same cleaned, segmented articles, after
a warm-up; the quote extractor alone is timed after the facts ("quotes (of facts)"). The spaCy
recogniser is timed on the first --spacy-limit clusters (model load not counted). --scaling N
times each extractor, and all facts, on one article of N and of 2N sentences 'Report i says
“K people fled the city on Monday.”' (every figure one quantity, every sentence a quote and a
date: issue 14's quadratic case) and prints the ratio: about 2 when it grows linearly, about 4
when quadratically; then stops.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bench_facts_seen import HELD_OUT, _line_range  # type: ignore[import-not-found]  # its folder

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.config import Settings
from newsbrief.facts import extract_facts
from newsbrief.facts.figures import find_quantities
from newsbrief.facts.gold import KINDS, Count, load, score
from newsbrief.facts.quotes import quotes
from newsbrief.facts.quotes.words import only_opens_sentences
from newsbrief.facts.timeline import timeline
from newsbrief.nlp.sentences import segment
from newsbrief.summarize import summarize
from newsbrief.types import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests" / "fixtures" / "facts-gold"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews-dev.jsonl"


def cluster_articles(documents: list[str]) -> list[Article]:
    return list(read_clean(read_cluster(documents).articles).articles)


def gold_quality(gold: Path, data: Path, recogniser: str) -> dict[str, Count]:
    rows: dict[str, list[str]] = {}
    if data.exists():
        for line in data.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows[str(row["id"])] = row["documents"]
    totals = {kind: Count() for kind in KINDS}
    print(f"{'story':<22}" + "".join(f"{k:>22}" for k in KINDS))
    for story in load(gold):
        if "path" in story.source:
            articles = list(read_clean([ROOT / story.source["path"]]).articles)
        elif story.source["dev_cluster"] in rows:
            articles = cluster_articles(rows[story.source["dev_cluster"]])
        else:
            print(f"{story.name:<22} skipped: cluster not in {data}")
            continue
        sentences = [segment(a) for a in articles]
        counts = score(extract_facts(articles, sentences, settings=Settings(entities=recogniser)),
                       articles, story.gold)  # fmt: skip
        cells = "".join(f"{c.matched:>8}/{c.found:>3} of {c.gold:>3}" for c in counts.values())
        print(f"{story.name:<22}{cells}")
        for kind, count in counts.items():
            totals[kind].add(count)
    print("(matched/found of gold)")
    return totals


def timing(data: Path, limit: int, spacy_limit: int) -> dict[str, list[float]]:
    lines = data.read_text(encoding="utf-8").splitlines()
    held_out = _line_range(HELD_OUT)  # a blind gold set's stories: never run on
    rows = [json.loads(line) for i, line in enumerate(lines) if i not in held_out]
    rows = rows[:limit] if limit else rows
    settings = Settings()
    for row in rows[:3]:  # warm-up: imports, caches
        articles = cluster_articles(row["documents"])
        sentences = [segment(a) for a in articles]
        summarize(articles, sentences, settings=settings)
        extract_facts(articles, sentences)
    ms: dict[str, list[float]] = {
        "read+clean+segment": [],
        "summary": [],
        "brief without facts": [],
        "facts": [],
        "quotes (of facts)": [],
        "facts (spacy)": [],
    }
    for row in rows:
        t0 = time.process_time()
        articles = cluster_articles(row["documents"])
        if not articles:
            continue
        sentences = [segment(a) for a in articles]
        t1 = time.process_time()
        summarize(articles, sentences, settings=settings)
        t2 = time.process_time()
        extract_facts(articles, sentences)
        t3 = time.process_time()
        ms["read+clean+segment"].append(1000 * (t1 - t0))
        ms["summary"].append(1000 * (t2 - t1))
        ms["brief without facts"].append(1000 * (t2 - t0))
        ms["facts"].append(1000 * (t3 - t2))
        only_opens_sentences.cache_clear()  # cold, as the facts found it
        t5 = time.process_time()
        quotes(articles, sentences)
        ms["quotes (of facts)"].append(1000 * (time.process_time() - t5))
        if len(ms["facts (spacy)"]) < spacy_limit:
            if not ms["facts (spacy)"]:
                extract_facts(
                    articles, sentences, settings=Settings(entities="spacy")
                )  # load the model
            t4 = time.process_time()
            extract_facts(articles, sentences, settings=Settings(entities="spacy"))
            ms["facts (spacy)"].append(1000 * (time.process_time() - t4))
    return ms


def scaling(n: int) -> dict[str, list[tuple[int, float]]]:
    """CPU seconds of each extractor, and of all facts, on one article of ``n`` and ``2n``
    same-day sentences that each hold a figure and a quote."""
    stages: dict[str, Any] = {
        "figures": lambda a, s: find_quantities(a, s),
        "timeline": lambda a, s: timeline(a, s),
        "quotes": lambda a, s: quotes(a, s),
        "all facts": lambda a, s: extract_facts(a, s, settings=Settings()),
    }
    out: dict[str, list[tuple[int, float]]] = {name: [] for name in stages}
    for size in (n, 2 * n):
        text = " ".join(
            f"Report {i} says “{i % 90 + 10} people fled the city on Monday.”" for i in range(size)
        )
        article = Article(id="scaling", text=text, published=datetime(2016, 12, 13))
        sentences = [segment(article)]
        for name, stage in stages.items():
            start = time.process_time()
            stage([article], sentences)
            out[name].append((size, time.process_time() - start))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="dev clusters to time (0: all)")
    parser.add_argument("--spacy-limit", type=int, default=20)
    parser.add_argument("--scaling", type=int, default=0, help="time facts at N and 2N sentences")
    args = parser.parse_args()
    if args.scaling:
        for name, ((n, small), (n2, large)) in scaling(args.scaling).items():
            print(f"{name}, {n} / {n2} sentences: {small:.2f} / {large:.2f} CPU s "
                  f"(ratio {large / small:.2f}; 2: linear, 4: quadratic)")  # fmt: skip
        return
    print(f"Python {platform.python_version()}, {platform.machine()}")
    for recogniser in ("rules",):
        totals = gold_quality(args.gold, args.data, recogniser)
        print(f"\n{'kind':<22}{'precision':>10}{'recall':>8}{'matched':>9}{'found':>7}{'gold':>6}")
        for kind, c in totals.items():
            print(f"{kind:<22}{c.precision:>10.3f}{c.recall:>8.3f}{c.matched:>9}{c.found:>7}"
                  f"{c.gold:>6}")  # fmt: skip
    if not args.data.exists():
        print(f"\nno timing: {args.data} not found", file=sys.stderr)
        return
    ms = timing(args.data, args.limit, args.spacy_limit)
    print(f"\n{'CPU ms per cluster':<22}{'clusters':>9}{'median':>9}{'mean':>9}{'p90':>9}")
    for name, values in ms.items():
        if values:
            p90 = sorted(values)[int(0.9 * (len(values) - 1))]
            print(f"{name:<22}{len(values):>9}{statistics.median(values):>9.2f}"
                  f"{statistics.fmean(values):>9.2f}{p90:>9.2f}")  # fmt: skip
    for base in ("summary", "brief without facts"):
        ratio: Any = statistics.median(ms["facts"]) / statistics.median(ms[base])
        print(f"facts / {base} (medians): {ratio:.2f}")


if __name__ == "__main__":
    main()
