"""Reading evaluation datasets and running systems over them, on tiny hand-made datasets."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from newsbrief.batch import read_lines
from newsbrief.eval.dataset import EvalCluster, read_dataset
from newsbrief.eval.metrics import RougeScore
from newsbrief.eval.run import Evaluation, all_systems, evaluate, write_scores

STORY = [
    "The Corran dam failed on Sunday night and flooded the valley below it.\n\n"
    "Hundreds of families in the valley were evacuated as the water rose.",
    "Water poured into the valley after the Corran dam failed late on Sunday.\n\n"
    "Engineers are inspecting what is left of the dam.",
]
REFERENCE = "The Corran dam failed on Sunday. Hundreds of families were evacuated."


def dataset(*rows: dict[str, Any] | str) -> list[EvalCluster]:
    text = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n"
    warnings: list[str] = []
    clusters = list(
        read_dataset(read_lines(io.BytesIO(text.encode()), name="d"), warn=warnings.append)
    )
    assert not warnings
    return clusters


def test_references_are_split_into_sentences() -> None:
    (cluster,) = dataset({"id": 1, "documents": STORY, "summary": REFERENCE})
    assert cluster.references == (
        ("The Corran dam failed on Sunday.", "Hundreds of families were evacuated."),
    )
    assert cluster.where == "d:1"


def test_several_references() -> None:
    (cluster,) = dataset({"id": 1, "documents": STORY, "summaries": ["One.", "Two. Three."]})
    assert cluster.references == (("One.",), ("Two.", "Three."))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"id": 1, "documents": STORY}, 'd:1: no reference ("summary" or "summaries")'),
        ({"id": 1, "documents": STORY, "summary": " "}, "d:1: the reference summary is empty"),
        ({"id": 1, "documents": STORY, "summary": 3}, 'd:1: "summary" must be a string'),
        ({"id": 1, "documents": STORY, "summaries": "x"}, 'd:1: "summaries" must be a list'),
        ({"id": 1, "summary": "x"}, 'd:1: no "documents" key'),
        ("not json", "d:1: malformed JSON"),
    ],
)
def test_bad_lines_are_warned_and_skipped(row: dict[str, Any] | str, message: str) -> None:
    text = (row if isinstance(row, str) else json.dumps(row)) + "\n"
    good = json.dumps({"id": 2, "documents": STORY, "summary": REFERENCE}) + "\n"
    warnings: list[str] = []
    lines = read_lines(io.BytesIO((text + good).encode()), name="d")
    clusters = list(read_dataset(lines, warn=warnings.append))
    assert [c.id for c in clusters] == [2]
    assert len(warnings) == 1
    assert warnings[0].startswith(message)


def test_limit_counts_good_clusters_only() -> None:
    rows = ["oops"] + [json.dumps({"id": i, "documents": STORY, "summary": "x"}) for i in range(5)]
    lines = read_lines(io.BytesIO("\n".join(rows).encode()), name="d")
    clusters = list(read_dataset(lines, warn=lambda m: None, limit=2))
    assert [c.id for c in clusters] == [0, 1]


def oracle(documents: Sequence[str], *, words: int) -> list[str]:
    """A system that returns the reference itself."""
    return ["The Corran dam failed on Sunday.", "Hundreds of families were evacuated."]


def nothing(documents: Sequence[str], *, words: int) -> list[str]:
    return []


def run(clusters: list[EvalCluster], **systems: Any) -> tuple[Evaluation, list[str]]:
    warnings: list[str] = []
    result = evaluate(
        clusters,
        metric=RougeScore(words=50),
        words=50,
        warn=warnings.append,
        systems=systems or None,
    )
    return result, warnings


def test_a_system_that_returns_the_reference_scores_100_and_an_empty_one_0() -> None:
    clusters = dataset(*({"id": i, "documents": STORY, "summary": REFERENCE} for i in range(2)))
    result, warnings = run(clusters, oracle=oracle, nothing=nothing)
    assert not warnings
    assert result.clusters == 2
    assert [(s.name, s.r1, s.r2, s.rl) for s in result.systems] == [
        ("oracle", 100.0, 100.0, 100.0),
        ("nothing", 0.0, 0.0, 0.0),
    ]
    assert [(s.id, s.system) for s in result.scores] == [
        (0, "oracle"),
        (0, "nothing"),
        (1, "oracle"),
        (1, "nothing"),
    ]
    assert all(len(s.seconds) == 2 for s in result.systems)


def test_newsbrief_runs_first_then_every_baseline() -> None:
    (cluster,) = dataset({"id": "dam", "documents": STORY, "summary": REFERENCE})
    result, _ = run([cluster])
    names = [s.name for s in result.systems]
    assert (
        names
        == list(all_systems())
        == [
            "newsbrief",
            "lead",
            "lexrank",
            "textrank",
            "centroid-mmr",
            "bigram-coverage",
        ]
    )
    assert all(s.r1 > 30 for s in result.systems)


def test_a_cluster_newsbrief_cannot_brief_is_skipped_for_every_system() -> None:
    clusters = dataset(
        {"id": "empty", "documents": ["", " "], "summary": REFERENCE},
        {"id": "dam", "documents": STORY, "summary": REFERENCE},
    )
    result, warnings = run(clusters)
    assert result.clusters == 1
    assert {s.id for s in result.scores} == {"dam"}
    assert warnings == [
        "d:1: skipped: no article to brief: "
        "documents[0]: empty article (no text); documents[1]: empty article (no text)"
    ]


def test_scores_file(tmp_path: Path) -> None:
    clusters = dataset({"id": "dam", "documents": STORY, "summary": REFERENCE})
    result, _ = run(clusters, oracle=oracle)
    write_scores(result, tmp_path / "scores.jsonl")
    lines = (tmp_path / "scores.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        {"id": "dam", "system": "oracle", "r1": 100.0, "r2": 100.0, "rl": 100.0}
    ]
