"""serve --workers N: N server processes share the port, each with the same settings."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("uvicorn", reason="serve needs the [web] extra")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in found.read_text().split()] if found.exists() else []


@pytest.mark.skipif(not Path("/proc").exists(), reason="counts processes through /proc")
def test_two_workers_serve_the_api(tmp_path: Path) -> None:
    port = _free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "newsbrief", "serve", "--port", str(port), "--workers", "2",
         "--db", str(tmp_path / "none.db")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5):
                    break
            except OSError:
                if child.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("serve --workers 2 did not answer within 60 s")
                time.sleep(0.2)
        body = json.dumps(
            {
                "articles": [
                    {
                        "text": "Officials said 12 people died in the flood "
                        "on Monday. Rescue teams reached the town."
                    }
                ]
            }
        ).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/brief", data=body,
            headers={"Content-Type": "application/json"},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=60) as answer:
            assert json.load(answer)["summary"]
        workers = _children(child.pid)
        assert len(workers) >= 2, workers  # the workers (uvicorn may add a helper process)
    finally:
        child.terminate()
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        assert child.stderr is not None
        child.stderr.close()
