"""The plug-in registry: built-ins and a plug-in installed from outside the package are found
the same way (entry points), and an unknown name is a one-line UsageError naming the known."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsbrief
from newsbrief import plugins
from newsbrief.config import Settings
from newsbrief.errors import UsageError
from newsbrief.render import formats, render

FLOOD = Path(__file__).resolve().parent / "fixtures" / "norvale-flood"

PLUGIN = '''
from newsbrief.types import EntityMention


def recognise(texts):
    """Every occurrence of "Norvale" is a place; nothing else is found."""
    out = []
    for text in texts:
        found, start = [], text.find("Norvale")
        while start >= 0:
            found.append(EntityMention("Norvale", start, start + 7, "place"))
            start = text.find("Norvale", start + 1)
        out.append(found)
    return out


def shout(briefing, **options):
    return briefing.title.upper()
'''

ENTRY_POINTS = """
[newsbrief.recognisers]
only-norvale = fake_newsbrief_plugin:recognise

[newsbrief.renderers]
shout = fake_newsbrief_plugin:shout
"""


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A distribution on sys.path, as `pip install` would leave it: a module and a dist-info
    folder whose entry_points.txt names it (no import of it by this test)."""
    (tmp_path / "fake_newsbrief_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "fake_newsbrief_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: fake-newsbrief-plugin\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    plugins.RECOGNISERS.refresh()
    plugins.RENDERERS.refresh()
    yield
    sys.modules.pop("fake_newsbrief_plugin", None)
    plugins.RECOGNISERS.refresh()
    plugins.RENDERERS.refresh()


def test_builtins_are_listed_in_their_order() -> None:
    assert plugins.RENDERERS.names()[:3] == ["markdown", "json", "html"]
    assert plugins.RECOGNISERS.names()[:2] == ["rules", "spacy"]
    assert plugins.EXECUTORS.names()[:2] == ["local", "process"]
    assert plugins.SEGMENTERS.names()[0] == "nupunkt"


def test_an_installed_plugin_is_found_by_entry_point(installed_plugin: None) -> None:
    assert "only-norvale" in plugins.RECOGNISERS.names()
    assert "shout" in formats()
    briefing = newsbrief.brief([FLOOD], settings=Settings(entities="only-norvale"))
    assert briefing.facts is not None
    assert [(e.name, e.kind) for e in briefing.facts.entities] == [("Norvale", "place")]
    assert render(briefing, "shout") == briefing.title.upper()


def test_without_the_plugin_its_name_is_unknown() -> None:
    with pytest.raises(UsageError, match=r"unknown entity recogniser 'only-norvale' \(known: "):
        newsbrief.brief([FLOOD], settings=Settings(entities="only-norvale"))
    with pytest.raises(UsageError, match="unknown format 'shout'"):
        render(newsbrief.brief([FLOOD]), "shout")


def test_register_at_run_time_overrides_nothing_else() -> None:
    registry: plugins.Registry[object] = plugins.Registry("renderers", "format")
    registry.register("plain", str)
    assert registry.get("plain") is str
    assert registry.names()[:3] == ["markdown", "json", "html"]
    assert "plain" in registry.names()
