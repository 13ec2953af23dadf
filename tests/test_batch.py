"""`newsbrief batch`: clusters in, cited summaries out, in order, bad lines skipped.

Inputs are generated small stories; multi-process runs use real worker processes.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from newsbrief.batch import (
    Line,
    cleaned_texts,
    process_line,
    run_batch,
)
from newsbrief.cli import app
from newsbrief.config import Settings

TOWNS = ["Arden", "Belmont", "Corran", "Dunmore", "Eskdale", "Farley", "Glenroy", "Holt", "Ilford"]


def story(n: int) -> list[str]:
    """Two short reports of the same made-up event, different for every ``n``."""
    town = TOWNS[n % len(TOWNS)]
    people = 100 * (n + 3)
    return [
        f"Fire in {town}\n\nA warehouse fire in {town} forced {people} people to leave their homes "
        f"on Monday.\n\nFirefighters from three counties fought the blaze for {n + 2} hours.\n\n"
        f"The cause of the fire in {town} is not yet known, police said.",
        f"{town} residents evacuated\n\nAbout {people} residents of {town} were evacuated after a "
        f"warehouse caught fire on Monday.\n\nThe mayor of {town} thanked the firefighters for "
        "their work through the night.\n\nA school will stay closed until Wednesday.",
    ]


def cluster_line(n: int, **extra: Any) -> str:
    return json.dumps({"id": f"c{n}", "documents": story(n), **extra})


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def invoke(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def assert_clean_exit(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


def read_output(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- output ------------------------------------------------------------------------------------


def test_one_summary_per_cluster_in_input_order(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [cluster_line(n) for n in range(3)])
    out = tmp_path / "out.jsonl"
    result = invoke("batch", source, "-o", out, "--workers", "1")
    assert_clean_exit(result, 0)
    rows = read_output(out)
    assert [r["id"] for r in rows] == ["c0", "c1", "c2"]
    for n, row in enumerate(rows):
        assert set(row) == {"id", "summary", "sentences"}
        assert row["summary"] == " ".join(s["text"] for s in row["sentences"])
        assert TOWNS[n] in row["summary"]
    assert result.stderr == f"newsbrief: summarised 3 clusters; wrote {out}\n"


def test_citations_index_the_cleaned_text_of_the_cited_document(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [cluster_line(4)])
    out = tmp_path / "out.jsonl"
    assert_clean_exit(invoke("batch", source, "-o", out, "-j", "1"), 0)
    (row,) = read_output(out)
    texts = cleaned_texts(story(4))
    cited_documents = set()
    for sentence in row["sentences"]:
        first = sentence["citations"][0]
        assert texts[first["article"]][first["start"] : first["end"]] == sentence["text"]
        for citation in sentence["citations"]:
            text = texts[citation["article"]]
            assert text is not None
            assert 0 <= citation["start"] < citation["end"] <= len(text)
            cited_documents.add(citation["article"])
    assert cited_documents == {0, 1}


def test_words_caps_each_summary(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [cluster_line(n) for n in range(2)])
    out = tmp_path / "out.jsonl"
    assert_clean_exit(invoke("batch", source, "-o", out, "--words", "20", "-j", "1"), 0)
    for row in read_output(out):
        assert 0 < len(row["summary"].split()) <= 20


def test_extra_keys_are_ignored_and_a_missing_id_is_the_line_number(tmp_path: Path) -> None:
    lines = [cluster_line(0, summary="ref", source="x"), json.dumps({"documents": story(1)})]
    source = write_lines(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    assert_clean_exit(invoke("batch", source, "-o", out, "-j", "1"), 0)
    assert [r["id"] for r in read_output(out)] == ["c0", 2]


def test_a_document_that_looks_like_a_path_is_text(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Top secret words that must never be read.\n", encoding="utf-8")
    line = json.dumps({"id": "p", "documents": [str(secret), *story(0)]})
    source = write_lines(tmp_path / "in.jsonl", [line])
    out = tmp_path / "out.jsonl"
    assert_clean_exit(invoke("batch", source, "-o", out, "-j", "1"), 0)
    assert "secret words" not in out.read_text(encoding="utf-8")


def test_stdin_to_stdout() -> None:
    result = invoke("batch", "-", "-o", "-", "-j", "1", input=cluster_line(0) + "\n")
    assert_clean_exit(result, 0)
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["id"] == "c0"
    assert result.stderr == "newsbrief: summarised 1 clusters\n"


# --- bad lines ---------------------------------------------------------------------------------


def test_bad_lines_are_reported_one_line_each_and_the_rest_finish(tmp_path: Path) -> None:
    lines = [
        cluster_line(0),
        '{"id": "broken", "documents": [',
        json.dumps({"id": "nodocs"}),
        json.dumps({"id": "empty", "documents": ["", "  \n "]}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "numbers", "documents": [1, 2]}),
        "",  # blank lines are skipped, not errors
        cluster_line(1),
    ]
    source = write_lines(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    result = invoke("batch", source, "-o", out, "-j", "1")
    assert_clean_exit(result, 1)
    assert [r["id"] for r in read_output(out)] == ["c0", "c1"]
    assert result.stderr.splitlines() == [
        f"newsbrief: warning: {source}:2: malformed JSON: Expecting value (column 32)",
        f'newsbrief: warning: {source}:3: no "documents" key',
        f"newsbrief: warning: {source}:4: no article to brief: "
        "documents[0]: empty article (no text); documents[1]: empty article (no text)",
        f"newsbrief: warning: {source}:5: expected a JSON object, got list",
        f'newsbrief: warning: {source}:6: "documents" must be a list of strings',
        f"newsbrief: summarised 2 clusters, 5 failed; wrote {out}",
    ]


def test_a_bad_document_is_a_warning_and_its_cluster_still_briefed(tmp_path: Path) -> None:
    line = json.dumps({"id": "partly", "documents": ["", *story(2)]})
    source = write_lines(tmp_path / "in.jsonl", [line])
    out = tmp_path / "out.jsonl"
    result = invoke("batch", source, "-o", out, "-j", "1")
    assert_clean_exit(result, 0)
    (row,) = read_output(out)
    assert {c["article"] for s in row["sentences"] for c in s["citations"]} <= {1, 2}
    texts = cleaned_texts(["", *story(2)])
    assert texts[0] is None
    sentence = row["sentences"][0]
    first = sentence["citations"][0]
    text = texts[first["article"]]
    assert text is not None and text[first["start"] : first["end"]] == sentence["text"]
    assert result.stderr.splitlines()[0] == (
        f"newsbrief: warning: {source}:1: documents[0]: empty article (no text)"
    )


def test_a_duplicate_document_is_not_briefed_and_has_no_cleaned_text(tmp_path: Path) -> None:
    first, second = story(3)
    line = json.dumps({"id": "dup", "documents": [first, second, first]})
    source = write_lines(tmp_path / "in.jsonl", [line])
    out = tmp_path / "out.jsonl"
    result = invoke("batch", source, "-o", out, "-j", "1")
    assert_clean_exit(result, 0)
    assert f"{source}:1: documents[2]: same text as {source}:1: documents[0]" in result.stderr
    (row,) = read_output(out)
    assert {c["article"] for s in row["sentences"] for c in s["citations"]} <= {0, 1}
    texts = cleaned_texts([first, second, first])
    assert texts[0] is not None and texts[1] is not None and texts[2] is None


def test_an_internal_error_on_one_line_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("summariser\nbroke")

    monkeypatch.setattr("newsbrief.batch.brief_cluster", boom)
    data = cluster_line(0).encode()
    result = process_line(Line(where="in.jsonl:7", data=data, size=len(data)), Settings(words=50))
    assert result.record is None
    assert result.warnings == ("in.jsonl:7: internal error: RuntimeError: summariser broke",)


def test_batch_writes_no_title_and_so_does_not_compute_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The output holds the summary alone: the title (3% of batch's CPU) is never computed, and
    # the record is the same as with it.
    data = cluster_line(0).encode()
    line = Line(where="in.jsonl:1", data=data, size=len(data))
    before = process_line(line, Settings(words=50))

    def no_title(*args: object, **kwargs: object) -> str:
        raise AssertionError("batch computed a title")

    monkeypatch.setattr("newsbrief.pipeline.briefing_title", no_title)
    without = process_line(line, Settings(words=50))
    assert without.record is not None and without.record == before.record
    assert without.warnings == before.warnings == ()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["missing.jsonl", "-o", "out.jsonl"], 1, "missing.jsonl: no such file"),
        (["empty", "-o", "out.jsonl"], 1, "empty: no .jsonl"),  # a folder of shards, with none
        (["in.jsonl", "-o", "in.jsonl"], 2, "in.jsonl: the output would overwrite the input"),
        (["in.jsonl", "-o", "no/such/dir/out.jsonl"], 1, "no/such/dir/out.jsonl: cannot write"),
    ],
)
def test_file_errors_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write_lines(tmp_path / "in.jsonl", [cluster_line(0)])
    (tmp_path / "empty").mkdir()
    result = invoke("batch", *args)
    assert_clean_exit(result, code)
    assert result.stderr.startswith(f"newsbrief: error: {message}")
    assert len(result.stderr.splitlines()) == 1
    assert (tmp_path / "in.jsonl").read_text(encoding="utf-8") == cluster_line(0) + "\n"


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["-o", "out.jsonl", "--words", "0"], "--words"),
        (["-o", "out.jsonl", "--workers", "0"], "--workers"),
    ],
)
def test_bad_options_are_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], complaint: str
) -> None:
    monkeypatch.chdir(tmp_path)
    source = write_lines(tmp_path / "in.jsonl", [cluster_line(0)])
    result = invoke("batch", source, *args)
    assert_clean_exit(result, 2)
    assert complaint in result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_help() -> None:
    result = invoke("batch", "--help")
    assert_clean_exit(result, 0)
    for option in ("--output", "-o", "--words", "-w", "--workers", "-j"):
        assert option in result.stdout


# --- processes ---------------------------------------------------------------------------------


def test_several_workers_keep_input_order(tmp_path: Path) -> None:
    n = 3 * Settings().limits.batch_chunk + 1  # several chunks, the last one short
    lines = [cluster_line(i) for i in range(n)]
    lines[5] = '{"id": "bad"'
    source = write_lines(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    result = invoke("batch", source, "-o", out, "--workers", "2")
    assert_clean_exit(result, 1)
    rows = read_output(out)
    assert [r["id"] for r in rows] == [f"c{i}" for i in range(n) if i != 5]
    single = tmp_path / "single.jsonl"
    assert_clean_exit(invoke("batch", source, "-o", single, "--workers", "1"), 1)
    assert single.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    assert f"{source}:6: malformed JSON" in result.stderr


def test_input_is_read_lazily_with_bounded_work_in_flight() -> None:
    consumed = 0

    def endless() -> Iterator[Line]:
        nonlocal consumed
        for n in itertools.count():
            consumed += 1
            data = cluster_line(n).encode()
            yield Line(where=f"in:{n + 1}", data=data, size=len(data))

    class Enough(Exception):
        pass

    written: list[str] = []

    def write(text: str) -> None:
        written.append(text)
        if len(written) == 3:
            raise Enough

    with pytest.raises(Enough):
        run_batch(endless(), settings=Settings(words=50), workers=2, write=write, warn=print)
    limits = Settings().limits
    assert consumed <= 3 + (limits.batch_in_flight * 2 + 1) * limits.batch_chunk


def test_console_script_with_worker_processes(tmp_path: Path) -> None:
    """The installed script under "spawn": workers re-import the guarded entry point."""
    script = Path(sys.executable).parent / "newsbrief"
    source = write_lines(tmp_path / "in.jsonl", [cluster_line(i) for i in range(5)])
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [str(script), "batch", str(source), "-o", str(out), "-j", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == f"newsbrief: summarised 5 clusters; wrote {out}\n"
    assert [r["id"] for r in read_output(out)] == [f"c{i}" for i in range(5)]


def test_without_output_the_summaries_go_to_standard_output(tmp_path: Path) -> None:
    """`batch IN.jsonl` without -o was a usage error, while `brief` writes to stdout."""
    source = write_lines(tmp_path / "in.jsonl", [cluster_line(0), cluster_line(1)])
    result = invoke("batch", source, "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["c0", "c1"]


def test_resume_completes_an_interrupted_output(tmp_path: Path) -> None:
    """--resume appends what is missing: a half-written last line is cut, done ids skipped."""
    source = write_lines(tmp_path / "in.jsonl", [cluster_line(n) for n in range(4)])
    whole = tmp_path / "whole.jsonl"
    assert invoke("batch", source, "-o", whole, "--workers", "1").exit_code == 0
    done = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_text("".join(done[:2]) + done[2][:10], encoding="utf-8")  # killed mid-line
    result = invoke("batch", source, "-o", partial, "--workers", "1", "--resume")
    assert result.exit_code == 0, result.stderr
    assert "summarised 2 clusters, 2 already done" in result.stderr
    assert partial.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_resume_needs_an_output_file(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [cluster_line(0)])
    result = invoke("batch", source, "--resume")
    assert_clean_exit(result, 2)
    assert "--resume appends to a file" in result.stderr
