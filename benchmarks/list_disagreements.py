"""List the disagreements a reader is shown across the Multi-News dev set, one line each, to
read before and after a change (run it with one checkout's code, then another's, and diff).

    PYTHONPATH=src .venv/bin/python benchmarks/list_disagreements.py [--lines 0-198]

Each dev line is briefed as ``brief`` briefs it (default settings); lines of a gold set being
labelled blind (bench_facts_seen.HELD_OUT) are skipped, whatever --lines says. Sides are
"text[n]", n the article's place in the briefing's sources.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench_facts_seen import HELD_OUT, _line_range  # type: ignore[import-not-found]  # its folder

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.config import Settings
from newsbrief.pipeline import brief_articles
from newsbrief.types import SHOWN, Disagreement

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews-dev.jsonl"


def _line(i: int, d: Disagreement, order: list[str]) -> str:
    sides = " vs ".join(
        "/".join(f"{r.text}[{order.index(r.citation.article_id) + 1}]" for r in side)
        for side in d.sides
    )
    label = " ".join(p for p in (d.about, d.window, d.scope) if p)
    return f"dev-{i:03d} | {label} | {sides} | {d.confidence:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--lines", default="0-198", help="dev lines A-B,C (0-based)")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    rows = args.data.read_text(encoding="utf-8").splitlines()
    shown = 0
    for i in sorted(_line_range(args.lines) - _line_range(HELD_OUT)):
        if i >= len(rows):
            continue
        documents = json.loads(rows[i])["documents"]
        articles = list(read_clean(read_cluster(documents).articles).articles)
        if not articles:
            continue
        briefing = brief_articles(articles, settings=Settings())
        assert briefing.facts is not None
        order = [a.id for a in briefing.articles]
        for d in briefing.facts.disagreements:
            if d.confidence >= SHOWN:
                shown += 1
                print(_line(i, d, order))
    print(f"shown disagreements: {shown}")


if __name__ == "__main__":
    main()
