"""Hypothesis: whatever is ingested, the CLI answers in one line (no traceback), re-ingesting is
a no-op, and every stored article is in exactly one listed story."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsbrief.cli import app

WORDS = st.sampled_from(
    "Quake Italy Amatrice rescuers rubble Iceland Pirate election vote said the a of in on "
    "and 100,000 <p> </p> <rss> { } : , . “quoted” NEWLINE_CHAR ||||| \u00a0".split()
)
TEXT = st.lists(WORDS, min_size=0, max_size=80).map(" ".join)
RECORD = st.fixed_dictionaries(
    {"text": TEXT},
    optional={"id": st.text(max_size=8), "url": st.sampled_from(["http://a/1", "x", ""])},
)
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.lists(RECORD, max_size=6), st.binary(max_size=200))
def test_ingest_never_crashes_and_is_idempotent(records: list[dict[str, str]], raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "dump.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
        )
        (folder / "blob.bin").write_bytes(raw)
        db = str(folder / "lib.db")
        runner = CliRunner()
        sources = [str(folder / "dump.jsonl"), str(folder / "blob.bin")]
        first = runner.invoke(app, ["ingest", *sources, "--db", db])
        assert first.exit_code in (0, 1), first.output
        assert first.exception is None or isinstance(first.exception, SystemExit)
        assert "Traceback" not in first.output
        second = runner.invoke(app, ["ingest", *sources, "--db", db])
        assert " 0 new," in second.stderr, second.stderr
        listed = runner.invoke(app, ["stories", "--db", db, "--format", "json"])
        assert listed.exit_code == 0, listed.output
        ids = [a for story in json.loads(listed.stdout) for a in story["articles"]]
        assert len(ids) == len(set(ids))
