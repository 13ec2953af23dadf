"""Throughput of ``newsbrief batch`` with default settings, side by side with sumy's LexRank.

    .venv/bin/python benchmarks/bench_batch.py [--data ../shared/data/multinews-dev.jsonl]
        [--copies 50] [--runs 3]

Three measurements in one run, all on the Multi-News dev clusters:

- **stream**: ``newsbrief batch`` (default settings: a worker per core, 150 words) over the dev
  set repeated ``--copies`` times, as a user runs it: wall time of the whole process, start-up
  included, and the largest resident memory of any of its processes.
- **fresh**: the same command on the dev set once, in a new process, so every cache (word stems,
  tokens, the sentence model's memo of boundary decisions) starts empty and only warms on the
  199 clusters; its start-up (the command on the first ``HEAD`` clusters, enough for every worker
  to start and run one chunk) is timed separately and taken off, with those clusters. No real
  stream is colder than this: its common words and sentence ends repeat across stories.
- **LexRank**: sumy's LexRank over the dev set once, on newsbrief's own reading, cleaning and
  sentence splitting (newsbrief.eval.baselines.lexrank), with one process per core as batch has.

Each is run ``--runs`` times, alternating; the median is reported. Inputs are written to a
temporary folder, never into the repository.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/data/multinews-dev.jsonl"
NEWSBRIEF = Path(sys.executable).with_name("newsbrief")
# Clusters in the start-up run: two chunks of four (Limits.batch_chunk) per worker.
HEAD = 8 * (os.cpu_count() or 1)
# The share of clusters a run must brief to count (the dev set has one it cannot: 1 in 199).
MIN_BRIEFED = 0.98


def run_batch(path: Path, out: Path, *, clusters: int) -> tuple[float, int]:
    """Seconds and max RSS (KiB) of ``newsbrief batch PATH -o OUT`` run as a user
    would. Exit status 1 is a success here: batch says so when it skipped a cluster it could not
    brief (the dev set has one, whose only document is boilerplate), having written all the
    others. A run that wrote fewer than ``MIN_BRIEFED`` of its ``clusters`` stops the benchmark:
    failing is fast (code that lacked a module in this environment failed every cluster at
    240/s)."""
    wrapper = (
        "import json, resource, subprocess, sys, time; t = time.perf_counter(); "
        "done = subprocess.run(sys.argv[1:], stderr=subprocess.PIPE, text=True); "
        "done.returncode in (0, 1) or sys.exit(done.returncode); "
        "print(json.dumps([time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.stderr[-2000:]]))"
    )
    command = [sys.executable, "-c", wrapper, str(NEWSBRIEF), "batch", str(path), "-o", str(out)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    seconds, rss, stderr = json.loads(done.stdout)
    with out.open("rb") as written:
        briefed = sum(1 for line in written if line.strip())
    if briefed < MIN_BRIEFED * clusters:
        sys.exit(
            f"error: batch briefed {briefed} of {clusters} clusters; a failing run is no "
            f"measure of speed. The end of its warnings:\n{stderr}"
        )
    return float(seconds), int(rss)


def _lexrank(documents: list[str]) -> int:
    from newsbrief.config import Settings
    from newsbrief.eval.baselines import lexrank

    return len(lexrank(documents, words=Settings().words))  # batch's default length


def run_lexrank(clusters: list[list[str]]) -> float:
    """Seconds for sumy LexRank over ``clusters`` on one process per core (after the pool is up
    and has run one cluster each, so imports are not counted against it)."""
    workers = os.cpu_count() or 1
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(_lexrank, clusters[:workers], chunksize=1)
        start = time.perf_counter()
        pool.map(_lexrank, clusters, chunksize=4)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"error: {args.data}: no such file (the Multi-News dev set lives in ../shared)")
    lines = [line for line in args.data.read_bytes().splitlines() if line.strip()]
    clusters = [json.loads(line)["documents"] for line in lines]
    stream_s: list[float] = []
    fresh_s: list[float] = []
    start_s: list[float] = []
    lexrank_s: list[float] = []
    rss: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stream, once, head = folder / "stream.jsonl", folder / "once.jsonl", folder / "head.jsonl"
        stream.write_bytes(b"\n".join(lines * args.copies) + b"\n")
        once.write_bytes(b"\n".join(lines) + b"\n")
        head.write_bytes(b"\n".join(lines[:HEAD]) + b"\n")
        out = folder / "out.jsonl"
        for _ in range(args.runs):
            seconds, kib = run_batch(stream, out, clusters=len(lines) * args.copies)
            stream_s.append(seconds)
            rss.append(kib)
            start_s.append(run_batch(head, out, clusters=min(HEAD, len(lines)))[0])
            fresh_s.append(run_batch(once, out, clusters=len(lines))[0])
            lexrank_s.append(run_lexrank(clusters))
    n = len(lines)
    stream_rate = n * args.copies / statistics.median(stream_s)
    fresh_rate = (n - HEAD) / (statistics.median(fresh_s) - statistics.median(start_s))
    lexrank_rate = n / statistics.median(lexrank_s)
    print(
        f"{n} dev clusters, {os.cpu_count()} cores, {platform.python_version()}, "
        f"median of {args.runs} runs"
    )
    print(f"{'system':<40}{'clusters':>9}{'seconds':>9}{'clusters/s':>12}{'vs LexRank':>12}")
    rows = [
        (f"newsbrief batch, dev x{args.copies}", n * args.copies, stream_s, stream_rate),
        ("newsbrief batch, fresh (start-up off)", n - HEAD, fresh_s, fresh_rate),
        ("sumy LexRank, same cores", n, lexrank_s, lexrank_rate),
    ]
    for name, count, seconds, rate in rows:
        print(
            f"{name:<40}{count:>9}{statistics.median(seconds):>9.2f}{rate:>12.1f}"
            f"{rate / lexrank_rate:>11.1f}x"
        )
    print(
        f"start-up ({HEAD} clusters): {statistics.median(start_s):.2f} s; "
        f"max RSS of the stream run: {max(rss) / 1024:.0f} MiB"
    )


if __name__ == "__main__":
    main()
