"""Quality gate: precision and recall on the hand-made gold set (tests/fixtures/facts-gold/).

Floors sit a little below the scores recorded in benchmarks/RESULTS.md; dev-set stories are read
from ../shared and skipped when it is absent (their text is not in this repository). The whole
set includes stories labelled independently of the extractors (heldout2-* to heldout5-*; each
set was scored once before it was used to change them), which score lower; its floors pin
today's totals over all 22 stories so that a regression fails, while the aim (0.9 / 0.8) is
tracked in RESULTS.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.facts import extract_facts
from newsbrief.facts.gold import KINDS, Count, Story, load, score
from newsbrief.nlp.sentences import segment
from newsbrief.types import Article

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "facts-gold"
DEV = ROOT.parent / "shared" / "data" / "multinews-dev.jsonl"
FLOORS = {  # kind: (precision, recall), the stories whose text is in the repository
    "figures": (0.9, 0.9),
    "quotes": (0.9, 0.9),
    "quotes with speaker": (0.9, 0.85),
    "dates": (0.9, 0.85),
}
ALL_FLOORS = {  # all 22 stories; measured 0.981/0.955, 0.977/0.972, 0.976/0.922, 0.923/0.982
    "figures": (0.98, 0.95),
    "quotes": (0.97, 0.97),
    "quotes with speaker": (0.97, 0.92),
    "dates": (0.93, 0.93),  # 0.945/0.937: a sentence is listed once, under one date
}


def articles_of(story: Story, dev: dict[str, list[str]]) -> list[Article]:
    if "path" in story.source:
        return list(read_clean([ROOT / story.source["path"]]).articles)
    return list(read_clean(read_cluster(dev[story.source["dev_cluster"]]).articles).articles)


def totals(stories: list[Story], dev: dict[str, list[str]]) -> dict[str, Count]:
    out = {kind: Count() for kind in KINDS}
    for story in stories:
        articles = articles_of(story, dev)
        facts = extract_facts(articles, [segment(a) for a in articles])
        for kind, count in score(facts, articles, story.gold).items():
            out[kind].add(count)
    return out


def test_the_gold_set_has_five_stories_of_several_outlets() -> None:
    stories = load(GOLD)
    assert len(stories) >= 5
    for story in stories:  # items from at least two articles of the story
        articles = {item[0] for kind in ("figures", "quotes", "dates") for item in story.gold[kind]}
        assert len(articles) >= 2, story


def test_facts_in_the_repository_stories_meet_the_floors() -> None:
    stories = [s for s in load(GOLD) if "path" in s.source]
    for kind, count in totals(stories, {}).items():
        precision, recall = FLOORS[kind]
        assert count.precision >= precision, (kind, count)
        assert count.recall >= recall, (kind, count)


def test_facts_in_all_gold_stories_meet_the_floors() -> None:
    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV} (the dev-set gold stories need its text)")
    dev = {}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        dev[str(row["id"])] = row["documents"]
    for kind, count in totals(load(GOLD), dev).items():
        precision, recall = ALL_FLOORS[kind]
        assert count.precision >= precision, (kind, count)
        assert count.recall >= recall, (kind, count)
