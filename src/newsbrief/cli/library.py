"""The story library's commands: ``ingest``, ``stories`` and ``watch`` (``brief --story`` is in
brief.py). Every one opens the library and its fetcher with the Limits of ``settings_from``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsbrief.cli.console import EXIT_INPUT, EXIT_USAGE, fail, note, progress, warn
from newsbrief.cli.options import (
    DEFAULT_DB,
    AllowPrivate,
    Db,
    IngestEngine,
    Scheduler,
    Workers,
    settings_from,
)
from newsbrief.errors import NewsbriefError, UsageError

if TYPE_CHECKING:
    from newsbrief.config import Settings
    from newsbrief.ingest.fetch import Fetcher
    from newsbrief.library import IngestReport, Library, StoryRow


class TableFormat(StrEnum):
    table = "table"
    json = "json"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


ReportFormatOption = Annotated[
    ReportFormat,
    typer.Option(
        "--format",
        "-f",
        help="text: one line on standard error; json: the report as JSON on standard output "
        "(watch: one JSON object per poll, JSON Lines).",
    ),
]


Sources = Annotated[
    list[str],
    typer.Argument(
        metavar="SOURCE...",
        help="Files or directories (every format brief reads, JSON Lines of articles, "
        "WARC, RSS/Atom feeds), http(s) URLs of feeds or articles, or - for standard input.",
        show_default=False,
    ),
]
Feeds = Annotated[
    list[str],
    typer.Argument(
        metavar="FEED...",
        help="RSS/Atom feed URLs or files (any ingest source) to poll.",
        show_default=False,
    ),
]
StoriesSince = Annotated[
    str | None,
    typer.Option(
        "--since", metavar="DATE", help="Only stories seen since DATE.", show_default=False
    ),
]
StoriesFormat = Annotated[
    TableFormat, typer.Option("--format", "-f", help="A table, or JSON for programs.")
]
Every = Annotated[
    str,
    typer.Option(
        "--every",
        metavar="INTERVAL",
        help="Time between the starts of polls (a fixed rate; a poll that overruns is followed "
        "at once): 30s, 15m, 2h.",
    ),
]
BriefChanged = Annotated[
    bool,
    typer.Option(
        "--brief",
        help="After each poll, print an update briefing (Markdown) of each story that changed: "
        "what its new articles add.",
    ),
]
Rounds = Annotated[
    int | None,
    typer.Option(
        "--rounds",
        metavar="N",
        min=1,
        help="Stop after N polls (default: until Ctrl-C).",
        show_default=False,
    ),
]


@contextmanager
def _opened(
    db: Path, settings: Settings, *, allow_private: bool
) -> Iterator[tuple[Library, Fetcher]]:
    """The library and a guarded fetcher, both with ``settings.limits``."""
    from newsbrief.ingest.fetch import Fetcher
    from newsbrief.library import Library

    limits = settings.limits
    with (
        Library.open(db, limits=limits) as library,
        Fetcher.with_limits(limits, allow_private=allow_private) as fetcher,
    ):
        yield library, fetcher


def ingest(
    sources: Sources,
    db: Db = DEFAULT_DB,
    allow_private: AllowPrivate = False,
    engine: IngestEngine = None,
    workers: Workers = None,
    scheduler: Scheduler = None,
    fmt: ReportFormatOption = ReportFormat.text,
) -> None:
    """Add articles to the story library; each joins a story or opens one. Re-ingesting is a
    no-op. The exit status is 1 if any source or entry failed."""
    settings = settings_from()
    created = not Path(db).exists()
    stdin = sys.stdin.buffer if "-" in sources else None
    try:
        with _opened(db, settings, allow_private=allow_private) as (library, fetcher):
            with progress("ingesting", len(sources)) as advance:
                report = library.ingest(
                    sources,
                    fetcher=fetcher,
                    stdin=stdin,
                    advance=advance,
                    engine=engine,
                    workers=workers,
                    scheduler=scheduler,
                )
            stories = len(library.stories())
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)
    for problem in (*report.problems, *report.skipped):
        warn(problem)
    where = f"{stories} in {db}"
    if created and stdin is not None and not stories and report.failed:
        # A failed read of standard input leaves no empty library behind (a pipe cannot be
        # read again); a failed file or URL does, as before, ready for the next ingest.
        _discard(Path(db))
        where = f"{db} not created"
    if fmt == ReportFormat.json:
        out = {**_report_dict(report), "stories_in_library": stories, "library": str(db)}
        typer.echo(json.dumps(out))
    else:
        note(f"{_counts(report)}, {where}")
    if report.failed:
        raise typer.Exit(EXIT_INPUT)


def _report_dict(report: IngestReport) -> dict[str, object]:
    """An ingest report for programs (ingest/watch --format json; the fields as in README)."""
    return {
        "new": report.new,
        "duplicate": report.duplicate,
        "near_duplicate": report.near_duplicate,
        "failed": report.failed,
        "empty": report.empty,
        "problems": report.problems,
        "skipped": report.skipped,
        "changed": sorted(report.changed),
    }


def _counts(report: IngestReport) -> str:
    return (
        f"{report.new} new, {report.duplicate} duplicate, "
        f"{report.near_duplicate} near-duplicate, {report.failed} failed"
        f"{f', {report.empty} empty' if report.empty else ''}; "
        f"{_stories(len(report.changed))} changed"
    )


def _discard(db: Path) -> None:
    """Remove a library file this run created (and SQLite's files beside it)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)


def stories(
    db: Db = DEFAULT_DB, since: StoriesSince = None, fmt: StoriesFormat = TableFormat.table
) -> None:
    """List the library's stories, most recently seen first."""
    import json

    from newsbrief.library import Library, parse_when

    if not Path(db).exists():
        fail(f"{db}: no such library (run newsbrief ingest first)", EXIT_INPUT)
    settings = settings_from()
    try:
        when = parse_when(since, option="--since") if since else None
        with Library.open(db, limits=settings.limits) as library:
            rows = library.stories(since=when)
    except UsageError as exc:
        fail(exc.message, EXIT_USAGE)
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)
    if fmt is TableFormat.json:
        records = [row.record() for row in rows]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    _print_stories(rows)


