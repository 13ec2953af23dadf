"""Load on the HTTP API: N POST /api/brief requests at C concurrent connections to a local server.

    .venv/bin/python benchmarks/bench_serve.py [--requests 1000] [--concurrency 50]
        [--words 150] [--url http://127.0.0.1:PORT] [--workers N]

Without ``--url`` it starts ``newsbrief serve`` on 127.0.0.1 and a free port (one process, as a
user would run it) and stops it afterwards; ``--url`` must be a loopback address. Every request
briefs the five Aleppo articles (examples/aleppo-2016/) sent as JSON; C workers share a counter,
so exactly N requests are sent (a bounded loop). One warm-up request, untimed, loads the models.
Reported: latency percentiles (ms, each request from send to the whole answer read), throughput,
and errors (any status other than 200, or a transport error), with the first few error messages.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx2 as httpx

ALEPPO = Path(__file__).resolve().parents[1] / "examples" / "aleppo-2016"
TIMEOUT = 600.0  # seconds; a queued request waits behind up to C-1 others


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", "-n", type=int, default=1000)
    parser.add_argument("--concurrency", "-c", type=int, default=50)
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--url", help="an already running server on 127.0.0.1 (default: start one)")
    parser.add_argument("--workers", type=int, default=1, help="serve --workers N (when started)")
    args = parser.parse_args()
    if args.requests < 1 or args.concurrency < 1:
        parser.error("--requests and --concurrency must be at least 1")
    if args.url and urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("--url must be a local server (127.0.0.1)")
    body = json.dumps(
        {
            "articles": [{"text": p.read_text(encoding="utf-8")} for p in sorted(ALEPPO.glob("*"))],
            "words": args.words,
        }
    ).encode()
    server = None if args.url else _start_server(args.workers)
    url = args.url or server[0]  # type: ignore[index]
    try:
        result = asyncio.run(_load(url, body, args.requests, args.concurrency))
    finally:
        if server is not None:
            server[1].terminate()
            server[1].wait(timeout=30)
    _report(result, args, len(body))


def _start_server(workers: int) -> tuple[str, subprocess.Popen[bytes]]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    script = Path(sys.executable).with_name("newsbrief")
    child = subprocess.Popen(
        [
            str(script),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            *("--workers", str(workers)),
        ],
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return f"http://127.0.0.1:{port}", child
        except OSError:
            if child.poll() is not None or time.monotonic() > deadline:
                child.kill()
                sys.exit("bench_serve: newsbrief serve did not start")
            time.sleep(0.1)


async def _load(url: str, body: bytes, total: int, concurrency: int) -> dict[str, object]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"content-type": "application/json"}
    latencies: list[float] = []
    errors: list[str] = []
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=TIMEOUT) as client:
        warm = await client.post("/api/brief", content=body, headers=headers)
        warm.raise_for_status()
        sent = 0

        async def worker() -> None:
            nonlocal sent
            while sent < total:
                sent += 1
                start = time.perf_counter()
                try:
                    response = await client.post("/api/brief", content=body, headers=headers)
                    if response.status_code != 200 or "summary" not in response.json():
                        errors.append(f"status {response.status_code}: {response.text[:100]}")
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")
                latencies.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - start
    return {"latencies": latencies, "errors": errors, "wall": wall}


def _report(result: dict[str, object], args: argparse.Namespace, size: int) -> None:
    latencies = sorted(result["latencies"])  # type: ignore[call-overload]
    errors: list[str] = result["errors"]  # type: ignore[assignment]
    wall: float = result["wall"]  # type: ignore[assignment]
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    print(f"# bench_serve: {platform.processor() or platform.machine()}, Python "
          f"{platform.python_version()}")  # fmt: skip
    print(f"{len(latencies)} POST /api/brief (5 Aleppo articles, {size:,} bytes, "
          f"{args.words} words) at {args.concurrency} concurrent connections, "
          f"{args.workers} server worker(s)")  # fmt: skip
    print(f"wall {wall:.1f} s, {len(latencies) / wall:.1f} requests/s")
    print(
        f"latency ms: p50 {cuts[49]:.0f}, p90 {cuts[89]:.0f}, p95 {cuts[94]:.0f}, "
        f"p99 {cuts[98]:.0f}, max {latencies[-1]:.0f}, mean {statistics.fmean(latencies):.0f}"
    )
    print(f"errors: {len(errors)}")
    for message in errors[:5]:
        print(f"  {message}")


if __name__ == "__main__":
    main()
