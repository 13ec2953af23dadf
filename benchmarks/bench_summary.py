"""Summary quality and speed on Multi-News dev clusters, side by side with a lead baseline.

    .venv/bin/python benchmarks/bench_summary.py [--data ../shared/data/multinews-dev.jsonl]
        [--words 150] [--limit N]

Quality: rouge-score F1 (stemmed) of ROUGE-1/2/Lsum against the human summary, mean over
clusters. Speed: clusters per second of the whole brief (read, clean, segment, summarise),
median milliseconds per cluster. The baseline "lead" takes the first sentences of the documents
round-robin, from the same cleaned and segmented text, under the same word budget.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from rouge_score import rouge_scorer

import newsbrief
from newsbrief.clean import clean_articles
from newsbrief.config import Settings
from newsbrief.ingest import read_inputs
from newsbrief.nlp.sentences import segment
from newsbrief.summarize.extractive import is_candidate

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/data/multinews-dev.jsonl"


def lead(documents: list[str], words: int) -> str:
    settings = Settings(words=words)
    articles = clean_articles(list(read_inputs(documents).articles))
    queues = [[s.text for s in segment(a) if is_candidate(s, settings=settings)] for a in articles]
    out: list[str] = []
    used = 0
    for rank in range(max((len(q) for q in queues), default=0)):
        for queue in queues:
            if rank < len(queue):
                n = len(queue[rank].split())
                if used + n <= words:
                    out.append(queue[rank])
                    used += n
    return "\n".join(out)


def ours(documents: list[str], words: int) -> str:
    briefing = newsbrief.brief(documents, words=words)
    return "\n".join(s.text for s in briefing.summary.sentences)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    rows = rows[: args.limit] if args.limit else rows
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    systems = {"newsbrief": ours, "lead": lead}
    print(f"{len(rows)} clusters from {args.data.name}, {args.words} words, {platform.processor()}")
    print(f"{'system':<12}{'R-1':>7}{'R-2':>7}{'R-Lsum':>8}{'clusters/s':>12}{'median ms':>11}")
    for name, system in systems.items():
        scores: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeLsum": []}
        times = []
        for row in rows:
            t0 = time.perf_counter()
            summary = system(row["documents"], args.words)
            times.append(time.perf_counter() - t0)
            result = scorer.score(row["summary"], summary)
            for key in scores:
                scores[key].append(result[key].fmeasure)
        means = {k: 100 * statistics.fmean(v) for k, v in scores.items()}
        print(
            f"{name:<12}{means['rouge1']:>7.2f}{means['rouge2']:>7.2f}{means['rougeLsum']:>8.2f}"
            f"{len(rows) / sum(times):>12.1f}{1000 * statistics.median(times):>11.1f}"
        )


if __name__ == "__main__":
    main()
