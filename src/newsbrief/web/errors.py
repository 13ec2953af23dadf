"""Refusals: ``RequestError`` (with its HTTP status) and the handlers that answer every error,
ours or FastAPI's, as ``{"error": message}`` with its status code."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from newsbrief.errors import NewsbriefError


class RequestError(NewsbriefError):
    """A request the server refuses; ``status`` is its HTTP status code."""

    code = "request"

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


class TooLarge(RequestError):
    code = "too-large"

    def __init__(self, message: str) -> None:
        super().__init__(message, status=413)


def add_error_handlers(app: FastAPI) -> None:
    """Every error is ``{"error": message}`` with its status code."""
    app.add_exception_handler(RequestError, _request_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]


def validation_message(errors: Any) -> str:
    """The first of pydantic's errors as one line: ``where: what (and N more problems)``."""
    first = errors[0] if errors else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    message = str(first.get("msg", "invalid request")).removeprefix("Value error, ")
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{where}: {message}{more}" if where else message + more


async def _request_error(request: Request, exc: RequestError) -> JSONResponse:
    return JSONResponse({"error": exc.message}, status_code=exc.status)


async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
    detail = {"error": str(exc.detail)}
    if exc.status_code == 404 and request.url.path.startswith("/api/"):
        where = f"{request.method} {request.url.path}"
        detail = {"error": f"no such API path: {where} (the API is described at /docs)"}
    return JSONResponse(detail, status_code=exc.status_code, headers=exc.headers)


async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse({"error": validation_message(exc.errors())}, status_code=422)
