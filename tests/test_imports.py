"""`import newsbrief` stays light: heavy libraries load only when a stage needs them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["sklearn", "scipy.sparse", "trafilatura", "nupunkt", "numpy", "jinja2", "typer", "scipy"]


def test_import_newsbrief_loads_no_heavy_library() -> None:
    code = f"import sys, newsbrief; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
