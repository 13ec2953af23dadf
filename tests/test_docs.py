"""The README documents every CLI option and every setting."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import typer.main

from newsbrief.cli import app
from newsbrief.config import Limits, Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_cli_option_is_documented() -> None:
    group = typer.main.get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    assert commands
    for name, command in commands.items():
        assert f"newsbrief {name}" in README, name
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("-"):
                    assert f"`{opt}" in README, f"{name} {opt}"


def test_every_setting_is_documented() -> None:
    for field in (*dataclasses.fields(Settings), *dataclasses.fields(Limits)):
        assert re.search(rf"`{field.name}`", README), field.name


def test_readme_example_output_matches_the_demo() -> None:
    import newsbrief

    from .conftest import ALEPPO  # type: ignore[import-not-found]

    shown = README.split("```markdown\n", 1)[1].split("```", 1)[0]
    actual = newsbrief.render_briefing(newsbrief.brief([ALEPPO]), "markdown")
    assert shown == actual
