"""Time per pipeline stage on Multi-News dev clusters: where a brief spends its CPU.

    .venv/bin/python benchmarks/bench_stages.py [--data ../shared/data/multinews-dev.jsonl]
        [--words 150] [--limit N] [--whole] [--passes N]

Runs the stages ``newsbrief.brief`` wires (read, clean_articles, segment, summarize) one
after another on each cluster, in one process, timing each with ``time.perf_counter``. A warm-up
brief on a text outside the data set loads the sentence model and lazy imports untimed. Each
cluster is run once: nupunkt memoises its boundary decisions and newsbrief the stems of the
tokens it has seen, so a second run of the same cluster would time those caches (``--passes N``
does that on purpose: pass 1 has cold caches, later passes the warm ones of a long batch).
Reported per stage: total ms over all clusters, mean and median ms per cluster.
``--whole`` times ``newsbrief.brief`` alone instead, as a check on the sum of the stages. The
first line also gives the time to import the pipeline in a fresh interpreter (start-up cost).
Single runs on a shared machine vary by a few percent: run it two or three times.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import newsbrief
from newsbrief.clean import clean_articles
from newsbrief.config import Settings
from newsbrief.ingest import read
from newsbrief.nlp.sentences import segment
from newsbrief.summarize import summarize

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/data/multinews-dev.jsonl"
STAGES = ("read", "clean_articles", "segment", "summarize")
WARM_UP = [
    "Warm-up headline\n\nUpdated Dec 13, 2016\n\nA first sentence about the warm-up. A second one, "
    "said Mr. Roe.\n\nEnd.",
    "Another outlet\n\nThe warm-up was reported here too. Officials said 1,200 took part.\n\nEnd.",
]


def time_stages(documents: list[str], settings: Settings) -> dict[str, float]:
    """Seconds spent in each stage on one cluster (the stages ``brief_inputs`` wires)."""
    t0 = time.perf_counter()
    result = read(documents)
    t1 = time.perf_counter()
    articles = [a for a in clean_articles(list(result.articles)) if a.text.strip()]
    t2 = time.perf_counter()
    sentences = [segment(a, segmenter=settings.segmenter) for a in articles]
    t3 = time.perf_counter()
    summarize(articles, sentences, settings=settings)
    t4 = time.perf_counter()
    return dict(zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True))


def import_ms() -> float:
    """Milliseconds to import the pipeline in a fresh interpreter (best of three)."""
    code = "import time; t = time.perf_counter(); import newsbrief.pipeline; "
    code += "print(time.perf_counter() - t)"
    command = [sys.executable, "-c", code]
    runs = [subprocess.run(command, capture_output=True, text=True, check=True) for _ in range(3)]
    return 1000 * min(float(run.stdout) for run in runs)


def time_whole(documents: list[str], settings: Settings) -> dict[str, float]:
    t0 = time.perf_counter()
    newsbrief.brief(documents, settings=settings)
    return {"brief (whole)": time.perf_counter() - t0}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--whole", action="store_true", help="time newsbrief.brief only")
    parser.add_argument(
        "--passes", type=int, default=1, help="run the clusters N times: pass 1 has cold caches"
    )
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    rows = rows[: args.limit] if args.limit else rows
    settings = Settings(words=args.words)
    run = time_whole if args.whole else time_stages
    run(WARM_UP, settings)
    print(
        f"{len(rows)} clusters from {args.data.name}, {args.words} words, "
        f"Python {platform.python_version()}, {platform.processor() or platform.machine()}, "
        f"import {import_ms():.0f} ms"
    )
    for number in range(1, args.passes + 1):
        per_cluster = [run(row["documents"], settings) for row in rows]
        if args.passes > 1:
            print(f"pass {number}" + (" (cold caches)" if number == 1 else ""))
        print(f"{'stage':<16}{'total ms':>10}{'mean ms':>10}{'median ms':>11}")
        columns = {stage: [1000 * t[stage] for t in per_cluster] for stage in per_cluster[0]}
        if len(columns) > 1:
            columns["sum of stages"] = [sum(t.values()) * 1000 for t in per_cluster]
        for stage, ms in columns.items():
            print(
                f"{stage:<16}{sum(ms):>10.1f}{statistics.fmean(ms):>10.2f}"
                f"{statistics.median(ms):>11.2f}"
            )


if __name__ == "__main__":
    main()
