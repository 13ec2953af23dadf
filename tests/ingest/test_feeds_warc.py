"""RSS/Atom feed files and WARC archives as library sources."""

from __future__ import annotations

from pathlib import Path

from newsbrief.ingest import stream
from newsbrief.types import Article

BODY = (
    "The central bank raised its main interest rate by half a point on Thursday, the largest "
    "increase in two decades, saying inflation had become entrenched across the economy. "
)
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Money Desk</title><id>urn:desk</id>
<updated>2022-05-05T12:00:00Z</updated>
<entry><title>Rates rise by half a point</title><id>urn:rates-1</id>
<link href="https://example.org/rates"/><updated>2022-05-05T12:00:00Z</updated>
<content type="html">&lt;p&gt;{BODY * 6}&lt;/p&gt;</content></entry>
<entry><title>Empty</title><id>urn:empty</id><updated>2022-05-05T12:00:00Z</updated></entry>
</feed>"""


def articles(items: list[Article | str]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def test_an_atom_file_gives_its_entries(tmp_path: Path) -> None:
    path = tmp_path / "desk.atom"
    path.write_text(ATOM, encoding="utf-8")
    items = list(stream([str(path)]))
    (article,) = articles(items)
    assert article.id == "urn:rates-1"
    assert article.title == "Rates rise by half a point"
    assert article.source == "Money Desk"
    assert article.url == "https://example.org/rates"
    assert article.published is not None and article.published.year == 2022
    assert "largest increase in two decades" in article.text
    assert [i for i in items if isinstance(i, str)] == [f"{path} entry 2: entry has no text"]


def test_a_feed_is_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "feed"
    path.write_text(ATOM, encoding="utf-8")
    assert len(articles(list(stream([str(path)])))) == 1


def test_a_broken_feed_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.rss"
    path.write_text("<rss><channel><title>x", encoding="utf-8")
    assert list(stream([str(path)])) == [f"{path}: not a readable RSS/Atom feed"]


def warc(path: Path) -> Path:
    """A WARC file written out by hand (warcio's writer leaves temporary files to the GC)."""
    records = []
    pages = [
        ("https://news.example/rates", "200 OK", "text/html", BODY * 5),
        ("https://news.example/missing", "404 Not Found", "text/html", "gone"),
        ("https://news.example/logo.png", "200 OK", "image/png", "PNG"),
    ]
    for number, (uri, status, kind, text) in enumerate(pages):
        html = (
            "<html><head><title>Rates up</title></head>"
            f"<body><article><p>{text}</p></article></body></html>"
        )
        http = f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n\r\n{html}".encode()
        head = (
            "WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{number}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2022-05-05T12:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n"
        ).encode()
        records.append(head + http + b"\r\n\r\n")
    path.write_bytes(b"".join(records))
    return path


def test_a_warc_gives_its_html_pages(tmp_path: Path) -> None:
    items = list(stream([str(warc(tmp_path / "crawl.warc"))]))
    (article,) = articles(items)
    assert article.url == "https://news.example/rates"
    assert "largest increase" in article.text
    assert len(items) == 1


def test_a_file_that_is_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("hello", encoding="utf-8")
    (problem,) = stream([str(path)])
    assert isinstance(problem, str) and "not a readable WARC file" in problem
