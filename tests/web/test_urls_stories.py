"""URL articles (through the library's guarded fetcher) and the story library's pages and API."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsbrief.store import connect, queries
from newsbrief.web.app import create_app

from .helpers import ALEPPO_FILES, make_library  # type: ignore[import-not-found]


def _page(path: Path) -> str:
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (
        f"<html><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        pages = {f"/{i}.html": _page(p) for i, p in enumerate(ALEPPO_FILES)}
        if self.path not in pages:
            self.send_response(404)
            self.end_headers()
            return
        data = pages[self.path].encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("library") / "news.db"
    make_library(db)
    return db


def test_url_articles_are_fetched_and_read(site: str) -> None:
    client = TestClient(create_app(allow_private=True))  # the test site is on 127.0.0.1
    texts = [{"text": p.read_text(encoding="utf-8")} for p in ALEPPO_FILES[2:]]
    response = client.post(
        "/api/brief",
        json={
            "articles": [
                {"url": f"{site}/0.html", "source": "Reuters", "published": "2016-12-14"},
                {"url": f"{site}/1.html"},
                *texts,
                {"url": f"{site}/missing.html"},
            ]
        },
    )
    assert response.status_code == 200
    data = response.json()
    assert len(data["articles"]) == 5
    first, second = data["articles"][:2]
    assert (first["url"], first["source"]) == (f"{site}/0.html", "Reuters")
    assert first["published"].startswith("2016-12-14")
    assert first["title"].startswith("Bombs rain down on Aleppo")
    assert second["source"] == "127.0.0.1" and second["url"] == f"{site}/1.html"
    assert data["warnings"] == [f"{site}/missing.html: HTTP status 404"]


def test_urls_box_of_the_form(site: str) -> None:
    client = TestClient(create_app(allow_private=True))
    urls = f"{site}/0.html\n\n# a comment\n{site}/1.html\n"
    response = client.post("/brief", data={"urls": urls, "text": ALEPPO_FILES[2].read_text()})
    assert response.status_code == 200
    assert "Briefing of 3 articles" in response.text
    assert f'href="{site}/0.html"' in response.text


def test_private_addresses_are_refused_by_default(site: str) -> None:
    client = TestClient(create_app())
    response = client.post("/brief", data={"urls": f"{site}/0.html"})
    assert response.status_code == 422
    assert "127.0.0.1 is a loopback address" in response.text
    assert f"{site}/0.html</textarea>" in response.text  # kept for another try


def test_too_many_urls_is_413() -> None:
    client = TestClient(create_app(allow_private=True))
    urls = [{"url": f"http://127.0.0.1:9/{i}"} for i in range(11)]
    response = client.post("/api/brief", json={"articles": urls})
    assert (response.status_code, response.json()) == (
        413,
        {"error": "too many URLs: 11 (at most 10 per request)"},
    )


def test_stories_api(library: Path) -> None:
    client = TestClient(create_app(db=library))
    stories = client.get("/api/stories").json()
    assert sorted(len(s["articles"]) for s in stories) == [1, 5]
    aleppo = next(s for s in stories if len(s["articles"]) == 5)
    assert set(aleppo) == {"id", "headline", "articles", "outlets", "first_seen", "last_seen"}
    assert aleppo["outlets"] == [f"outlet {i}" for i in range(5)]
    response = client.get(f"/api/stories/{aleppo['id']}")
    assert response.status_code == 200
    briefing = response.json()
    assert [a["id"] for a in briefing["articles"]] == [f"aleppo-{i}" for i in range(5)]
    assert briefing["summary"] and briefing["facts"]["figures"]
    # Viewing is read-only: no briefing is recorded, so `brief --story --new` is not moved on.
    conn = connect(library)
    assert queries.last_briefing(conn, aleppo["id"]) is None
    conn.close()
    assert client.get("/api/stories/999").status_code == 404
    assert client.get("/api/stories/999").json() == {"error": "no story 999"}
    assert client.get("/api/stories/x").status_code == 422
    schema = client.get("/openapi.json").json()
    listed = schema["paths"]["/api/stories"]["get"]["responses"]["200"]["content"]
    items = listed["application/json"]["schema"]["items"]
    assert items == {"$ref": "#/components/schemas/StoryOut"}
    assert "404" in schema["paths"]["/api/stories/{story}"]["get"]["responses"]


def test_stories_pages(library: Path) -> None:
    client = TestClient(create_app(db=library))
    assert '<a href="/stories">' in client.get("/").text
    index = client.get("/stories")
    assert index.status_code == 200
    assert index.text.count('<tr data-story="') == 2
    assert "outlet 0, outlet 1, outlet 2, outlet 3, outlet 4" in index.text
    sid = next(s["id"] for s in client.get("/api/stories").json() if len(s["articles"]) == 5)
    page = client.get(f"/stories/{sid}")
    assert page.status_code == 200
    assert '<a href="/stories">← Stories</a>' in page.text
    assert "Briefing of 5 articles" in page.text
    missing = client.get("/stories/999")
    assert missing.status_code == 404 and "no story 999" in missing.text


def test_story_id_beyond_sqlite_integers(library: Path) -> None:
    """An id past 64 bits is no story (404), not SQLite's OverflowError (500); found by
    schemathesis (tests/web/test_schemathesis.py)."""
    client = TestClient(create_app(db=library), raise_server_exceptions=False)
    for story in (2**63, -(2**63) - 1, 10**30):
        response = client.get(f"/api/stories/{story}")
        assert (response.status_code, response.json()) == (404, {"error": f"no story {story}"})
        assert client.get(f"/stories/{story}").status_code == 404


def test_without_a_library(tmp_path: Path) -> None:
    none = TestClient(create_app())
    assert '<a href="/stories">' not in none.get("/").text
    assert none.get("/api/stories").json() == {
        "error": "no story library: start the server with --db PATH"
    }
    absent = TestClient(create_app(db=tmp_path / "none.db"))
    response = absent.get("/api/stories")
    assert response.status_code == 404
    message = response.json()["error"]
    assert message.endswith("none.db: no such library (run newsbrief ingest first)")
    assert "no such library" in absent.get("/stories").text
    assert not (tmp_path / "none.db").exists()


def test_story_api_is_brief_story_json_of_the_cli(tmp_path: Path) -> None:
    """The story page's briefing is the command line's: the same Library.brief_story, the same
    Settings, the same JSON. Nothing differs (the web records no briefing, which only the next
    ``--new`` would see)."""
    from typer.testing import CliRunner

    from newsbrief.cli import app

    db = tmp_path / "news.db"
    make_library(db)
    client = TestClient(create_app(db=db))
    sid = next(s["id"] for s in client.get("/api/stories").json() if len(s["articles"]) == 5)
    web = client.get(f"/api/stories/{sid}").json()
    args = ["brief", "--story", str(sid), "--format", "json", "--db", str(db)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert web == json.loads(result.stdout)


def test_only_http_urls_are_read_never_paths(tmp_path: Path) -> None:
    """A URL box or an API ``url`` holding a path of the server is refused, not read."""
    (tmp_path / "secret.txt").write_text(ALEPPO_FILES[0].read_text(encoding="utf-8"))
    client = TestClient(create_app(allow_private=True))
    for given in (str(tmp_path / "secret.txt"), str(tmp_path), "secret.txt"):
        response = client.post("/api/brief", json={"articles": [{"url": given}]})
        assert (response.status_code, response.json()) == (
            422,
            {"error": f"no article to brief: {given}: only http and https URLs are fetched"},
        )
        page = client.post("/brief", data={"urls": given})
        assert page.status_code == 422 and "only http and https URLs are fetched" in page.text


def test_the_stories_page_pages_and_searches(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsbrief.web import pages

    client = TestClient(create_app(db=library))
    found = client.get("/stories", params={"q": "ALEPPO"})
    assert found.status_code == 200 and "Stories 1–1 of 1" in found.text
    assert "harbour" not in found.text.lower().split("<tbody>")[1]
    assert "No stories" in client.get("/stories", params={"q": "zzz"}).text
    monkeypatch.setattr(pages, "PAGE_STORIES", 1)
    first = client.get("/stories")
    assert "Stories 1–1 of 2" in first.text and 'rel="next" href="/stories?offset=1"' in first.text
    second = client.get("/stories", params={"offset": 1})
    assert "Stories 2–2 of 2" in second.text
    assert 'rel="prev" href="/stories?offset=0"' in second.text
    assert 'rel="next"' not in second.text
