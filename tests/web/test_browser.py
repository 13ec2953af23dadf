"""Real-browser tests: headless Debian chromium driven by Playwright against `newsbrief serve`
started on a free local port. Skipped, with the reason, where chromium or playwright is absent
(`.ci/run` installs chromium so that they run in CI)."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .helpers import ALEPPO_FILES, HARBOUR, XSS_ARTICLE, make_library  # type: ignore[import-not-found]

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MARK_COLOUR = "rgb(255, 241, 168)"  # --mark in the briefing template

if not Path(CHROMIUM).exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}", allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="browser tests need the playwright package (.[dev] extras)"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`newsbrief serve` in a child process on 127.0.0.1 and a free port, with a library."""
    db = tmp_path_factory.mktemp("library") / "news.db"
    make_library(db)
    port = _free_port()
    script = Path(sys.executable).with_name("newsbrief")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "newsbrief.cli"]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    child = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if child.poll() is not None or time.monotonic() > deadline:
                child.kill()
                _, err = child.communicate()
                pytest.fail(f"newsbrief serve did not start: {err.decode(errors='replace')}")
            time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        assert child.stderr is not None
        child.stderr.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def aleppo_page(server: str, browser: Any) -> Iterator[Any]:
    """The briefing of the five Aleppo articles, uploaded through the form."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.set_input_files("#files", [str(p) for p in ALEPPO_FILES])
    page.fill("#words", "150")
    with page.expect_navigation():
        page.click("button[type=submit]")
    yield page
    page.close()


def test_form_briefs_the_aleppo_articles(aleppo_page: Any) -> None:
    page = aleppo_page
    assert page.url.endswith("/brief")
    title = page.text_content("h1")
    assert title == '"Doomsday" for eastern Aleppo as reports of regime atrocities emerge'
    assert page.locator(".summary p[data-sentence]").count() >= 5
    assert page.locator("section.articles article").count() == 5
    assert page.locator("ol.sources li").count() == 5


def test_clicking_a_citation_highlights_the_cited_passage(aleppo_page: Any) -> None:
    page = aleppo_page
    sentence = page.locator('.summary p[data-sentence="2"]')
    marker = sentence.locator("a.cite").first
    href = marker.get_attribute("href")
    assert href and href.startswith("#p")
    claim = sentence.evaluate(
        "p => Array.from(p.childNodes).filter(n => n.nodeType === 3).map(n => n.data).join('')"
    )
    marker.click()
    passage = page.locator(href)
    passage.wait_for()
    assert page.evaluate("location.hash") == href
    assert passage.evaluate("e => e.matches(':target')")
    assert passage.evaluate("e => getComputedStyle(e).backgroundColor") == MARK_COLOUR
    # The highlighted passage is the exact sentence the summary took, in its article.
    assert passage.text_content() == claim
    assert passage.is_visible()
    # Every passage supporting the sentence is highlighted; no other passage is.
    highlighted = page.locator("mark.hl")
    assert highlighted.count() >= 1
    for i in range(highlighted.count()):
        assert "2" in (highlighted.nth(i).get_attribute("data-sentences") or "").split()
    other = page.locator('.summary p[data-sentence="0"]')
    other.click()
    assert all(
        "0" in (m.get_attribute("data-sentences") or "").split()
        for m in page.locator("mark.hl").all()
    )


def test_hovering_a_citation_highlights_its_passage(aleppo_page: Any) -> None:
    page = aleppo_page
    marker = page.locator('.summary p[data-sentence="1"] a.cite').first
    passage = page.locator(marker.get_attribute("href") or "")
    assert passage.evaluate("e => e.classList.contains('cite-hover')") is False
    marker.hover()
    assert passage.evaluate("e => e.classList.contains('cite-hover')") is True
    assert passage.evaluate("e => getComputedStyle(e).backgroundColor") == MARK_COLOUR
    page.mouse.move(0, 0)
    assert passage.evaluate("e => e.classList.contains('cite-hover')") is False


def test_figure_tables_charts_and_timeline_render(aleppo_page: Any) -> None:
    page = aleppo_page
    tables = page.locator("table.figure")
    assert tables.count() >= 10
    captions = tables.locator("caption").all_text_contents()
    # one table per quantity; "children killed": nine in one incident and 96 in September are two
    assert "children killed" in captions and "children killed, in September" in captions
    assert len(captions) == len(set(captions))
    first = tables.first
    assert first.locator("caption").text_content() == "civilians trapped"
    rows = first.locator("tr")
    # 100,000 from three outlets (the one that says it twice shown once), then the report that
    # disagrees with it (thousands; not the "tens of thousands" of an outlet that also says
    # 100,000) below a rule, on the same scale.
    assert rows.count() == 4
    assert first.locator("tr.next-group").count() == 1
    widths = [r.locator(".bar span").bounding_box() for r in rows.all()]
    assert all(w is not None for w in widths)
    assert widths[3]["width"] < widths[0]["width"] / 5  # type: ignore[index]
    assert rows.first.locator("td.value").text_content() == "an estimated 100,000"
    bar = rows.first.locator(".bar span").bounding_box()
    assert bar is not None and bar["width"] > 20 and bar["height"] > 5
    disputed = page.locator("table.figure.disputed")
    assert disputed.count() >= 1  # the area (90% of eastern Aleppo vs 98% of the city: no dispute)
    red = "t => getComputedStyle(t.querySelector('.bar span')).backgroundColor"
    assert disputed.first.evaluate(red) == "rgb(192, 57, 43)"
    # Timeline: an axis broken between 2015 and 2016, one dot per date and none hiding
    # another (it drew two dots: September 2015 at one end, December 2016 piled at the other);
    # dates at their precision, inferred ones said so, undated events not listed.
    dots = [d.bounding_box() for d in page.locator(".axis a.dot").all()]
    assert len(dots) >= 8 and all(d is not None for d in dots)
    xs = [d["x"] for d in dots]  # type: ignore[index]
    assert all(b - a >= dots[0]["width"] for a, b in itertools.pairwise(xs))  # type: ignore[index]
    assert page.locator(".axis .stretch").count() >= 2
    dates = [t.get_attribute("datetime") for t in page.locator("ol.timeline time").all()]
    assert dates[0] == "2015-09" and "2016-12-13" in dates and "2016-W49" in dates  # a week
    shown = [t.text_content() or "" for t in page.locator("ol.timeline time").all()]
    days = [d.removeprefix("week of ") for d in shown]  # a week is shown by its Monday
    assert days == sorted(days)
    assert page.locator("ol.timeline li").count() == len(dates)
    assert page.locator("ol.timeline .inferred").count() >= 10
    axis = page.locator(".axis").bounding_box()
    assert axis is not None and axis["width"] > 200


def test_screenshot(aleppo_page: Any, tmp_path: Path) -> None:
    page = aleppo_page
    page.evaluate("window.scrollTo(0, 0)")
    path = tmp_path / "serve.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size > 20_000
    keep = os.environ.get("NEWSBRIEF_SCREENSHOT")  # to refresh docs/serve.png deliberately
    if keep:
        shutil.copy(path, keep)


def test_xss_article_stays_inert(server: str, browser: Any) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/")
    page.fill("#text", XSS_ARTICLE)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("section.articles img").count() == 0
    assert page.locator("section.articles script, .summary script").count() == 0
    assert page.text_content("h1") == (
        "<script>window.__xss = 'title'</script> Council approves harbour plan"
    )
    assert "onerror=" in (page.text_content("section.articles") or "")
    assert page.locator('a[href^="javascript"]').count() == 0
    assert dialogs == []
    page.close()


def test_empty_form_shows_the_error(server: str, browser: Any) -> None:
    page = browser.new_page()
    page.goto(server + "/")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert "no article to brief" in (page.text_content("[role=alert]") or "")
    page.close()


def test_stories_index_links_to_each_briefing(server: str, browser: Any) -> None:
    page = browser.new_page()
    page.goto(server + "/")
    with page.expect_navigation():
        page.click("text=Stories in the library")
    rows = page.locator("table.stories tbody tr")
    assert rows.count() == 2
    aleppo = rows.filter(has_text="outlet 0, outlet 1")
    assert aleppo.locator("td.n").text_content() == "5"
    with page.expect_navigation():
        aleppo.locator("a").click()
    assert "Briefing of 5 articles" in (page.text_content(".meta") or "")
    assert page.locator("table.figure").count() >= 10
    with page.expect_navigation():
        page.click("text=← Stories")
    assert page.url == server + "/stories"
    page.close()


@pytest.mark.parametrize("path", ["/", "/stories", "/stories/1", "/brief"])
def test_pages_fit_a_phone(server: str, browser: Any, path: str) -> None:
    """No sideways scrolling at 390 px (an iPhone's width): the briefing was 472 px wide."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        if path == "/brief":
            page.goto(server + "/")
            page.set_input_files("#files", [str(p) for p in ALEPPO_FILES])
            with page.expect_navigation():
                page.click("button[type=submit]")
        else:
            page.goto(server + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        page.close()


def test_several_stories_warn_and_brief_each_story_on_click(server: str, browser: Any) -> None:
    """Pasted articles of two stories: the page warns, offers "Brief each story", and that
    button gives each story its own briefing, citations working within each."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server + "/")
        texts = [p.read_text(encoding="utf-8") for p in ALEPPO_FILES[:3]]
        page.fill("#text", "\n---\n".join([*texts, HARBOUR]))
        page.fill("#words", "80")
        with page.expect_navigation():
            page.click("button[type=submit]")
        assert "look like 2 stories, not one" in (page.text_content("ul.warnings") or "")
        offer = page.locator("form.split-offer button")
        assert offer.is_visible()
        with page.expect_navigation():
            offer.click()
        assert page.locator("section.story").count() == 2
        assert page.locator("nav.stories li").count() == 2
        marker = page.locator("#story-2 .summary a.cite").first
        href = marker.get_attribute("href")
        assert href and href.startswith("#s2-")
        marker.click()
        assert page.locator(href).evaluate("e => e.matches(':target')")
    finally:
        page.close()
