"""Fetching URLs safely, against a local HTTP server on 127.0.0.1 (no other network)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app
from newsbrief.errors import InputError
from newsbrief.ingest import fetch
from newsbrief.ingest.fetch import Fetcher, refused_kind

PARAGRAPH = (
    "<p>Firefighters battled a wildfire that forced thousands of residents of Fort McMurray in "
    "Alberta to flee their homes on Tuesday, officials said, as flames jumped the highway and "
    "reached the southern neighbourhoods of the oil sands town.</p>"
)
TITLE = "Wildfire forces Fort McMurray to flee"
PAGE = (
    f"<html><head><title>{TITLE}</title></head>"
    f"<body><article><h1>{TITLE}</h1>{PARAGRAPH * 4}</article></body></html>"
)


def rss(base: str) -> str:
    full = (
        "<p>The wildfire burning around Fort McMurray grew overnight to cover ten thousand "
        "hectares, Alberta officials said on Wednesday, and the evacuation of the oil sands town "
        "was complete, with residents sheltering in work camps to the north.</p>"
        "<p>Premier Rachel Notley said no deaths had been reported from the fire itself, but "
        "two people died in a crash on the highway south of Fort McMurray during the evacuation, "
        "and hundreds of homes in the Beacon Hill neighbourhood were destroyed.</p>"
        "<p>Firefighters from across Alberta were flown in to fight the fire, which officials "
        "said could burn for weeks in the dry forest around the town.</p>"
    )
    return f"""<?xml version="1.0"?>
<rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Local Wire</title><link>{base}/</link><description>news</description>
<item><title>Fire reaches Fort McMurray</title><link>{base}/full</link><guid>full-1</guid>
<pubDate>Wed, 04 May 2016 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[{full}]]></content:encoded></item>
<item><title>Residents flee wildfire</title><link>{base}/page</link><guid>teaser-1</guid>
<pubDate>Tue, 03 May 2016 18:00:00 GMT</pubDate><description>Residents flee.</description></item>
</channel></rss>"""


AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        AGENTS.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/page": ("text/html; charset=utf-8", PAGE),
            "/feed": ("application/rss+xml", rss(base)),
            "/big": ("text/html", "<p>" + "x" * 50_000 + "</p>"),
        }
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/trickle":  # a byte every 0.1 s, never a gap long enough to time out
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
            return
        if self.path.startswith("/redirect"):
            target = self.path.split("to=", 1)[1]
            self.send_response(302)
            self.send_header("Location", target)
            self.end_headers()
            return
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        kind, body = routes[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("100.64.0.1", "private"),
        ("169.254.169.254", "link-local (cloud metadata)"),
        ("fe80::1%eth0", "link-local (cloud metadata)"),
        ("0.0.0.0", "private"),
        ("93.184.216.34", None),
    ],
)
def test_refused_address_kinds(address: str, kind: str | None) -> None:
    assert refused_kind(address) == kind


def test_loopback_is_refused_unless_allowed(server: str) -> None:
    with (
        Fetcher() as fetcher,
        pytest.raises(InputError, match=r"refused: 127\.0\.0\.1 is a loopback"),
    ):
        fetcher.get(f"{server}/page")
    with Fetcher(allow_private=True) as fetcher:
        assert b"Fort McMurray" in fetcher.get(f"{server}/page").body
    assert AGENTS[-1].startswith("newsbrief/")


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "gopher://a/"])
def test_only_http_and_https(url: str) -> None:
    with Fetcher(allow_private=True) as fetcher, pytest.raises(InputError, match="only http"):
        fetcher.get(url)


def test_a_redirect_to_a_private_address_is_refused(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test server's own address passes as public; the redirect target does not.
    monkeypatch.setattr(
        fetch, "refused_kind", lambda a: None if a == "127.0.0.1" else refused_kind(a)
    )
    with Fetcher() as fetcher:
        with pytest.raises(InputError, match=r"10\.0\.0\.1 is a private address"):
            fetcher.get(f"{server}/redirect?to=http://10.0.0.1/latest")
        assert b"Fort" in fetcher.get(f"{server}/redirect?to=/page").body


def test_dns_rebinding_is_refused(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A DNS server answers a public address to the check and 127.0.0.1 afterwards: the
    connection must not go to 127.0.0.1, and the local server must not see the request."""
    port = int(server.rsplit(":", 1)[1])
    answers: list[str] = []
    real = socket.getaddrinfo

    def rebinding(host: object, *args: object, **kwargs: object) -> object:
        if host != "rebind.test":
            return real(host, *args, **kwargs)  # type: ignore[arg-type]
        address = "127.0.0.1" if answers else "93.184.216.34"
        answers.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    seen = len(AGENTS)
    with (
        Fetcher(timeout=2.0) as fetcher,
        pytest.raises(InputError, match=r"refused: rebind\.test is a loopback address \(127"),
    ):
        fetcher.get(f"http://rebind.test:{port}/page")
    assert answers[0] == "93.184.216.34" and len(answers) >= 2  # the check saw a public address
    assert len(AGENTS) == seen  # no request reached the server


