"""Entity precision (name and kind) and recall (entities named in 2+ articles) of a recogniser
against hand-labelled stories, and its cost beside the summary's.

    .venv/bin/python benchmarks/bench_entities.py [--gold tests/fixtures/entities-dev]
        [--data ../shared/data/multinews-dev.jsonl] [--recogniser rules spacy] [--list]
        [--cost N]

Scored with ``newsbrief.facts.seen`` (only shown entities, confidence >= 0.5, are judged). Times
are CPU ms per story (``time.process_time``) of ``entities`` and of ``summarize`` over the same
cleaned articles, after a warm-up run (spaCy's model load is not counted). ``--cost N`` times
instead the built-in recogniser and the whole facts stage on dev lines 0..N-1 (N <= 90: clear of
the held-out lines) and prints the entities' share of the facts' CPU time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from bench_facts_seen import (  # type: ignore[import-not-found]  # its folder
    HELD_OUT,
    _line_range,
    gold_articles,
)

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.config import Settings
from newsbrief.facts import extract_facts
from newsbrief.facts.entities import entities
from newsbrief.facts.seen import Report, score
from newsbrief.nlp.sentences import segment
from newsbrief.summarize import summarize
from newsbrief.types import Facts

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests" / "fixtures" / "entities-dev"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews-dev.jsonl"


def _ms(fn: object, *args: object, **kwargs: object) -> tuple[object, float]:
    start = time.process_time()
    out = fn(*args, **kwargs)  # type: ignore[operator]
    return out, 1000 * (time.process_time() - start)


MAX_COST_LINES = 90  # dev lines 0-89: no held-out line (96, 99, 121, 138, 197)


def facts_share(data: Path, n: int) -> None:
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()[:n]]
    clusters = [read_clean(read_cluster(r["documents"]).articles).articles for r in rows]
    inputs = [(a, [segment(x) for x in a]) for a in clusters if a]
    for articles, sentences in inputs[:3]:  # warm-up
        extract_facts(articles, sentences)
    facts_ms, entities_ms = [], []
    for articles, sentences in inputs:
        facts_ms.append(_ms(extract_facts, articles, sentences)[1])
        entities_ms.append(_ms(entities, articles)[1])
    print(
        f"{len(inputs)} clusters: facts {statistics.median(facts_ms):.1f} ms, entities "
        f"{statistics.median(entities_ms):.1f} ms per cluster (medians); entities' share of "
        f"facts time {sum(entities_ms) / sum(facts_ms):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--recogniser", nargs="+", default=["rules", "spacy"])
    parser.add_argument("--list", action="store_true", help="print what was judged wrong/missed")
    parser.add_argument("--cost", type=int, default=0, help="entities' share of facts time")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"bench_entities: {args.data} not found (the Multi-News dev set)")
    if args.cost:
        facts_share(args.data, min(args.cost, MAX_COST_LINES))
        return
    stories, inputs = zip(*gold_articles(args.gold, args.data, _line_range(HELD_OUT)), strict=True)
    summary_ms = []
    for articles in inputs:
        sentences = [segment(a) for a in articles]
        summarize(articles, sentences, settings=Settings())  # warm-up
        summary_ms.append(_ms(summarize, articles, sentences, settings=Settings())[1])
    print(f"summary: {statistics.median(summary_ms):.1f} ms per story (median)")
    for recogniser in args.recogniser:
        entities(inputs[0], recogniser=recogniser)  # warm-up (and spaCy's model load)
        total, cost = Report(), []
        for story, articles in zip(stories, inputs, strict=True):
            found, ms = _ms(entities, articles, recogniser=recogniser)
            cost.append(ms)
            report = score(Facts(entities=found), articles, story.data)  # type: ignore[arg-type]
            total.add(report)
        e, w = total.counts["entities"], total.counts["entities named in 2+ articles"]
        print(
            f"{recogniser:<8} precision {e.precision:.3f} ({e.matched}/{e.found}), "
            f"recall 2+ {w.recall:.3f} ({w.matched}/{w.gold}), "
            f"{statistics.median(cost):.1f} ms per story (median)"
        )
        if args.list:
            print("  wrong:", *total.wrong, sep="\n    ")
            print("  missed:", *total.missed, sep="\n    ")


if __name__ == "__main__":
    main()
