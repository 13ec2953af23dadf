"""A longer fuzz campaign: ``tests/test_fuzz.py`` (arbitrary text, bytes and JSON through
``brief``, ``verify_summary`` and the CLI's brief, batch, ingest and verify) with many examples.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_fuzz.py [--examples 1500] [--api 10000]

``--examples`` per test (7 tests; 0 skips them). ``--api N`` also runs
``tests/web/test_schemathesis.py`` (schemathesis's requests from ``/openapi.json``, positive and
negative, to the app in-process; a failure is any 5xx) with N cases.

Prints the cases run (Hypothesis's passing plus failing examples), the failures (a traceback,
an exception that is not a NewsbriefError, exit 70, a 5xx), the wall time, the date and the
machine, for RESULTS.md. A hang would show as a timeout per suite (``--timeout`` seconds,
default 1800).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1500)
    parser.add_argument("--api", type=int, default=0, help="schemathesis cases (0: none)")
    parser.add_argument("--timeout", type=int, default=1800)
    args = parser.parse_args()
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine}")
    status = 0
    if args.examples:
        env = {**os.environ, "NEWSBRIEF_FUZZ_EXAMPLES": str(args.examples)}
        label = f"{args.examples} examples per test, 7 tests (tests/test_fuzz.py)"
        status |= _campaign("tests/test_fuzz.py", env, args.timeout, label)
    if args.api:
        env = {**os.environ, "NEWSBRIEF_SCHEMA_EXAMPLES": str(args.api)}
        label = "schemathesis from /openapi.json (tests/web/test_schemathesis.py)"
        status |= _campaign("tests/web/test_schemathesis.py", env, args.timeout, label)
    sys.exit(status)


def _campaign(path: str, env: dict[str, str], timeout: int, label: str) -> int:
    started = time.monotonic()
    try:
        run = _run(path, env, timeout)
    except subprocess.TimeoutExpired:
        print(f"{label}: timed out after {timeout} s: a hang, or too many examples for the time")
        return 2
    wall = time.monotonic() - started
    counts = re.findall(r"(\d+) passing, (\d+) failing", run.stdout)
    passing = sum(int(p) for p, _ in counts)
    failing = sum(int(f) for _, f in counts)
    print(f"{label}: {passing + failing} cases in {wall:.0f} s")
    print(f"failing cases: {failing}; pytest exit status {run.returncode}")
    if run.returncode:
        print(run.stdout[-6000:])
    return run.returncode


def _run(path: str, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", path),
            *("--hypothesis-show-statistics", "--hypothesis-seed=0"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


if __name__ == "__main__":
    main()
