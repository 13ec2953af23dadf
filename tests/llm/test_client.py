"""The built-in OpenAI-compatible client against a fake endpoint on 127.0.0.1: the request it
sends, retries on 429/5xx, one-line errors for a dead, slow, failing or nonsensical endpoint, and
an API key that never reaches a message, a repr or the log."""

from __future__ import annotations

import logging
import socket
from dataclasses import replace

import pytest

from newsbrief.config import Limits, Settings
from newsbrief.errors import (
    LLMAnswerError,
    LLMError,
    LLMStatusError,
    LLMUnreachableError,
    NewsbriefError,
)
from newsbrief.llm.client import OpenAIChat, endpoint_name
from newsbrief.plugins import LLMS

from .fake_server import Reply, fake_endpoint

KEY = "sk-test-0123456789abcdef-SECRET"
FAST = Limits(llm_timeout=2.0, llm_tries=3, llm_backoff=0.01, llm_max_backoff=0.05)
CHAT = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello"}]


def client(url: str, **limits: float) -> OpenAIChat:
    settings = Settings(llm_url=url, llm_model="test-model", limits=replace(FAST, **limits))
    made = LLMS.get("openai")(settings)
    assert isinstance(made, OpenAIChat)
    return made


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_LLM_KEY", KEY)


def one_line(error: NewsbriefError) -> str:
    text = str(error)
    assert "\n" not in text and KEY not in text and KEY not in repr(error)
    return text


def test_a_chat_completion_is_requested_and_its_text_returned() -> None:
    with fake_endpoint(Reply("A briefing.")) as server:
        assert client(server.url).complete(CHAT) == "A briefing."
    (request,) = server.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["body"] == {"model": "test-model", "messages": CHAT, "temperature": 0}
    assert request["headers"]["Authorization"] == f"Bearer {KEY}"


def test_the_key_comes_from_the_named_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTHER_KEY", "sk-other")
    with fake_endpoint(Reply("ok")) as server:
        settings = Settings(llm_url=server.url, llm_model="m", llm_key_env="OTHER_KEY")
        OpenAIChat(settings).complete(CHAT)
        monkeypatch.delenv("OTHER_KEY")
        OpenAIChat(settings).complete(CHAT)
    assert server.requests[0]["headers"]["Authorization"] == "Bearer sk-other"
    assert "Authorization" not in server.requests[1]["headers"]  # no variable: no key sent


def test_429_and_500_are_retried_then_the_answer_is_used(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    replies = [Reply(status=500, body="{}"), Reply(status=429, body="{}"), Reply("Third time.")]
    with fake_endpoint(*replies) as server:
        assert client(server.url).complete(CHAT) == "Third time."
    assert len(server.requests) == 3
    assert "try 1 of 3" in caplog.text and KEY not in caplog.text


def test_a_failing_endpoint_is_one_line_after_the_last_try() -> None:
    with (
        fake_endpoint(Reply(status=503, body='{"error": {"message": "overloaded"}}')) as server,
        pytest.raises(LLMStatusError) as caught,
    ):
        client(server.url).complete(CHAT)
    assert len(server.requests) == 3
    assert one_line(caught.value).endswith("answered HTTP 503: overloaded (3 tries)")


def test_a_client_error_is_not_retried_and_the_key_is_masked() -> None:
    body = '{"error": {"message": "Incorrect API key provided: ' + KEY + '"}}'
    with fake_endpoint(Reply(status=401, body=body)) as server:
        chat = client(server.url)
        with pytest.raises(LLMStatusError) as caught:
            chat.complete(CHAT)
    assert len(server.requests) == 1
    assert "HTTP 401: Incorrect API key provided: ***" in one_line(caught.value)
    assert KEY not in repr(chat) and KEY not in str(vars(chat) if hasattr(chat, "__dict__") else "")


def test_a_dead_endpoint_is_one_line(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(LLMUnreachableError) as caught:
        client(f"http://user:pass@127.0.0.1:{port}/v1?key=abc").complete(CHAT)
    text = one_line(caught.value)
    assert text == (
        f"LLM endpoint http://127.0.0.1:{port}/v1/chat/completions: cannot connect "
        "(connection refused or host unknown) (3 tries)"
    )
    assert "pass" not in text and "abc" not in caplog.text


def test_a_slow_endpoint_times_out() -> None:
    with (
        fake_endpoint(Reply("late", delay=1.0)) as server,
        pytest.raises(LLMUnreachableError) as caught,
    ):
        client(server.url, llm_timeout=0.2, llm_tries=2).complete(CHAT)
    assert "no answer within 0.2 s (2 tries)" in one_line(caught.value)
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "body", ["not json at all", "{}", '{"choices": []}', '{"choices": [{"message": {}}]}',
             '{"choices": [{"message": {"content": "   "}}]}', "[1, 2]"],
)  # fmt: skip
def test_nonsense_answers_are_one_line_errors(body: str) -> None:
    with fake_endpoint(Reply(body=body)) as server, pytest.raises(LLMAnswerError) as caught:
        client(server.url).complete(CHAT)
    assert server.url.split("/v1")[0] in one_line(caught.value)


def test_a_prompt_over_the_cap_is_refused_before_sending() -> None:
    with (
        fake_endpoint(Reply("never")) as server,
        pytest.raises(LLMError, match="llm_max_prompt_chars"),
    ):
        client(server.url, llm_max_prompt_chars=10).complete(CHAT)
    assert server.requests == []


def test_the_endpoint_is_shown_without_credentials() -> None:
    assert endpoint_name("https://me:secret@api.example:8443/v1?key=k") == (
        "https://api.example:8443/v1"
    )


def test_settings_need_a_model_and_an_http_url() -> None:
    from newsbrief.errors import UsageError

    with pytest.raises(UsageError, match="--model"):
        Settings(llm_url="http://127.0.0.1:1/v1")
    with pytest.raises(UsageError, match="http"):
        Settings(llm_url="ftp://x", llm_model="m")
