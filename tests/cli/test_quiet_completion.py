"""--quiet silences everything but errors; shell completion is offered; the per-user library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..test_language import ENGLISH, FRENCH  # type: ignore[import-not-found]


def newsbrief(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_quiet_drops_warnings_and_notes_but_not_errors(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (story / "en.txt").write_text(ENGLISH, encoding="utf-8")
    loud = newsbrief("brief", str(story), cwd=tmp_path)
    assert "warning" in loud.stderr
    quiet = newsbrief("-q", "brief", str(story), cwd=tmp_path)
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == loud.stdout
    ingest = newsbrief("--quiet", "ingest", str(story), "--db", "x.db", cwd=tmp_path)
    assert ingest.returncode == 0 and ingest.stderr == ""
    assert "duplicate" in newsbrief("ingest", str(story), "--db", "x.db", cwd=tmp_path).stderr
    missing = newsbrief("-q", "brief", "nothing-here", cwd=tmp_path)
    assert missing.returncode == 1 and missing.stderr.startswith("newsbrief: error:")


def test_shell_completion_script(tmp_path: Path) -> None:
    shown = newsbrief("--show-completion", "bash", cwd=tmp_path)
    assert shown.returncode == 0 and "complete" in shown.stdout and "newsbrief" in shown.stdout
