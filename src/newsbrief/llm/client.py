"""The built-in LLM client: OpenAI-compatible chat completions over httpx.

``POST {llm_url}/chat/completions`` with ``{"model", "messages", "temperature": 0}``; the API key
is read from the environment variable ``Settings.llm_key_env`` when the client is made and sent
as a bearer token, never printed, logged or put in an error (a message that would quote it has
it masked). Connection errors, timeouts, 429 and 5xx answers are tried again, ``Limits.llm_tries``
times in all, waiting ``llm_backoff`` seconds and doubling (a Retry-After in seconds is
honoured up to ``llm_max_backoff``); what still fails is a one-line ``LLMError``.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from newsbrief.config import Settings
from newsbrief.errors import LLMAnswerError, LLMError, LLMStatusError, LLMUnreachableError
from newsbrief.version import __version__

log = logging.getLogger("newsbrief.llm")
# Statuses worth another try: rate limited, or the server's own trouble.
RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})
# An error body is quoted in the message up to this many characters (one line stays readable).
_QUOTED_BODY = 200


def endpoint_name(url: str) -> str:
    """The URL as shown in messages: no user name or password, no query (either may hold a key)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


class OpenAIChat:
    """An OpenAI-compatible chat endpoint, made from Settings (llm_url, llm_model, llm_key_env
    and the llm_* Limits)."""

    __slots__ = ("_key", "_limits", "_model", "_url", "endpoint")

    def __init__(self, settings: Settings) -> None:
        if not settings.llm_url or not settings.llm_model:
            raise LLMError("no LLM endpoint configured (--llm URL --model NAME)")
        parts = urlsplit(settings.llm_url)
        path = parts.path.rstrip("/") + "/chat/completions"
        self._url = urlunsplit(parts._replace(path=path))
        self.endpoint = endpoint_name(self._url)
        self._model = settings.llm_model
        self._key = os.environ.get(settings.llm_key_env) or None
        self._limits = settings.limits

    def __repr__(self) -> str:
        return f"OpenAIChat({self.endpoint!r}, model={self._model!r})"

    def complete(self, messages: Sequence[dict[str, str]]) -> str:
        size = sum(len(m["content"]) for m in messages)
        if size > self._limits.llm_max_prompt_chars:
            raise LLMError(
                f"prompt of {size} characters is over llm_max_prompt_chars "
                f"({self._limits.llm_max_prompt_chars})"
            )
        body = {"model": self._model, "messages": list(messages), "temperature": 0}
        return _content(self._post(body), self.endpoint)

    def _post(self, body: dict[str, Any]) -> Any:
        import httpx

        headers = {"User-Agent": f"newsbrief/{__version__}", "Content-Type": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        limits = self._limits
        failure = ""
        with httpx.Client(timeout=limits.llm_timeout, follow_redirects=False) as client:
            for attempt in range(1, limits.llm_tries + 1):
                wait = min(limits.llm_backoff * 2 ** (attempt - 1), limits.llm_max_backoff)
                try:
                    response = client.post(self._url, json=body, headers=headers)
                except httpx.TimeoutException:
                    failure = f"no answer within {limits.llm_timeout:g} s"
                except httpx.TransportError as exc:
                    failure = f"cannot connect ({_transport(exc)})"
                else:
                    if response.status_code == 200:
                        return self._json(response)
                    if response.status_code not in RETRYABLE:
                        raise LLMStatusError(self._status(response))
                    failure = self._status(response)
                    wait = _retry_after(response, wait, limits.llm_max_backoff)
                    if attempt == limits.llm_tries:
                        raise LLMStatusError(f"{failure} ({attempt} tries)")
                log.warning("LLM try %d of %d failed: %s", attempt, limits.llm_tries, failure)
                if attempt < limits.llm_tries:
                    time.sleep(wait)
        raise LLMUnreachableError(
            f"LLM endpoint {self.endpoint}: {failure} ({limits.llm_tries} tries)"
        )

    def _status(self, response: Any) -> str:
        detail = _error_detail(response.text)
        message = f"LLM endpoint {self.endpoint} answered HTTP {response.status_code}"
        return self._masked(f"{message}: {detail}" if detail else message)

    def _json(self, response: Any) -> Any:
        try:
            return response.json()
        except ValueError:
            raise LLMAnswerError(
                f"LLM endpoint {self.endpoint} answered something that is not JSON"
            ) from None

    def _masked(self, text: str) -> str:
        return text.replace(self._key, "***") if self._key else text


def _content(data: Any, endpoint: str) -> str:
    """The text of the first choice of a chat completion; LLMAnswerError if there is none."""
    try:
        text = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        text = None
    if not isinstance(text, str) or not text.strip():
        raise LLMAnswerError(f"LLM endpoint {endpoint} answered no text (not a chat completion)")
    return text


def _error_detail(body: str) -> str:
    try:
        data = json.loads(body)
        error = data.get("error") if isinstance(data, dict) else None
        message = error.get("message") if isinstance(error, dict) else error
        text = str(message) if message else ""
    except ValueError:
        text = body
    text = " ".join(text.split())
    return text[:_QUOTED_BODY] + ("…" if len(text) > _QUOTED_BODY else "")


def _retry_after(response: Any, wait: float, most: float) -> float:
    value = response.headers.get("retry-after", "")
    try:
        return min(max(0.0, float(value)), most)
    except ValueError:
        return wait


def _transport(exc: Exception) -> str:
    """What went wrong, without the exception's text (which may quote the request)."""
    name = type(exc).__name__
    return {
        "ConnectError": "connection refused or host unknown",
        "RemoteProtocolError": "the server closed the connection",
        "ReadError": "the connection broke",
        "WriteError": "the connection broke",
    }.get(name, name)
