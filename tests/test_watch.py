"""newsbrief watch: polls feeds, prints the stories that changed, stops cleanly on Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app
from newsbrief.library import parse_interval

from .test_cluster import ELECTION, QUAKE  # type: ignore[import-not-found]


def feed(path: Path, entries: list[tuple[str, str, str]]) -> Path:
    items = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid>"
        f"<pubDate>Wed, 24 Aug 2016 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{text}</p>]]></description></item>"
        for guid, title, text in entries
    )
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
        "</channel></rss>",
        encoding="utf-8",
    )
    return path


def test_watch_prints_changed_stories_then_nothing_new(tmp_path: Path) -> None:
    source = feed(
        tmp_path / "wire.rss",
        [("q1", "Quake hits Italy", QUAKE[0]), ("v1", "Iceland votes", ELECTION[0])],
    )
    db = str(tmp_path / "lib.db")
    first = CliRunner().invoke(app, ["watch", str(source), "--rounds", "1", "--db", db])
    assert first.exit_code == 0, first.output
    assert "2 new, 0 near-duplicate, 2 stories changed" in first.stdout
    assert "Quake hits Italy" in first.stdout and "Iceland votes" in first.stdout
    feed(source, [("q1", "Quake hits Italy", QUAKE[0]), ("q2", "Rescuers dig", QUAKE[1])])
    second = CliRunner().invoke(app, ["watch", str(source), "--rounds", "1", "--db", db])
    assert "1 new, 0 near-duplicate, 1 story changed" in second.stdout
    assert "(2 articles): Quake hits Italy" in second.stdout


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("15m", 900), ("2h", 7200), ("5", 300)])
def test_intervals(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


def test_a_bad_interval_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["watch", "x.rss", "--every", "soon", "--db", str(tmp_path / "l.db")]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("newsbrief: error: --every")


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    source = feed(tmp_path / "wire.rss", [("q1", "Quake hits Italy", QUAKE[0])])
    code = "import sys; from newsbrief.cli import main; sys.argv[0] = 'newsbrief'; main()"
    args = ["watch", str(source), "--every", "1h", "--db", str(tmp_path / "lib.db")]
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().decode()  # the first poll is done
        assert "1 new" in line
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert process.returncode == 0, err.decode()
    assert "watch stopped" in err.decode()
    assert "Traceback" not in err.decode()
