"""`import newsbrief` stays light: heavy libraries load only when a stage needs them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["sklearn", "scipy.sparse", "trafilatura", "nupunkt", "numpy", "jinja2", "typer", "scipy"]


def test_import_newsbrief_loads_no_heavy_library() -> None:
    code = f"import sys, newsbrief; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_a_briefing_without_facts_loads_no_extractor() -> None:
    """batch and eval turn the facts off: their workers need not load the extractors' patterns
    (~0.3 s of each one's start-up)."""
    code = (
        "import sys; from newsbrief.batch import brief_cluster; from newsbrief.config import "
        "Settings; brief_cluster(['Rescuers reached the farm on Monday. The river rose two "
        "metres overnight and closed the valley road.'], settings=Settings(facts=False)); "
        "print(','.join(m for m in sys.modules if m.startswith('newsbrief.facts')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
