"""A deterministic OpenAI-compatible endpoint for tests: a thread running http.server on
127.0.0.1 that answers ``POST /v1/chat/completions`` from a queue of canned replies and records
every request (body and headers)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One canned reply: a chat answer (``text``), or a raw ``status`` and ``body``; ``delay``
    seconds of silence first (beyond the client's timeout: a slow endpoint)."""

    text: str | None = None
    status: int = 200
    body: str | None = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)

    def payload(self) -> bytes:
        if self.body is not None:
            return self.body.encode()
        return json.dumps(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": self.text},
                     "finish_reason": "stop"}
                ],
            }
        ).encode()  # fmt: skip


@dataclass
class FakeEndpoint:
    url: str
    replies: list[Reply]
    requests: list[dict[str, Any]] = field(default_factory=list)

    def enqueue(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    @property
    def prompts(self) -> list[str]:
        return ["\n".join(m["content"] for m in r["body"]["messages"]) for r in self.requests]


@contextmanager
def fake_endpoint(*replies: Reply) -> Iterator[FakeEndpoint]:
    """Serve ``replies`` in order (the last one repeats); stopped when the block ends."""
    state = FakeEndpoint(url="", replies=list(replies))
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            raw = self.rfile.read(length)
            with lock:
                state.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "body": json.loads(raw)}
                )
                reply = state.replies.pop(0) if len(state.replies) > 1 else state.replies[0]
            if reply.delay:
                time.sleep(reply.delay)
            data = reply.payload()
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout test)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
