"""Regression gate on the labelled faithfulness set (benchmarks/data/faithfulness-labels.jsonl,
sentences regenerated from the Multi-News dev set, skipped when it is absent), run through
benchmarks/bench_verify.py as the benchmark runs it: a labels file given as a path is read (the
blind set 2 is scored that way), and the verifier at its default threshold keeps what
benchmarks/RESULTS.md records (balanced accuracy 0.827, every invented figure and name caught).
The set has been seen, so this catches regressions; it does not measure accuracy."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
MIN_BALANCED = 0.82


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_verify", ROOT / "benchmarks" / "bench_verify.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_verify"] = module
    spec.loader.exec_module(module)
    return module


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    monkeypatch.setattr(sys, "argv", ["bench_verify.py", *args])
    bench().main()
    return capsys.readouterr().out


def test_the_labelled_set_keeps_its_score(
    multinews_dev: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(monkeypatch, capsys, "labels", "--data", str(multinews_dev))
    balanced = float(out.split("balanced accuracy ")[1].split()[0])
    assert balanced >= MIN_BALANCED, out
    assert "perturbed: 40 items, verdict right on 40" in out, out


def test_a_labels_file_is_read_from_the_path_given(
    multinews_dev: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = (ROOT / "benchmarks" / "data" / "faithfulness-labels.jsonl").read_text().splitlines()
    path = tmp_path / "set2.jsonl"
    path.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    out = run(monkeypatch, capsys, "labels", str(path), "--data", str(multinews_dev))
    assert f"labels: {path}" in out and "4 labelled sentences" in out, out
    with pytest.raises(SystemExit, match="labels not found"):
        run(monkeypatch, capsys, "labels", str(tmp_path / "missing.jsonl"))
