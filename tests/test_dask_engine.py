"""The dask engine on a real LocalCluster (2 worker processes, 127.0.0.1): batch output byte for
byte the local engine's, resume, a worker killed mid-run, bad lines, ingest's stories."""

from __future__ import annotations

import itertools
import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.batch import BatchReport, Line, finished, read_inputs, read_lines, run_batch
from newsbrief.config import Limits, Settings
from newsbrief.dask_engine import DaskExecutor
from newsbrief.errors import NewsbriefError, UsageError
from newsbrief.executors import get_executor
from newsbrief.library import Library, unit_executor

from .conftest import ALEPPO, ROOT  # type: ignore[import-not-found]
from .ingest.test_feeds_warc import warc  # type: ignore[import-not-found]
from .test_batch import cluster_line  # type: ignore[import-not-found]

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def dask() -> Iterator[DaskExecutor]:
    """One cluster for the module (starting one takes ~1 s): 2 workers, chunks of 2 lines."""
    with DaskExecutor(workers=2, chunk=2, ahead=2) as executor:
        assert len(executor.worker_pids()) == 2
        yield executor


def lines_of(texts: list[str], name: str = "in.jsonl") -> list[Line]:
    return list(read_lines([(t + "\n").encode() for t in texts], name=name))


def brief_all(lines: list[Line], engine: object, **options: object) -> tuple[str, list[str]]:
    out: list[str] = []
    warnings: list[str] = []
    run_batch(
        lines,
        settings=Settings(),
        write=out.append,
        warn=warnings.append,
        engine=engine,  # type: ignore[arg-type]
        **options,  # type: ignore[arg-type]
    )
    return "".join(r + "\n" for r in out), warnings


def inputs(n: int) -> list[str]:
    """``n`` clusters, with a malformed line and a cluster of no documents among them."""
    texts = [cluster_line(k) for k in range(n)]
    texts[3] = '{"id": "broken", "documents": ['
    texts[7] = json.dumps({"id": "empty", "documents": []})
    return texts


def test_batch_on_dask_is_byte_identical_to_local(dask: DaskExecutor) -> None:
    lines = lines_of(inputs(24))
    local, local_warnings = brief_all(lines, "local")
    distributed, warnings = brief_all(lines, dask)
    assert distributed == local
    assert warnings == local_warnings
    # The bad lines are reported, named, and skipped; the others all come, in order.
    assert [w.split(": ")[0] for w in warnings] == ["in.jsonl:4", "in.jsonl:8"]
    ids = [json.loads(r)["id"] for r in distributed.splitlines()]
    assert ids == [f"c{k}" for k in range(24) if k not in (3, 7)]


def test_the_input_is_read_lazily_with_bounded_work_in_flight(dask: DaskExecutor) -> None:
    consumed = 0

    def endless() -> Iterator[int]:
        nonlocal consumed
        for n in itertools.count():
            consumed += 1
            yield n

    first = list(itertools.islice(dask.map(str, endless()), 5))
    assert first == ["0", "1", "2", "3", "4"]
    # ahead (2) x workers (2) chunks of 2, plus one more for each of the three chunks read.
    assert consumed <= (2 * 2 + 3) * 2


def test_the_engine_by_name_starts_and_stops_its_own_cluster() -> None:
    lines = lines_of(inputs(10))
    assert brief_all(lines, "dask", workers=2) == brief_all(lines, "local")


def test_resume_appends_only_what_is_missing(dask: DaskExecutor, tmp_path: Path) -> None:
    lines = lines_of(inputs(16))
    whole, _ = brief_all(lines, "local")
    out = tmp_path / "out.jsonl"
    records = whole.splitlines(keepends=True)
    out.write_text("".join(records[:5]) + records[5][:40], encoding="utf-8")  # killed mid-write
    done = finished(out)
    assert len(done) == 5 and out.read_text(encoding="utf-8") == "".join(records[:5])
    with out.open("a", encoding="utf-8") as stream:
        report = run_batch(
            lines,
            settings=Settings(),
            write=lambda text: stream.write(text + "\n"),
            warn=lambda message: None,
            engine=dask,
            skip=done,
        )
    assert report == BatchReport(ok=len(records) - 5, failed=2, skipped=5)
    assert out.read_text(encoding="utf-8") == whole


def test_a_worker_killed_mid_run_loses_nothing(tmp_path: Path) -> None:
    lines = lines_of([cluster_line(k) for k in range(30)])
    expected, _ = brief_all(lines, "local")
    out: list[str] = []
    with DaskExecutor(workers=2, chunk=2, ahead=2) as executor:
        victim = executor.worker_pids()[0]
        settings = Settings()
        from functools import partial

        from newsbrief.batch import process_line

        for k, result in enumerate(executor.map(partial(process_line, settings=settings), lines)):
            if k == 4:  # both workers hold chunks in flight now
                os.kill(victim, signal.SIGKILL)
            assert result.record is not None
            out.append(result.record + "\n")
        assert victim not in executor.worker_pids()  # it really died (and was replaced)
    assert "".join(out) == expected


