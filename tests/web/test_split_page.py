"""The web page when its articles are several stories: the warning, the offer to brief each
story, and the page of one briefing per story (``brief --split``'s equivalent)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from newsbrief.web.app import create_app

from .helpers import ALEPPO_FILES, HARBOUR  # type: ignore[import-not-found]

MIXED = "\n---\n".join([*(p.read_text(encoding="utf-8") for p in ALEPPO_FILES[:3]), HARBOUR])


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def test_several_stories_are_said_and_each_can_be_briefed(client: TestClient) -> None:
    page = client.post("/brief", data={"text": MIXED, "words": "80"})
    assert page.status_code == 200
    assert "look like 2 stories, not one" in page.text  # the warning, shown
    # The briefing is of the largest story (the three Aleppo articles); it says what it left out.
    assert "it leaves out article 4 of the 4 given" in page.text
    assert "this briefing is of the first story alone" in page.text
    assert "Storm closes Kelmouth harbour" not in page.text.split("</ul>", 1)[1]
    offer = re.search(r'<form[^>]*class="split-offer".*?</form>', page.text, re.S)
    assert offer and 'name="split" value="1"' in offer.group(0)
    assert "Brief each story</button>" in offer.group(0)
    # The offer sends the same input again, with "brief each story" ticked.
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', offer.group(0)))
    assert fields["words"] == "80" and "Kelmouth" in fields["text"]
    split = client.post("/brief", data={"text": MIXED, "words": "80", "split": "1"})
    assert split.status_code == 200
    assert split.text.count('<section id="story-') == 2
    assert "2 stories, each briefed on its own" in split.text
    assert "Storm closes Kelmouth harbour" in split.text
    # Each story's passage anchors are its own: no id is used twice on the page.
    ids = re.findall(r' id="([^"]+)"', split.text)
    assert len(ids) == len(set(ids))
    for href in set(re.findall(r'href="#(s\d+-[^"]+)"', split.text)):
        assert href in ids, href


def test_one_story_has_no_offer_and_split_gives_one_briefing(client: TestClient) -> None:
    one = "\n---\n".join(p.read_text(encoding="utf-8") for p in ALEPPO_FILES[:3])
    page = client.post("/brief", data={"text": one, "words": "80"})
    assert page.status_code == 200 and "split-offer" not in page.text
    assert "stories, not one" not in page.text
    split = client.post("/brief", data={"text": one, "words": "80", "split": "1"})
    assert split.status_code == 200 and '<section id="story-' not in split.text


def test_uploaded_files_cannot_be_sent_again_so_the_offer_says_to_upload(
    client: TestClient,
) -> None:
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in ALEPPO_FILES[:2]]
    files.append(("files", ("harbour.txt", HARBOUR.encode(), "text/plain")))
    page = client.post("/brief", data={"words": "80"}, files=files)
    assert page.status_code == 200 and "stories, not one" in page.text
    assert "upload them again" in page.text and "Brief each story</button>" not in page.text


def test_the_form_offers_to_brief_each_story(client: TestClient) -> None:
    assert 'name="split" type="checkbox"' in client.get("/").text
