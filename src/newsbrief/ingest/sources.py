"""The one way in: every kind of input -> raw Articles, plus one-line problems.

An input is a path (a file in any format ``formats`` reads, a WARC archive, an RSS/Atom feed, or
a directory of them), ``"-"`` for standard input, an http(s) URL (an article page or a feed,
fetched through the guarded ``Fetcher``), the text of an article itself, an open binary stream,
or an ``Article``. ``brief``, ``batch``, ``ingest`` and the web page all read through here.

One bad input never stops the others: its problem is a one-line message naming it, and the
caller decides whether that is fatal (no article at all) or a warning.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO

from newsbrief.config import Limits
from newsbrief.errors import InputError
from newsbrief.ingest.decode import decode
from newsbrief.ingest.formats import looks_like_feed, parse, reads_as_text
from newsbrief.types import Article

if TYPE_CHECKING:
    from newsbrief.ingest.fetch import Fetcher

# What the API accepts: a path, "-" for stdin, a URL, an open binary stream, raw text, or an
# Article.
Input = str | os.PathLike[str] | BinaryIO | Article

_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")


@dataclass(frozen=True, slots=True)
class ReadResult:
    articles: tuple[Article, ...]
    problems: tuple[str, ...]  # one line each, naming the input


def read(
    inputs: Iterable[Input],
    *,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
    limits: Limits | None = None,
    fetch: bool = True,
) -> ReadResult:
    """Read every input; never raises for a bad input, records it in ``problems`` instead."""
    articles: list[Article] = []
    problems: list[str] = []
    for item in stream(inputs, stdin=stdin, fetcher=fetcher, limits=limits, fetch=fetch):
        if isinstance(item, str):
            problems.append(item)
        else:
            articles.append(item)
    return ReadResult(articles=tuple(articles), problems=tuple(problems))


def stream(
    inputs: Iterable[Input],
    *,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
    limits: Limits | None = None,
    fetch: bool = True,
) -> Iterator[Article | str]:
    """Articles and problems (one-line strings) in input order, read lazily, one at a time.

    URLs are fetched with ``fetcher``; without one, a guarded fetcher (public addresses only)
    is made on the first URL and closed at the end. ``fetch=False`` fetches nothing: a URL is
    a problem, and a feed's teaser entries stay teasers (``batch`` reads texts, not the web)."""
    reader = _Reader(stdin=stdin, fetcher=fetcher, limits=limits or Limits(), fetch=fetch)
    try:
        for number, item in enumerate(inputs, 1):
            try:
                yield from reader.one(item, number=number)
            except InputError as exc:
                yield exc.message
    finally:
        reader.close()


def local_files(item: Input) -> list[Path] | None:
    """The files ``stream`` would read for ``item`` when it is a path to an existing file or
    folder (a folder: its visible files, sorted, as ``stream`` reads them), else None (standard
    input, a URL, text, a stream, an Article, a missing path), so that files can be read by
    workers elsewhere, each with ``stream([file])``, giving the same articles in the same order."""
    if isinstance(item, str) and (
        not item.strip() or item == "-" or is_url(item) or _is_inline_text(item)
    ):
        return None
    if not isinstance(item, str | os.PathLike):
        return None
    path = Path(item)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
    return [path] if path.is_file() else None


def is_url(value: str) -> bool:
    """A string that names a URL (a scheme, "://" and no white space), not a path or text."""
    return _URL.fullmatch(value) is not None


