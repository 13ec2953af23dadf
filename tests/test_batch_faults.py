"""``batch -o OUT`` under faults: a full disk is one line and leaves OUT as it was; kill -9 at any
moment leaves OUT absent or old, never a truncated file passed off as complete; --resume (or a
plain re-run) completes it."""

from __future__ import annotations

import json
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def clusters(path: Path, n: int, *, seed: int = 5) -> Path:
    """``n`` clusters of three made-up articles each."""
    rng = random.Random(seed)
    words = ["".join(rng.choices("abcdefghiklmnoprstuw", k=rng.randint(3, 9))) for _ in range(2000)]

    small = ["the", "of", "and", "to", "in", "that", "was", "for", "on", "with"]

    def document() -> str:  # English enough to be read as English (nlp/language.py)
        picked = [
            w
            for pair in zip(rng.choices(words, k=60), rng.choices(small, k=60), strict=True)
            for w in pair
        ]
        return ". ".join(" ".join(picked[j : j + 15]).capitalize() for j in range(0, 120, 15)) + "."

    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"c{i}", "documents": [document() for _ in range(3)]}))
            out.write("\n")
    return path


def command(*args: str | Path) -> list[str]:
    # --all-documents: made-up articles share no words, so each cluster looks like three stories
    # and the one-story check would warn on every line; these tests count the lines of stderr.
    return [
        *(sys.executable, "-m", "newsbrief", "batch"),
        *map(str, args),
        *("--workers", "1", "--all-documents"),
    ]


def run(*args: str | Path, fsize: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:  # a full disk: writes past fsize bytes fail (Python ignores SIGXFSZ)
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        command(*args), capture_output=True, text=True, timeout=300, preexec_fn=limit
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The input, and its complete output from an undisturbed run."""
    folder = tmp_path_factory.mktemp("batch-faults")
    source = clusters(folder / "in.jsonl", 40)
    out = folder / "out.jsonl"
    done = run(source, "-o", out)
    assert done.returncode == 0, done.stderr
    return source, out.read_bytes()


def test_a_full_disk_is_one_line_and_leaves_the_output_as_it_was(
    tmp_path: Path, reference: tuple[Path, bytes]
) -> None:
    """Was exit 70 (an OSError) with OUT truncated to what fitted."""
    source, whole = reference
    out = tmp_path / "out.jsonl"
    out.write_text("an older run's output\n", encoding="utf-8")
    full = run(source, "-o", out, fsize=len(whole) // 3)
    assert full.returncode == 1, full.stderr
    assert "Traceback" not in full.stderr and "internal error" not in full.stderr
    errors = [line for line in full.stderr.splitlines() if line.startswith("newsbrief: error:")]
    assert len(errors) == 1, full.stderr
    assert f"disk full while writing {out}" in errors[0]
    assert f"kept in {out}.partial: run again with --resume" in errors[0]
    assert out.read_text(encoding="utf-8") == "an older run's output\n"
    resumed = run(source, "-o", out, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "already done" in resumed.stderr
    assert out.read_bytes() == whole
    assert not Path(f"{out}.partial").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_never_leaves_a_truncated_output(
    tmp_path: Path, reference: tuple[Path, bytes]
) -> None:
    """Three kills at random moments and one once the first summaries are written: OUT is the
    old file or absent, never part of a run; --resume makes it whole."""
    source, whole = reference
    old = whole.splitlines(keepends=True)[0]  # an earlier run's output (resumable as such)
    rng = random.Random(14)
    for trial in range(4):
        out = tmp_path / f"out{trial}.jsonl"
        partial = Path(f"{out}.partial")
        if trial % 2:
            out.write_bytes(old)
        process = subprocess.Popen(
            command(source, "-o", out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if trial == 0:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and process.poll() is None:
                if partial.exists() and partial.stat().st_size > 0:
                    break
                time.sleep(0.01)
        else:
            time.sleep(rng.uniform(0.3, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if process.returncode == 0:
            assert out.read_bytes() == whole  # it finished first: complete
        else:
            # The old file or none; or the whole output, when the run had renamed it into place
            # and the kill landed while the process was exiting (a fast, idle machine)
            state = out.read_bytes() if out.exists() else None
            assert state in ((old if trial % 2 else None), whole)
            assert trial or state == whole or partial.stat().st_size > 0  # what was done kept
        resumed = run(source, "-o", out, "--resume")
        assert resumed.returncode == 0, resumed.stderr
        assert out.read_bytes() == whole
        assert not partial.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT")
def test_ctrl_c_is_one_line_that_says_how_to_finish(
    tmp_path: Path, reference: tuple[Path, bytes]
) -> None:
    source, whole = reference
    out = tmp_path / "out.jsonl"
    partial = Path(f"{out}.partial")
    process = subprocess.Popen(
        command(source, "-o", out),
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as from a terminal
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (partial.exists() and partial.stat().st_size):
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the run finished before Ctrl-C")
    assert process.returncode == 130, err
    (line,) = err.splitlines()
    assert line.startswith(f"newsbrief: error: interrupted: {out} is not written; the ")
    assert line.endswith(f"kept in {partial}: run again with --resume to finish it")
    assert not out.exists()
    resumed = run(source, "-o", out, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == whole
