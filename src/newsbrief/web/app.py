"""The FastAPI application, assembled: the pages (``pages``), the JSON API (``api``), the error
handlers (``errors``), the body cap (``limit``) and the state every request shares (``state``).

Request bodies are capped (``Settings.limits``; 413 beyond). Pages are escaped and run only
their own script (``html``).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from newsbrief.config import Settings
from newsbrief.version import __version__
from newsbrief.web import api, pages
from newsbrief.web.errors import add_error_handlers
from newsbrief.web.limit import BodyLimit
from newsbrief.web.models import BriefRequest
from newsbrief.web.state import AppState, install


def create_app(
    *,
    settings: Settings | None = None,
    db: Path | None = None,
    allow_private: bool = False,
) -> FastAPI:
    """The web application. ``settings`` as for ``brief`` (a request's ``words`` overrides;
    ``settings.limits`` caps requests and fetching); ``db``: the story library to list and brief
    (None: no stories); ``allow_private``: let URL articles reach loopback and private addresses
    (as ``ingest --allow-private``)."""
    state = AppState(settings=settings or Settings(), db=db, allow_private=allow_private)
    app = FastAPI(
        title="newsbrief",
        version=__version__,
        description="Turn a pile of news articles about one story into a short, cited briefing.",
    )
    install(app, state)
    limits = state.settings.limits
    app.add_middleware(
        BodyLimit, max_bytes=limits.max_request_bytes, seconds=limits.request_body_seconds
    )
    add_error_handlers(app)
    app.include_router(pages.router)
    app.include_router(api.router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema, with ``BriefRequest`` (read by ``POST /api/brief`` itself, so not seen
    by FastAPI) among the components."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        defs = BriefRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.update(defs.pop("$defs", {}))
        components["BriefRequest"] = defs
        app.openapi_schema = schema
    return app.openapi_schema


# serve --workers N: each worker process builds its own app from this variable (JSON: "db",
# "allow_private", and the Settings fields serve sets), since uvicorn starts workers from an
# import string ("newsbrief.web.app:app_from_environment"), not from an app object.
SERVE_CONFIG = "NEWSBRIEF_SERVE_CONFIG"


def serve_config(settings: Settings, *, db: Path | None, allow_private: bool) -> str:
    llm = {k: getattr(settings, k) for k in ("llm_url", "llm_model", "llm_key_env")}
    return json.dumps({"db": str(db) if db else None, "allow_private": allow_private, **llm})


def app_from_environment() -> FastAPI:
    config = json.loads(os.environ[SERVE_CONFIG])
    db = config.pop("db")
    allow_private = config.pop("allow_private")
    settings = replace(Settings(), **config)
    return create_app(settings=settings, db=Path(db) if db else None, allow_private=allow_private)
