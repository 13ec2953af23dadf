"""Output files as a careful tool writes them: never truncated, never in a format the name
contradicts. Each case failed on an earlier main (a truncated file on a full disk; Markdown
written into x.pdf)."""

from __future__ import annotations

import errno
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
