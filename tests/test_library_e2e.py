"""The issue's "done when": from an empty directory, a feed served locally, a WARC and a JSON
Lines dump build a library; stories are listed; a story is briefed, then updated with --new."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app

from .conftest import ALEPPO  # type: ignore[import-not-found]
from .ingest.test_feeds_warc import warc  # type: ignore[import-not-found]
from .ingest.test_fetch import Handler  # type: ignore[import-not-found]
from .test_cluster import QUAKE  # type: ignore[import-not-found]


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.stdout


@pytest.fixture
def site() -> Iterator[str]:
    """The feed and pages of tests/ingest/test_fetch.py, served on 127.0.0.1."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_from_an_empty_directory(
    tmp_path: Path,
    site: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert os.listdir(tmp_path) == []
    aleppo = sorted(ALEPPO.iterdir())
    dump = tmp_path / "dump.jsonl"
    lines = [
        {"id": f"aleppo-{i}", "text": p.read_text(encoding="utf-8")}
        for i, p in enumerate(aleppo[:3])
    ]
    lines.append({"id": "quake", "text": QUAKE[0], "source": "ansa"})
    dump.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    run("ingest", f"{site}/feed", "--allow-private")
    run("ingest", str(warc(tmp_path / "crawl.warc")), str(dump))
    library = Path(os.environ["XDG_DATA_HOME"]) / "newsbrief" / "library.db"
    assert library.exists()  # the per-user library, its folder created
    assert not (tmp_path / "newsbrief.db").exists()  # not wherever the user stands
    stories = json.loads(run("stories", "--format", "json"))
    groups = sorted(sorted(s["articles"]) for s in stories)
    assert ["aleppo-0", "aleppo-1", "aleppo-2"] in groups
    assert ["quake"] in groups
    assert len(stories) == 4  # Aleppo, the quake, the wildfire feed, the rates page
    aleppo_story = next(s for s in stories if "aleppo-0" in s["articles"])
    sid = str(aleppo_story["id"])
    assert "# " in run("brief", "--story", sid)
    more = tmp_path / "more.jsonl"
    more.write_text(
        "".join(
            json.dumps({"id": f"aleppo-{i}", "text": p.read_text(encoding="utf-8")}) + "\n"
            for i, p in enumerate(aleppo[3:], 3)
        ),
        encoding="utf-8",
    )
    run("ingest", str(more))
    update = json.loads(run("brief", "--story", sid, "--new", "--format", "json"))
    assert {a["id"] for a in update["articles"]} == {"aleppo-3", "aleppo-4"}
