"""``newsbrief batch``: a JSON Lines file of clusters in, one cited summary per line out."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Annotated

import typer

from newsbrief.cli.console import (
    EXIT_INPUT,
    EXIT_USAGE,
    fail,
    note,
    open_output,
    progress,
    rename_target,
    warn,
)
from newsbrief.cli.options import (
    DEFAULTS,
    AllDocuments,
    Engine,
    Scheduler,
    Words,
    Workers,
    settings_from,
)
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
    all_documents: AllDocuments = False,
) -> None:
    """Summarise many stories: a cluster of documents per input line, a cited summary per line
    out. Bad lines are reported and skipped; the exit status is 1 if any line failed. OUTPUT is
    written as OUTPUT.partial and renamed when complete: a crash, Ctrl-C or a full disk leaves
    OUTPUT as it was (or absent), and --resume finishes the .partial."""
    from newsbrief.batch import input_size, read_inputs, run_batch

    settings = settings_from(words=words, one_story=not all_documents)
    if resume and output == "-":
        fail("--resume appends to a file: give -o FILE", EXIT_USAGE)
    written = [0]
    try:
        with _output(output, input_path, resume=resume, written=written) as (out, skip):
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
                    write=_writer(out, output, written),
                    warn=warn,
                    advance=advance,
                )
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)
    except KeyboardInterrupt:
        fail(f"interrupted{_kept(output, written[0])}", EXIT_INTERRUPTED)
    where = "" if output == "-" else f"; wrote {output}"
    failed = f", {report.failed} failed" if report.failed else ""
    skipped = f", {report.skipped} already done" if report.skipped else ""
    note(f"summarised {report.ok} clusters{failed}{skipped}{where}")
    if report.failed:
        raise typer.Exit(EXIT_INPUT)


EXIT_INTERRUPTED = 130


def partial_of(output: str) -> Path:
    """Where ``batch -o OUTPUT`` writes until the run is complete."""
    return Path(output).with_name(Path(output).name + ".partial")


@contextmanager
def _output(
    output: str, input_path: str, *, resume: bool, written: list[int]
) -> Iterator[tuple[IO[str], set[str]]]:
    """The stream to write to, and the keys of the clusters done already (``--resume``). A file
    is written as OUTPUT.partial (with --resume: the .partial, else OUTPUT itself, continued)
    and renamed to OUTPUT once complete and flushed to disk."""
    from newsbrief.batch import finished

    target = None if output == "-" else rename_target(Path(output))
    if target is None:  # standard output, /dev/null, a pipe: written to as it goes
        with open_output(output, input_path) as out:
            yield out, set()
        return
    if input_path != "-" and Path(output).resolve() == Path(input_path).resolve():
        fail(f"{output}: the output would overwrite the input", EXIT_USAGE)
    output = str(target)  # a symbolic link's target: the link is kept
    partial = partial_of(output)
    if resume and not partial.exists() and Path(output).is_file():
        os.replace(output, partial)  # continued, then renamed back once complete
    skip = finished(partial) if resume else set()
    try:
        out = partial.open("a" if resume else "w", encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror or exc})", EXIT_INPUT)
    try:
        yield out, skip
        try:
            out.flush()
            os.fsync(out.fileno())
        except OSError as exc:
            raise _cannot_write(output, exc, written[0]) from None
    finally:
        with suppress(OSError):  # after a failed write: closed, its buffer cannot be written
            out.close()
    os.replace(partial, output)


def _writer(out: IO[str], output: str, written: list[int]) -> Callable[[str], None]:
    """``write`` for run_batch: a line to ``out``, flushed and counted; a failed write (a full
    disk) is one line that says where what was written is kept."""

    def write(text: str) -> None:
        try:
            out.write(text + "\n")
            out.flush()  # line by line: a crash or a full disk keeps every finished line
        except OSError as exc:
            raise _cannot_write(output, exc, written[0]) from None
        written[0] += 1

    return write


def _cannot_write(output: str, exc: OSError, written: int) -> NewsbriefError:
    reason = "disk full" if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) else "error"
    detail = exc.strerror or str(exc)
    return NewsbriefError(f"{reason} while writing {output} ({detail}){_kept(output, written)}")


def _kept(output: str, written: int) -> str:
    if output == "-" or rename_target(Path(output)) is None:
        return ""
    partial = partial_of(output)
    state = "unchanged" if Path(output).exists() else "not written"
    return (
        f": {output} is {state}; the {written} summaries written this run are kept in "
        f"{partial}: run again with --resume to finish it"
    )
