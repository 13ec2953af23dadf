"""``newsbrief batch``: a JSON Lines file of clusters in, one cited summary per line out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli.console import EXIT_INPUT, open_input, open_output, progress, warn
from newsbrief.cli.options import DEFAULTS, Engine, Words, Workers, settings_from

InputFile = Annotated[
    str,
    typer.Argument(
        metavar="INPUT.jsonl",
        help='Clusters, one JSON object per line: {"id", "documents": [text, ...]}; '
        "- for standard input.",
        show_default=False,
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
) -> None:
    """Summarise many stories: a cluster of documents per input line, a cited summary per line
    out. Bad lines are reported and skipped; the exit status is 1 if any line failed."""
    from newsbrief.batch import input_size, read_lines, run_batch

    settings = settings_from(words=words)
    with open_input(input_path) as stream, open_output(output, input_path) as out:
        total = None if input_path == "-" else input_size(Path(input_path))
        with progress("summarising", total) as advance:
            report = run_batch(
                read_lines(stream, name=input_path),
                settings=settings,
                engine=engine,
                workers=workers,
                write=lambda text: out.write(text + "\n"),
                warn=warn,
                advance=advance,
            )
    where = "" if output == "-" else f"; wrote {output}"
    failed = f", {report.failed} failed" if report.failed else ""
    typer.echo(f"newsbrief: summarised {report.ok} clusters{failed}{where}", err=True)
    if report.failed:
        raise typer.Exit(EXIT_INPUT)