def _print_stories(rows: list[StoryRow]) -> None:
    """A table on a terminal; elsewhere (a pipe, `| head`) one tab-separated line per story,
    headline whole, so no line is wrapped into fragments."""
    import sys

    from rich.console import Console
    from rich.table import Table

    if not sys.stdout.isatty():
        for row in rows:
            fields = (row.id, len(row.articles), ", ".join(row.outlets))
            dates = (row.first_seen.date().isoformat(), row.last_seen.date().isoformat())
            typer.echo("\t".join(map(str, (*fields, *dates, " ".join(row.headline.split())))))
        return

    table = Table(title=f"{len(rows)} stories")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("outlets", max_width=24, overflow="ellipsis", no_wrap=True)
    table.add_column("first seen", no_wrap=True)
    table.add_column("last seen", no_wrap=True)
    table.add_column("headline", ratio=1, min_width=30)
    for row in rows:
        outlets = ", ".join(row.outlets[:3]) + (" …" if len(row.outlets) > 3 else "")
        table.add_row(
            str(row.id),
            str(len(row.articles)),
            outlets,
            row.first_seen.date().isoformat(),
            row.last_seen.date().isoformat(),
            row.headline,
        )
    Console(highlight=False).print(table)


def watch(
    feeds: Feeds,
    every: Every = "15m",
    rounds: Rounds = None,
    db: Db = DEFAULT_DB,
    allow_private: AllowPrivate = False,
    brief: BriefChanged = False,
    fmt: ReportFormatOption = ReportFormat.text,
) -> None:
    """Poll feeds: ingest what is new, cluster it, and print the stories that changed. Pages
    already fetched are asked for only if changed (ETag / Last-Modified). Stops cleanly on
    Ctrl-C."""
    import time

    from newsbrief.library import parse_interval

    settings = settings_from()
    try:
        seconds = parse_interval(every)
        with _opened(db, settings, allow_private=allow_private) as (library, fetcher):
            start, done = time.monotonic(), 0
            while True:
                changed = _poll(library, feeds, fetcher=fetcher, fmt=fmt)
                if brief:
                    _brief_changed(library, changed, settings)
                done += 1
                if rounds is not None and done >= rounds:
                    break
                # A fixed rate: the next poll starts `seconds` after this one started.
                time.sleep(max(0.0, start + done * seconds - time.monotonic()))
    except KeyboardInterrupt:
        note("watch stopped")
    except UsageError as exc:
        fail(exc.message, EXIT_USAGE)
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)


def _poll(
    library: Library, feeds: list[str], *, fetcher: Fetcher, fmt: ReportFormat
) -> list[StoryRow]:
    """One poll: ingest the feeds and print a line, and one per story that changed (or, as
    JSON, one object)."""
    import time

    report = library.ingest(feeds, fetcher=fetcher)
    for problem in (*report.problems, *report.skipped):
        warn(problem)
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    changed = library.changed_stories(report.changed)
    if fmt == ReportFormat.json:
        rows = [{"id": r.id, "articles": len(r.articles), "headline": r.headline} for r in changed]
        typer.echo(json.dumps({"time": stamp, **_report_dict(report), "changed_stories": rows}))
        sys.stdout.flush()
        return changed
    typer.echo(
        f"{stamp}: {report.new} new, {report.near_duplicate} near-duplicate, "
        f"{_stories(len(changed))} changed"
    )
    for row in changed:
        typer.echo(f"  story {row.id} ({len(row.articles)} articles): {row.headline}")
    sys.stdout.flush()
    return changed


def _brief_changed(library: Library, changed: list[StoryRow], settings: Settings) -> None:
    from newsbrief.render import render

    for row in changed:
        briefing = library.brief_story(row.id, settings=settings, new=True)
        typer.echo(f"\n{render(briefing, 'markdown')}")
    sys.stdout.flush()


def _stories(n: int) -> str:
    return f"{n} story" if n == 1 else f"{n} stories"
