"""Slow clients against ``newsbrief serve``: N connections that trickle their headers or their
body (slowloris), while a prompt client goes on asking; are the prompt one's requests served?

    PYTHONPATH=src .venv/bin/python benchmarks/bench_slow_clients.py [--connections 2000]
        [--seconds 150] [--interval 5]

Starts ``newsbrief serve`` on 127.0.0.1 and a free port (the server's default limits: headers
within ``Limits.request_header_seconds``, a body within ``Limits.request_body_seconds``; see
``web/server.py``) and stops it by its PID afterwards. Half the attackers send a request line and
then one more header byte every ``--interval`` seconds, never the blank line; the other half send
whole headers of a 1 MB POST /api/brief and then one body byte every ``--interval`` seconds.
An attacker the server cuts opens a new connection at once, so N are open throughout, for
``--seconds``. Meanwhile one prompt client sends GET / (the form page) every 0.1 s and
POST /api/brief (the five Aleppo articles) one after another. Reported: attack connections
opened and how each ended (closed by the server before the headers ended, 408 for the body,
still open at the end), and the prompt requests' count, errors and p50/p99/max latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import httpx2 as httpx

ALEPPO = Path(__file__).resolve().parents[1] / "examples" / "aleppo-2016"
PROMPT_TIMEOUT = 60.0  # seconds: a prompt request slower than this is an error


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--connections", "-n", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=150.0)
    parser.add_argument("--interval", type=float, default=5.0)
    args = parser.parse_args()
    port, child = _start_server()
    try:
        result = asyncio.run(_trial(port, args))
    finally:
        child.terminate()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    _report(result, args)


def _start_server() -> tuple[int, subprocess.Popen[bytes]]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    script = Path(sys.executable).with_name("newsbrief")
    command = [str(script), "serve", "--host", "127.0.0.1", "--port", str(port)]
    child = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return port, child
        except OSError:
            if child.poll() is not None or time.monotonic() > deadline:
                child.kill()
                sys.exit("bench_slow_clients: newsbrief serve did not start")
            time.sleep(0.1)


async def _trial(port: int, args: argparse.Namespace) -> dict[str, object]:
    outcomes: Counter[str] = Counter()
    stop = time.monotonic() + args.seconds
    attackers = [
        asyncio.create_task(
            _attacker(port, slow_body=i % 2 == 1, args=args, stop=stop, out=outcomes)
        )
        for i in range(args.connections)
    ]
    await asyncio.sleep(min(20.0, args.seconds / 4))  # every attacker connected, some cut already
    pages: list[float] = []
    briefs: list[float] = []
    errors: list[str] = []
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=PROMPT_TIMEOUT) as c:
        await asyncio.gather(
            _prompt(c, "GET", pause=0.1, stop=stop, latencies=pages, errors=errors),
            _prompt(c, "POST", pause=0.0, stop=stop, latencies=briefs, errors=errors),
        )
    await asyncio.gather(*attackers)
    return {"outcomes": outcomes, "pages": pages, "briefs": briefs, "errors": errors}


async def _attacker(
    port: int, *, slow_body: bool, args: argparse.Namespace, stop: float, out: Counter[str]
) -> None:
    kind = "body" if slow_body else "header"
    while time.monotonic() < stop:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            out[f"{kind}: connect failed"] += 1
            await asyncio.sleep(1)
            continue
        out[f"{kind}: opened"] += 1
        if slow_body:
            head = "POST /api/brief HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            writer.write(f"{head}Content-Length: 1000000\r\n\r\n".encode())
        else:
            writer.write(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        out[f"{kind}: {await _trickle(reader, writer, args.interval, stop)}"] += 1
        writer.close()


async def _trickle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, interval: float, stop: float
) -> str:
    """One byte every ``interval`` seconds until the server answers or closes, or ``stop``."""
    while time.monotonic() < stop:
        try:
            data = await asyncio.wait_for(reader.read(4096), min(interval, stop - time.monotonic()))
        except TimeoutError:
            try:
                writer.write(b"x")
                await writer.drain()
            except OSError:
                return "closed by the server"
            continue
        except OSError:
            return "closed by the server"
        if not data:
            return "closed by the server"
        return f"answered {data.split(b' ', 2)[1].decode(errors='replace')}"
    return "still open at the end"


async def _prompt(
    client: httpx.AsyncClient,
    method: str,
    *,
    pause: float,
    stop: float,
    latencies: list[float],
    errors: list[str],
) -> None:
    articles = [{"text": p.read_text(encoding="utf-8")} for p in sorted(ALEPPO.glob("*"))]
    body = json.dumps({"articles": articles}).encode()
    headers = {"content-type": "application/json"}
    while time.monotonic() < stop:
        started = time.perf_counter()
        try:
            if method == "GET":
                response = await client.get("/")
            else:
                response = await client.post("/api/brief", content=body, headers=headers)
            if response.status_code != 200:
                errors.append(f"{method} status {response.status_code}")
        except httpx.HTTPError as exc:
            errors.append(f"{method} {type(exc).__name__}: {exc}")
        latencies.append((time.perf_counter() - started) * 1000)
        await asyncio.sleep(pause)


def _cuts(latencies: list[float]) -> str:
    if len(latencies) < 2:
        return f"{len(latencies)} requests"
    cuts = statistics.quantiles(sorted(latencies), n=100, method="inclusive")
    return (
        f"{len(latencies)} requests, p50 {cuts[49]:.0f} ms, p99 {cuts[98]:.0f} ms, "
        f"max {max(latencies):.0f} ms"
    )


def _report(result: dict[str, object], args: argparse.Namespace) -> None:
    outcomes: Counter[str] = result["outcomes"]  # type: ignore[assignment]
    errors: list[str] = result["errors"]  # type: ignore[assignment]
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    load = os.getloadavg()[0]
    print(
        f"# bench_slow_clients: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine}, load {load:.1f}"
    )
    print(f"{args.connections} slow connections (half headers, half bodies; a byte every "
          f"{args.interval:g} s; reopened when cut) for {args.seconds:g} s")  # fmt: skip
    for key in sorted(outcomes):
        print(f"  {key}: {outcomes[key]}")
    print(f"prompt GET /: {_cuts(result['pages'])}")  # type: ignore[arg-type]
    print(f"prompt POST /api/brief: {_cuts(result['briefs'])}")  # type: ignore[arg-type]
    print(f"prompt errors: {len(errors)}")
    for message in errors[:5]:
        print(f"  {message}")


if __name__ == "__main__":
    main()