class _Reader:
    def __init__(
        self, *, stdin: BinaryIO | None, fetcher: Fetcher | None, limits: Limits, fetch: bool
    ) -> None:
        self.stdin = stdin
        self.limits = limits
        self.fetch = fetch
        self._fetcher = fetcher
        self._owned: Fetcher | None = None

    def fetcher(self) -> Fetcher | None:
        if self._fetcher is None and self.fetch:
            from newsbrief.ingest.fetch import Fetcher

            self._fetcher = self._owned = Fetcher.with_limits(self.limits)
        return self._fetcher

    def close(self) -> None:
        if self._owned is not None:
            self._owned.__exit__(None, None, None)

    def one(self, item: Input, *, number: int) -> Iterator[Article | str]:
        if isinstance(item, Article):
            yield item
        elif isinstance(item, str) and not item.strip():
            # Blank text, never a path: Path("") is the current folder, which must not be read.
            raise InputError(f"<text {number}>: empty article (no text)")
        elif isinstance(item, str) and item == "-":
            stdin = self.stdin if self.stdin is not None else _stdin()
            yield from self.data(read_stdin(stdin, limits=self.limits), name="<stdin>")
        elif isinstance(item, str) and is_url(item):
            yield from self.url(item)
        elif isinstance(item, str) and _is_inline_text(item):
            yield from parse(item, name=f"<text {number}>")
        elif isinstance(item, str | os.PathLike):
            yield from self.path(Path(item))
        elif hasattr(item, "read"):
            yield from self.opened(item, number=number)
        else:
            raise InputError(f"input {number}: unsupported input type {type(item).__name__}")

    def opened(self, item: IO[bytes] | IO[str], *, number: int) -> Iterator[Article | str]:
        name = str(getattr(item, "name", f"<stream {number}>"))
        data = item.read()
        if isinstance(data, str):
            yield from parse(data, name=name, suffix=Path(name).suffix.lower())
        else:
            yield from self.data(data, name=name, suffix=Path(name).suffix.lower())

    def data(self, data: bytes, *, name: str, suffix: str = "") -> Iterator[Article | str]:
        """Bytes read from a stream: a feed, or any format ``parse`` reads."""
        if looks_like_feed(data):
            yield from self.feed(data, name=name)
            return
        yield from parse(decode(data, name=name), name=name, suffix=suffix)

    def feed(self, data: bytes, *, name: str) -> Iterator[Article | str]:
        from newsbrief.ingest.feeds import read_feed

        yield from read_feed(
            data,
            name=name,
            fetcher=self.fetcher(),
            min_words=self.limits.min_feed_entry_words,
        )

    def url(self, url: str) -> Iterator[Article | str]:
        """A feed's entries or one article page."""
        from newsbrief.ingest.fetch import page_article

        fetcher = self.fetcher()
        if fetcher is None:
            raise InputError(f"{url}: URLs are not fetched here")
        fetched = fetcher.get(url)
        if fetched.is_feed:
            yield from self.feed(fetched.body, name=url)
        else:
            yield page_article(fetched)

    def path(self, path: Path) -> Iterator[Article | str]:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if not path.is_dir():
            yield from self.file(path)
            return
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        found = 0
        for file in files:
            try:
                for item in self.file(file):
                    found += not isinstance(item, str)
                    yield item
            except InputError as exc:
                yield exc.message
        if not found:
            raise InputError(f"{path}: directory holds no readable article")

    def file(self, path: Path) -> Iterator[Article | str]:
        if path.name.lower().endswith(_WARC_SUFFIXES):
            from newsbrief.ingest.warc import read_warc

            yield from read_warc(path, max_bytes=self.limits.max_fetch_bytes)
            return
        data = _read_bytes(path, limit=self.limits.max_file_bytes)
        if path.suffix.lower() in _FEED_SUFFIXES or looks_like_feed(data):
            yield from self.feed(data, name=str(path))
            return
        text = decode(data, name=str(path))
        yield from parse(text, name=str(path), suffix=path.suffix.lower(), source=path.name)


def _read_bytes(path: Path, *, limit: int) -> bytes:
    """The file's bytes, at most ``limit`` of them. The size is checked as read, since a device
    or a pipe reports none (``/dev/zero`` is endless), and the file is opened without waiting,
    so a named pipe no one writes to reads as empty instead of hanging (``<(command)`` works)."""
    too_large = f"{path}: file too large (limit {limit // 2**20} MiB)"
    try:
        if path.stat().st_size > limit:
            raise InputError(too_large)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        os.set_blocking(descriptor, True)
        with open(descriptor, "rb") as stream:
            data = stream.read(limit + 1)
        if len(data) > limit:
            raise InputError(too_large)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{path}: empty file")
    return data


def read_stdin(stdin: BinaryIO, *, limits: Limits) -> bytes:
    """Standard input's bytes, at most ``limits.max_file_bytes`` (as for a file): a pipe says
    nothing of its size, and ``cat /dev/zero | newsbrief brief -`` never ends."""
    data = stdin.read(limits.max_file_bytes + 1)
    if len(data) > limits.max_file_bytes:
        raise InputError(f"<stdin>: input too large (limit {limits.max_file_bytes // 2**20} MiB)")
    return data


def one_text_article(data: bytes) -> bool:
    """Whether ``data`` (standard input, say) reads as one plain-text article: not a feed, an
    HTML page or JSON, and no '|||||' between articles, so several texts in it are one."""
    if looks_like_feed(data):
        return False
    try:
        text = decode(data, name="<stdin>")
    except InputError:
        return False
    return bool(text.strip()) and reads_as_text(text)


def _is_inline_text(value: str) -> bool:
    """A string is article text (not a path) when it has a line break, is too long for a path,
    or holds a space and names no existing file, unless it looks like a path: a mistyped
    "my notes/story.txt" is a missing file, not an article of four words."""
    if "\n" in value or len(value) > 1024:
        return True
    return " " in value and not os.path.exists(value) and not _looks_like_path(value)


# Endings of the files newsbrief reads (formats, feeds, archives).
_FILE_SUFFIXES = {
    *(".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".shtml", ".json", ".jsonl", ".ndjson"),
    *_FEED_SUFFIXES,
    *(".gz", ".warc", ".arc"),
}


def _looks_like_path(value: str) -> bool:
    """A one-line string ending like a file newsbrief reads, or inside an existing folder."""
    path = Path(value.strip())
    if path.suffix.lower() in _FILE_SUFFIXES:
        return True
    return len(path.parts) > 1 and path.parent.is_dir() and str(path.parent) not in (".", "/")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _stdin() -> BinaryIO:
    import sys

    return sys.stdin.buffer
