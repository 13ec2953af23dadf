"""Library sources -> raw Articles, one at a time: files and directories in every format ``brief``
reads, WARC archives, RSS/Atom feeds (files or URLs) and article URLs.

Yields ``Article`` or, for a source or entry that cannot be read, a one-line problem ``str``;
one bad source never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from newsbrief.errors import InputError
from newsbrief.ingest import read_inputs
from newsbrief.types import Article

if TYPE_CHECKING:
    from newsbrief.ingest.fetch import Fetcher

_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def read_source(source: str, *, fetcher: Fetcher | None = None) -> Iterator[Article | str]:
    """Articles (or problems) from one source: a URL, a file or a directory."""
    if "://" in source:
        if fetcher is None:
            yield f"{source}: URLs are not read here"
            return
        from newsbrief.ingest.fetch import read_url

        yield from read_url(source, fetcher=fetcher)
        return
    path = Path(source)
    if not path.exists():
        yield f"{source}: no such file or directory"
    elif path.is_dir():
        files = sorted(
            p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path))
        )
        if not files:
            yield f"{source}: directory holds no file"
        for file in files:
            yield from _read_file(file, fetcher=fetcher)
    else:
        yield from _read_file(path, fetcher=fetcher)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _read_file(path: Path, *, fetcher: Fetcher | None) -> Iterator[Article | str]:
    name = path.name.lower()
    try:
        if name.endswith(_WARC_SUFFIXES):
            from newsbrief.ingest.warc import read_warc

            yield from read_warc(path)
            return
        if path.suffix.lower() in _FEED_SUFFIXES or _looks_like_feed(path):
            from newsbrief.ingest.feeds import read_feed

            yield from read_feed(path.read_bytes(), name=str(path), fetcher=fetcher)
            return
    except InputError as exc:
        yield exc.message
        return
    except OSError as exc:
        yield f"{path}: cannot read ({exc.strerror or exc})"
        return
    read = read_inputs([path])
    yield from read.articles
    yield from read.problems


def _looks_like_feed(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(1024).lower()
    except OSError:
        return False
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
