"""Command line: a thin edge over the pipeline. Errors are one line on stderr, never a traceback."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from newsbrief import __version__
from newsbrief.config import DEFAULT_WORDS, Settings
from newsbrief.errors import NewsbriefError, UsageError

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
        list[str],
        typer.Argument(
            help="Article files, directories (every article inside), or - for standard input. "
            "Text, HTML, JSON, JSON Lines and Multi-News '|||||' files; UTF-8/16 or Windows-1252.",
            show_default=False,
        ),
    ],
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
) -> None:
    """Brief articles about one story: a cited summary and the list of sources."""
    from newsbrief.pipeline import brief_inputs
    from newsbrief.render import render

    chosen = (
        fmt or (_SUFFIX_FORMATS.get(output.suffix.lower()) if output else None) or Format.markdown
    )
    try:
        settings = replace(Settings(), words=words)
        # On the command line every argument is a path (or "-"), never inline article text.
        inputs = [p if p == "-" else Path(p) for p in paths]
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


def main() -> None:
    """Console-script entry point: no traceback ever reaches the user."""
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
