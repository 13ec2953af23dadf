"""The web server's edges: a mistyped API path is a JSON 404 that says so; GET /api/stories
pages (``limit``, ``offset``, capped) and searches headlines (``q``); a corrupt library is a
503 in one line; slow clients are cut (headers: the connection closed; body: 408)."""

from __future__ import annotations

import random
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsbrief.config import Limits, Settings
from newsbrief.library import Library
from newsbrief.types import Article, content_id
from newsbrief.web.app import create_app
from newsbrief.web.server import server_options

TOPICS = ["harbour storm", "bridge closure", "school fire", "council vote", "river flood"]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five unrelated stories, one article each, with different headlines."""
    db = tmp_path_factory.mktemp("pages") / "lib.db"
    rng = random.Random(4)
    articles = []
    for n, topic in enumerate(TOPICS):
        words = ["".join(rng.choices("abcdefghiklmnoprstuw", k=7)) for _ in range(60)]
        sentences = [" ".join(words[k : k + 10]).capitalize() + "." for k in range(0, 60, 10)]
        text = " ".join(sentences) + "\n"
        title = f"Kelmouth {topic} number {n}"
        articles.append(Article(id=content_id(text), text=text, title=title, source=f"o{n}"))
    with Library.open(db) as opened:
        assert opened.add(articles).new == 5
    return db


def test_a_mistyped_api_path_is_a_json_404(library: Path) -> None:
    client = TestClient(create_app(db=library))
    for path in ("/api/storys", "/api/stories/1/extra", "/api/"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/json"
        assert response.json() == {
            "error": f"no such API path: GET {path} (the API is described at /docs)"
        }


def test_stories_are_paged_and_capped(library: Path) -> None:
    client = TestClient(create_app(db=library))
    everything = client.get("/api/stories")
    assert everything.headers["x-total-count"] == "5"
    ids = [s["id"] for s in everything.json()]
    assert len(ids) == 5
    page = client.get("/api/stories", params={"limit": 2, "offset": 1})
    assert [s["id"] for s in page.json()] == ids[1:3]
    assert page.headers["x-total-count"] == "5"
    assert client.get("/api/stories", params={"offset": 5}).json() == []
    capped = TestClient(
        create_app(db=library, settings=Settings(limits=Limits(max_page_stories=3)))
    )
    assert len(capped.get("/api/stories", params={"limit": 1000}).json()) == 3
    for bad in ({"limit": 0}, {"offset": -1}, {"limit": "x"}):
        response = client.get("/api/stories", params=bad)
        assert response.status_code == 422 and set(response.json()) == {"error"}


def test_stories_are_searched_by_headline(library: Path) -> None:
    client = TestClient(create_app(db=library))
    found = client.get("/api/stories", params={"q": "SCHOOL  fire"})
    assert [s["headline"] for s in found.json()] == ["Kelmouth school fire number 2"]
    assert found.headers["x-total-count"] == "1"
    assert client.get("/api/stories", params={"q": "volcano"}).json() == []


def test_a_corrupt_library_is_a_one_line_503(tmp_path: Path, library: Path) -> None:
    db = tmp_path / "lib.db"
    data = bytearray(library.read_bytes())
    data[8192:] = bytes(len(data) - 8192)  # every page after the second zeroed
    db.write_bytes(bytes(data))
    client = TestClient(create_app(db=db))
    for path in ("/api/stories", "/api/stories/1"):
        response = client.get(path)
        assert response.status_code in (500, 503), response.text
        assert set(response.json()) == {"error"}
        assert str(db) not in response.json()["error"]


@pytest.fixture()
def server() -> Iterator[int]:
    """The app under uvicorn with ``serve``'s options, on 127.0.0.1, with short limits."""
    import uvicorn

    limits = Limits(request_header_seconds=1.0, request_body_seconds=1.0)
    app = create_app(settings=Settings(limits=limits))
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", **server_options(limits)
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield running.servers[0].sockets[0].getsockname()[1]
    running.should_exit = True
    thread.join(10)


def answer(port: int, data: bytes, *, wait: float = 10.0) -> tuple[float, bytes]:
    """Send ``data`` and nothing more; the seconds until the server answered or closed, and
    what it sent."""
    with socket.create_connection(("127.0.0.1", port)) as conn:
        conn.settimeout(wait)
        conn.sendall(data)
        started = time.monotonic()
        received = b""
        while chunk := conn.recv(4096):
            received += chunk
        return time.monotonic() - started, received


def test_slow_clients_are_cut(server: int) -> None:
    seconds, received = answer(server, b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    assert seconds < 5 and received == b""  # closed, unanswered
    body = b"POST /api/brief HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    seconds, received = answer(server, body + b'Content-Length: 100\r\n\r\n{"arti')
    assert seconds < 5
    assert received.startswith(b"HTTP/1.1 408 ")
    assert b'"error": "request body too slow' in received
    seconds, received = answer(server, b"GET /api/stories HTTP/1.1\r\nHost: x\r\n\r\n")
    assert received.startswith(b"HTTP/1.1 404 ")  # a prompt client is served
    assert seconds < 8  # then its idle connection closed


def _call(app: object, path: str, content_type: bytes, messages: list[dict[str, object]]) -> list:
    """Run one request through the ASGI app with these receive messages; what it sent."""
    import asyncio

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"x"), (b"content-type", content_type)],
        "server": ("x", 80),
        "client": ("127.0.0.1", 1),
    }
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))  # type: ignore[operator]
    return sent


def test_a_client_that_leaves_mid_body_is_let_go_quietly() -> None:
    """A client gone before its body arrived raised ClientDisconnect through the app: uvicorn
    logged a traceback and starlette a 500 per client. Now: nothing sent, nothing raised."""
    app = create_app()
    part = {"type": "http.request", "body": b'{"articles": [{"te', "more_body": True}
    gone = {"type": "http.disconnect"}
    assert _call(app, "/api/brief", b"application/json", [part, gone]) == []
    form = b"multipart/form-data; boundary=xyz"
    upload = {
        "type": "http.request",
        "body": b"--xyz\r\nContent-Disposition: form-da",
        "more_body": True,
    }
    assert _call(app, "/api/brief", form, [upload, gone]) == []
    assert _call(app, "/brief", form, [dict(upload), gone]) == []
