"""The FastAPI application: the page (``/``, ``/brief``) and the JSON API (``/api/brief``).

Safety: every piece of article text reaches the page through Jinja2 autoescaping, and pages carry
a Content-Security-Policy that runs only the page's own script (by nonce), so an article holding
``<script>`` or ``onerror=`` stays text. Request bodies are capped (``Limits``; 413 beyond).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from newsbrief.config import Settings
from newsbrief.errors import NewsbriefError
from newsbrief.pipeline import brief_articles, read_clean
from newsbrief.types import Article, Briefing
from newsbrief.version import __version__
from newsbrief.web.inputs import (
    Fetch,
    Limits,
    RequestError,
    api_articles,
    check_count,
    check_urls,
    pasted_articles,
    split_urls,
    uploaded_articles,
    url_articles,
)
from newsbrief.web.limit import BodyLimit
from newsbrief.web.models import MAX_WORDS, BriefingOut, BriefRequest, ErrorOut, StoryOut
from newsbrief.web.stories import story_briefing, story_rows

_T = TypeVar("_T")

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text}
    for code, text in (
        (400, "Malformed request or an unsupported article (e.g. a URL)"),
        (413, "Too many articles, or an article or the request too large"),
        (415, "Neither JSON nor multipart/form-data"),
        (422, "Invalid request, or no input yielded an article"),
        (404, "No such story, or no story library"),
    )
}


def create_app(
    *,
    settings: Settings | None = None,
    limits: Limits | None = None,
    db: Path | None = None,
    allow_private: bool = False,
) -> FastAPI:
    """The web application. ``settings`` as for ``brief`` (a request's ``words`` overrides);
    ``db``: the story library to list and brief (None: no stories); ``allow_private``: let URL
    articles reach loopback and private addresses (as ``ingest --allow-private``)."""
    base = settings or Settings()
    caps = limits or Limits()
    fetching = _Fetching(allow_private)
    app = FastAPI(
        title="newsbrief",
        version=__version__,
        description="Turn a pile of news articles about one story into a short, cited briefing.",
    )
    app.add_middleware(BodyLimit, max_bytes=caps.max_request_bytes)
    _add_error_handlers(app)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> Response:
        return _page("index.html", words=base.words, library=db is not None)

    @app.post("/brief", response_class=HTMLResponse, include_in_schema=False)
    async def brief_page(request: Request) -> Response:
        """The form: pasted text, uploaded files and words -> the briefing page."""
        text = urls = ""
        try:
            async with _form(request, caps) as form:
                text, urls = str(form.get("text") or ""), str(form.get("urls") or "")
                words = _words(form.get("words"), base.words)
                articles, problems = await _form_articles(form, caps, fetching)
            briefing = await run_in_threadpool(_brief, articles, problems, base, words)
        except RequestError as exc:
            return _page(
                "index.html",
                error=exc.message,
                text=text,
                urls=urls,
                words=base.words,
                library=db is not None,
                status=exc.status,
            )
        return _briefing_page(briefing)

    @app.post(
        "/api/brief",
        response_model=None,
        responses={200: {"model": BriefingOut, "description": "The briefing"}, **_ERRORS},
        openapi_extra={"requestBody": _request_body()},
    )
    async def api_brief(request: Request) -> JSONResponse:
        """Brief articles about one story. JSON: ``{"articles": [{"text" | "html" | "url",
        "title"?, "source"?, "published"?}], "words"?}``; or multipart/form-data with one or
        more ``files`` (read like files given to ``newsbrief brief``) and an optional ``words``.
        The answer is the JSON of ``newsbrief brief --format json``."""
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/json":
            req = _json_request(await request.body(), caps)
            articles, problems = await run_in_threadpool(
                fetching.run, _api_items, req.articles, caps
            )
            words = req.words
        elif kind == "multipart/form-data":
            async with _form(request, caps) as form:
                words = _words(form.get("words"), base.words)
                articles, problems = await _form_articles(form, caps, fetching)
        else:
            raise RequestError("send application/json or multipart/form-data", status=415)
        briefing = await run_in_threadpool(_brief, articles, problems, base, words)
        from newsbrief.render.json import to_dict

        return JSONResponse(to_dict(briefing))

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page() -> Response:
        try:
            rows = story_rows(db)
        except RequestError as exc:
            return _page("stories.html", error=exc.message, status=exc.status)
        return _page("stories.html", stories=rows)

    @app.get("/stories/{story}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story: int) -> Response:
        try:
            briefing = story_briefing(db, story, settings=base)
        except RequestError as exc:
            return _page("stories.html", error=exc.message, status=exc.status)
        return _briefing_page(briefing, back=("/stories", "← Stories"))

    @app.get(
        "/api/stories",
        response_model=list[StoryOut],
        responses={404: _ERRORS[404]},
    )
    def api_stories() -> list[dict[str, Any]]:
        """The library's stories, most recently seen first, as ``newsbrief stories --format
        json`` lists them."""
        return [row.record() for row in story_rows(db)]

    @app.get(
        "/api/stories/{story}",
        response_model=None,
        responses={200: {"model": BriefingOut, "description": "The briefing"}, 404: _ERRORS[404]},
    )
    def api_story(story: int) -> JSONResponse:
        """A briefing of all the story's articles (near-duplicates left out), the JSON of
        ``newsbrief brief --story ID --format json``. Read-only: no briefing is recorded."""
        from newsbrief.render.json import to_dict

        return JSONResponse(to_dict(story_briefing(db, story, settings=base)))

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            defs = BriefRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(defs.pop("$defs", {}))
            components["BriefRequest"] = defs
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _request_body() -> dict[str, Any]:
    return {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/BriefRequest"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                        "urls": {"type": "string", "description": "URLs to fetch, one per line"},
                        "words": {"type": "integer", "minimum": 1, "maximum": MAX_WORDS},
                    },
                }
            },
        },
    }


def _add_error_handlers(app: FastAPI) -> None:
    """Every error is ``{"error": message}`` with its status code."""

    @app.exception_handler(RequestError)
    async def request_error(request: Request, exc: RequestError) -> JSONResponse:
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse(
            {"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": _validation_message(exc.errors())}, status_code=422)


def _validation_message(errors: Any) -> str:
    first = errors[0] if errors else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    message = str(first.get("msg", "invalid request")).removeprefix("Value error, ")
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{where}: {message}{more}" if where else message + more


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
        raise RequestError(_validation_message(exc.errors()), status=422) from None


@asynccontextmanager
async def _form(request: Request, limits: Limits) -> AsyncIterator[Any]:
    """The parsed form, its uploaded files closed afterwards."""
    try:
        # Counts and sizes are checked by us (413), not by the parser (which would answer 400).
        form = await request.form(
            max_files=10 * limits.max_articles, max_part_size=limits.max_request_bytes
        )
    except HTTPException as exc:
        raise RequestError(f"malformed form data: {exc.detail}", status=400) from None
    try:
        yield form
    finally:
        await form.close()


async def _form_articles(
    form: Any, limits: Limits, fetching: _Fetching
) -> tuple[list[Article], list[str]]:
    """Uploaded ``files``, pasted ``text`` and ``urls`` (one per line) of a form."""
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    pasted = str(form.get("text") or "")
    urls = split_urls(str(form.get("urls") or ""))
    check_count(len(uploads) + len(urls), limits)
    check_urls(len(urls))
    files = [(f.filename or "upload", await f.read()) for f in uploads]
    articles, problems = uploaded_articles(files, limits=limits)
    more, more_problems = pasted_articles(pasted, limits=limits)
    fetched, missing = await run_in_threadpool(fetching.run, _fetch_urls, urls, limits)
    everything = articles + more + fetched
    check_count(len(everything), limits)
    return everything, problems + more_problems + missing


def _fetch_urls(urls: list[str], limits: Limits, fetch: Fetch) -> tuple[list[Article], list[str]]:
    return url_articles(urls, fetch=fetch)


def _api_items(items: Any, limits: Limits, fetch: Fetch) -> tuple[list[Article], list[str]]:
    return api_articles(items, limits=limits, fetch=fetch)


class _Fetching:
    """Runs a collecting function with a fetcher (the library's guarded one), opened only when
    a URL is actually fetched and closed afterwards."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def run(self, collect: Callable[[Any, Limits, Fetch], _T], items: Any, limits: Limits) -> _T:
        from newsbrief.ingest import stream
        from newsbrief.ingest.fetch import Fetcher

        with Fetcher(allow_private=self.allow_private) as fetcher:

            def fetch(url: str) -> list[Article | str]:
                return list(stream([url], fetcher=fetcher))

            return collect(items, limits, fetch)


def _words(value: Any, default: int) -> int:
    if value in (None, ""):
        return default
    try:
        words = int(str(value))
    except ValueError:
        raise RequestError(f"words: not a whole number: {value!r}", status=422) from None
    if not 1 <= words <= MAX_WORDS:
        raise RequestError(f"words: must be between 1 and {MAX_WORDS}", status=422)
    return words


def _brief(articles: list[Article], problems: list[str], base: Settings, words: int) -> Briefing:
    read = read_clean(articles)
    warnings = (*problems, *read.problems)
    if not read.articles:
        detail = "; ".join(warnings) if warnings else "no article given"
        raise RequestError(f"no article to brief: {detail}", status=422)
    try:
        settings = replace(base, words=words)
        return brief_articles(list(read.articles), settings=settings, warnings=warnings)
    except NewsbriefError as exc:
        raise RequestError(exc.message, status=422) from None


# Pages run only their own inline script (by nonce); styles are inline; nothing is fetched.
_CSP = (
    "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
    "img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_NAV = (
    '<nav style="font: 14px system-ui, sans-serif; max-width: 1200px; margin: 0 auto; '
    'padding: .6rem 1.25rem 0"><a href="{href}">{label}</a></nav>'
)

# Hovering a citation marker highlights the passage it cites (clicking also scrolls to it).
_HOVER = """<style>.cite-hover {{ background: var(--mark); }}</style>
<script nonce="{nonce}">
  document.querySelectorAll("a.cite[href^='#']").forEach(function (a) {{
    var target = document.getElementById(a.getAttribute("href").slice(1));
    if (!target) {{ return; }}
    a.addEventListener("mouseenter", function () {{ target.classList.add("cite-hover"); }});
    a.addEventListener("mouseleave", function () {{ target.classList.remove("cite-hover"); }});
  }});
</script>
"""


def _briefing_page(
    briefing: Briefing, *, back: tuple[str, str] = ("/", "← New briefing")
) -> HTMLResponse:
    from newsbrief.render.html import to_html

    nonce = secrets.token_urlsafe(16)
    # Article text is escaped, so the only "<script>" and "<body>" are the template's own.
    page = to_html(briefing).replace("<script>", f'<script nonce="{nonce}">')
    page = page.replace("<body>", "<body>\n" + _NAV.format(href=back[0], label=back[1]), 1)
    page = page.replace("</body>", _HOVER.format(nonce=nonce) + "</body>", 1)
    return _html(page, nonce=nonce)


def _page(name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    nonce = secrets.token_urlsafe(16)
    page = _templates().get_template(name).render(nonce=nonce, version=__version__, **context)
    return _html(page, nonce=nonce, status=status)


def _html(page: str, *, nonce: str, status: int = 200) -> HTMLResponse:
    headers = {
        "Content-Security-Policy": _CSP.format(nonce=nonce),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }
    return HTMLResponse(page, status_code=status, headers=headers)


@lru_cache(maxsize=1)
def _templates() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("newsbrief", "web/templates"),
        autoescape=select_autoescape(["html"]),
    )
