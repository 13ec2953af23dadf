"""The dask engine's cost model: batch and ingest throughput at 1 and 2 workers, the cost of a
task, memory per worker, and a simulated archive of news ingested end to end.

    /tmp/dask-venv/bin/python benchmarks/bench_dask.py [--data ../shared/data/multinews-dev.jsonl]
        [--workers 1,2] [--runs 3] [--archive 100000] [--tmp /tmp/newsbrief-dask-bench]

1. **batch**: ``run_batch`` over the dev clusters (x ``--copies``) on a LocalCluster of 1, then
   2 worker processes (one thread each); the cluster is started and warmed on a few clusters
   first, so start-up is not counted. Clusters/s, median of ``--runs``.
2. **prepare**: the per-article work of ingest (clean, hash, features with MinHash), the dev
   articles x ``--copies`` in tasks of ``Limits.ingest_chunk``, at 1 and 2 workers.
3. **tasks**: a task that does nothing, one item per task: the scheduler's cost per task, and
   each worker's resident memory after the runs.
4. **archive**: ``--archive`` articles generated from the dev set (below) into JSONL shards,
   ingested into a fresh library with ``Library.ingest(engine=<2-worker dask executor>)``: wall
   time, articles/s per shard as the library grows, the time the one writer spends clustering
   (``StoryIndex.decide``) and in SQLite per article, and, from these, a projected wall time for
   1,000,000 articles on N workers.

The simulated archive: each *story* is a dev cluster told again at a random date of one year
(articles jittered over three days after it); every story gets its own substitution of ~30 % of
its word types (so that retellings of one cluster are different stories, not near-duplicates),
each article drops ~5 % of its words, and ~10 % of articles are reposts of an earlier article of
their story with a few words changed (near-duplicates). Generated files go under ``--tmp``,
never into the repository. The dev data is for research use only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import time
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsbrief.batch import read_inputs, run_batch
from newsbrief.config import Limits, Settings
from newsbrief.dask_engine import DaskExecutor
from newsbrief.library import Library
from newsbrief.prepare import prepare_item
from newsbrief.types import Article

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/data/multinews-dev.jsonl"
SHARD = 500  # articles per generated shard (~2 MiB)
SUBSTITUTE = 0.30  # share of a story's word types replaced by other words
DROP = 0.05  # share of an article's words dropped
REPOST = 0.10  # share of articles that are reposts (near-duplicates) of an earlier one
PROJECT = 1_000_000


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _nothing(item: int) -> int:
    return item


def _cpu() -> float:
    return time.process_time()


def worker_cpu(executor: DaskExecutor) -> float:
    """CPU seconds all workers have used so far."""
    return float(sum(executor.client.run(_cpu).values()))


def measure_batch(path: Path, copies: int, workers: int, runs: int) -> tuple[list[float], float]:
    """Clusters/s of each run, and worker CPU ms per cluster."""
    lines = list(read_inputs([path])) * copies
    settings = Settings()
    rates = []
    with DaskExecutor(workers=workers, chunk=Limits().batch_chunk) as executor:
        run_batch(lines[:16], settings=settings, write=len, warn=len, engine=executor)  # warm
        cpu = worker_cpu(executor)
        for _ in range(runs):
            start = time.perf_counter()
            run_batch(lines, settings=settings, write=len, warn=len, engine=executor)
            rates.append(len(lines) / (time.perf_counter() - start))
        per_cluster = (worker_cpu(executor) - cpu) / (runs * len(lines)) * 1000
    return rates, per_cluster


def dev_articles(path: Path) -> list[Article]:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cluster = json.loads(line)
        for k, text in enumerate(cluster["documents"]):
            if text.strip():
                text = text.replace("NEWLINE_CHAR", "\n")
                articles.append(Article(id=f"{cluster['id']}-{k}", text=text))
    return articles


def measure_prepare(articles: list[Article], workers: int, runs: int) -> tuple[list[float], dict]:
    rates = []
    with DaskExecutor(workers=workers, chunk=Limits().ingest_chunk) as executor:
        list(executor.map(prepare_item, articles[:64]))  # warm: imports, the stemmer's tables
        cpu, here = worker_cpu(executor), time.process_time()
        for _ in range(runs):
            start = time.perf_counter()
            for _item in executor.map(prepare_item, articles):
                pass
            rates.append(len(articles) / (time.perf_counter() - start))
        per_article = (worker_cpu(executor) - cpu) / (runs * len(articles)) * 1000
        client_per_article = (time.process_time() - here) / (runs * len(articles)) * 1000
        tasks = 2_000
        one = DaskExecutor(workers=workers, chunk=1, ahead=8)
        one._client, one._cluster = executor.client, None  # the same cluster, one item a task
        start, here = time.perf_counter(), time.process_time()
        list(one.map(_nothing, range(tasks)))
        per_task = (time.perf_counter() - start) / tasks
        per_task_cpu = (time.process_time() - here) / tasks
        memory = executor.client.run(_rss_mib)
    return rates, {
        "per_task_ms": per_task * 1000,
        "per_task_cpu_ms": per_task_cpu * 1000,  # client and scheduler (one process here)
        "worker_cpu_ms": per_article,
        "client_cpu_ms": client_per_article,
        "worker_rss_mib": sorted(memory.values()),
    }


# -- the simulated archive ----------------------------------------------------------------------
def generate(path: Path, out: Path, total: int, seed: int = 2026) -> list[Path]:
    """Write ``total`` articles as JSONL shards under ``out``; see the module's docstring."""
    rng = random.Random(seed)
    clusters = [json.loads(line)["documents"] for line in path.read_text().splitlines()]
    clusters = [[d.replace("NEWLINE_CHAR", "\n") for d in c if d.strip()] for c in clusters]
    clusters = [c for c in clusters if c]
    vocabulary = sorted({w for c in clusters for d in c for w in d.split() if w.isalpha()})
    year = datetime(2025, 1, 1, tzinfo=UTC)
    out.mkdir(parents=True, exist_ok=True)
    shards: list[Path] = []
    written, story = 0, 0
    handle = None
    while written < total:
        story += 1
        documents = clusters[rng.randrange(len(clusters))]
        base = year + timedelta(seconds=rng.randrange(365 * 86400))
        told: list[str] = []
        for document in documents:
            if written >= total:
                break
            if told and rng.random() < REPOST:
                text = _edit(rng.choice(told), rng, 0.02)
            else:
                text = _edit(_retell(document, story, vocabulary), rng, DROP)
            told.append(text)
            when = base + timedelta(seconds=rng.randrange(3 * 86400))
            if written % SHARD == 0:
                if handle is not None:
                    handle.close()
                shards.append(out / f"part-{len(shards):05d}.jsonl")
                handle = shards[-1].open("w", encoding="utf-8")
            record = {"id": f"s{story}-{written}", "text": text, "published": when.isoformat()}
            assert handle is not None
            handle.write(json.dumps(record) + "\n")
            written += 1
    if handle is not None:
        handle.close()
    return shards


