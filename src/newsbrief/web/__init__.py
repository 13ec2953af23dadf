"""The web page and HTTP API (`newsbrief serve`): a thin edge over the pipeline.

``create_app()`` in ``newsbrief.web.app`` assembles the FastAPI application from ``pages`` and
``api`` (the routes), ``forms`` and ``inputs`` (request -> articles, read through ``ingest``),
``briefing`` (a request's Settings and its briefing), ``stories`` (the library), ``html``,
``errors``, ``limit`` and ``state``. FastAPI, uvicorn and pydantic are imported only under this
package, which nothing else imports, so ``import newsbrief`` stays light.
FastAPI, uvicorn and python-multipart are the [web] extra: without it, importing this package
says so in one line (MissingExtraError).
"""

from newsbrief.extras import require

for _module in ("fastapi", "uvicorn", "python_multipart"):
    require(_module, extra="web")
