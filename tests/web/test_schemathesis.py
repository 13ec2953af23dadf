"""Fuzzing the HTTP API from its own schema: schemathesis generates requests for every operation
of ``/openapi.json`` (the JSON API and the pages, valid and invalid bodies, paths and query
strings) and sends them in-process to an app with a story library; no answer may be a 5xx.

A bounded number of examples (``NEWSBRIEF_SCHEMA_EXAMPLES``, default 300: a few
hundred cases in all) keeps ``make test`` short; ``benchmarks/bench_fuzz.py --api`` runs
thousands. URLs in generated articles never reach the network: every host resolves to
loopback, which the app refuses (as it does for a real one) before connecting."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from newsbrief.ingest.fetch import Fetcher  # noqa: E402
from newsbrief.web.app import create_app  # noqa: E402
from newsbrief.web.state import AppState  # noqa: E402

from .helpers import make_library  # type: ignore[import-not-found]  # noqa: E402

EXAMPLES = int(os.environ.get("NEWSBRIEF_SCHEMA_EXAMPLES", "300"))


def _offline_fetcher(self: AppState) -> Fetcher:
    """The app's fetcher, with every host resolving to 127.0.0.1 (refused: no network)."""
    return Fetcher(allow_private=False, resolver=lambda host, port: ["127.0.0.1"])


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    db = tmp_path_factory.mktemp("schema-library") / "news.db"
    make_library(Path(db))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AppState, "fetcher", _offline_fetcher)
        app = create_app(db=db)
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
@given(st.data())
def test_no_server_error(api_schema: Any, data: st.DataObject) -> None:
    mode = data.draw(st.sampled_from(list(schemathesis.GenerationMode)), label="mode")
    case = data.draw(api_schema.as_strategy(mode), label="case")
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
