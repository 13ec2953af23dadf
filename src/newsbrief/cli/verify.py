"""``newsbrief verify``: which sentences of a summary its sources support, with the passages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli.console import EXIT_INPUT, EXIT_USAGE, fail, warn, write_text
from newsbrief.cli.options import AllowPrivate, settings_from
from newsbrief.errors import NewsbriefError, UsageError

Summary = Annotated[
    str,
    typer.Argument(
        metavar="SUMMARY",
        help="The summary to check: a text file, or - for standard input.",
        show_default=False,
    ),
]
Sources = Annotated[
    list[str],
    typer.Argument(
        metavar="SOURCE...",
        help="The articles it summarises: files, directories or http(s) URLs, as for brief.",
        show_default=False,
    ),
]
ReportFormat = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="Report format: markdown, json or html (default: from -o's extension, else markdown).",
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the report to this file instead of stdout."),
]
_SUFFIX_FORMATS = {".json": "json", ".html": "html", ".htm": "html", ".md": "markdown"}


def verify(
    summary: Summary,
    sources: Sources,
    fmt: ReportFormat = None,
    output: Output = None,
    allow_private: AllowPrivate = False,
) -> None:
    """Check each sentence of a summary against the articles it summarises: supported or not,
    the passages that support it, the numbers, names and dates the sources lack. Exit status 1
    when any sentence is unsupported."""
    from newsbrief.ingest import is_url
    from newsbrief.ingest.fetch import Fetcher
    from newsbrief.render import render_verification, verification_formats
    from newsbrief.verify import verify_summary

    settings = settings_from()
    chosen = fmt or _SUFFIX_FORMATS.get(output.suffix.lower() if output else "", "markdown")
    if chosen not in verification_formats():
        fail(f"unknown format {chosen!r} (known: {', '.join(verification_formats())})", 2)
    text = _read_summary(summary)
    inputs = [s if s == "-" or is_url(s) else Path(s) for s in sources]
    try:
        with Fetcher.with_limits(settings.limits, allow_private=allow_private) as fetcher:
            report = verify_summary(text, inputs, settings=settings, fetcher=fetcher)
        rendered = render_verification(report, chosen)
    except UsageError as exc:
        fail(exc.message, EXIT_USAGE)
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)
    for warning in report.warnings:
        warn(warning)
    write_text(rendered, output)
    unsupported = sum(not s.supported for s in report.sentences)
    typer.echo(
        f"newsbrief: {len(report.sentences) - unsupported} of {len(report.sentences)} "
        f"sentences supported",
        err=True,
    )
    if unsupported or not report.sentences:
        raise typer.Exit(EXIT_INPUT)


def _read_summary(summary: str) -> str:
    """The summary's text; one-line errors for a file that cannot be read."""
    from newsbrief.ingest.decode import decode

    try:
        data = sys.stdin.buffer.read() if summary == "-" else Path(summary).read_bytes()
        text = decode(data, name=summary)
    except FileNotFoundError:
        fail(f"{summary}: no such file", EXIT_INPUT)
    except IsADirectoryError:
        fail(f"{summary}: is a directory (the summary is one text file)", EXIT_INPUT)
    except OSError as exc:
        fail(f"{summary}: cannot read ({exc.strerror or exc})", EXIT_INPUT)
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)
    if not text.strip():
        fail(f"{summary}: empty summary", EXIT_INPUT)
    return text
