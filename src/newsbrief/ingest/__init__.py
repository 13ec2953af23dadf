"""Inputs (paths, directories, stdin, in-memory texts) -> raw Articles, plus per-input problems.

One bad input never stops the others: its problem is recorded as a one-line message and the
caller decides whether that is fatal (no article at all) or a warning.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsbrief.errors import InputError
from newsbrief.ingest.decode import decode
from newsbrief.ingest.formats import parse
from newsbrief.types import Article

__all__ = ["Input", "ReadResult", "decode", "parse", "read_inputs"]

# A file larger than this is not one article or a small pile of them; refuse rather than hang.
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadResult:
    articles: tuple[Article, ...]
    problems: tuple[str, ...]  # one line each, naming the input


# What the API accepts: a path, "-" for stdin, an open binary stream, raw text, or an Article.
Input = str | os.PathLike[str] | BinaryIO | Article


def read_inputs(inputs: Iterable[Input], *, stdin: BinaryIO | None = None) -> ReadResult:
    """Read every input; never raises for a bad input, records it in ``problems`` instead."""
    articles: list[Article] = []
    problems: list[str] = []
    for number, item in enumerate(inputs, 1):
        try:
            articles.extend(_read_one(item, number=number, stdin=stdin, problems=problems))
        except InputError as exc:
            problems.append(exc.message)
    return ReadResult(articles=tuple(articles), problems=tuple(problems))


def _read_one(
    item: Input, *, number: int, stdin: BinaryIO | None, problems: list[str]
) -> Iterator[Article]:
    if isinstance(item, Article):
        yield item
    elif isinstance(item, str) and not item.strip():
        # Blank text, never a path: Path("") is the current folder, which must not be read.
        raise InputError(f"<text {number}>: empty article (no text)")
    elif isinstance(item, str) and item == "-":
        stream = stdin if stdin is not None else _stdin()
        yield from parse(decode(stream.read(), name="<stdin>"), name="<stdin>")
    elif isinstance(item, str) and _is_inline_text(item):
        yield from parse(item, name=f"<text {number}>")
    elif isinstance(item, str | os.PathLike):
        yield from _read_path(Path(item), problems=problems)
    elif hasattr(item, "read"):
        name = str(getattr(item, "name", f"<stream {number}>"))
        data = item.read()
        text = data if isinstance(data, str) else decode(data, name=name)
        yield from parse(text, name=name, suffix=Path(name).suffix.lower())
    else:
        raise InputError(f"input {number}: unsupported input type {type(item).__name__}")


def _is_inline_text(value: str) -> bool:
    """A string is article text (not a path) when it has a line break or is too long for a path."""
    return "\n" in value or len(value) > 1024 or (" " in value and not os.path.exists(value))


def _stdin() -> BinaryIO:
    import sys

    return sys.stdin.buffer


def _read_path(path: Path, *, problems: list[str]) -> Iterator[Article]:
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        found = 0
        for file in files:
            try:
                for article in _read_file(file):
                    found += 1
                    yield article
            except InputError as exc:
                problems.append(exc.message)
        if not found:
            raise InputError(f"{path}: directory holds no readable article")
        return
    yield from _read_file(path)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path) -> list[Article]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file too large ({size // 2**20} MiB, limit 50 MiB)")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{path}: empty file")
    return parse(
        decode(data, name=str(path)), name=str(path), suffix=path.suffix.lower(), source=path.name
    )
