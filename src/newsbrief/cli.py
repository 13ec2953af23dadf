"""Command line: a thin edge over the pipeline. Errors are one line on stderr, never a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from newsbrief import __version__
from newsbrief.config import DEFAULT_WORDS, Settings
from newsbrief.errors import NewsbriefError, UsageError

if TYPE_CHECKING:
    from newsbrief.eval.run import Evaluation
    from newsbrief.ingest.fetch import Fetcher
    from newsbrief.store.queries import StoryRow
    from newsbrief.types import Briefing

app = typer.Typer(
    name="newsbrief",
    help="Turn a pile of news articles about one story into a short, cited briefing.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


class Format(StrEnum):
    markdown = "markdown"
    json = "json"
    html = "html"


class TableFormat(StrEnum):
    table = "table"
    json = "json"


DEFAULT_DB = Path("newsbrief.db")
DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        metavar="PATH",
        envvar="NEWSBRIEF_DB",
        help="The story library (SQLite; created if missing). Env: NEWSBRIEF_DB.",
    ),
]
AllowPrivateOption = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Let URLs reach loopback, private and link-local addresses (off: refused).",
    ),
]


class MetricName(StrEnum):
    rouge = "rouge"
    rouge155 = "rouge155"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsbrief {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn a pile of news articles about one story into a short, cited briefing."""


def _warn(message: str) -> None:
    typer.echo(f"newsbrief: warning: {message}", err=True)


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"newsbrief: error: {message}", err=True)
    raise typer.Exit(code)


_SUFFIX_FORMATS = {
    ".json": Format.json,
    ".html": Format.html,
    ".htm": Format.html,
    ".md": Format.markdown,
}


