"""The JSON API and the form through an in-process client: good input, each bad input, the
limits (413), escaping of hostile articles, and the OpenAPI schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

import newsbrief
from newsbrief.config import Limits, Settings
from newsbrief.render.json import to_json
from newsbrief.summarize.people import source_text
from newsbrief.summarize.trim import trimmed
from newsbrief.web.app import create_app

from .helpers import ALEPPO, ALEPPO_FILES, XSS_ARTICLE  # type: ignore[import-not-found]

SMALL = Settings(
    limits=Limits(max_request_articles=3, max_request_bytes=64 * 1024, max_upload_bytes=16 * 1024)
)
STORY = (
    "Storm closes harbour\n\nA storm closed the harbour of Kelmouth on Tuesday, officials said. "
    "More than 40 boats stayed in port while waves reached six metres. "
    "The harbour master said it would reopen on Thursday if the wind dropped."
)


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


@pytest.fixture(scope="module")
def small() -> TestClient:
    return TestClient(create_app(settings=SMALL))


def _uploads() -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (p.name, p.read_bytes(), "text/plain")) for p in ALEPPO_FILES]


def _post_json(client: TestClient, body: Any) -> Any:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post("/api/brief", content=raw, headers={"content-type": "application/json"})


def test_uploaded_files_answer_the_same_json_as_the_cli(client: TestClient) -> None:
    response = client.post("/api/brief", files=_uploads())
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == json.loads(to_json(newsbrief.brief([ALEPPO])))


def test_json_articles_are_briefed_with_citations_into_their_text(client: TestClient) -> None:
    articles = [
        {"text": p.read_text(encoding="utf-8"), "source": f"outlet {i}"}
        for i, p in enumerate(ALEPPO_FILES)
    ]
    articles[2]["published"] = "2016-12-13"
    response = _post_json(client, {"articles": articles, "words": 80})
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == '"Doomsday" for eastern Aleppo as reports of regime atrocities emerge'
    assert [a["source"] for a in data["articles"]] == [f"outlet {i}" for i in range(5)]
    assert data["articles"][2]["published"].startswith("2016-12-13")
    assert sum(len(s["text"].split()) for s in data["summary"]) <= 80
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for sentence in data["summary"]:
        first = sentence["citations"][0]
        # (a first name the summary puts in for the reader is in brackets: "[Bashar] Assad")
        shown = source_text(sentence["text"])
        assert trimmed(texts[first["article"]][first["start"] : first["end"]]) == shown
    assert data["facts"]["figures"] and data["facts"]["timeline"]


def test_html_article_and_given_title(client: TestClient) -> None:
    html = "<html><body><article>" + "".join(
        f"<p>{line}</p>" for line in STORY.split("\n\n")[1].split(". ")
    )
    response = _post_json(client, {"articles": [{"html": html + "</article></body></html>",
                                                 "title": "Harbour shut"}]})  # fmt: skip
    assert response.status_code == 200
    assert response.json()["articles"][0]["title"] == "Harbour shut"
    assert "40 boats" in response.json()["articles"][0]["text"]


def test_a_bad_article_among_good_ones_is_a_warning(client: TestClient) -> None:
    response = _post_json(client, {"articles": [{"text": STORY}, {"html": "<html></html>"}]})
    assert response.status_code == 200
    assert response.json()["warnings"] == ["articles[1]: no article text found in the HTML"]


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b"{not json", 400, "malformed JSON"),
        (b"[]", 422, "Input should be a valid dictionary"),
        ({"articles": []}, 422, "articles: List should have at least 1 item"),
        ({"articles": [{"title": "no body"}]}, 422, "exactly one of 'text', 'html' or 'url'"),
        ({"articles": [{"text": "a", "html": "b"}]}, 422, "exactly one of"),
        ({"articles": [{"text": STORY, "colour": "red"}]}, 422, "Extra inputs are not permitted"),
        ({"articles": [{"text": STORY}], "words": 0}, 422, "words: Input should be greater"),
        ({"articles": [{"text": STORY}], "words": "many"}, 422, "words: Input should be a valid"),
        ({"articles": [{"text": "   "}]}, 422, "no article to brief"),
        ({"articles": [{"url": "http://127.0.0.1:9/a"}]}, 422, "127.0.0.1 is a loopback address"),
        ({"articles": [{"url": "file:///etc/passwd"}]}, 422, "only http and https URLs"),
        ({"articles": [{"url": "http://10.0.0.1/"}]}, 422, "10.0.0.1 is a private address"),
        ({"articles": [{"url": "http://169.254.169.254/"}]}, 422, "link-local (cloud metadata)"),
    ],
)
def test_bad_json_requests(client: TestClient, body: Any, status: int, message: str) -> None:
    response = _post_json(client, body)
    assert response.status_code == status
    assert set(response.json()) == {"error"}
    assert message in response.json()["error"]


def test_other_content_types_methods_and_paths(client: TestClient) -> None:
    response = client.post("/api/brief", content=STORY, headers={"content-type": "text/plain"})
    assert (response.status_code, response.json()) == (
        415,
        {"error": "send application/json or multipart/form-data"},
    )
    assert client.get("/api/brief").status_code == 405
    assert client.get("/api/brief").json() == {"error": "Method Not Allowed"}
    assert client.get("/api/nothing").json() == {
        "error": "no such API path: GET /api/nothing (the API is described at /docs)"
    }
    response = client.post("/api/brief", files=_uploads(), data={"words": "lots"})
    assert (response.status_code, response.json()) == (
        422,
        {"error": "words: not a whole number: 'lots'"},
    )
    response = client.post("/api/brief", files=[("files", ("a.bin", b"\x00\x01\x02" * 50, "x"))])
    assert response.status_code == 422
    assert response.json()["error"].startswith("no article to brief: a.bin:")


def test_too_many_articles_is_413(small: TestClient) -> None:
    response = _post_json(small, {"articles": [{"text": STORY}] * 4})
    assert response.status_code == 413
    assert response.json() == {"error": "too many articles: 4 (at most 3 per request)"}
    response = small.post("/api/brief", files=_uploads()[:4])
    assert response.status_code == 413
    assert response.json()["error"].startswith("too many articles: 4")


def test_too_large_article_is_413(small: TestClient) -> None:
    big = STORY + " More words." * 2000
    response = _post_json(small, {"articles": [{"text": big}]})
    assert response.status_code == 413
    assert response.json()["error"].startswith("articles[0]: too large (")
    response = small.post("/api/brief", files=[("files", ("big.txt", big.encode(), "text/plain"))])
    assert response.status_code == 413
    assert response.json()["error"].startswith("big.txt: too large (")


def test_too_large_request_is_413_declared_or_streamed(small: TestClient) -> None:
    body = json.dumps({"articles": [{"text": "word " * 20000}]}).encode()
    response = _post_json(small, body)
    assert (response.status_code, response.json()) == (
        413,
        {"error": "request too large (at most 0.0625 MiB)"},
    )

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for start in range(0, len(body), 4096):
            yield body[start : start + 4096]

    response = small.post(
        "/api/brief", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"].startswith("request too large")


def test_xss_article_is_escaped_on_the_page(client: TestClient) -> None:
    response = client.post("/brief", data={"text": XSS_ARTICLE, "words": "100"})
    assert response.status_code == 200
    page = response.text
    assert "Officials said the vote" in page
    assert "&lt;script&gt;window.__xss" in page
    assert "<img" not in page
    assert "javascript:" not in page.replace("&#34;javascript:", "")  # only ever as text
    assert 'href="javascript' not in page
    # The page's own script is the only one, and the policy runs only that one.
    nonce = response.headers["content-security-policy"].split("'nonce-")[1].split("'")[0]
    assert page.count("<script") == page.count(f'<script nonce="{nonce}">') == 2
    assert "default-src 'none'" in response.headers["content-security-policy"]


def test_xss_article_json_is_data(client: TestClient) -> None:
    response = _post_json(client, {"articles": [{"text": XSS_ARTICLE}]})
    assert response.status_code == 200
    assert response.json()["articles"][0]["title"].startswith("<script>")


def test_the_form_page_and_its_errors(client: TestClient, small: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<form method="post" action="/brief" enctype="multipart/form-data">' in page.text
    response = client.post("/brief", data={"text": "  ", "words": "150"})
    assert response.status_code == 422
    assert "no article to brief" in response.text
    response = small.post("/brief", data={"text": "\n---\n".join([STORY] * 4)})
    assert response.status_code == 413
    assert "too many articles: 4 (at most 3 per request)" in response.text
    assert STORY.split("\n")[0] in response.text  # the pasted text is kept for another try


def test_pasted_articles_are_split_at_separator_lines(client: TestClient) -> None:
    pasted = "\n---\n".join(p.read_text(encoding="utf-8") for p in ALEPPO_FILES)
    response = client.post("/brief", data={"text": pasted, "words": "150"})
    assert response.status_code == 200
    assert "Briefing of 5 articles" in response.text
    assert '<a href="/">← New briefing</a>' in response.text


def test_openapi_schema_describes_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    operation = schema["paths"]["/api/brief"]["post"]
    content = operation["requestBody"]["content"]
    assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/BriefRequest"}
    assert "files" in content["multipart/form-data"]["schema"]["properties"]
    assert {"200", "400", "413", "415", "422"} <= set(operation["responses"])
    components = schema["components"]["schemas"]
    assert {"BriefRequest", "ArticleIn", "BriefingOut", "ErrorOut"} <= set(components)
    assert set(components["ArticleIn"]["properties"]) == {
        "text", "html", "url", "title", "source", "published"
    }  # fmt: skip
    assert "/" not in schema["paths"] and "/brief" not in schema["paths"]


def test_the_schema_admits_no_request_that_cannot_brief(client: TestClient) -> None:
    """A form with only an empty ``urls`` field was valid by the schema and answered 422: the
    schema now asks for a file or a URL, and an article object for exactly one body."""
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    schema = client.get("/openapi.json").json()
    content = schema["paths"]["/api/brief"]["post"]["requestBody"]["content"]
    form = jsonschema_rs.validator_for(content["multipart/form-data"]["schema"])
    assert not form.is_valid({}) and not form.is_valid({"urls": ""})
    assert not form.is_valid({"urls": " \n"}) and not form.is_valid({"files": [], "words": 50})
    assert form.is_valid({"urls": "https://example.org/a"}) and form.is_valid({"files": ["x"]})
    assert client.post("/api/brief", files={"urls": (None, "")}).status_code == 422
    components = {"components": schema["components"]}
    article = jsonschema_rs.validator_for({**components, "$ref": "#/components/schemas/ArticleIn"})
    assert article.is_valid({"text": "a"}) and article.is_valid(
        {"url": "https://x.org", "title": "t"}
    )
    assert not article.is_valid({"text": "a", "html": "<p>b</p>"}) and not article.is_valid({})


def test_an_uploaded_feed_is_read_like_the_cli_reads_it(client: TestClient, tmp_path: Any) -> None:
    """Uploads go through ``ingest.read`` like files given to ``newsbrief brief``: a feed is
    its entries (full-text entries here, so nothing is fetched), not one article of XML."""
    paragraphs = STORY.split("\n\n")[1]
    items = "".join(
        f"<item><title>Harbour report {i}</title><link>https://example.org/{i}</link>"
        f"<description>{paragraphs} {f'Boat {i} waited in port. ' * 20}</description></item>"
        for i in range(2)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Kelmouth Post</title>{items}'
    feed += "</channel></rss>"
    path = tmp_path / "news.xml"
    path.write_text(feed, encoding="utf-8")
    response = client.post("/api/brief", files=[("files", ("news.xml", feed.encode(), "x"))])
    assert response.status_code == 200
    data = response.json()
    assert [a["source"] for a in data["articles"]] == ["Kelmouth Post"] * 2
    assert data == json.loads(to_json(newsbrief.brief([path])))


def test_the_server_settings_are_every_requests_base() -> None:
    short = TestClient(create_app(settings=Settings(words=40)))
    articles = [{"text": p.read_text(encoding="utf-8")} for p in ALEPPO_FILES]
    for response in (
        _post_json(short, {"articles": articles}),
        short.post("/api/brief", files=_uploads()),
    ):
        assert response.status_code == 200
        assert sum(len(s["text"].split()) for s in response.json()["summary"]) <= 40
    response = _post_json(short, {"articles": articles, "words": 120})
    assert sum(len(s["text"].split()) for s in response.json()["summary"]) > 40
