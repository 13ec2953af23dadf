"""``newsbrief batch``: a JSON Lines file of clusters in, one cited summary per line out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli.console import EXIT_INPUT, EXIT_USAGE, fail, note, open_output, progress, warn
from newsbrief.cli.options import DEFAULTS, Engine, Scheduler, Words, Workers, settings_from
from newsbrief.errors import NewsbriefError

InputFile = Annotated[
    str,
    typer.Argument(
        metavar="INPUT",
        help='Clusters, one JSON object per line: {"id", "documents": [text, ...]}: a JSON Lines '
        "file, a folder or a quoted glob of shards, a Parquet file, or - for standard input.",
        show_default=False,
    ),
]
Resume = Annotated[
    bool,
    typer.Option(
        "--resume",
        help="Append to OUTPUT, skipping the clusters whose id it holds already (after a crash "
        "or Ctrl-C).",
    ),
]
OutputFile = Annotated[
    str,
    typer.Option(
        "--output",
        "-o",
        metavar="OUTPUT.jsonl",
        help="Write one summary per line here, in input order (default: standard output).",
        show_default=False,
    ),
]


def batch(
    input_path: InputFile,
    output: OutputFile = "-",
    words: Words = DEFAULTS.words,
    workers: Workers = None,
    engine: Engine = "process",
    scheduler: Scheduler = None,
    resume: Resume = False,
) -> None:
    """Summarise many stories: a cluster of documents per input line, a cited summary per line
    out. Bad lines are reported and skipped; the exit status is 1 if any line failed."""
    from newsbrief.batch import finished, input_size, read_inputs, run_batch

    settings = settings_from(words=words)
    if resume and output == "-":
        fail("--resume appends to a file: give -o FILE", EXIT_USAGE)
    try:
        skip = finished(Path(output)) if resume else set()
        with open_output(output, input_path, append=resume) as out:
            path = Path(input_path)
            total = input_size(path) if input_path != "-" and path.is_file() else None
            with progress("summarising", total) as advance:
                report = run_batch(
                    read_inputs([input_path]),
                    settings=settings,
                    engine=engine,
                    workers=workers,
                    scheduler=scheduler,
                    skip=skip,
                    write=lambda text: out.write(text + "\n"),
                    warn=warn,
                    advance=advance,
                )
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)
    where = "" if output == "-" else f"; wrote {output}"
    failed = f", {report.failed} failed" if report.failed else ""
    skipped = f", {report.skipped} already done" if report.skipped else ""
    note(f"summarised {report.ok} clusters{failed}{skipped}{where}")
    if report.failed:
        raise typer.Exit(EXIT_INPUT)
