"""The form of the page (``POST /brief``) and multipart requests to ``POST /api/brief``: the
uploaded ``files``, the pasted ``text``, the ``urls`` box and ``words``, read into articles."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request

from newsbrief.config import Limits
from newsbrief.ingest import ReadResult
from newsbrief.web.errors import RequestError
from newsbrief.web.inputs import (
    Upload,
    check_count,
    check_urls,
    read_pasted,
    read_uploads,
    read_urls,
    split_urls,
)
from newsbrief.web.models import MAX_WORDS
from newsbrief.web.state import AppState


@dataclass(frozen=True, slots=True)
class FormInput:
    """A form's text fields as given: the page shows them again after an error."""

    text: str
    urls: str


@asynccontextmanager
async def read_form(request: Request, limits: Limits) -> AsyncIterator[FormData]:
    """The parsed form, its uploaded files closed afterwards."""
    try:
        # Counts and sizes are checked by us (413), not by the parser (which would answer 400).
        form = await request.form(
            max_files=10 * limits.max_request_articles, max_part_size=limits.max_request_bytes
        )
    except HTTPException as exc:
        raise RequestError(f"malformed form data: {exc.detail}", status=400) from None
    try:
        yield form
    finally:
        await form.close()


def form_input(form: FormData) -> FormInput:
    return FormInput(
        text=str(form.get("text") or ""),
        urls=str(form.get("urls") or ""),
    )


def form_words(value: object) -> int | None:
    """The form's ``words``: None when left empty."""
    if value in (None, ""):
        return None
    try:
        words = int(str(value))
    except ValueError:
        raise RequestError(f"words: not a whole number: {value!r}", status=422) from None
    if not 1 <= words <= MAX_WORDS:
        raise RequestError(f"words: must be between 1 and {MAX_WORDS}", status=422)
    return words


async def form_articles(form: FormData, fields: FormInput, state: AppState) -> ReadResult:
    """Uploaded ``files``, pasted ``text`` and ``urls`` (one per line): their articles, in that
    order, and their problems. Reading (and fetching) runs in a worker thread."""
    limits = state.settings.limits
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    urls = split_urls(fields.urls)
    check_count(len(uploads) + len(urls), limits)
    check_urls(len(urls), limits)
    files = [Upload(f.filename or "upload", await f.read()) for f in uploads]
    return await run_in_threadpool(_read, files, fields.text, urls, state)


def _read(files: list[Upload], text: str, urls: list[str], state: AppState) -> ReadResult:
    limits = state.settings.limits
    parts = [read_uploads(files, limits=limits), read_pasted(text, limits=limits)]
    if urls:
        with state.fetcher() as fetcher:
            parts.append(read_urls(urls, limits=limits, fetcher=fetcher))
    articles = tuple(a for part in parts for a in part.articles)
    check_count(len(articles), limits)
    return ReadResult(articles=articles, problems=tuple(p for part in parts for p in part.problems))
