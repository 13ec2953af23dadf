"""Hostile and broken inputs: each is a one-line problem (or is read), never an internal error,
a hang or an unbounded read. Each case failed on an earlier main with exit 70 or worse."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsbrief.ingest import read, stream
from newsbrief.ingest.warc import read_warc

BODY = (
    "The river rose two metres overnight and flooded the lower town, officials said on Monday, "
    "and some 300 residents spent the night in the school gym while crews pumped out cellars. "
)


def test_a_lone_surrogate_escape_in_json_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"title": "Flood \\ud800", "text": "' + BODY + '\\udc00 end."}', "utf-8")
    (article,) = read([path]).articles
    assert article.title == "Flood \ufffd"
    assert article.text.endswith("\ufffd end.")
    article.text.encode("utf-8")  # no surrogate left to fail later


def test_a_surrogate_pair_escape_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"text": "' + BODY + ' \\ud83d\\ude00"}', "utf-8")
    (article,) = read([path]).articles
    assert article.text.endswith("\U0001f600")


def test_an_integer_of_thousands_of_digits_in_json(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"text": "' + BODY + '", "views": ' + "9" * 5000 + "}", "utf-8")
    assert len(read([path]).articles) == 1


def test_a_number_of_thousands_of_digits_in_text_is_no_figure() -> None:
    import newsbrief

    briefing = newsbrief.brief([BODY + "The code was " + "9" * 5000 + ". " + BODY])
    assert briefing.facts is not None
    assert all(len(r.text) < 100 for f in briefing.facts.figures for r in f.reports)


def test_json_nested_too_deeply_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    result = read([path])
    assert result.articles == ()
    assert result.problems == (f"{path}: malformed JSON at line 1: nested too deeply",)


def test_an_endless_device_is_read_only_up_to_the_limit() -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    from newsbrief.config import Limits

    result = read(["/dev/zero"], limits=Limits(max_file_bytes=1 << 20))
    assert result.problems == ("/dev/zero: file too large (limit 1 MiB)",)


def test_a_named_pipe_nobody_writes_to_does_not_hang(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert read([fifo]).problems == (f"{fifo}: empty file",)


def _warc(path: Path, records: list[tuple[str | None, str]]) -> Path:
    """A gzipped WARC of HTML responses: (target URI or None, page text) each."""
    with path.open("wb") as out:  # one gzip member per record, as WARC writers do
        for number, (uri, text) in enumerate(records):
            html = f"<html><body><article><p>{text}</p></article></body></html>"
            http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{html}".encode()
            target = f"WARC-Target-URI: {uri}\r\n" if uri else ""
            head = (
                "WARC/1.0\r\nWARC-Type: response\r\n"
                f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{number}>\r\n"
                f"{target}WARC-Date: 2022-05-05T12:00:00Z\r\n"
                "Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n"
            ).encode()
            out.write(gzip.compress(head + http + b"\r\n\r\n"))
    return path


def test_a_warc_response_without_a_target_uri_is_one_problem(tmp_path: Path) -> None:
    path = _warc(tmp_path / "a.warc.gz", [("https://x.example/ok", BODY * 3), (None, BODY * 3)])
    article, problem = stream([path])
    assert not isinstance(article, str) and "lower town" in article.text
    assert isinstance(problem, str) and problem.startswith(f"{path}: unreadable WARC record")


def test_a_huge_warc_record_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    path = _warc(
        tmp_path / "a.warc.gz",
        [("https://x.example/big", " " * 300_000), ("https://x.example/ok", BODY * 3)],
    )
    items = list(read_warc(path, max_bytes=100_000))
    assert items[0] == f"{path}#https://x.example/big: record too large (over 0 MiB), skipped"
    assert "lower town" in items[1].text
