"""Regression gate: summary quality on a fixed, hashed subset of the Multi-News dev clusters.

The subset is every cluster whose id hashes to 0 mod 8 (27 of 199); the joined ids are hashed
too, so a changed dataset fails loudly instead of silently moving the bar. Minimums sit a little
below the scores measured when the gate was set (R-1 43.78, R-2 13.28 at 250 words); with the
ranker refitted on the greedy-oracle target (2026-11-23) this subset scores 44.11 / 12.97 while
the whole dev set rose from 45.71 / 16.03 (small subsets are noisy: the gate catches breakage,
benchmarks/RESULTS.md tracks progress). With coverage selection as the default (2026-12-02) the
subset scores 44.56 / 13.44 (ranked selection 44.11 / 12.97), and the minimums rose with it.
With concepts weighted by the number of articles using them (2026-12-03) it scores 44.53 / 13.07
(45.08 / 13.50 with the share, the code before, after the standalone-sentence rules), while the
whole dev set held (250 words, `newsbrief eval`: 46.39 / 16.31 against 46.48 / 16.33; held-out
CV +0.02 / +0.08): the R-2 minimum moved to 12.8 so that noise on 27 clusters would not fail it.
With the day's later cleaning and sentence rules it scores 44.81 / 13.32, and the R-2 minimum is
back at 13.0.
"""

from __future__ import annotations

import hashlib
import json
import statistics
from pathlib import Path

import pytest

import newsbrief

SUBSET_SHA1 = "c4eec98b45dfa0c0"
MIN_ROUGE_1 = 43.5
MIN_ROUGE_2 = 13.0
WORDS = 250


def in_subset(cluster_id: str) -> bool:
    return int(hashlib.sha1(cluster_id.encode()).hexdigest(), 16) % 8 == 0


@pytest.fixture(scope="module")
def subset(multinews_dev: Path) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in multinews_dev.read_text(encoding="utf-8").splitlines()]
    chosen = [r for r in rows if in_subset(str(r["id"]))]
    ids = ",".join(str(r["id"]) for r in chosen)
    assert hashlib.sha1(ids.encode()).hexdigest()[:16] == SUBSET_SHA1, "dataset changed"
    return chosen


def test_rouge_stays_above_the_gate(subset: list[dict[str, object]]) -> None:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    r1, r2 = [], []
    for row in subset:
        documents = row["documents"]
        assert isinstance(documents, list)
        briefing = newsbrief.brief(documents, words=WORDS)
        summary = "\n".join(s.text for s in briefing.summary.sentences)
        scores = scorer.score(str(row["summary"]), summary)
        r1.append(100 * scores["rouge1"].fmeasure)
        r2.append(100 * scores["rouge2"].fmeasure)
    assert statistics.fmean(r1) >= MIN_ROUGE_1
    assert statistics.fmean(r2) >= MIN_ROUGE_2
