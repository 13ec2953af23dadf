"""``newsbrief serve``: the web page and the JSON API, until Ctrl-C."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli.console import EXIT_USAGE, fail, note, warn
from newsbrief.cli.options import (
    DEFAULT_DB,
    DEFAULTS,
    AllowPrivate,
    ApiKeyEnv,
    Db,
    Llm,
    Model,
    settings_from,
)
from newsbrief.errors import UsageError

Host = Annotated[
    str,
    typer.Option("--host", help="Address to listen on; the default serves this machine only."),
]
Port = Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")]
_LOCAL = ("127.0.0.1", "localhost", "::1")


ServeWorkers = Annotated[
    int,
    typer.Option(
        "--workers",
        min=1,
        metavar="N",
        help="Server processes sharing the port (one per core serves about N times the briefs).",
    ),
]


def serve(
    host: Host = "127.0.0.1",
    port: Port = 8000,
    db: Db = DEFAULT_DB,
    allow_private: AllowPrivate = False,
    llm: Llm = None,
    model: Model = None,
    api_key_env: ApiKeyEnv = DEFAULTS.llm_key_env,
    workers: ServeWorkers = 1,
) -> None:
    """Serve the web page and the JSON API (POST /api/brief; the library's stories under
    /stories and /api/stories) until Ctrl-C."""
    from newsbrief.extras import require
    from newsbrief.web.app import SERVE_CONFIG, create_app, serve_config
    from newsbrief.web.server import server_options

    uvicorn = require("uvicorn", extra="web")

    if host not in _LOCAL:
        warn(f"listening on {host}: anyone who can reach this address can use the server")
    if not Path(db).is_file():
        warn(f"{db}: no such library yet; the stories pages will say so until it is ingested")
    note(f"serving http://{host}:{port}/ (Ctrl-C to stop)")
    try:
        settings = settings_from(llm_url=llm, llm_model=model, llm_key_env=api_key_env)
    except UsageError as exc:
        fail(exc.message, EXIT_USAGE)
    options = server_options(settings.limits, workers=workers)
    common = {"host": host, "port": port, "log_level": "warning", "access_log": False}
    if workers == 1:
        app = create_app(settings=settings, db=Path(db), allow_private=allow_private)
        uvicorn.run(app, **common, **options)
        return
    # Several processes share the listening socket; each builds its app from the environment.
    os.environ[SERVE_CONFIG] = serve_config(settings, db=Path(db), allow_private=allow_private)
    target = "newsbrief.web.app:app_from_environment"
    uvicorn.run(target, factory=True, workers=workers, **common, **options)
