"""Score the facts a reader is shown against reader-level gold (entities with their type, quote
speakers, what figures count, genuine conflicts): see ``newsbrief.facts.seen`` for the rules.

    .venv/bin/python benchmarks/bench_facts_seen.py [--gold tests/fixtures/facts-fresh-1]
        [--data ../shared/data/multinews-dev.jsonl] [--list]

Each gold story names its Multi-News dev cluster; the briefing is made as ``brief`` makes it
(default settings) from that cluster's documents. A fresh set is scored once, before anyone
develops against it; the first run is the one to report (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.config import Settings
from newsbrief.facts.seen import KINDS, GoldStory, Report, load, score
from newsbrief.pipeline import brief_articles
from newsbrief.types import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests" / "fixtures" / "facts-fresh-1"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews-dev.jsonl"


# Dev lines of a gold set being labelled blind, never to be run on until it is scored once (none
# now: sets 5-13 were scored once, each after a round of work it had not seen; set 13 on
# 2026-12-04).
HELD_OUT = ""


def _line_range(text: str) -> set[int]:
    """The dev lines of "A-B,C,..." (0-based, ranges inclusive); "" is none."""
    lines: set[int] = set()
    for part in filter(None, text.replace(" ", "").split(",")):
        low, _, high = part.partition("-")
        lines.update(range(int(low), int(high or low) + 1))
    return lines


def gold_articles(
    gold: Path, data: Path, skip: set[int] | frozenset[int] = frozenset()
) -> list[tuple[GoldStory, list[Article]]]:
    """Each gold story of ``gold`` with the cleaned articles of its dev cluster in ``data``,
    less those of the dev lines ``skip`` (reported on stderr)."""
    stories = []
    for story in load(gold):
        if story.line in skip:
            print(f"skipped {story.name} (dev line {story.line})", file=sys.stderr)
        else:
            stories.append(story)
    clusters = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        cluster = json.loads(line)
        clusters[cluster["id"]] = cluster["documents"]
    return [
        (story, list(read_clean(read_cluster(clusters[story.cluster]).articles).articles))
        for story in stories
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--list", action="store_true", help="print what was judged wrong/missed")
    parser.add_argument(
        "--skip-lines",
        default=HELD_OUT,
        help="dev lines A-B,C,... (0-based) not to run on: a gold set labelled from them is "
        f"held out (default {HELD_OUT}; '' runs every story)",
    )
    parser.add_argument(
        "--entities",
        default="rules",
        choices=["rules", "spacy"],
        help="entity recogniser (Settings.entities; 'spacy' needs the [spacy] extra)",
    )
    args = parser.parse_args()
    skip = _line_range(args.skip_lines)
    if not args.data.exists():
        sys.exit(f"bench_facts_seen: {args.data} not found (the Multi-News dev set)")
    total = Report()
    print(
        f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, gold {args.gold.name}, "
        f"entities {args.entities}"
    )
    print(f"{'story':<36}" + "".join(f"{k[:14]:>16}" for k in KINDS))
    for story, articles in gold_articles(args.gold, args.data, skip):
        briefing = brief_articles(articles, settings=Settings(entities=args.entities))
        assert briefing.facts is not None
        report = score(briefing.facts, articles, story.data)
        cells = "".join(
            f"{c.matched:>6}/{c.found:>3} of {c.gold:>3}" for c in report.counts.values()
        )
        print(f"{story.name:<36}{cells}")
        total.add(report)
    print("(matched/found of gold)\n")
    print(f"{'kind':<32}{'precision':>10}{'recall':>8}")
    for kind, c in total.counts.items():
        print(f"{kind:<32}{c.precision:>10.3f}{c.recall:>8.3f}")
    if args.list:
        print("\nwrong:", *total.wrong, sep="\n  ")
        print("\nmissed:", *total.missed, sep="\n  ")


if __name__ == "__main__":
    main()
