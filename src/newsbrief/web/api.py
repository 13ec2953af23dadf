"""The JSON API: ``POST /api/brief`` (JSON or multipart), ``GET /api/stories`` and
``GET /api/stories/{id}``. Answers are the JSON of the command line's ``--format json``; every
refusal is ``{"error": message}`` (``errors.add_error_handlers``)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from newsbrief.config import Limits
from newsbrief.ingest import ReadResult
from newsbrief.types import Briefing
from newsbrief.web.briefing import brief, request_settings
from newsbrief.web.errors import RequestError, validation_message
from newsbrief.web.forms import form_articles, form_input, form_words, read_form
from newsbrief.web.inputs import check_count, read_api_items
from newsbrief.web.models import MAX_WORDS, BriefingOut, BriefRequest, ErrorOut, StoryOut
from newsbrief.web.state import AppState, State
from newsbrief.web.stories import find_stories, story_briefing

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text}
    for code, text in (
        (400, "Malformed request or an unsupported article (e.g. a URL)"),
        (413, "Too many articles, or an article or the request too large"),
        (415, "Neither JSON nor multipart/form-data"),
        (422, "Invalid request, or no input yielded an article"),
        (404, "No such story, or no story library"),
    )
}
_BRIEFING: dict[int | str, dict[str, Any]] = {
    200: {"model": BriefingOut, "description": "The briefing"}
}

router = APIRouter(prefix="/api")


def _request_body() -> dict[str, Any]:
    """``POST /api/brief``'s two bodies, for the OpenAPI schema (the route reads the body
    itself, to cap it before validating it)."""
    form = {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
        "urls": {"type": "string", "description": "URLs to fetch, one per line"},
        "words": {"type": "integer", "minimum": 1, "maximum": MAX_WORDS},
    }
    # At least one file or one URL: a form without either briefs nothing (422), so the schema
    # must not call it valid (a client, or schemathesis, reads it as the contract).
    either = [
        {"required": ["files"], "properties": {"files": {"minItems": 1}}},
        {"required": ["urls"], "properties": {"urls": {"pattern": r"\S"}}},
    ]
    multipart = {"type": "object", "properties": form, "anyOf": either}
    return {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/BriefRequest"}},
            "multipart/form-data": {"schema": multipart},
        },
    }


@router.post(
    "/brief",
    response_model=None,
    responses={**_BRIEFING, **ERRORS},
    openapi_extra={"requestBody": _request_body()},
)
async def api_brief(request: Request, state: State) -> JSONResponse:
    """Brief articles about one story. JSON: ``{"articles": [{"text" | "html" | "url",
    "title"?, "source"?, "published"?}], "words"?}``; or multipart/form-data with one or
    more ``files`` (read like files given to ``newsbrief brief``) and an optional ``words``.
    The answer is the JSON of ``newsbrief brief --format json``."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        req = _json_request(await request.body(), state.settings.limits)
        settings = request_settings(state.settings, words=req.words)
        read = await run_in_threadpool(_read_items, req, state)
    elif kind == "multipart/form-data":
        async with read_form(request, state.settings.limits) as form:
            settings = request_settings(state.settings, words=form_words(form.get("words")))
            read = await form_articles(form, form_input(form), state)
    else:
        raise RequestError("send application/json or multipart/form-data", status=415)
    return _json(await run_in_threadpool(brief, read, settings=settings))


@router.get("/stories", response_model=list[StoryOut], responses={404: ERRORS[404]})
def api_stories(
    state: State,
    response: Response,
    limit: Annotated[int, Query(ge=1, description="Stories per page (capped at 500)")] = 100,
    offset: Annotated[int, Query(ge=0, description="Stories to skip")] = 0,
    q: Annotated[str, Query(max_length=200, description="Words the headline holds")] = "",
) -> list[dict[str, Any]]:
    """The library's stories, most recently seen first, as ``newsbrief stories --format
    json`` lists them: a page of ``limit`` from ``offset``, of those whose headline holds every
    word of ``q`` (any case); the header ``X-Total-Count`` gives how many there are in all."""
    limit = min(limit, state.settings.limits.max_page_stories)
    rows, total = find_stories(state.db, q=q, offset=offset, limit=limit)
    response.headers["X-Total-Count"] = str(total)
    return [row.record() for row in rows]


@router.get("/stories/{story}", response_model=None, responses={**_BRIEFING, 404: ERRORS[404]})
def api_story(story: int, state: State) -> JSONResponse:
    """A briefing of all the story's articles (near-duplicates left out), the JSON of
    ``newsbrief brief --story ID --format json``. Read-only: no briefing is recorded."""
    return _json(story_briefing(state.db, story, settings=state.settings))


def _json_request(body: bytes, limits: Limits) -> BriefRequest:
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RequestError(f"malformed JSON: {exc}", status=400) from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        check_count(len(data["articles"]), limits)  # refuse a huge list before validating it
    try:
        return BriefRequest.model_validate(data)
    except ValidationError as exc:
        raise RequestError(validation_message(exc.errors()), status=422) from None


def _read_items(req: BriefRequest, state: AppState) -> ReadResult:
    with state.fetcher() as fetcher:
        return read_api_items(req.articles, limits=state.settings.limits, fetcher=fetcher)


def _json(briefing: Briefing) -> JSONResponse:
    from newsbrief.render.json import to_dict

    return JSONResponse(to_dict(briefing))
