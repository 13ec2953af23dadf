"""What the commands share on the way out: one-line messages and exit statuses, the progress bar,
and the input and output files given as arguments (``-`` for standard input or output)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NoReturn

import typer

EXIT_INPUT = 1  # an input could not be read or an output written
EXIT_USAGE = 2  # a bad option or combination of options
EXIT_INTERNAL = 70  # a bug (EX_SOFTWARE)


# --quiet (on the command line before the command): no warnings, notes or progress bar on
# standard error; errors are still printed, and the exit status says what happened.
quiet = False


def warn(message: str) -> None:
    if not quiet:
        typer.echo(f"newsbrief: warning: {message}", err=True)


def note(message: str) -> None:
    """A one-line report of what a command did ("newsbrief: 5 new, …"), on standard error."""
    if not quiet:
        typer.echo(f"newsbrief: {message}", err=True)


def fail(message: str, code: int) -> NoReturn:
    typer.echo(f"newsbrief: error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def open_input(path: str) -> Iterator[IO[bytes]]:
    """The input file as a binary stream (standard input for -); one-line errors."""
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        # Opened outside "with" so that only opening errors get these messages.
        stream = Path(path).open("rb")  # noqa: SIM115
    except FileNotFoundError:
        fail(f"{path}: no such file", EXIT_INPUT)
    except IsADirectoryError:
        fail(f"{path}: is a directory", EXIT_INPUT)
    except OSError as exc:
        fail(f"{path}: cannot read ({exc.strerror or exc})", EXIT_INPUT)
    with stream:
        yield stream


@contextmanager
def open_output(path: str, input_path: str, *, append: bool = False) -> Iterator[IO[str]]:
    """The output file as a text stream (standard output for -), never the input file;
    ``append``: added to, not replaced."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if input_path != "-" and Path(path).resolve() == Path(input_path).resolve():
        fail(f"{path}: the output would overwrite the input", EXIT_USAGE)
    try:
        out = Path(path).open("a" if append else "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        fail(f"{path}: cannot write ({exc.strerror or exc})", EXIT_INPUT)
    with out:
        yield out


# The format -o's extension implies when --format is not given (brief, verify).
_SUFFIX_FORMATS = {
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "markdown",
}


def format_of(output: Path | None) -> str:
    """The format ``-o``'s extension names (Markdown without -o or an extension); a usage error
    for another extension, rather than Markdown in a file called x.pdf."""
    suffix = output.suffix.lower() if output else ""
    if not suffix:
        return "markdown"
    if suffix not in _SUFFIX_FORMATS:
        known = ", ".join(sorted(_SUFFIX_FORMATS))
        fail(f"cannot tell a format from {suffix!r} ({known}): give --format", EXIT_USAGE)
    return _SUFFIX_FORMATS[suffix]


def write_text(text: str, output: Path | None) -> None:
    """``text`` to standard output, or to the file ``output`` (saying so on standard error)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    # Written beside it and renamed over it: a full disk or a crash leaves the old file (or
    # none), never a truncated one. Not a device or a pipe (-o /dev/null): written to.
    target = rename_target(output)
    if target is None:
        try:
            with output.open("w", encoding="utf-8") as out:
                out.write(text)
        except OSError as exc:
            fail(f"{output}: cannot write ({exc.strerror or exc})", EXIT_INPUT)
    else:
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            fail(f"{output}: cannot write ({exc.strerror or exc})", EXIT_INPUT)
    typer.echo(f"newsbrief: wrote {output}", err=True)


def rename_target(path: Path) -> Path | None:
    """What a file written by renaming a finished temporary file replaces: ``path`` itself (a
    regular file, or nothing yet), a symbolic link's target (the link is kept), or None when
    ``path`` is no regular file (``/dev/null``, a named pipe, ``/dev/stdout``), which must be
    written to: renamed over, it would become a regular file (as root, /dev/null itself)."""
    try:
        mode = path.stat().st_mode  # through symbolic links
    except OSError:
        return path  # nothing there yet (or a dangling link, replaced)
    if not stat.S_ISREG(mode):
        return None
    return path.resolve() if path.is_symlink() else path


def count_lines(path: Path, limit: int | None) -> int | None:
    """Non-blank lines of ``path`` (at most ``limit``), for the progress bar; streamed."""
    if quiet or not sys.stderr.isatty():
        return None
    with path.open("rb") as stream:
        count = sum(1 for line in stream if line.strip())
    return min(count, limit) if limit else count


@contextmanager
def progress(description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error while it is a terminal, else nothing. Warnings printed
    meanwhile appear above the bar (rich redirects standard error)."""
    if quiet or not sys.stderr.isatty():
        yield _no_progress
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    columns: list[Any] = [TextColumn("{task.description}"), BarColumn(), TaskProgressColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n: bar.advance(task, n)


def _no_progress(n: int) -> None:
    pass
