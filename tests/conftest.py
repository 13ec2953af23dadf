"""Shared fixtures: the bundled Aleppo example and the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from newsbrief.types import Briefing

ROOT = Path(__file__).resolve().parents[1]
ALEPPO = ROOT / "examples" / "aleppo-2016"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-user library of a command run without --db lands in a temporary folder, never
    in the home of whoever runs the tests (subprocesses inherit the variable)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.delenv("NEWSBRIEF_DB", raising=False)


@pytest.fixture(scope="session")
def aleppo_dir() -> Path:
    return ALEPPO


@pytest.fixture(scope="session")
def aleppo() -> Briefing:
    return newsbrief.brief([ALEPPO])


@pytest.fixture(scope="session")
def multinews_dev() -> Path:
    path = SHARED / "data" / "multinews-dev.jsonl"
    if not path.exists():
        pytest.skip(f"evaluation data not found at {path} (needs ../shared beside the repo)")
    return path
