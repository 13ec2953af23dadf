"""The command line stays a thin edge: small modules and functions; ``python -m newsbrief``."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import newsbrief
import newsbrief.cli

CLI = Path(newsbrief.cli.__file__).parent
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60


def test_cli_modules_and_functions_are_small() -> None:
    for path in sorted(CLI.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= MAX_MODULE_LINES, path.name
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                length = node.end_lineno - node.lineno + 1
                assert length <= MAX_FUNCTION_LINES, f"{path.name}: {node.name} ({length} lines)"


def test_python_m_newsbrief_runs_the_command_line() -> None:
    src = str(Path(newsbrief.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src}
    proc = subprocess.run(
        [sys.executable, "-m", "newsbrief", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"newsbrief {newsbrief.__version__}\n"
