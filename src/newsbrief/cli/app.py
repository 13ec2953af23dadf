"""The Typer application: its commands, ``--version``, and ``main``, the console script, which
lets no traceback reach the user (errors are one line on standard error)."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from newsbrief.cli import console
from newsbrief.cli.batch import batch
from newsbrief.cli.brief import brief
from newsbrief.cli.console import EXIT_INPUT, EXIT_INTERNAL
from newsbrief.cli.evaluate import evaluate
from newsbrief.cli.library import ingest, stories, watch
from newsbrief.cli.serve import serve
from newsbrief.cli.verify import verify
from newsbrief.errors import NewsbriefError
from newsbrief.version import __version__

app = typer.Typer(
    name="newsbrief",
    help="Turn a pile of news articles about one story into a short, cited briefing.",
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
# In this order in the help.
app.command()(brief)
app.command()(batch)
app.command("eval")(evaluate)
app.command()(ingest)
app.command()(stories)
app.command()(watch)
app.command()(serve)
app.command()(verify)


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
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No warnings, notes or progress on standard error (errors still print; the "
            "exit status still tells). Before the command: newsbrief -q ingest …",
        ),
    ] = False,
) -> None:
    """Turn a pile of news articles about one story into a short, cited briefing."""
    console.quiet = quiet


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
    except NewsbriefError as exc:  # one a command leaves to here, as a missing extra in serve
        print(f"newsbrief: error: {exc.message}", file=sys.stderr)
        sys.exit(EXIT_INPUT)
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
