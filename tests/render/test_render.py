"""Renderers: golden Markdown and JSON for a small story, and a safe self-contained HTML page."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime
from pathlib import Path

import pytest

import newsbrief
from newsbrief.types import Article, Briefing

GOLDEN = Path(__file__).parent / "golden"
STORY = [
    Article(
        id="tribune",
        title="Floods force 2,000 from homes in Riverton",
        source="Riverton Tribune",
        url="https://tribune.example/floods",
        published=datetime(2021, 3, 3),
        authors=("Jane Roe",),
        text="Floods forced 2,000 residents of Riverton to leave their homes on Monday.\n\n"
        "The mayor said the town's bridge was closed until further notice.",
    ),
    Article(
        id="courier",
        title="River bursts its banks",
        source="Valley Courier",
        text="About 2,000 Riverton residents fled their homes as floods hit the town.\n\n"
        "Rain is expected to continue through the week, forecasters said.",
    ),
]


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return newsbrief.brief(STORY, words=40)


def check_golden(name: str, text: str) -> None:
    """Compare with tests/render/golden/NAME; NEWSBRIEF_UPDATE_GOLDEN=1 rewrites it deliberately."""
    path = GOLDEN / name
    if os.environ.get("NEWSBRIEF_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_markdown_golden(briefing: Briefing) -> None:
    check_golden("floods.md", newsbrief.render_briefing(briefing, "markdown"))


def test_json_golden(briefing: Briefing) -> None:
    check_golden("floods.json", newsbrief.render_briefing(briefing, "json"))


def test_json_has_the_documented_keys(briefing: Briefing) -> None:
    data = json.loads(newsbrief.render_briefing(briefing, "json"))
    assert {"articles", "summary"} <= set(data)
    assert set(data["articles"][0]) >= {"id", "title", "source", "url", "published", "text"}
    assert set(data["summary"][0]) == {"text", "citations"}
    assert set(data["summary"][0]["citations"][0]) == {"article", "start", "end"}


def test_html_links_each_marker_to_its_passage(briefing: Briefing) -> None:
    page = newsbrief.render_briefing(briefing, "html")
    anchors = re.findall(r'class="cite" href="#([^"]+)"', page)
    assert anchors
    for anchor in anchors:
        assert f'<mark id="{anchor}"' in page
    assert "http://" not in page.replace("https://tribune.example/floods", "")
    assert "<link" not in page and "src=" not in page  # self-contained


def test_html_escapes_article_text() -> None:
    evil = Article(
        id="x",
        title="<script>alert(1)</script>",
        source="<b>Evil</b>",
        text='The council met on Monday <img src=x onerror="alert(1)"> and approved the plan.\n\n'
        "<script>alert('boom')</script> The mayor signed the budget into law on Tuesday.",
    )
    page = newsbrief.render_briefing(newsbrief.brief([evil]), "html")
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "&lt;script&gt;" in page


def test_unknown_format_is_a_usage_error(briefing: Briefing) -> None:
    with pytest.raises(newsbrief.UsageError):
        newsbrief.render_briefing(briefing, "pdf")


def test_html_links_only_web_urls() -> None:
    story = [
        Article(
            id="x",
            source="X",
            url="javascript:alert(1)",
            text="The council approved the new budget on Monday after a long debate.",
        )
    ]
    page = newsbrief.render_briefing(newsbrief.brief(story), "html")
    assert 'href="javascript' not in page