def _retell(text: str, story: int, vocabulary: list[str]) -> str:
    """The same text with ~SUBSTITUTE of its word types swapped, consistently within a story."""
    words = []
    for word in text.split(" "):
        key = zlib.crc32(f"{story}:{word}".encode())
        if word.isalpha() and key % 1000 < SUBSTITUTE * 1000:
            word = vocabulary[(key // 1000) % len(vocabulary)]
        words.append(word)
    return " ".join(words)


def _edit(text: str, rng: random.Random, drop: float) -> str:
    return " ".join(w for w in text.split(" ") if rng.random() >= drop)


def ingest_archive(shards: list[Path], db: Path, workers: int) -> dict:
    """Ingest the shards with the dask engine; time per shard, and the writer's own costs."""
    from newsbrief import cluster

    decide_s = [0.0]
    original = cluster.StoryIndex.decide

    def timed(self: cluster.StoryIndex, article: int, f: cluster.Features) -> cluster.Decision:
        start = time.perf_counter()
        try:
            return original(self, article, f)
        finally:
            decide_s[0] += time.perf_counter() - start

    cluster.StoryIndex.decide = timed  # type: ignore[method-assign]
    marks: list[tuple[float, float, float]] = []  # (wall, writer CPU, decide) after each shard
    start, cpu = time.perf_counter(), time.process_time()

    def advance(_: int) -> None:
        wall = time.perf_counter() - start
        marks.append((wall, time.process_time() - cpu, decide_s[0]))
        if len(marks) % 5 == 0:
            print(f"  {len(marks) * SHARD:>7} articles, {wall:7.1f} s", file=sys.stderr)

    try:
        with Library.open(db) as library, DaskExecutor(workers=workers, chunk=1) as executor:
            busy = worker_cpu(executor)
            report = library.ingest([str(s) for s in shards], engine=executor, advance=advance)
            busy = worker_cpu(executor) - busy
            stories = len(library.stories())
            rss = executor.client.run(_rss_mib)
    finally:
        cluster.StoryIndex.decide = original  # type: ignore[method-assign]
    wall = time.perf_counter() - start
    return {
        "wall_s": wall,
        "writer_cpu_s": time.process_time() - cpu,
        "worker_cpu_s": busy,
        "decide_s": decide_s[0],
        "marks": marks,
        "new": report.new,
        "duplicate": report.duplicate,
        "near_duplicate": report.near_duplicate,
        "failed": report.failed,
        "stories": stories,
        "writer_rss_mib": _rss_mib(),
        "worker_rss_mib": sorted(rss.values()),
        "db_mib": db.stat().st_size / 2**20,
    }


def report_archive(result: dict, total: int, prepare_rate_1: float) -> None:
    marks = result["marks"]
    print(
        f"archive: {total} articles in {result['wall_s']:.0f} s = "
        f"{total / result['wall_s']:.0f} articles/s; {result['new']} new, "
        f"{result['near_duplicate']} near-duplicate, {result['duplicate']} duplicate, "
        f"{result['failed']} failed; {result['stories']} stories; library {result['db_mib']:.0f} "
        f"MiB; writer RSS {result['writer_rss_mib']:.0f} MiB, workers "
        f"{', '.join(f'{m:.0f}' for m in result['worker_rss_mib'])} MiB"
    )
    print(
        "per 10,000 articles as the library grows: wall s, writer CPU ms/article, decide ms/article"
    )
    step = max(1, 10_000 // SHARD)
    previous = (0.0, 0.0, 0.0)
    for k in range(step - 1, len(marks), step):
        wall, cpu, decide = marks[k]
        n = step * SHARD
        print(
            f"  {(k + 1) * SHARD:>7}: {wall - previous[0]:6.1f} s, "
            f"{(cpu - previous[1]) / n * 1000:5.2f}, {(decide - previous[2]) / n * 1000:5.2f}"
        )
        previous = marks[k]
    # CPU seconds per article, measured in this run (wall time on a shared machine says little):
    # the one writer (clustering, SQLite, and here the scheduler and client too) and the
    # workers (read the shard, clean, features).
    writer = result["writer_cpu_s"] / total
    worker = result["worker_cpu_s"] / total
    if len(marks) > step:  # the writer's cost grows until the blocking lists are full: use the last
        writer = max(writer, (marks[-1][1] - marks[-1 - step][1]) / (step * SHARD))
    print(
        f"CPU per article: writer process {writer * 1000:.2f} ms (the last 10,000 articles; "
        f"clustering {result['decide_s'] / total * 1000:.2f} ms wall on average), workers "
        f"{worker * 1000:.2f} ms "
        f"(prepare alone, dev articles: {1000 / prepare_rate_1:.2f} ms)"
    )
    for n in (1, 2, 4, 8, 16, 32):
        seconds = PROJECT * max(writer, worker / n)
        limit = "writer" if writer >= worker / n else "workers"
        print(f"  1,000,000 articles on {n:>2} workers: {seconds / 60:6.1f} min ({limit}-bound)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--archive", type=int, default=100_000)
    parser.add_argument("--tmp", type=Path, default=Path("/tmp/newsbrief-dask-bench"))
    parser.add_argument("--skip", default="", help="parts to leave out: batch,prepare,archive")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"error: {args.data}: no such file (the Multi-News dev set lives in ../shared)")
    skip = set(args.skip.split(","))
    counts = [int(n) for n in args.workers.split(",")]
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    if "batch" not in skip:
        measured = {n: measure_batch(args.data, args.copies, n, args.runs) for n in counts}
        rates = {n: r for n, (r, _) in measured.items()}
        for n, (r, cpu) in measured.items():
            runs = ", ".join(f"{x:.0f}" for x in r)
            print(
                f"batch, {n} worker(s): {statistics.median(r):.0f} clusters/s (runs {runs}); "
                f"worker CPU {cpu:.1f} ms/cluster"
            )
        if len(counts) > 1:
            ratio = statistics.median(rates[counts[-1]]) / statistics.median(rates[counts[0]])
            print(f"batch speed-up {counts[0]} -> {counts[-1]} workers: {ratio:.2f}x")
    prepare_rate_1 = 0.0
    if "prepare" not in skip or "archive" not in skip:
        articles = dev_articles(args.data) * args.copies
        prepared = {n: measure_prepare(articles, n, args.runs) for n in counts}
        for n, (r, extra) in prepared.items():
            runs = ", ".join(f"{x:.0f}" for x in r)
            print(
                f"prepare, {n} worker(s): {statistics.median(r):.0f} articles/s (runs {runs}); "
                f"worker CPU {extra['worker_cpu_ms']:.2f} ms/article, client+scheduler CPU "
                f"{extra['client_cpu_ms']:.2f} ms/article; an empty task "
                f"{extra['per_task_ms']:.2f} ms wall, {extra['per_task_cpu_ms']:.2f} ms "
                "client+scheduler CPU; worker RSS "
                f"{', '.join(f'{m:.0f}' for m in extra['worker_rss_mib'])} MiB"
            )
        prepare_rate_1 = 1000 / prepared[counts[0]][1]["worker_cpu_ms"]  # per worker CPU second
        if len(counts) > 1:
            first = statistics.median(prepared[counts[0]][0])
            ratio = statistics.median(prepared[counts[-1]][0]) / first
            print(f"prepare speed-up {counts[0]} -> {counts[-1]} workers: {ratio:.2f}x")
    print(f"load average {os.getloadavg()[0]:.1f}")
    if "archive" not in skip and args.archive:
        start = time.perf_counter()
        shards = generate(args.data, args.tmp / "archive", args.archive)
        print(
            f"generated {args.archive} articles in {len(shards)} shards under {args.tmp} "
            f"in {time.perf_counter() - start:.0f} s"
        )
        db = args.tmp / "archive.db"
        db.unlink(missing_ok=True)
        result = ingest_archive(shards, db, workers=counts[-1])
        report_archive(result, args.archive, prepare_rate_1)
        print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
