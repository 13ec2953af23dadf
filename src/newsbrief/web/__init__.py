"""The web page and HTTP API (`newsbrief serve`): a thin edge over the pipeline.

``create_app()`` in ``newsbrief.web.app`` builds the FastAPI application; FastAPI, uvicorn and
pydantic are imported only there, so ``import newsbrief`` stays light. They are the [web] extra:
without it, importing this package says so in one line (MissingExtraError).
"""

from newsbrief.extras import require

for _module in ("fastapi", "uvicorn", "multipart"):
    require(_module, extra="web")
