"""``newsbrief verify``: which sentences of a summary its sources support, with the passages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsbrief.cli.console import (
    EXIT_INPUT,
    EXIT_USAGE,
    fail,
    format_of,
    note,
    open_input,
    warn,
    write_text,
)
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
    chosen = fmt or format_of(output)
    if chosen not in verification_formats():
        known = ", ".join(verification_formats())
        fail(f"unknown format {chosen!r} (known: {known})", EXIT_USAGE)
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
    note(f"{len(report.sentences) - unsupported} of {len(report.sentences)} sentences supported")
    if unsupported or not report.sentences:
        raise typer.Exit(EXIT_INPUT)


def _read_summary(summary: str) -> str:
    """The summary's text (opened as every command opens an input file); one-line errors."""
    from newsbrief.ingest.decode import decode

    with open_input(summary) as stream:
        data = stream.read()
    try:
        text = decode(data, name=summary)
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)
    if not text.strip():
        fail(f"{summary}: empty summary", EXIT_INPUT)
    return text
