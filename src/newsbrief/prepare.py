"""The per-article work of ingest that needs no library: read, clean, hash, describe for
clustering (``Prepared``). It runs wherever an executor puts it (this process, worker processes,
a Dask cluster); the library then clusters and writes, one article at a time, in input order.

Two ways to feed an executor, both giving the articles in the order ``ingest.stream`` does:

- ``executor.map(prepare_item, items)``: raw articles read here, prepared on the workers in
  chunks (``Library.add``; ``library.prepared`` chooses the executor by the input's size);
- ``prepared_on(executor, sources)``: work ``Unit``s; a unit names up to ``ingest_chunk`` local
  files (of at most ``WORKER_FILE_BYTES``), read, extracted (HTML, WARC) and prepared on the
  worker, or holds up to ``ingest_chunk`` articles read here (standard input, URLs, big files).
  So on a cluster the heavy reading moves to the workers as well; the executor should hand over
  one unit per task (``chunk=1``: ``Library.ingest`` makes it so).
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from newsbrief.clean import clean_article
from newsbrief.cluster import Features, features
from newsbrief.config import Limits
from newsbrief.ingest import local_files, stream
from newsbrief.types import Article

if TYPE_CHECKING:
    from newsbrief.ingest import Input
    from newsbrief.ingest.fetch import Fetcher

# A file up to this size is read by a worker (its articles come back prepared in one reply); a
# larger one (a big WARC or JSONL dump) is read here and sent on ingest_chunk articles at a time,
# so no reply holds more than a few MiB.
WORKER_FILE_BYTES = 16 * 1024 * 1024
# Small files (an HTML page each) go to a worker together, up to ingest_chunk files and this many
# bytes, so a task is worth its hand-over and a reply stays a few MiB.
UNIT_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article cleaned, hashed and described for clustering: the work that needs no library,
    done in worker processes for large inputs."""

    article: Article
    digest: str  # SHA-1 of the cleaned text
    features: Features


@dataclass(frozen=True, slots=True)
class Empty:
    """An article that cleaning left empty (a page of boilerplate only): skipped, and said, but
    no failure (a cron job's ingest should not fail on a feed's furniture page)."""

    origin: str

    @property
    def message(self) -> str:
        return f"{self.origin}: empty article after cleaning, skipped"


# What preparing one item gives: the article prepared, an empty one, or a problem (one line).
Outcome = Prepared | Empty | str


def prepare(raw: Article) -> Outcome:
    article = clean_article(raw)
    if not article.text.strip():
        return Empty(raw.origin or raw.id)
    digest = hashlib.sha1(article.text.encode("utf-8")).hexdigest()
    f = features(article.text, title=article.title, published=article.published)
    return Prepared(article, digest, f)


def prepare_item(item: Article | str) -> Outcome:
    return item if isinstance(item, str) else prepare(item)


@dataclass(frozen=True, slots=True)
class Unit:
    """One task of ingest: files to read and prepare, or articles read already, to prepare.
    ``source`` is the number of the source it comes from; ``folder`` the folder source its files
    belong to, ``last`` whether it holds that folder's last file (for the message a folder with no
    readable article gets)."""

    source: int
    files: tuple[str, ...] = ()
    articles: tuple[Article | str, ...] = ()
    folder: str | None = None
    last: bool = False


@dataclass(frozen=True, slots=True)
class UnitResult:
    unit: Unit
    items: list[Outcome]


def prepare_unit(unit: Unit) -> UnitResult:
    """Run on a worker: read the unit's files (as ``stream`` does) and prepare every article."""
    items: list[Outcome] = [prepare_item(a) for a in unit.articles]
    for name in unit.files:  # a Path: never taken for text, even where the file is missing
        items.extend(prepare_item(item) for item in stream([Path(name)]))
    return UnitResult(unit, items)


def units(
    sources: Iterable[Input],
    *,
    limits: Limits,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Unit]:
    """The work of ingesting ``sources``, in order, as ``Unit``s of at most ``ingest_chunk``
    files or articles."""
    size = max(1, limits.ingest_chunk)
    for number, source in enumerate(sources, 1):
        files = local_files(source)
        if not files or (len(files) == 1 and _size(files[0]) > WORKER_FILE_BYTES):
            articles = stream([source], stdin=stdin, fetcher=fetcher, limits=limits)
            while chunk := tuple(itertools.islice(articles, size)):
                yield Unit(number, articles=chunk)
            continue
        folder = str(source) if Path(str(source)).is_dir() else None
        sizes = {f: _size(f) for f in files}
        big = [f for f in files if sizes[f] > WORKER_FILE_BYTES]
        groups = _groups([f for f in files if sizes[f] <= WORKER_FILE_BYTES], sizes, size)
        for k, group in enumerate(groups):
            yield Unit(number, files=group, folder=folder, last=k == len(groups) - 1 and not big)
        for k, path in enumerate(big):  # read here, as it would be without workers
            articles = stream([path], fetcher=fetcher, limits=limits)
            while chunk := tuple(itertools.islice(articles, size)):
                yield Unit(number, articles=chunk, folder=folder)
            if k == len(big) - 1:
                yield Unit(number, folder=folder, last=True)


def prepared_on(
    executor: Any,
    sources: Iterable[Input],
    *,
    limits: Limits,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
    advance: Callable[[int], None] | None = None,
) -> Iterator[Outcome]:
    """Every source's articles prepared on ``executor``, in input order; ``advance(1)`` as each
    source is done."""
    found: dict[str, int] = {}  # articles read so far per folder source
    done = 0
    total = [0]

    def counted() -> Iterator[Input]:
        for source in sources:
            total[0] += 1
            yield source

    work = units(counted(), limits=limits, stdin=stdin, fetcher=fetcher)
    for result in executor.map(prepare_unit, work):
        unit = result.unit
        if advance is not None and unit.source - 1 > done:
            advance(unit.source - 1 - done)
            done = unit.source - 1
        yield from result.items
        if unit.folder is not None:
            count = found.get(unit.folder, 0) + sum(not isinstance(i, str) for i in result.items)
            found[unit.folder] = count
            if unit.last and not count:
                yield f"{unit.folder}: directory holds no readable article"
    if advance is not None and total[0] > done:
        advance(total[0] - done)


def _groups(files: list[Path], sizes: dict[Path, int], most: int) -> list[tuple[str, ...]]:
    """``files`` in order, in groups of at most ``most`` files and about ``UNIT_BYTES``."""
    groups: list[tuple[str, ...]] = []
    group: list[str] = []
    total = 0
    for path in files:
        if group and (len(group) >= most or total + sizes[path] > UNIT_BYTES):
            groups.append(tuple(group))
            group, total = [], 0
        group.append(str(path))
        total += sizes[path]
    if group:
        groups.append(tuple(group))
    return groups


def _size(path: Any) -> int:
    try:
        return int(path.stat().st_size)
    except OSError:
        return 0
