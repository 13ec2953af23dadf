"""The HTML pages: the form (``/``), its briefing (``POST /brief``), and the story library's
index (``/stories``) and stories (``/stories/{id}``). A refused request shows the form (or the
index) again with the error, under the refusal's status code."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from newsbrief.pipeline import SPLIT_HINT, is_mixed
from newsbrief.web.briefing import brief, brief_each, request_settings
from newsbrief.web.errors import RequestError
from newsbrief.web.forms import FormInput, form_articles, form_input, form_words, read_form
from newsbrief.web.html import Offer, briefing_page, split_page, template_page
from newsbrief.web.state import AppState, State
from newsbrief.web.stories import find_stories, story_briefing

_BLANK = FormInput(text="", urls="")

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def index(state: State) -> Response:
    return _form_page(state)


@router.post("/brief")
async def brief_page(request: Request, state: State) -> Response:
    """The form: pasted text, uploaded files, URLs and words -> the briefing page."""
    given = _BLANK
    try:
        async with read_form(request, state.settings.limits) as form:
            given = form_input(form)
            settings = request_settings(state.settings, words=form_words(form.get("words")))
            split = str(form.get("split") or "") in ("1", "on")
            uploaded = any(getattr(f, "filename", None) for f in form.getlist("files"))
            read = await form_articles(form, given, state)
        if split:
            briefings = await run_in_threadpool(brief_each, read, settings=settings)
            if len(briefings) > 1:
                return split_page(briefings)
            return briefing_page(briefings[0])
        briefing = await run_in_threadpool(brief, read, settings=settings)
    except RequestError as exc:
        return _form_page(state, given=given, error=exc)
    offer = None
    if is_mixed(briefing):  # several stories: say so (the warning) and offer to brief each
        offer = Offer(text=given.text, urls=given.urls, words=settings.words, files=uploaded)
        hinted = tuple(w.replace(SPLIT_HINT, _WEB_HINT) for w in briefing.warnings)
        briefing = replace(briefing, warnings=hinted)
    return briefing_page(briefing, offer=offer)


# The one-story warning names the CLI's way to brief each story; the page has a button.
_WEB_HINT = "(“Brief each story” above briefs each on its own)"


# Stories on one page of /stories (?offset= pages on, ?q= searches the headlines).
PAGE_STORIES = 100


@router.get("/stories")
def stories_page(
    state: State,
    q: Annotated[str, Query(max_length=200)] = "",
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    try:
        rows, total = find_stories(state.db, q=q, offset=offset, limit=PAGE_STORIES)
    except RequestError as exc:
        return template_page("stories.html", error=exc.message, status=exc.status)
    pages = {
        "total": total,
        "first": offset + 1 if rows else 0,
        "last": offset + len(rows),
        "earlier": max(0, offset - PAGE_STORIES) if offset else None,
        "later": offset + PAGE_STORIES if offset + PAGE_STORIES < total else None,
    }
    return template_page("stories.html", stories=rows, q=q, pages=pages)


@router.get("/stories/{story}")
def story_page(story: int, state: State) -> Response:
    try:
        briefing = story_briefing(state.db, story, settings=state.settings)
    except RequestError as exc:
        return template_page("stories.html", error=exc.message, status=exc.status)
    return briefing_page(briefing, back=("/stories", "← Stories"))


def _form_page(
    state: AppState, *, given: FormInput = _BLANK, error: RequestError | None = None
) -> Response:
    """The form, filled in with what was ``given`` and the ``error`` it was refused with."""
    return template_page(
        "index.html",
        error=error.message if error else None,
        text=given.text,
        urls=given.urls,
        words=state.settings.words,
        library=state.db is not None,
        status=error.status if error else 200,
    )
