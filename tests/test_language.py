"""Articles not in English: detected, named once in the warnings, and kept out of the facts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from newsbrief.nlp import language as lang

FRENCH = (
    "Le gouvernement a annoncé mardi la suppression de 160 000 emplois dans la fonction "
    "publique d'ici 2027, une mesure qui a provoqué la colère des syndicats. Selon le ministre, "
    "ces économies sont nécessaires pour réduire le déficit. Les syndicats ont appelé à une "
    "grève nationale jeudi prochain."
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag angekündigt, bis 2027 rund 160.000 Stellen im "
    "öffentlichen Dienst zu streichen. Die Gewerkschaften reagierten empört und kündigten für "
    "den kommenden Donnerstag landesweite Proteste an."
)
ENGLISH = (
    "The government announced on Tuesday that 160,000 public sector jobs would be cut by 2027, "
    "a measure that angered the unions. According to the minister, the savings are needed to "
    "reduce the deficit. The unions called for a national strike next Thursday."
)
DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews-dev.jsonl"


def test_languages_are_named() -> None:
    assert lang.language(ENGLISH) == "en"
    assert lang.language(FRENCH) == "fr"
    assert lang.language(GERMAN) == "de"
    assert lang.language("Bonjour à tous") == "en"  # too short to judge


def test_english_news_never_loads_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    if not DEV.exists():
        pytest.skip(f"{DEV} not found (the Multi-News dev set in ../shared)")

    def refuse() -> None:
        raise AssertionError("the model was asked about an English article")

    monkeypatch.setattr(lang, "_identifier", refuse)
    for line in DEV.read_text(encoding="utf-8").splitlines():
        for document in json.loads(line)["documents"]:
            assert lang.language(document) == "en"


# The one-story check finds no words in common between a French and an English report of the
# same event, so it would brief one of them alone: these tests brief both (--all-documents).
BOTH = newsbrief.Settings(one_story=False)


def test_a_french_article_is_named_once_and_left_out_of_the_facts() -> None:
    briefing = newsbrief.brief([FRENCH, ENGLISH], settings=BOTH)
    [note] = [w for w in briefing.warnings if "not in English" in w]
    assert "1 of 2 articles" in note and "(fr)" in note
    assert briefing.facts is not None
    french = briefing.articles[0].id
    cited = {r.citation.article_id for f in briefing.facts.figures for r in f.reports}
    assert cited and french not in cited  # no "emplois: 000"
    assert not any("not in English" in w for w in newsbrief.brief([ENGLISH]).warnings)


def test_the_cli_says_so_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newsbrief", "brief", "--all-documents", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "not in English" in run.stderr and "fr.txt (fr)" in run.stderr


def test_a_model_that_cannot_load_is_no_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk() -> None:
        raise OSError(27, "File too large")

    monkeypatch.setattr(lang, "_identifier", full_disk)
    assert lang.language(FRENCH) == lang.UNKNOWN
    briefing = newsbrief.brief([FRENCH, ENGLISH])
    assert any("(und)" in w for w in briefing.warnings)