def test_size_cap_timeout_and_http_errors(server: str) -> None:
    with Fetcher(allow_private=True, max_bytes=10_000) as fetcher:
        with pytest.raises(InputError, match="too large"):
            fetcher.get(f"{server}/big")
        with pytest.raises(InputError, match="HTTP status 404"):
            fetcher.get(f"{server}/missing")
    with (
        Fetcher(allow_private=True, timeout=0.3) as fetcher,
        pytest.raises(InputError, match="cannot fetch"),
    ):
        fetcher.get(f"{server}/slow")


def test_a_trickling_server_is_given_up_at_the_deadline(server: str) -> None:
    start = time.monotonic()
    with (
        Fetcher(allow_private=True, timeout=1.0, deadline=0.5) as fetcher,
        pytest.raises(InputError, match=r"too slow \(not read in 0.5 s\)"),
    ):
        fetcher.get(f"{server}/trickle")
    assert time.monotonic() - start < 2.0


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://[::1/", "Invalid IPv6 URL"),
        ("http://127.0.0.1:99999/", "Port out of range"),
        ("http://8.8.8.010/", "Invalid IPv4 address"),
    ],
)
def test_malformed_urls_are_one_problem(url: str, reason: str) -> None:
    from newsbrief.ingest import read

    with Fetcher(allow_private=True, delay=0) as fetcher:
        (problem,) = read([url], fetcher=fetcher).problems
    assert problem.startswith(f"{url}: not a valid URL (") and reason in problem


def test_requests_to_one_host_are_spaced(server: str) -> None:
    with Fetcher(allow_private=True, delay=0.3) as fetcher:
        start = time.monotonic()
        fetcher.get(f"{server}/page")
        fetcher.get(f"{server}/page")
        assert time.monotonic() - start >= 0.3


def test_ingest_a_feed_and_a_page_by_url(server: str, tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    runner = CliRunner()
    import json

    refused = runner.invoke(app, ["ingest", f"{server}/feed", "--db", str(db)])
    assert refused.exit_code == 1 and "refused" in refused.stderr
    result = runner.invoke(app, ["ingest", f"{server}/feed", "--db", str(db), "--allow-private"])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.stderr
    again = runner.invoke(
        app, ["ingest", f"{server}/page", f"{server}/feed", "--db", str(db), "--allow-private"]
    )
    assert "0 new, 3 duplicate" in again.stderr, again.stderr
    listed = runner.invoke(app, ["stories", "--db", str(db), "--format", "json"])
    (story,) = json.loads(listed.stdout)
    assert story["articles"][0] == "full-1" and len(story["articles"]) == 2
    assert story["first_seen"] == "2016-05-03T18:00:00"
    assert story["last_seen"] == "2016-05-04T10:00:00"
