"""`serve --llm`: the API's briefings are written by the LLM and verified, as `brief --llm`."""

from __future__ import annotations

from fastapi.testclient import TestClient

from newsbrief.config import Limits, Settings
from newsbrief.web.app import create_app

from ..llm.fake_server import Reply, fake_endpoint  # type: ignore[import-not-found]
from .helpers import ALEPPO_FILES  # type: ignore[import-not-found]

GOOD = "About 100,000 people are trapped in besieged areas of eastern Aleppo."
INVENTED = "Government shelling killed 3,500 civilians in a single night."
FAST = Limits(llm_timeout=5.0, llm_tries=1)


def articles() -> list[dict[str, str]]:
    return [{"text": p.read_text(encoding="utf-8")} for p in ALEPPO_FILES]


def test_the_api_answers_a_grounded_briefing() -> None:
    with fake_endpoint(Reply(f"{GOOD} {INVENTED}")) as server:
        settings = Settings(llm_url=server.url, llm_model="fake", limits=FAST)
        client = TestClient(create_app(settings=settings))
        response = client.post("/api/brief", json={"articles": articles(), "words": 80})
    assert response.status_code == 200
    data = response.json()
    assert [s["text"] for s in data["summary"]] == [GOOD]
    assert [d["text"] for d in data["grounding"]["dropped"]] == [INVENTED]


def test_a_dead_llm_is_a_bad_gateway() -> None:
    settings = Settings(llm_url="http://127.0.0.1:9/v1", llm_model="fake", limits=FAST)
    client = TestClient(create_app(settings=settings))
    response = client.post("/api/brief", json={"articles": articles()})
    assert response.status_code == 502
    assert "error" in response.json()
