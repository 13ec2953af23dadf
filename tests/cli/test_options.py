"""cli/options.py: settings_from, and the options that name a plug-in, checked against its
registry (so a plug-in's name works like a built-in's)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from newsbrief.cli import app
from newsbrief.cli.options import settings_from
from newsbrief.config import Settings
from newsbrief.errors import UsageError
from newsbrief.plugins import RECOGNISERS, RENDERERS
from newsbrief.types import Briefing, EntityMention

ALEPPO = Path(__file__).resolve().parents[2] / "examples" / "aleppo-2016"
CLUSTER = {
    "id": "c1",
    "documents": [
        "Flood hits Norvale\n\nThe river Norvale burst its banks on Sunday, flooding 200 homes "
        "in the old town, officials said.",
        "Norvale floods\n\nRescuers in boats evacuated residents after the river burst its "
        "banks on Sunday and flooded 200 homes.",
    ],
}


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def test_settings_from_defaults_are_the_settings_defaults() -> None:
    assert settings_from() == Settings()
    assert settings_from(words=40, entities="none", facts=False) == Settings(
        words=40, entities="none", facts=False
    )
    with pytest.raises(UsageError, match="--words must be at least 1"):
        settings_from(words=0)


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run-time registrations made by a test are undone after it."""
    for registry in (RENDERERS, RECOGNISERS):
        monkeypatch.setattr(registry, "_added", dict(registry._added))


def test_no_facts_and_entities_none() -> None:
    full = json.loads(invoke("brief", ALEPPO, "-f", "json").stdout)
    assert full["facts"]["entities"]
    no_entities = json.loads(invoke("brief", ALEPPO, "-f", "json", "--entities", "none").stdout)
    assert no_entities["facts"]["entities"] == []
    assert no_entities["summary"] == full["summary"]
    markdown = invoke("brief", ALEPPO, "--no-facts").stdout
    assert "## Figures" not in markdown and "## Sources" in markdown
    facts = json.loads(invoke("brief", ALEPPO, "-f", "json", "--no-facts").stdout)["facts"]
    assert not any(facts.values())


def test_a_recogniser_plug_in_is_an_entities_choice(isolated: None) -> None:
    def capitals(texts: Sequence[str]) -> list[list[EntityMention]]:
        return [[] for _ in texts]

    RECOGNISERS.register("nothing-found", capitals)
    result = invoke("brief", ALEPPO, "-f", "json", "--entities", "nothing-found")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["facts"]["entities"] == []


def test_a_renderer_plug_in_is_a_format_choice(isolated: None) -> None:
    def headline(briefing: Briefing, **options: Any) -> str:
        return briefing.title + "\n"

    RENDERERS.register("headline", headline)
    result = invoke("brief", ALEPPO, "--format", "headline")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == '"Doomsday" for eastern Aleppo as reports of regime atrocities emerge\n'


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["brief", str(ALEPPO), "--entities", "bogus"], "'bogus' is not one of 'rules'"),
        (["brief", str(ALEPPO), "--format", "pdf"], "'pdf' is not one of 'markdown'"),
        (["batch", "in.jsonl", "-o", "-", "--engine", "gpu"], "'gpu' is not one of 'local'"),
        (["eval", "in.jsonl", "--metric", "bleu"], "'bleu' is not one of 'rouge'"),
    ],
)
def test_unknown_plug_in_names_are_usage_errors(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.replace("│", " ").split())
    assert "Traceback" not in result.stderr


def test_batch_passes_its_settings_and_engine_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.batch

    seen: dict[str, Any] = {}
    real = newsbrief.batch.run_batch

    def spy(lines: Any, **options: Any) -> Any:
        seen.update(options)
        return real(lines, **options)

    monkeypatch.setattr(newsbrief.batch, "run_batch", spy)
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(CLUSTER) + "\n", encoding="utf-8")
    result = invoke("batch", source, "-o", "-", "-w", "30", "--engine", "local")
    assert result.exit_code == 0, result.stderr
    assert seen["settings"] == Settings(words=30)
    assert seen["engine"] == "local"
    assert json.loads(result.stdout)["id"] == "c1"


def test_eval_passes_its_settings_to_the_newsbrief_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbrief.eval.run

    seen: dict[str, Any] = {}

    def newsbrief_only(clusters: Any, **options: Any) -> Any:
        seen.update(options)
        systems = {"newsbrief": newsbrief.eval.run.all_systems(options["settings"])["newsbrief"]}
        return real(clusters, **{**options, "systems": systems})

    real = newsbrief.eval.run.evaluate
    monkeypatch.setattr(newsbrief.eval.run, "evaluate", newsbrief_only)
    dataset = tmp_path / "dev.jsonl"
    line = {**CLUSTER, "summary": "The river Norvale flooded 200 homes on Sunday."}
    dataset.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = invoke("eval", dataset, "-w", "30")
    assert result.exit_code == 0, result.stderr
    assert seen["settings"] == Settings(words=30)
    assert "newsbrief" in result.stdout


def test_serve_hands_its_settings_to_create_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    import newsbrief.web.app

    made: dict[str, Any] = {}
    ran: dict[str, Any] = {}

    def create_app(**options: Any) -> str:
        made.update(options)
        return "the app"

    monkeypatch.setattr(newsbrief.web.app, "create_app", create_app)
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: ran.update(app=app, **options))
    db = tmp_path / "lib.db"
    result = invoke("serve", "--port", "8123", "--db", db, "--allow-private")
    assert result.exit_code == 0, result.stderr
    assert made == {"settings": Settings(), "db": db, "allow_private": True}
    assert ran["app"] == "the app" and ran["port"] == 8123