@app.command()
def brief(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH...",
            help="Article files, directories (every article inside), or - for standard input. "
            "Text, HTML, JSON, JSON Lines and Multi-News '|||||' files; UTF-8/16 or Windows-1252.",
            show_default=False,
        ),
    ] = None,
    words: Annotated[
        int, typer.Option("--words", "-w", min=1, help="Summary length in words (a hard cap).")
    ] = DEFAULT_WORDS,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format", "-f", help="Output format (default: from -o's extension, else markdown)."
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of standard output."),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with status 1 when any input had a problem.")
    ] = False,
    story: Annotated[
        int | None,
        typer.Option(
            "--story",
            metavar="ID",
            help="Brief a story of the library (see `newsbrief stories`) instead of PATHs.",
            show_default=False,
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DATE",
            help="With --story: only articles published since DATE.",
            show_default=False,
        ),
    ] = None,
    new: Annotated[
        bool,
        typer.Option(
            "--new",
            help="With --story: an update briefing of what the articles added since the "
            "story's last briefing say that the earlier ones did not.",
        ),
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Brief articles about one story: a cited summary and the list of sources."""
    from newsbrief.pipeline import brief_inputs
    from newsbrief.render import render

    chosen = (
        fmt or (_SUFFIX_FORMATS.get(output.suffix.lower()) if output else None) or Format.markdown
    )
    if story is None and (since is not None or new):
        _fail("--since and --new brief a stored story: give --story ID", EXIT_USAGE)
    if story is not None and paths:
        _fail("give either PATH... or --story ID, not both", EXIT_USAGE)
    if story is None and not paths:
        _fail("Missing argument 'PATH...' (or give --story ID).", EXIT_USAGE)
    if since is not None and new:
        _fail("--since and --new cannot be combined", EXIT_USAGE)
    try:
        settings = replace(Settings(), words=words)
        if story is not None:
            briefing = _brief_story(db, story, since=since, new=new, settings=settings)
        else:
            # On the command line every argument is a path (or "-"), never inline article text;
            # a blank one stays a string, reported as empty (Path("") would be this folder).
            inputs = [p if p == "-" or not p.strip() else Path(p) for p in paths or []]
            briefing = brief_inputs(inputs, settings=settings)
        text = render(briefing, chosen.value)
    except UsageError as exc:
        _fail(exc.message, EXIT_USAGE)
    except NewsbriefError as exc:
        _fail(exc.message, EXIT_INPUT)
    for warning in briefing.warnings:
        _warn(warning)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"{output}: cannot write ({exc.strerror or exc})", EXIT_INPUT)
        typer.echo(f"newsbrief: wrote {output}", err=True)
    if strict and briefing.warnings:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def batch(
    input_path: Annotated[
        str,
        typer.Argument(
            metavar="INPUT.jsonl",
            help='Clusters, one JSON object per line: {"id", "documents": [text, ...]}; '
            "- for standard input.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="OUTPUT.jsonl",
            help="Write one summary per line here, in input order; - for standard output.",
            show_default=False,
        ),
    ],
    words: Annotated[
        int, typer.Option("--words", "-w", min=1, help="Summary length in words (a hard cap).")
    ] = DEFAULT_WORDS,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-j",
            min=1,
            help="Worker processes (default: the number of CPUs).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Summarise many stories: a cluster of documents per input line, a cited summary per line
    out. Bad lines are reported and skipped; the exit status is 1 if any line failed."""
    from newsbrief.batch import default_workers, input_size, read_lines, run_batch

    with _input(input_path) as stream, _output(output, input_path) as out:
        total = None if input_path == "-" else input_size(Path(input_path))
        with _progress("summarising", total) as advance:
            report = run_batch(
                read_lines(stream, name=input_path),
                words=words,
                workers=workers or default_workers(),
                write=lambda text: out.write(text + "\n"),
                warn=_warn,
                advance=advance,
            )
    where = "" if output == "-" else f"; wrote {output}"
    failed = f", {report.failed} failed" if report.failed else ""
    typer.echo(f"newsbrief: summarised {report.ok} clusters{failed}{where}", err=True)
    if report.failed:
        raise typer.Exit(EXIT_INPUT)


@app.command("eval")
def evaluate(
    dataset: Annotated[
        str,
        typer.Argument(
            metavar="DATASET.jsonl",
            help='Clusters with references, one per line: {"id", "documents": [text, ...], '
            '"summary": text} (or "summaries": [text, ...]); - for standard input.',
            show_default=False,
        ),
    ],
    words: Annotated[
        int, typer.Option("--words", "-w", min=1, help="Summary length in words (a hard cap).")
    ] = DEFAULT_WORDS,
    metric: Annotated[
        MetricName,
        typer.Option(
            "--metric",
            "-m",
            help="rouge: rouge-score F1, stemmed. rouge155: the ROUGE-1.5.5 Perl script, "
            "recall on the first --words words (-l).",
        ),
    ] = MetricName.rouge,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit", "-n", min=1, help="Evaluate the first N clusters only.", show_default=False
        ),
    ] = None,
    scores: Annotated[
        Path | None,
        typer.Option(
            "--scores",
            metavar="FILE",
            help="Also write per-cluster scores (JSON Lines) to FILE (default: not written).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Score newsbrief and baselines (lead, LexRank, TextRank, centroid-MMR, bigram coverage)
    against reference summaries with ROUGE. Bad lines are reported and skipped; the exit status
    is 1 if any was."""
    from newsbrief.batch import read_lines
    from newsbrief.eval.dataset import read_dataset
    from newsbrief.eval.metrics import get_metric
    from newsbrief.eval.run import evaluate as run_evaluation

    problems = 0

    def warn(message: str) -> None:
        nonlocal problems
        problems += 1
        _warn(message)

    try:
        scorer = get_metric(metric.value, words=words)
    except NewsbriefError as exc:
        _fail(exc.message, EXIT_INPUT)
    with _input(dataset) as stream:
        total = limit if dataset == "-" else _count_lines(Path(dataset), limit)
        clusters = read_dataset(read_lines(stream, name=dataset), warn=warn, limit=limit)
        with _progress("evaluating", total) as advance:
            try:
                result = run_evaluation(
                    clusters, metric=scorer, words=words, warn=warn, done=lambda: advance(1)
                )
            except NewsbriefError as exc:
                _fail(exc.message, EXIT_INPUT)
    if not result.clusters:
        _fail(f"{dataset}: no cluster to evaluate", EXIT_INPUT)
    _print_table(result, dataset=dataset, rl_label=scorer.rl_label)
    if scores is not None:
        from newsbrief.eval.run import write_scores

        try:
            write_scores(result, scores)
        except OSError as exc:
            _fail(f"{scores}: cannot write ({exc.strerror or exc})", EXIT_INPUT)
        typer.echo(f"newsbrief: wrote {scores}", err=True)
    if problems:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(
            metavar="SOURCE...",
            help="Files or directories (every format brief reads, JSON Lines of articles, "
            "WARC, RSS/Atom feeds) and http(s) URLs of feeds or articles.",
            show_default=False,
        ),
    ],
    db: DbOption = DEFAULT_DB,
    allow_private: AllowPrivateOption = False,
) -> None:
    """Add articles to the story library; each joins a story or opens one. Re-ingesting is a
    no-op. The exit status is 1 if any source or entry failed."""
    from newsbrief.library import Library

    try:
        with Library.open(db) as library, _fetcher(allow_private) as fetcher:
            with _progress("ingesting", len(sources)) as advance:
                report = library.ingest(sources, fetcher=fetcher, advance=advance)
            stories = len(library.stories())
    except NewsbriefError as exc:
        _fail(exc.message, EXIT_INPUT)
    for problem in report.problems:
        _warn(problem)
    typer.echo(
        f"newsbrief: {report.new} new, {report.duplicate} duplicate, "
        f"{report.near_duplicate} near-duplicate, {report.failed} failed; "
        f"{len(report.changed)} stories changed, {stories} in {db}",
        err=True,
    )
    if report.failed:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", metavar="DATE", help="Only stories seen since DATE.", show_default=False
        ),
    ] = None,
    fmt: Annotated[
        TableFormat, typer.Option("--format", "-f", help="A table, or JSON for programs.")
    ] = TableFormat.table,
) -> None:
    """List the library's stories, most recently seen first."""
    import json

    from newsbrief.library import Library, parse_when

    if not Path(db).exists():
        _fail(f"{db}: no such library (run newsbrief ingest first)", EXIT_INPUT)
    try:
        when = parse_when(since, option="--since") if since else None
        with Library.open(db) as library:
            rows = library.stories(since=when)
    except UsageError as exc:
        _fail(exc.message, EXIT_USAGE)
    except NewsbriefError as exc:
        _fail(exc.message, EXIT_INPUT)
    if fmt is TableFormat.json:
        records = [row.record() for row in rows]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    _print_stories(rows)


def _print_stories(rows: list[StoryRow]) -> None:
    from rich.console import Console
    from rich.table import Table

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


@app.command()
def watch(
    feeds: Annotated[
        list[str],
        typer.Argument(
            metavar="FEED...",
            help="RSS/Atom feed URLs or files (any ingest source) to poll.",
            show_default=False,
        ),
    ],
    every: Annotated[
        str,
        typer.Option("--every", metavar="INTERVAL", help="Time between polls: 30s, 15m, 2h."),
    ] = "15m",
    rounds: Annotated[
        int | None,
        typer.Option(
            "--rounds",
            metavar="N",
            min=1,
            help="Stop after N polls (default: until Ctrl-C).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
    allow_private: AllowPrivateOption = False,
) -> None:
    """Poll feeds: ingest what is new, cluster it, and print the stories that changed. Stops
    cleanly on Ctrl-C."""
    import time

    from newsbrief.library import Library, parse_interval

    try:
        seconds = parse_interval(every)
        with Library.open(db) as library, _fetcher(allow_private) as fetcher:
            done = 0
            while True:
                report = library.ingest(feeds, fetcher=fetcher)
                for problem in report.problems:
                    _warn(problem)
                stamp = time.strftime("%Y-%m-%d %H:%M:%S")
                changed = library.changed_stories(report.changed)
                typer.echo(
                    f"{stamp}: {report.new} new, {report.near_duplicate} near-duplicate, "
                    f"{len(changed)} stories changed"
                )
                for row in changed:
                    typer.echo(f"  story {row.id} ({len(row.articles)} articles): {row.headline}")
                sys.stdout.flush()
                done += 1
                if rounds is not None and done >= rounds:
                    break
                time.sleep(seconds)
    except KeyboardInterrupt:
        typer.echo("newsbrief: watch stopped", err=True)
    except UsageError as exc:
        _fail(exc.message, EXIT_USAGE)
    except NewsbriefError as exc:
        _fail(exc.message, EXIT_INPUT)


def _brief_story(
    db: Path, story: int, *, since: str | None, new: bool, settings: Settings
) -> Briefing:
    from newsbrief.library import Library, parse_when

    if not Path(db).exists():
        raise NewsbriefError(f"{db}: no such library (run newsbrief ingest first)")
    when = parse_when(since, option="--since") if since else None
    with Library.open(db) as library:
        return library.brief_story(story, settings=settings, since=when, new=new)


@contextmanager
def _fetcher(allow_private: bool) -> Iterator[Fetcher]:
    from newsbrief.ingest.fetch import Fetcher

    with Fetcher(allow_private=allow_private) as fetcher:
        yield fetcher


def _print_table(result: Evaluation, *, dataset: str, rl_label: str) -> None:
    from rich.console import Console
    from rich.table import Table

    name = "standard input" if dataset == "-" else Path(dataset).name
    table = Table(title=f"{result.clusters} clusters from {name}, {result.words} words")
    table.add_column("system")
    for label in ("R-1", "R-2", rl_label, "median ms"):
        table.add_column(label, justify="right")
    best = {key: max(getattr(s, key) for s in result.systems) for key in ("r1", "r2", "rl")}
    for system in result.systems:
        cells = [
            f"[bold]{getattr(system, k):.2f}[/]"
            if getattr(system, k) == best[k]
            else f"{getattr(system, k):.2f}"
            for k in ("r1", "r2", "rl")
        ]
        table.add_row(system.name, *cells, f"{system.median_ms:.1f}")
    console = Console(highlight=False)
    console.print(table)
    console.print(f"{result.metric}; mean over clusters, 0-100", markup=False, soft_wrap=True)


@contextmanager
def _input(path: str) -> Iterator[IO[bytes]]:
    """The input file as a binary stream (standard input for -); one-line errors."""
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        # Opened outside "with" so that only opening errors get these messages.
        stream = Path(path).open("rb")  # noqa: SIM115
    except FileNotFoundError:
        _fail(f"{path}: no such file", EXIT_INPUT)
    except IsADirectoryError:
        _fail(f"{path}: is a directory", EXIT_INPUT)
    except OSError as exc:
        _fail(f"{path}: cannot read ({exc.strerror or exc})", EXIT_INPUT)
    with stream:
        yield stream


@contextmanager
def _output(path: str, input_path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if input_path != "-" and Path(path).resolve() == Path(input_path).resolve():
        _fail(f"{path}: the output would overwrite the input", EXIT_USAGE)
    try:
        out = Path(path).open("w", encoding="utf-8")  # noqa: SIM115 (as in _input)
    except OSError as exc:
        _fail(f"{path}: cannot write ({exc.strerror or exc})", EXIT_INPUT)
    with out:
        yield out


def _count_lines(path: Path, limit: int | None) -> int | None:
    """Non-blank lines of ``path`` (at most ``limit``), for the progress bar; streamed."""
    if not sys.stderr.isatty():
        return None
    with path.open("rb") as stream:
        count = sum(1 for line in stream if line.strip())
    return min(count, limit) if limit else count


@contextmanager
def _progress(description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error while it is a terminal, else nothing. Warnings printed
    meanwhile appear above the bar (rich redirects standard error)."""
    if not sys.stderr.isatty():
        yield _no_progress
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    columns: list[Any] = [TextColumn("{task.description}"), BarColumn(), TaskProgressColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(description, total=total)
        yield lambda n: progress.advance(task, n)


def _no_progress(n: int) -> None:
    pass


@app.command()
def serve(
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on; the default serves this machine only."),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")
    ] = 8000,
    db: DbOption = DEFAULT_DB,
    allow_private: AllowPrivateOption = False,
) -> None:
    """Serve the web page and the JSON API (POST /api/brief; the library's stories under
    /stories and /api/stories) until Ctrl-C."""
    import uvicorn

    from newsbrief.web.app import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        _warn(f"listening on {host}: anyone who can reach this address can use the server")
    if not Path(db).is_file():
        _warn(f"{db}: no such library yet; the stories pages will say so until it is ingested")
    typer.echo(f"newsbrief: serving http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    app = create_app(db=Path(db), allow_private=allow_private)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


# A briefing multiplies matrices of a few hundred rows: BLAS threads only add start-up and
# spinning (measured: 17% more CPU per dev cluster with OpenBLAS's default threads), and batch
# workers already use every core. Set before numpy loads; spawned workers inherit it; a value
# the user set wins.
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def main() -> None:
    """Console-script entry point: no traceback ever reaches the user."""
    for name in _BLAS_THREADS:
        os.environ.setdefault(name, "1")
    try:
        app(prog_name="newsbrief")
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:
        if os.environ.get("NEWSBRIEF_DEBUG"):
            raise
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(
            f"newsbrief: internal error: {type(exc).__name__}: {message} "
            "(set NEWSBRIEF_DEBUG=1 for details; please report it)",
            file=sys.stderr,
        )
        sys.exit(EXIT_INTERNAL)
