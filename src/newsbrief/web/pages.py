"""The HTML pages: the form (``/``), its briefing (``POST /brief``), and the story library's
index (``/stories``) and stories (``/stories/{id}``). A refused request shows the form (or the
index) again with the error, under the refusal's status code."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from newsbrief.web.briefing import brief, request_settings
from newsbrief.web.errors import RequestError
from newsbrief.web.forms import FormInput, form_articles, form_input, form_words, read_form
from newsbrief.web.html import briefing_page, template_page
from newsbrief.web.state import AppState, State
from newsbrief.web.stories import story_briefing, story_rows

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
            read = await form_articles(form, given, state)
        briefing = await run_in_threadpool(brief, read, settings=settings)
    except RequestError as exc:
        return _form_page(state, given=given, error=exc)
    return briefing_page(briefing)


@router.get("/stories")
def stories_page(state: State) -> Response:
    try:
        rows = story_rows(state.db)
    except RequestError as exc:
        return template_page("stories.html", error=exc.message, status=exc.status)
    return template_page("stories.html", stories=rows)


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
