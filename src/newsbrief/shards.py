"""Batch input and output as files: lines of clusters from JSON Lines, shards or Parquet, and the
ids an earlier run already wrote (to resume it).

Every reader gives the same ``Line``s (raw JSON bytes of one cluster, and ``where`` it came from,
``PATH:NUMBER``), lazily, so ``batch`` works the same on all of them and memory stays flat:

- a JSON Lines file, or ``-`` for standard input (a UTF-8 byte-order mark is dropped);
- a glob (``archive/part-*.jsonl``) or a folder: its ``.jsonl``/``.json``/``.parquet`` files,
  in sorted order, each read as its kind;
- a Parquet file (pyarrow, the ``[dask]`` extra): a table with a ``documents`` column (a list of
  strings) and, optionally, an ``id`` column; ``NUMBER`` is the row, from 1.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from newsbrief.errors import InputError, NewsbriefError

SHARD_SUFFIXES = (".jsonl", ".json", ".parquet")
# Rows of a Parquet file decoded at once: a few MiB of text, whatever the file's size.
PARQUET_ROWS = 64
_GLOB = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Line:
    """One raw input line: ``where`` is ``INPUT:LINENO`` for messages; ``size`` in bytes."""

    where: str
    data: bytes
    size: int


def read_lines(stream: Iterable[bytes], *, name: str) -> Iterator[Line]:
    """Non-blank lines of a JSON Lines stream, lazily."""
    for number, data in enumerate(stream, 1):
        if number == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if data.strip():
            yield Line(where=f"{name}:{number}", data=data, size=len(data))


def read_inputs(inputs: Iterable[str | Path], *, stdin: BinaryIO | None = None) -> Iterator[Line]:
    """The lines of every input in turn (see the module's docstring); InputError for an input
    that names no file."""
    for item in inputs:
        if str(item) == "-":
            yield from read_lines(stdin or sys.stdin.buffer, name="-")
            continue
        for path in shard_paths(item):
            if path.suffix.lower() == ".parquet":
                yield from read_parquet(path)
            else:
                with path.open("rb") as stream:
                    yield from read_lines(stream, name=str(path))


def shard_paths(item: str | Path) -> list[Path]:
    """The files an input names: itself, a folder's shards, or a glob's matches, sorted."""
    path = Path(item)
    if path.is_file():
        return [path]
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.is_file() and _is_shard(p))
        if not found:
            raise InputError(f"{path}: no {', '.join(SHARD_SUFFIXES)} file in this folder")
        return found
    if _GLOB & set(str(item)):
        found = sorted(Path(p) for p in glob.glob(str(item)) if Path(p).is_file())
        if not found:
            raise InputError(f"{item}: no file matches")
        return found
    raise InputError(f"{item}: no such file or directory")


def read_parquet(path: Path, *, rows: int = PARQUET_ROWS) -> Iterator[Line]:
    """Each row of a Parquet table as a cluster line ``{"id", "documents"}``, ``rows`` at a time."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise NewsbriefError(
            f"{path}: reading Parquet needs the [dask] extra: pip install 'newsbrief[dask]'"
        ) from None
    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own error kinds for a damaged file
        raise InputError(f"{path}: not a Parquet file ({' '.join(str(exc).split())})") from None
    names = set(table.schema_arrow.names)
    if "documents" not in names:
        raise InputError(f'{path}: no "documents" column')
    columns = ["id", "documents"] if "id" in names else ["documents"]
    number = 0
    for batch in table.iter_batches(batch_size=rows, columns=columns):
        for row in batch.to_pylist():
            number += 1
            data = json.dumps(row, ensure_ascii=False).encode("utf-8")
            yield Line(where=f"{path}:{number}", data=data, size=len(data))


def record_key(cluster_id: Any) -> str:
    """How a cluster's id is compared between runs: its JSON text (ids may be any JSON value)."""
    return json.dumps(cluster_id, sort_keys=True, ensure_ascii=False)


def finished(output: Path) -> set[str]:
    """Keys (``record_key``) of the records already in ``output``; a last line left unfinished
    by a run that was killed mid-write is cut off, so appending continues on a clean line."""
    if not output.is_file():
        return set()
    keys: set[str] = set()
    with output.open("r+b") as stream:
        end = 0
        for data in stream:
            if not data.endswith(b"\n"):
                break
            end += len(data)
            try:
                keys.add(record_key(json.loads(data)["id"]))
            except (ValueError, KeyError, TypeError):
                raise InputError(f"{output}: not the output of newsbrief batch") from None
        stream.truncate(end)
    return keys


def line_key(line: Line) -> str | None:
    """The key of the cluster on ``line`` (its id, else its line number, as batch numbers it);
    None when the line is not a JSON object (batch reports it)."""
    try:
        data = json.loads(line.data)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return record_key(data["id"] if "id" in data else int(line.where.rsplit(":", 1)[1]))


def _is_shard(path: Path) -> bool:
    return path.suffix.lower() in SHARD_SUFFIXES and not path.name.startswith(".")
