"""An ASGI middleware that caps request bodies: 413 with ``{"error": ...}`` beyond the cap,
whether the client declares the length up front or streams the body in chunks, and 408 when the
whole body has not arrived within ``seconds`` (a slow-body client is cut). A client that
leaves before its body has arrived is let go quietly: no answer, no traceback."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _Exceeded(Exception):
    pass


class _TooSlow(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp, *, max_bytes: int, seconds: float = 120.0) -> None:
        self.app, self.max_bytes, self.seconds = app, max_bytes, seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send, 413, self._too_large())
            return
        seen = 0
        started = False
        deadline = time.monotonic() + self.seconds
        done = False  # the whole body has arrived: later receives wait for a disconnect

        async def counted() -> Message:
            nonlocal seen, done
            if done:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), deadline - time.monotonic())
            except TimeoutError:
                raise _TooSlow from None
            done = message["type"] != "http.request" or not message.get("more_body", False)
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise _Exceeded
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except ClientDisconnect:
            # The client left before its body arrived: no one to answer, nothing wrong here
            # (uvicorn logged a traceback for each one, 1,000 for 1,000 impatient clients).
            return
        except _Exceeded:
            if started:
                raise
            await self._refuse(send, 413, self._too_large())
        except _TooSlow:
            if started:
                raise
            message = f"request body too slow (not complete within {self.seconds:g} s)"
            await self._refuse(send, 408, message)

    def _too_large(self) -> str:
        return f"request too large (at most {self.max_bytes / (1024 * 1024):g} MiB)"

    async def _refuse(self, send: Send, status: int, message: str) -> None:
        body = json.dumps({"error": message}).encode()
        headers: list[Any] = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
