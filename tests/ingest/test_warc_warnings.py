"""warcio's multi-line warnings (a record whose Content-Length is wrong) are not printed to
standard error: they are one newsbrief warning line, and the records are still read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.ingest.warc import read_warc
from newsbrief.types import Article

TEXT = (
    "Interest rates rose by half a point on Tuesday, the largest increase in two decades, the "
    "central bank said. Lenders are expected to follow within days, analysts said. "
)


def record(number: int, *, short: int) -> bytes:
    """A response record whose Content-Length is ``short`` bytes less than its content."""
    html = (
        f"<html><head><title>Rates story {number}</title></head><body><article>"
        f"<p>{TEXT * 3} Report number {number} of the series.</p></article></body></html>"
    )
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{html}".encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{number}>\r\n"
        f"WARC-Target-URI: https://news.example/{number}\r\nWARC-Date: 2022-05-05T12:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http) - short}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def archive(path: Path) -> Path:
    path.write_bytes(record(0, short=12) + record(1, short=12) + record(2, short=0))
    return path


def test_read_warc_says_it_in_one_line(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    items = list(read_warc(archive(tmp_path / "crawl.warc")))
    assert capfd.readouterr().err == ""
    assert [a.url for a in items if isinstance(a, Article)] == [
        f"https://news.example/{n}" for n in range(3)
    ]
    (problem,) = [p for p in items if isinstance(p, str)]
    assert problem == (
        f"{tmp_path / 'crawl.warc'}: malformed WARC record, read anyway: Record not followed by "
        "newline, perhaps Content-Length is invalid (2 records)"
    )


def test_brief_of_such_a_warc_prints_only_newsbrief_lines(tmp_path: Path) -> None:
    path = archive(tmp_path / "crawl.warc")
    done = subprocess.run(
        [sys.executable, "-m", "newsbrief", "brief", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# ")
    lines = done.stderr.splitlines()
    assert all(line.startswith("newsbrief: ") for line in lines), done.stderr
    assert sum("malformed WARC record" in line for line in lines) == 1


def test_ingest_of_such_a_warc_warns_without_failing(tmp_path: Path) -> None:
    path = archive(tmp_path / "crawl.warc")
    done = subprocess.run(
        [sys.executable, "-m", "newsbrief", "ingest", str(path), "--db", str(tmp_path / "l.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr  # a cron job does not fail on it
    assert "0 failed" in done.stderr
    assert (
        sum("malformed WARC record, read anyway" in line for line in done.stderr.splitlines()) == 1
    )
