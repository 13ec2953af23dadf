"""The web page and HTTP API (`newsbrief serve`): a thin edge over the pipeline.

``create_app()`` in ``newsbrief.web.app`` builds the FastAPI application; FastAPI, uvicorn and
pydantic are imported only in this package, so ``import newsbrief`` stays light. FastAPI, uvicorn
and python-multipart are the [web] extra: without it, importing this package says so in one line
(MissingExtraError).
"""

from newsbrief.extras import require

for _module in ("fastapi", "uvicorn", "python_multipart"):
    require(_module, extra="web")
