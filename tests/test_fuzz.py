"""Fuzzing as a test suite: arbitrary text, bytes and JSON through the Python API (``brief``,
``verify_summary``) and the CLI (``brief``, ``batch``, ``ingest``, ``verify``): a result or a
one-line NewsbriefError, never another exception, a traceback or exit 70.

A bounded number of examples here (``NEWSBRIEF_FUZZ_EXAMPLES``, default 100 per test) keeps
``make test`` short; ``benchmarks/bench_fuzz.py`` runs the same tests with thousands."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

import newsbrief
from newsbrief.cli import app
from newsbrief.config import Settings
from newsbrief.errors import NewsbriefError
from newsbrief.verify import verify_summary

EXAMPLES = int(os.environ.get("NEWSBRIEF_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Words a news reader acts on (numbers, dates, quotes, names, markup), mixed with any character.
NEWSY = st.sampled_from(
    "said 100,000 1,134 people killed fled Nov. 15 on Monday last week 2016-12-13 “quoted” "
    '"Mr. Smith" U.N. 8.6 km² percent $5 million <p> </p> <html> <title> & &amp; \r\n \n\n \t'
    " \u200f \u202e 북한 中国 🙂 \x00 \x1b \ufeff".split(" ")
)
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(NEWSY, st.text(max_size=8)), max_size=80).map(" ".join),
)
FIELDS = st.sampled_from(
    ["title", "text", "body", "content", "published", "date", "url", "source", "authors", "id"]
)
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT, NEWSY)
JSON_VALUE = st.recursive(
    SCALAR,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.one_of(FIELDS, st.text(max_size=6)), inner, max_size=5)
    ),
    max_leaves=12,
)
ARTICLE_JSON = st.fixed_dictionaries(
    {"text": TEXT}, optional={f: SCALAR for f in FIELDS.elements if f != "text"}
)
JSON_TEXT = st.one_of(JSON_VALUE, ARTICLE_JSON, st.lists(ARTICLE_JSON, max_size=3)).map(
    lambda value: json.dumps(value, ensure_ascii=False)
)
DOCUMENT = st.one_of(TEXT, JSON_TEXT)
RAW = st.one_of(st.binary(max_size=600), DOCUMENT.map(lambda t: t.encode("utf-8", "replace")))


def brief_or_error(items: list[Any]) -> None:
    try:
        briefing = newsbrief.brief(items)
    except NewsbriefError as exc:
        assert "\n" not in exc.message
        return
    newsbrief.render_briefing(briefing, "json")
    newsbrief.render_briefing(briefing, "html")


@FUZZ
@given(st.lists(DOCUMENT, min_size=1, max_size=4))
def test_brief_any_texts(texts: list[str]) -> None:
    brief_or_error([t + "\n" for t in texts])  # a line break: a text, never a path


@FUZZ
@given(st.lists(RAW, min_size=1, max_size=4))
def test_brief_any_streams(data: list[bytes]) -> None:
    brief_or_error([io.BytesIO(d) for d in data])


@FUZZ
@given(TEXT, st.lists(DOCUMENT, min_size=1, max_size=3))
def test_verify_any_summary_against_any_sources(summary: str, sources: list[str]) -> None:
    try:
        verify_summary(summary, [s + "\n" for s in sources], settings=Settings())
    except NewsbriefError as exc:
        assert "\n" not in exc.message


def assert_no_internal_error(result: Result) -> None:
    assert result.exit_code in (0, 1), (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output and "internal error" not in result.output


def invoke(*args: str, data: bytes) -> Result:
    return CliRunner().invoke(app, list(args), input=data)


@FUZZ
@given(RAW, st.sampled_from(["markdown", "json", "html"]))
def test_cli_brief_any_bytes(data: bytes, fmt: str) -> None:
    assert_no_internal_error(invoke("brief", "-", "--format", fmt, data=data))


@FUZZ
@given(st.lists(st.one_of(JSON_TEXT, RAW.map(lambda b: b.decode("latin-1"))), max_size=4))
def test_cli_batch_any_lines(lines: list[str]) -> None:
    data = "\n".join(line.replace("\n", " ") for line in lines).encode("utf-8", "replace")
    assert_no_internal_error(invoke("batch", "-", "--workers", "1", data=data))


@FUZZ
@given(RAW)
def test_cli_ingest_any_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "lib.db")
        assert_no_internal_error(invoke("ingest", "-", "--db", db, data=data))


@FUZZ
@given(RAW, DOCUMENT)
def test_cli_verify_any_summary(summary: bytes, source: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "source.txt"
        path.write_text(source, encoding="utf-8", errors="replace")
        assert_no_internal_error(invoke("verify", "-", str(path), data=summary))
