"""``newsbrief serve``'s server: uvicorn, with a time limit on every part of a request so a slow
client cannot hold a connection forever.

- headers: ``Limits.request_header_seconds`` from the connection's start (or the end of its
  previous response) to the end of the request's headers, else the connection is closed
  (uvicorn has no such limit of its own: ``headers_timeout_protocol``);
- body: ``Limits.request_body_seconds`` for the whole body, else 408 (``limit.BodyLimit``);
- between requests on a kept-alive connection: uvicorn's ``timeout_keep_alive``, 5 s;
- sizes: headers at most 16 KiB (h11's ``max_incomplete_event_size``, 431/400 beyond), bodies
  ``Limits.max_request_bytes`` (413).
"""

from __future__ import annotations

import asyncio
from typing import Any

from newsbrief.config import Limits

KEEP_ALIVE_SECONDS = 5
MAX_HEADER_BYTES = 16 * 1024


def headers_timeout_protocol(seconds: float) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol, closing a connection whose request headers have not all arrived
    ``seconds`` after it opened or after its last response was sent."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeadersTimeout(H11Protocol):
        _timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._timer is not None:
                self._timer.cancel()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = self.loop.call_later(seconds, self._late)

        def _late(self) -> None:
            waiting = self.cycle is None or self.cycle.response_complete
            if waiting and not self.transport.is_closing():
                self.transport.close()

    return HeadersTimeout


def __getattr__(name: str) -> Any:
    # "newsbrief.web.server:HeadersTimeout", the protocol with the default header limit, by an
    # import string: worker processes (serve --workers) are given their configuration pickled,
    # and a class made in a function cannot be.
    if name == "HeadersTimeout":
        return headers_timeout_protocol(Limits().request_header_seconds)
    raise AttributeError(name)


def server_options(limits: Limits, *, workers: int = 1) -> dict[str, Any]:
    """The keyword arguments for ``uvicorn.run`` / ``uvicorn.Config`` that set the limits."""
    several = workers > 1 and limits.request_header_seconds == Limits().request_header_seconds
    http: Any = "newsbrief.web.server:HeadersTimeout" if several else None
    return {
        "http": http or headers_timeout_protocol(limits.request_header_seconds),
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
    }