def test_shards_globs_and_parquet_read_as_the_same_lines(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [cluster_line(k) for k in range(7)]
    (tmp_path / "part-1.jsonl").write_text("\n".join(texts[:4]) + "\n", encoding="utf-8")
    (tmp_path / "part-2.jsonl").write_text("\n".join(texts[4:]) + "\n", encoding="utf-8")
    rows = [json.loads(t) for t in texts]
    table = pa.table({"id": [r["id"] for r in rows], "documents": [r["documents"] for r in rows]})
    pq.write_table(table, tmp_path / "all.parquet", row_group_size=3)

    def briefed(found: list[Line]) -> list[str]:
        return brief_all(found, "local")[0].splitlines()

    expected = briefed(lines_of(texts))
    assert briefed(list(read_inputs([str(tmp_path / "part-*.jsonl")]))) == expected
    assert briefed(list(read_inputs([tmp_path / "all.parquet"]))) == expected
    by_folder = list(read_inputs([tmp_path]))  # all three files, sorted: the table first
    assert [line.where.rsplit(":", 1)[0] for line in by_folder[:8:7]] == [
        str(tmp_path / "all.parquet"),
        str(tmp_path / "part-1.jsonl"),
    ]
    with pytest.raises(NewsbriefError, match="no file matches"):
        list(read_inputs([str(tmp_path / "nothing-*.jsonl")]))


def test_ingest_on_dask_finds_the_same_stories(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    records = [
        {"id": f"a{k}", "text": p.read_text(encoding="utf-8")}
        for k, p in enumerate(sorted(ALEPPO.iterdir()))
    ]
    records.append({"id": "blank", "text": " "})
    dump.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    junk = tmp_path / "junk"  # a folder with no readable article: one message per file, and one
    junk.mkdir()
    (junk / "empty.txt").write_text("", encoding="utf-8")
    sources = [
        str(junk),
        str(FIXTURES / "kelmouth-fire"),
        str(warc(tmp_path / "crawl.warc")),
        str(dump),
        str(FIXTURES / "norvale-flood" / "01-gazette-flood.txt"),
        str(tmp_path / "missing.txt"),
    ]

    def stories(path: Path, engine: object) -> tuple[object, list[list[str]]]:
        advanced: list[int] = []
        with Library.open(path) as library:
            report = library.ingest(sources, engine=engine, advance=advanced.append)  # type: ignore[arg-type]
            found = sorted(sorted(s.articles) for s in library.stories())
        assert sum(advanced) == len(sources)
        return (report.new, report.duplicate, report.failed, report.problems), found

    local = stories(tmp_path / "local.db", None)
    with unit_executor("dask", workers=2, limits=Limits()) as ex:
        assert stories(tmp_path / "dask.db", ex) == local
    assert stories(tmp_path / "process.db", "process") == local  # by name: a process pool
    assert len(local[1]) >= 3  # several stories
    problems = local[0][3]  # type: ignore[index]
    assert f"{junk}: directory holds no readable article" in problems
    assert any("missing.txt: no such file" in p for p in problems)


def test_without_the_extra_the_engine_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(NewsbriefError, match=r"needs the \[dask\] extra: pip install"):
        list(DaskExecutor(workers=1).map(str, [1]))


def test_a_scheduler_address_is_for_the_dask_engine_only() -> None:
    with pytest.raises(UsageError, match="engine 'process' takes no scheduler"):
        get_executor("process", scheduler="tcp://127.0.0.1:8786")


def test_import_newsbrief_does_not_import_dask() -> None:
    import subprocess

    code = (
        "import sys, newsbrief.executors, newsbrief.plugins as p; p.EXECUTORS.get('dask'); "
        "print(*(m in sys.modules for m in ('dask', 'distributed')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_command_line_runs_batch_and_ingest_on_dask(tmp_path: Path) -> None:
    """`batch --engine dask --workers 2` writes what the local engine writes; `ingest --engine
    dask` stores the same stories."""
    from typer.testing import CliRunner

    from newsbrief.cli import app

    source = tmp_path / "in.jsonl"
    source.write_text("".join(cluster_line(n) + "\n" for n in range(6)), encoding="utf-8")
    runner = CliRunner()
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert runner.invoke(app, ["batch", str(source), "-o", str(local), "-j", "1"]).exit_code == 0
    result = runner.invoke(
        app, ["batch", str(source), "-o", str(dask), "--engine", "dask", "--workers", "2"]
    )
    assert result.exit_code == 0, result.output
    assert dask.read_bytes() == local.read_bytes()
    stories = []
    for engine in ("local", "dask"):
        db = tmp_path / f"{engine}.db"
        args = ["ingest", str(ALEPPO), "--db", str(db), "--engine", engine, "--workers", "2"]
        assert runner.invoke(app, args).exit_code == 0
        listed = runner.invoke(app, ["stories", "--db", str(db), "-f", "json"]).stdout
        stories.append(sorted(sorted(s["articles"]) for s in json.loads(listed)))
    assert stories[0] == stories[1]
