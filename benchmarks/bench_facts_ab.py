"""Facts cost of two checkouts, measured in one run, cluster by cluster: two worker processes,
one with the code of A and one with that of B, brief each dev cluster in turn (A first for even
clusters, B first for odd ones), both pinned to one CPU, so that a shared machine's load falls on
both alike.

    .venv/bin/python benchmarks/bench_facts_ab.py --a /work/main/src --b src [--limit 150]

Per cluster, as ``bench_facts.py`` times it: CPU ms (``time.process_time``) of the summary and
of the facts over the same cleaned, segmented articles, after a warm-up on three clusters.
Printed: medians over the clusters for A and B, facts / summary (of the medians), and the
median of the per-cluster ratio facts_B / facts_A. Held-out dev lines are skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "multinews-dev.jsonl"

_WORKER = """
import json, sys, time
sys.path.insert(0, {here!r})
from bench_facts import cluster_articles
from bench_facts_seen import HELD_OUT, _line_range
from newsbrief.config import Settings
from newsbrief.facts import extract_facts
from newsbrief.nlp.sentences import segment
from newsbrief.summarize import summarize
lines = open({data!r}, encoding="utf-8").read().splitlines()
held_out = _line_range(HELD_OUT)
rows = [json.loads(line) for i, line in enumerate(lines) if i not in held_out][:{limit}]
settings = Settings()
for row in rows[:3]:
    articles = cluster_articles(row["documents"])
    sentences = [segment(a) for a in articles]
    summarize(articles, sentences, settings=settings)
    extract_facts(articles, sentences)
print("ready", flush=True)
for line in sys.stdin:
    articles = cluster_articles(rows[int(line)]["documents"])
    sentences = [segment(a) for a in articles]
    t1 = time.process_time()
    if articles:
        summarize(articles, sentences, settings=settings)
    t2 = time.process_time()
    if articles:
        extract_facts(articles, sentences)
    t3 = time.process_time()
    print(json.dumps([bool(articles), 1000 * (t2 - t1), 1000 * (t3 - t2)]), flush=True)
"""


def _start(src: Path, limit: int, cpu: str) -> subprocess.Popen[str]:
    code = _WORKER.format(here=str(HERE), data=str(DATA), limit=limit)
    env = {**os.environ, "PYTHONPATH": str(src.resolve())}
    pin = ["taskset", "-c", cpu] if cpu and shutil.which("taskset") else []
    worker = subprocess.Popen(
        [*pin, sys.executable, "-c", code], env=env, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    return worker


def _ask(worker: subprocess.Popen[str], i: int) -> list[float]:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(f"{i}\n")
    worker.stdin.flush()
    found: list[float] = json.loads(worker.stdout.readline())
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--a", type=Path, required=True, help="src folder of the old code")
    parser.add_argument("--b", type=Path, required=True, help="src folder of the new code")
    parser.add_argument("--limit", type=int, default=150, help="dev clusters timed")
    parser.add_argument(
        "--cpu", default="0", help="run both workers on this CPU (taskset; '' not pinned)"
    )
    args = parser.parse_args()
    workers = {
        label: _start(src, args.limit, args.cpu) for label, src in (("A", args.a), ("B", args.b))
    }
    ms: dict[str, dict[str, list[float]]] = {k: {"summary": [], "facts": []} for k in workers}
    for i in range(args.limit):
        order = ["A", "B"] if i % 2 == 0 else ["B", "A"]
        got = {label: _ask(workers[label], i) for label in order}
        if not all(g[0] for g in got.values()):
            continue
        for label, (_, summary, facts) in got.items():
            ms[label]["summary"].append(summary)
            ms[label]["facts"].append(facts)
    for worker in workers.values():
        worker.terminate()
    for label in workers:
        summary, facts = (statistics.median(ms[label][k]) for k in ("summary", "facts"))
        print(f"{label} ({getattr(args, label.lower())}), {len(ms[label]['facts'])} clusters, "
              f"CPU ms medians: summary {summary:.2f}  facts {facts:.2f}  "
              f"facts/summary {facts / summary:.2f}")  # fmt: skip
    paired = [b / a for a, b in zip(ms["A"]["facts"], ms["B"]["facts"], strict=True) if a > 0]
    print(f"facts B / A per cluster (median): {statistics.median(paired):.3f}")


if __name__ == "__main__":
    main()
