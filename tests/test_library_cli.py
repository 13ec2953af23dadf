"""The story library through the command line: ingest, stories, brief --story [--new|--since]."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsbrief.cli import app

from .conftest import ALEPPO  # type: ignore[import-not-found]
from .test_cluster import ELECTION, QUAKE  # type: ignore[import-not-found]


def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def ok(result: Result, code: int = 0) -> Result:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    return result


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def dumps(tmp_path: Path) -> tuple[Path, Path]:
    """Two JSONL dumps: three Aleppo articles and a quake and an election report; then the
    other two Aleppo articles and a second quake and election report."""
    aleppo = sorted(ALEPPO.iterdir())
    first = [
        {"id": f"aleppo-{i}", "text": p.read_text(encoding="utf-8"), "source": f"outlet{i}"}
        for i, p in enumerate(aleppo[:3])
    ]
    first += [
        {"id": "quake-1", "text": QUAKE[0], "source": "ansa", "published": "2016-08-24"},
        {"id": "vote-1", "text": ELECTION[0], "source": "ruv", "published": "2016-10-29"},
    ]
    second = [
        {"id": f"aleppo-{i}", "text": p.read_text(encoding="utf-8"), "source": f"outlet{i}"}
        for i, p in enumerate(aleppo[3:], 3)
    ]
    second += [
        {"id": "quake-2", "text": QUAKE[1], "source": "bbc", "published": "2016-08-25"},
        {"id": "vote-2", "text": ELECTION[1], "source": "mbl", "published": "2016-10-30"},
    ]
    return write_jsonl(tmp_path / "one.jsonl", first), write_jsonl(tmp_path / "two.jsonl", second)


def stories(db: Path, *args: str) -> list[dict[str, object]]:
    records: list[dict[str, object]] = json.loads(
        ok(invoke("stories", "--db", db, "--format", "json", *args)).stdout
    )
    return records


def story_with(db: Path, article: str) -> dict[str, object]:
    return next(s for s in stories(db) if article in s["articles"])  # type: ignore[operator]


def test_ingest_groups_articles_into_stories(tmp_path: Path, dumps: tuple[Path, Path]) -> None:
    db = tmp_path / "lib.db"
    result = ok(invoke("ingest", dumps[0], dumps[1], "--db", db))
    assert "9 new, 0 duplicate, 0 near-duplicate, 0 failed" in result.stderr
    found = stories(db)
    groups = sorted(sorted(s["articles"]) for s in found)  # type: ignore[type-var]
    assert groups == [
        [f"aleppo-{i}" for i in range(5)],
        ["quake-1", "quake-2"],
        ["vote-1", "vote-2"],
    ]
    quake = story_with(db, "quake-1")
    assert quake["first_seen"] == "2016-08-24T00:00:00"
    assert quake["last_seen"] == "2016-08-25T00:00:00"
    assert set(quake) == {"id", "headline", "articles", "outlets", "first_seen", "last_seen"}


def test_re_ingest_is_a_no_op(tmp_path: Path, dumps: tuple[Path, Path]) -> None:
    db = tmp_path / "lib.db"
    ok(invoke("ingest", dumps[0], "--db", db))
    before = stories(db)
    result = ok(invoke("ingest", dumps[0], "--db", db))
    assert "0 new, 5 duplicate" in result.stderr
    assert stories(db) == before


def test_stories_since_and_table(tmp_path: Path, dumps: tuple[Path, Path]) -> None:
    db = tmp_path / "lib.db"
    ok(invoke("ingest", dumps[0], "--db", db))
    assert {tuple(s["articles"]) for s in stories(db, "--since", "2016-10-01")} >= {  # type: ignore[arg-type]
        ("vote-1",)
    }
    assert all("quake-1" not in s["articles"] for s in stories(db, "--since", "2016-10-01"))  # type: ignore[operator]
    lines = ok(invoke("stories", "--db", db)).stdout.splitlines()  # not a terminal: one a story
    assert len(lines) == len(stories(db)) and all(line.count("\t") == 5 for line in lines)
    assert any("ruv" in line for line in lines)
    bad = ok(invoke("stories", "--db", db, "--since", "someday"), 2)
    assert bad.stderr.startswith("newsbrief: error: --since")


def test_db_from_the_environment(tmp_path: Path, dumps: tuple[Path, Path]) -> None:
    db = tmp_path / "env.db"
    ok(invoke("ingest", dumps[0], env={"NEWSBRIEF_DB": str(db)}))
    assert db.exists()
    assert len(stories(db)) == 3


def test_brief_a_story_then_what_is_new(tmp_path: Path, dumps: tuple[Path, Path]) -> None:
    db = tmp_path / "lib.db"
    ok(invoke("ingest", dumps[0], "--db", db))
    sid = str(story_with(db, "aleppo-0")["id"])
    full = ok(invoke("brief", "--story", sid, "--db", db, "--format", "json")).stdout
    assert {a["id"] for a in json.loads(full)["articles"]} == {"aleppo-0", "aleppo-1", "aleppo-2"}
    again = ok(invoke("brief", "--story", sid, "--new", "--db", db), 1)
    assert "no new article since its last briefing" in again.stderr
    ok(invoke("ingest", dumps[1], "--db", db))
    update = json.loads(
        ok(invoke("brief", "--story", sid, "--new", "--db", db, "-f", "json")).stdout
    )
    assert {a["id"] for a in update["articles"]} == {"aleppo-3", "aleppo-4"}
    assert update["title"].startswith("Update")
    texts = {a["id"]: a["text"] for a in update["articles"]}
    earlier = " ".join(p.read_text(encoding="utf-8") for p in sorted(ALEPPO.iterdir())[:3])
    assert update["summary"]
    for sentence in update["summary"]:
        cited = sentence["citations"][0]
        assert texts[cited["article"]][cited["start"] : cited["end"]] == sentence["text"]
        assert sentence["text"] not in earlier  # an update says what is new


def test_brief_story_since(tmp_path: Path, dumps: tuple[Path, Path]) -> None:
    db = tmp_path / "lib.db"
    ok(invoke("ingest", dumps[0], dumps[1], "--db", db))
    sid = str(story_with(db, "quake-1")["id"])
    out = json.loads(
        ok(
            invoke("brief", "--story", sid, "--since", "2016-08-25", "--db", db, "-f", "json")
        ).stdout
    )
    assert [a["id"] for a in out["articles"]] == ["quake-2"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["brief", "--story", "999"], 1, "no story 999"),
        (["brief", "--new"], 2, "give --story ID"),
        (["brief", "--story", "1", "--new", "--since", "2016-01-01"], 2, "cannot be combined"),
        (["brief", "--story", "1", "x.txt"], 2, "not both"),
    ],
)
def test_brief_story_errors(
    tmp_path: Path, dumps: tuple[Path, Path], args: list[str], code: int, message: str
) -> None:
    db = tmp_path / "lib.db"
    ok(invoke("ingest", dumps[0], "--db", db))
    result = ok(invoke(*args, "--db", db), code)
    assert result.stderr.startswith("newsbrief: error: ") and message in result.stderr


def test_missing_library_and_bad_sources(tmp_path: Path) -> None:
    result = ok(invoke("stories", "--db", tmp_path / "none.db"), 1)
    assert "no such library" in result.stderr
    result = ok(invoke("ingest", tmp_path / "nothing.txt", "--db", tmp_path / "l.db"), 1)
    assert "no such file or directory" in result.stderr
    assert "0 new" in result.stderr
    result = ok(invoke("ingest", "ftp://example.com/a", "--db", tmp_path / "l.db"), 1)
    assert "only http and https" in result.stderr


def test_near_duplicates_are_linked_not_counted_as_outlets(tmp_path: Path) -> None:
    copy = QUAKE[0].replace("Wednesday", "Wednesday morning")
    dump = write_jsonl(
        tmp_path / "d.jsonl",
        [
            {"id": "q1", "text": QUAKE[0], "source": "ap"},
            {"id": "q1-copy", "text": copy, "source": "yahoo"},
        ],
    )
    db = tmp_path / "lib.db"
    assert "1 near-duplicate" in ok(invoke("ingest", dump, "--db", db)).stderr
    (story,) = stories(db)
    assert story["articles"] == ["q1", "q1-copy"]
    assert story["outlets"] == ["ap"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("today", datetime(2016, 12, 13, tzinfo=UTC)),
        ("yesterday", datetime(2016, 12, 12, tzinfo=UTC)),
        ("7d", datetime(2016, 12, 6, 15, 30, tzinfo=UTC)),
        ("12h", datetime(2016, 12, 13, 3, 30, tzinfo=UTC)),
        ("2016-12-01", datetime(2016, 12, 1)),
    ],
)
def test_since_takes_relative_dates(value: str, expected: datetime) -> None:
    """`--since yesterday` was "not a date" while `watch --every 15m` worked."""
    from newsbrief.library import parse_when

    now = datetime(2016, 12, 13, 15, 30, tzinfo=UTC)
    assert parse_when(value, option="--since", now=now) == expected


def test_a_boilerplate_only_page_is_skipped_not_a_failure(tmp_path: Path) -> None:
    """A cron job's ingest exited 1 whenever one page was nothing but furniture."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "furniture.txt").write_text(
        "Advertisement\n\nShare this\n\nSubscribe to our newsletter\n", encoding="utf-8"
    )
    (folder / "story.txt").write_text(QUAKE[0], encoding="utf-8")
    result = invoke("ingest", folder, "--db", tmp_path / "lib.db")
    assert result.exit_code == 0, result.stderr
    assert "1 new, 0 duplicate, 0 near-duplicate, 0 failed, 1 empty;" in result.stderr
    assert "furniture.txt: empty article after cleaning, skipped" in result.stderr


def test_ingest_and_watch_report_as_json(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsbrief.cli import app

    db = str(tmp_path / "lib.db")
    aleppo = str(Path(__file__).resolve().parents[1] / "examples" / "aleppo-2016")
    done = CliRunner().invoke(app, ["ingest", aleppo, "--db", db, "--format", "json"])
    assert done.exit_code == 0, done.output
    report = json.loads(done.stdout)
    assert (report["new"], report["failed"], report["stories_in_library"]) == (5, 0, 1)
    assert report["changed"] == [1] and report["library"] == db
    again = CliRunner().invoke(app, ["watch", aleppo, "--rounds", "1", "--db", db, "-f", "json"])
    assert again.exit_code == 0, again.output
    [poll] = [json.loads(line) for line in again.stdout.splitlines()]
    assert poll["new"] == 0 and poll["duplicate"] == 5 and poll["changed_stories"] == []
