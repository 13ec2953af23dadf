"""``newsbrief serve``: the web page and the JSON API, until Ctrl-C."""

from __future__ import annotations

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


def serve(
    host: Host = "127.0.0.1",
    port: Port = 8000,
    db: Db = DEFAULT_DB,
    allow_private: AllowPrivate = False,
    llm: Llm = None,
    model: Model = None,
    api_key_env: ApiKeyEnv = DEFAULTS.llm_key_env,
) -> None:
    """Serve the web page and the JSON API (POST /api/brief; the library's stories under
    /stories and /api/stories) until Ctrl-C."""
    from newsbrief.extras import require
    from newsbrief.web.app import create_app
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
    app = create_app(settings=settings, db=Path(db), allow_private=allow_private)
    options = server_options(settings.limits)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, **options)
