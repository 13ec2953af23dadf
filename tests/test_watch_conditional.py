"""watch asks again only for what changed (ETag / Last-Modified), polls at a fixed rate, and
with --brief prints an update briefing of each changed story."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app
from newsbrief.ingest.fetch import Fetcher

from .ingest.test_fetch import PAGE, rss  # type: ignore[import-not-found]

SEEN: list[tuple[str, int]] = []  # (path, status) of every answer


class Validating(BaseHTTPRequestHandler):
    """The feed with an ETag and the page with a Last-Modified date; 304 when unchanged."""

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        body = {"/feed": rss(base), "/page": PAGE}.get(self.path, "").encode()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        stamp = "Wed, 24 Aug 2016 10:00:00 GMT"
        unchanged = (
            self.headers.get("If-None-Match") == etag
            if self.path == "/feed"
            else self.headers.get("If-Modified-Since") == stamp
        )
        if not body or unchanged:
            SEEN.append((self.path, 304 if body else 404))
            self.send_response(304 if body else 404)
            self.end_headers()
            return
        SEEN.append((self.path, 200))
        self.send_response(200)
        kind = "application/rss+xml" if self.path == "/feed" else "text/html; charset=utf-8"
        self.send_header("Content-Type", kind)
        self.send_header("ETag" if self.path == "/feed" else "Last-Modified",
                         etag if self.path == "/feed" else stamp)  # fmt: skip
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Validating)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    SEEN.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_second_get_is_conditional(site: str) -> None:
    with Fetcher(allow_private=True, delay=0) as fetcher:
        first = fetcher.get(f"{site}/feed")
        again = fetcher.get(f"{site}/feed")
        fetcher.get(f"{site}/page")
        fetcher.get(f"{site}/page")
    assert again == first and fetcher.not_modified == 2
    assert SEEN == [("/feed", 200), ("/feed", 304), ("/page", 200), ("/page", 304)]


def test_watch_polls_at_a_fixed_rate_asks_conditionally_and_briefs(
    site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    args = ["watch", f"{site}/feed", "--every", "30s", "--rounds", "2", "--allow-private"]
    result = CliRunner().invoke(app, [*args, "--brief", "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 0, result.output
    between = [s for s in slept if s > 5]  # the others are the polite delay between requests
    assert len(between) == 1 and 10 < between[0] < 30  # the poll's own time is taken off
    assert [s for _, s in SEEN].count(304) >= 1  # the second poll: nothing downloaded again
    assert [p for p, s in SEEN if s == 200].count("/feed") == 1
    assert "1 story changed" in result.stdout and "0 stories changed" in result.stdout
    assert "Fort McMurray" in result.stdout.split("1 story changed", 1)[1]  # the briefing
