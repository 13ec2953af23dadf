"""Output files as a careful tool writes them: never truncated, never in a format the name
contradicts. Each case failed on an earlier main (a truncated file on a full disk; Markdown
written into x.pdf)."""

from __future__ import annotations

import errno
import json
import os
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app

NORVALE = Path(__file__).resolve().parents[1] / "fixtures" / "norvale-flood"


def test_an_unknown_output_extension_without_format_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = CliRunner().invoke(app, ["brief", str(NORVALE), "-o", str(out)])
    assert result.exit_code == 2
    assert "cannot tell a format from '.pdf'" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize(("name", "start"), [("x.md", "# "), ("x.txt", "# "), ("x.htm", "<!")])
def test_known_extensions_choose_the_format(tmp_path: Path, name: str, start: str) -> None:
    out = tmp_path / name
    assert CliRunner().invoke(app, ["brief", str(NORVALE), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith(start)


def test_a_full_disk_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "briefing.md"
    out.write_text("the previous briefing\n", encoding="utf-8")
    real_write = Path.write_text

    def half_then_full(self: Path, data: str, *args: object, **kwargs: object) -> int:
        real_write(self, data[: len(data) // 2], encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", half_then_full)
    result = CliRunner().invoke(app, ["brief", str(NORVALE), "-o", str(out)])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert f"newsbrief: error: {out}: cannot write (No space left on device)" in result.output
    assert out.read_text(encoding="utf-8") == "the previous briefing\n"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]  # no partial file left


def _read_fifo(path: Path, got: list[bytes]) -> threading.Thread:
    def read() -> None:
        with path.open("rb") as fifo:
            got.append(fifo.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


FIVE = Path(__file__).resolve().parents[1] / "fixtures" / "eval" / "five-clusters.jsonl"


@pytest.mark.parametrize("command", ["brief", "batch"])
def test_a_pipe_or_device_is_written_to_not_replaced(tmp_path: Path, command: str) -> None:
    """`-o /dev/null` (or a named pipe) was written beside and renamed over: the pipe became a
    regular file (and, run as root, /dev/null itself did). Now it is written to."""
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    args = [str(NORVALE), "--format", "json"] if command == "brief" else [str(FIVE), "-j", "1"]
    result = CliRunner().invoke(app, [command, *args, "-o", str(fifo)])
    reader.join(30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert not list(tmp_path.glob("*partial*"))
    assert got and _first_json(got[0].decode(), command)


@pytest.mark.parametrize("command", ["brief", "batch"])
def test_a_symbolic_link_is_kept_and_its_target_written(tmp_path: Path, command: str) -> None:
    target = tmp_path / "real.json"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    args = [str(NORVALE)] if command == "brief" else [str(FIVE), "-j", "1"]
    result = CliRunner().invoke(app, [command, *args, "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == target
    assert _first_json(target.read_text(encoding="utf-8"), command)


def _first_json(text: str, command: str) -> object:
    """brief's JSON is one document; batch's, one per line."""
    return json.loads(text if command == "brief" else text.splitlines()[0])
