"""Summary quality and speed on Multi-News dev clusters, side by side with the baselines.

    .venv/bin/python benchmarks/bench_summary.py [--data ../shared/data/multinews-dev.jsonl]
        [--words 150] [--limit N]

The same run as ``newsbrief eval`` (newsbrief.eval: same systems, same rouge-score metric), with
speed columns. Quality: rouge-score F1 (stemmed) of ROUGE-1/2/Lsum against the human summary,
mean over clusters. Speed: clusters per second of each whole system run (read, clean, segment,
summarise), median milliseconds per cluster, after one untimed warm-up cluster. The baselines
(lead round-robin, LexRank, TextRank, centroid-MMR) run on the same cleaned and segmented text
under the same word budget; see newsbrief/eval/baselines.py.
"""

from __future__ import annotations

import argparse
import platform
import sys
from pathlib import Path

from newsbrief.batch import read_lines
from newsbrief.eval.dataset import read_dataset
from newsbrief.eval.metrics import RougeScore
from newsbrief.eval.run import evaluate

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/data/multinews-dev.jsonl"


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    with args.data.open("rb") as stream:
        clusters = read_dataset(
            read_lines(stream, name=str(args.data)), warn=warn, limit=args.limit or None
        )
        result = evaluate(
            clusters, metric=RougeScore(words=args.words), words=args.words, warn=warn
        )
    print(
        f"{result.clusters} clusters from {args.data.name}, {args.words} words, "
        f"{platform.processor()}"
    )
    print(f"{'system':<14}{'R-1':>7}{'R-2':>7}{'R-Lsum':>8}{'clusters/s':>12}{'median ms':>11}")
    for s in result.systems:
        print(
            f"{s.name:<14}{s.r1:>7.2f}{s.r2:>7.2f}{s.rl:>8.2f}"
            f"{s.clusters_per_second:>12.1f}{s.median_ms:>11.1f}"
        )


if __name__ == "__main__":
    main()
