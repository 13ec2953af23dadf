"""Fixtures for the ingest tests: the bundled Aleppo sample files and a file writer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ALEPPO = Path(__file__).resolve().parents[2] / "examples" / "aleppo-2016"


@pytest.fixture
def aleppo_files() -> list[Path]:
    """The five scraped sample articles, in name order."""
    return sorted(ALEPPO.glob("*.txt"))


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """``write_file("sub/a.txt", text_or_bytes)`` -> its path under tmp_path (text as UTF-8)."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
