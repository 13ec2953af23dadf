"""One way in on the command line: ``brief URL`` (fetched by the guarded fetcher, against a local
HTTP server on 127.0.0.1 started here) and ``ingest -`` (standard input)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsbrief.cli import app

TITLE = "Wildfire forces Fort McMurray to flee"
PARAGRAPHS = (
    "Firefighters battled a wildfire that forced thousands of residents of Fort McMurray in "
    "Alberta to flee their homes on Tuesday, officials said.",
    "Flames jumped the highway and reached the southern neighbourhoods of the oil sands town, "
    "where 1,600 buildings were destroyed.",
    "Premier Rachel Notley said no deaths had been reported from the fire itself.",
)
PAGE = (
    f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></body></html>"
)
OTHER = (
    "Fort McMurray evacuated\n\n"
    "Thousands of residents fled Fort McMurray in Alberta on Tuesday as a wildfire reached the "
    "town, officials said.\n\n"
    "The fire destroyed 1,600 buildings in the southern neighbourhoods, the premier said.\n"
)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path != "/article":
            self.send_response(404)
            self.end_headers()
            return
        data = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
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
    thread.join()


def invoke(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def test_brief_a_url_beside_a_file(server: str, tmp_path: Path) -> None:
    other = tmp_path / "cbc.txt"
    other.write_text(OTHER, encoding="utf-8")
    url = f"{server}/article"
    result = invoke("brief", url, other, "--allow-private", "-f", "json")
    assert result.exit_code == 0, result.stderr
    briefing = json.loads(result.stdout)
    assert [a["url"] for a in briefing["articles"]] == [url, None]
    assert briefing["articles"][0]["title"] == TITLE
    assert PARAGRAPHS[0] in briefing["articles"][0]["text"]
    assert briefing["summary"]


def test_brief_a_loopback_url_is_refused_without_allow_private(server: str) -> None:
    url = f"{server}/article"
    result = invoke("brief", url)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"newsbrief: error: no article to brief: {url}: refused: 127.0.0.1 is a loopback "
        "address (127.0.0.1); --allow-private allows it"
    ]


def test_ingest_reads_standard_input(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    result = invoke("ingest", "-", "--db", db, input=OTHER)
    assert result.exit_code == 0, result.stderr
    assert "1 new" in result.stderr and f"1 in {db}" in result.stderr
    listed = json.loads(invoke("stories", "--db", db, "--format", "json").stdout)
    assert [story["headline"] for story in listed] == ["Fort McMurray evacuated"]


def test_a_failed_first_ingest_of_standard_input_leaves_no_library(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    result = invoke("ingest", "-", "--db", db, input="")
    assert result.exit_code == 1
    assert "<stdin>: empty article" in result.stderr
    assert f"{db} not created" in result.stderr
    assert list(tmp_path.iterdir()) == []
    # An existing library is kept, whatever the input.
    assert invoke("ingest", "-", "--db", db, input=OTHER).exit_code == 0
    assert invoke("ingest", "-", "--db", db, input="").exit_code == 1
    assert db.is_file()
    assert len(json.loads(invoke("stories", "--db", db, "--format", "json").stdout)) == 1
