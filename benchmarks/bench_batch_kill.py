"""kill -9 trials for ``newsbrief batch IN -o OUT``: the output is the old file (or absent) or
complete, never a truncated file passed off as complete, and ``--resume`` completes it.

    .venv/bin/python benchmarks/bench_batch_kill.py [--trials 50] [--clusters 60] [--workers 2]

Each trial writes an older run's output to OUT (every other trial: none), starts the command
as a user does, kills it (SIGKILL to its process group: the main process and its workers) at a
moment drawn uniformly from the length of an undisturbed run, then checks OUT and runs
``--resume``. Made-up clusters, in a temporary folder. Prints counts for RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path


def clusters(path: Path, n: int, rng: random.Random) -> None:
    words = ["".join(rng.choices("abcdefghiklmnoprstuw", k=rng.randint(3, 9))) for _ in range(2000)]

    def document() -> str:
        picked = rng.choices(words, k=120)
        return ". ".join(" ".join(picked[j : j + 15]).capitalize() for j in range(0, 120, 15)) + "."

    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"c{i}", "documents": [document() for _ in range(3)]}))
            out.write("\n")


def command(source: Path, out: Path, workers: int, *extra: str) -> list[str]:
    batch = ["batch", str(source), "-o", str(out), "--workers", str(workers), *extra]
    return [sys.executable, "-m", "newsbrief", *batch]


def trial(
    source: Path, out: Path, whole: bytes, *, old: bytes | None, at: float, workers: int
) -> str:
    """One kill; the outcome's name ("killed-old", "killed-absent", "finished", or a failure)."""
    if old is not None:
        out.write_bytes(old)
    process = subprocess.Popen(
        command(source, out, workers),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    time.sleep(at)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    if process.returncode == 0:
        outcome = "finished" if out.read_bytes() == whole else "FAIL-finished-wrong"
    elif old is not None:
        outcome = "killed-old" if out.read_bytes() == old else "FAIL-truncated"
    else:
        outcome = "killed-absent" if not out.exists() else "FAIL-truncated"
    resumed = subprocess.run(command(source, out, workers, "--resume"), capture_output=True)
    if resumed.returncode != 0 or out.read_bytes() != whole:
        return "FAIL-resume"
    if Path(f"{out}.partial").exists():
        return "FAIL-partial-left"
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--clusters", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.jsonl"
        clusters(source, args.clusters, rng)
        reference = Path(folder) / "whole.jsonl"
        started = time.monotonic()
        subprocess.run(command(source, reference, args.workers), check=True, capture_output=True)
        length = time.monotonic() - started
        whole = reference.read_bytes()
        old = whole.splitlines(keepends=True)[0]
        outcomes: Counter[str] = Counter()
        for k in range(args.trials):
            out = Path(folder) / f"out{k}.jsonl"
            at = rng.uniform(0.0, length)
            outcomes[
                trial(source, out, whole, old=old if k % 2 else None, at=at, workers=args.workers)
            ] += 1
    failures = sum(n for name, n in outcomes.items() if name.startswith("FAIL"))
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine}")
    print(
        f"{args.trials} kill -9 trials of batch ({args.clusters} clusters, "
        f"--workers {args.workers}, an undisturbed run {length:.1f} s)"
    )
    for name, n in sorted(outcomes.items()):
        print(f"  {name}: {n}")
    print(f"truncated outputs passed off as complete or failed resumes: {failures}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
