"""The story library: articles ingested into SQLite, grouped into stories as they arrive, and
briefed (in full, or as an update of what is new since the last briefing).

``Library`` wires ingest -> clean -> cluster -> store; the SQL lives in ``store/queries.py`` and
the clustering in ``cluster.py``.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, BinaryIO

from newsbrief.cluster import Decision, StoryIndex
from newsbrief.config import Limits, Settings
from newsbrief.errors import InputError
from newsbrief.pipeline import brief_update
from newsbrief.prepare import Empty, Outcome, Prepared, prepare, prepare_item
from newsbrief.store import connect, guarded, queries, read_only, rollback, storage_error
from newsbrief.store.queries import StoredArticle, StoryRow
from newsbrief.types import Article, Briefing, Notice, Sentence

__all__ = [
    "IngestReport",
    "Library",
    "Prepared",
    "StoryRow",
    "parse_interval",
    "parse_when",
    "prepare",
    "prepared",
    "unit_executor",
]

if TYPE_CHECKING:
    from newsbrief.ingest import Input
    from newsbrief.ingest.fetch import Fetcher
    from newsbrief.plugins import Executor


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    duplicate: int = 0  # same text or same URL as a stored article: nothing written
    near_duplicate: int = 0  # stored, linked to the article it copies
    failed: int = 0
    empty: int = 0  # left empty by cleaning (boilerplate only): skipped, no failure
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per empty article
    changed: set[int] = field(default_factory=set)  # stories that gained an article


class Library:
    """An open library. Use as a context manager, or call ``close``."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, *, limits: Limits | None = None
    ) -> None:
        self.conn = conn
        self.path = path
        self.limits = limits or Limits()
        self._index: StoryIndex | None = None
        self._version: int | None = None  # PRAGMA data_version the index reflects
        self._sentences: dict[str, tuple[Sentence, ...]] = {}

    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = True, limits: Limits | None = None
    ) -> Library:
        """Open (by default, create) the library file; ``create=False`` refuses a missing one."""
        path = Path(path)
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a library file")
        if not create and not path.is_file():
            raise InputError(f"{path}: no such library (run newsbrief ingest first)")
        return cls(connect(path), path, limits=limits)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # -- ingest -----------------------------------------------------------------------------
    @guarded("ingesting into")
    def ingest(
        self,
        sources: Iterable[Input],
        *,
        fetcher: Fetcher | None = None,
        stdin: BinaryIO | None = None,
        advance: Callable[[int], None] | None = None,
        engine: str | Executor | None = None,
        workers: int | None = None,
        scheduler: str | None = None,
    ) -> IngestReport:
        """Read every source (anything ``ingest.read`` takes) and add its articles; never raises
        for a bad source; ``advance(1)`` as each source is done.

        ``engine`` None: read here, prepared (cleaning, features) by worker processes when the
        input is large. An engine's name (``process``, ``dask``; with ``workers`` and, for dask,
        ``scheduler``) or an open executor made by ``unit_executor`` (left open): local
        files are also read on its workers, one unit of files or articles per task. Either
        way the articles are clustered and written here, in input order, so the stories are
        the same on every engine."""
        from newsbrief.ingest import stream
        from newsbrief.prepare import prepared_on

        if engine is None:

            def items() -> Iterator[Article | str]:
                for source in sources:
                    yield from stream([source], stdin=stdin, fetcher=fetcher, limits=self.limits)
                    if advance is not None:
                        advance(1)

            return self.add(items())
        if not isinstance(engine, str):
            return self._store(
                prepared_on(
                    engine,
                    sources,
                    limits=self.limits,
                    stdin=stdin,
                    fetcher=fetcher,
                    advance=advance,
                )
            )
        limits = self.limits
        with unit_executor(engine, workers=workers, scheduler=scheduler, limits=limits) as executor:
            return self._store(
                prepared_on(
                    executor,
                    sources,
                    limits=self.limits,
                    stdin=stdin,
                    fetcher=fetcher,
                    advance=advance,
                )
            )

    @guarded("ingesting into")
    def add(
        self, items: Iterable[Article | str], *, engine: str | Executor | None = None
    ) -> IngestReport:
        """Add raw articles (problems, as strings, are counted as failures). ``engine`` None:
        prepared (cleaned, described) in worker processes when there are many; else on that
        executor (by name, or an open one, which is left open), ``Limits.ingest_chunk``
        articles per task."""
        from newsbrief.executors import get_executor

        if engine is None:
            return self._store(prepared(items, limits=self.limits))
        if not isinstance(engine, str):
            return self._store(engine.map(prepare_item, items))
        with get_executor(engine, chunk=self.limits.ingest_chunk) as executor:
            return self._store(executor.map(prepare_item, items))

    def _store(self, items: Iterable[Outcome]) -> IngestReport:
        """Cluster and write prepared articles, in order. They are read and prepared outside
        any transaction (a slow fetch holds no lock), then written in transactions of
        ``Limits.ingest_transaction`` articles, or of what arrived within
        ``Limits.ingest_flush`` seconds, whichever is first."""
        report = IngestReport()
        batch: list[Prepared] = []
        started = 0.0
        for item in items:
            if isinstance(item, Notice):  # read anyway: a warning, not a failure
                report.skipped.append(item)
                continue
            if isinstance(item, str):
                report.failed += 1
                report.problems.append(item)
                continue
            if isinstance(item, Empty):
                report.empty += 1
                report.skipped.append(item.message)
                continue
            if not batch:
                started = time.monotonic()
            batch.append(item)
            full = len(batch) >= self.limits.ingest_transaction
            if full or time.monotonic() - started >= self.limits.ingest_flush:
                self._write_kept(batch, report)
                batch = []
        if batch:
            self._write_kept(batch, report)
        return report

    def _write_kept(self, batch: list[Prepared], report: IngestReport) -> None:
        """``_write``; on a storage error, one line that says what earlier transactions kept."""
        kept = report.new + report.near_duplicate
        try:
            self._write(batch, report)
        except sqlite3.Error as exc:
            stored = f": the {kept} articles stored before it are kept" if kept else ""
            raise storage_error(exc, self.path, doing="writing", kept=stored) from None

    def _write(self, batch: list[Prepared], report: IngestReport) -> None:
        """One transaction: cluster and store ``batch``, or nothing of it."""
        index = self._begin()
        try:
            for item in batch:
                self._add_one(item, index, report)
            self.conn.execute("COMMIT")
        except BaseException:
            rollback(self.conn)
            self._index = None  # the in-memory index may hold rolled-back articles
            raise

    def _add_one(self, item: Prepared, index: StoryIndex, report: IngestReport) -> None:
        article, digest, f = item.article, item.digest, item.features
        if queries.is_stored(self.conn, digest=digest, url=article.url):
            report.duplicate += 1
            return
        article = replace(article, id=queries.free_id(self.conn, article.id))
        rowid = queries.next_rowid(self.conn)
        decision = index.decide(rowid, f)
        now = _now()
        seen = article.published or now
        if decision.new_story:
            queries.insert_story(
                self.conn, decision.story, headline=article.title, seen=seen, now=now
            )
        else:
            queries.touch_story(
                self.conn, decision.story, headline=article.title, seen=seen, now=now
            )
        queries.insert_article(
            self.conn,
            rowid,
            article,
            digest=digest,
            story=decision.story,
            now=now,
            duplicate_of=decision.duplicate_of,
            features=f,
        )
        self._merge(decision)
        report.changed.add(decision.story)
        if decision.duplicate_of is not None:
            report.near_duplicate += 1
        else:
            report.new += 1

    def _merge(self, decision: Decision) -> None:
        for source in decision.merged:
            queries.merge_stories(self.conn, source, into=decision.story)

    def _begin(self) -> StoryIndex:
        """Start a write transaction; the index, rebuilt if another process (a second ingest,
        a watch) committed since this one last looked, so both see every story."""
        self.conn.execute("BEGIN IMMEDIATE")
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self._index = None
            self._version = version
        return self.index()

    def index(self) -> StoryIndex:
        """The clustering index, rebuilt from the stored articles on first use."""
        if self._index is None:
            index = StoryIndex()
            for rowid, story, duplicate_of, f in queries.article_features(self.conn):
                index.add(rowid, f, story=story, duplicate=duplicate_of is not None)
            index.next_story = max(index.next_story, queries.max_story(self.conn) + 1)
            self._index = index
        return self._index

    # -- reading and briefing ---------------------------------------------------------------
    @guarded("reading")
    def stories(self, *, since: datetime | None = None) -> list[StoryRow]:
        return queries.stories(self.conn, since=since)

    @guarded("reading")
    def changed_stories(self, ids: Iterable[int]) -> list[StoryRow]:
        """The stories ``ids`` are now (merges followed), as listed by ``stories``."""
        live = {queries.resolve_story(self.conn, sid) for sid in ids}
        return [row for row in self.stories() if row.id in live]

    @guarded("briefing from")
    def brief_story(
        self,
        story: int,
        *,
        settings: Settings,
        since: datetime | None = None,
        new: bool = False,
        record: bool = True,
    ) -> Briefing:
        """Brief a stored story (near-duplicates left out: they are not independent sources).

        ``since``: only articles published (or, undated, added) since then. ``new``: an update
        briefing of what the articles added since the story's last briefing say that the earlier
        ones did not. A briefing is stored, so the next ``new`` starts after it, unless
        ``record`` is False (the web page shows a story without marking it briefed).
        """
        sid = queries.resolve_story(self.conn, story)
        if sid is None:
            raise InputError(f"{self.path}: no story {story}")
        stored = [s for s in queries.story_articles(self.conn, sid) if s.duplicate_of is None]
        earlier: list[StoredArticle] = []
        warnings: list[str] = []
        if sid != story:
            warnings.append(f"story {story} was merged into story {sid}")
        chosen = stored
        if new:
            last = queries.last_briefing(self.conn, sid)
            if last is None:
                warnings.append(f"story {sid} has no earlier briefing: briefing all its articles")
            else:
                earlier = [s for s in stored if s.rowid <= last]
                chosen = [s for s in stored if s.rowid > last]
                if not chosen:
                    raise InputError(f"story {sid}: no new article since its last briefing")
        elif since is not None:
            chosen = [s for s in stored if _utc(s.article.published or s.added) >= _utc(since)]
            if not chosen:
                raise InputError(f"story {sid}: no article since {since.date().isoformat()}")
        writable = self._ensure_sentences(chosen + earlier, settings=settings)
        briefing = brief_update(
            [s.article for s in chosen],
            [s.article for s in earlier],
            sentences=self._sentences,
            settings=settings,
        )
        briefing = replace(briefing, warnings=tuple(warnings))
        kind = "update" if earlier else "full"
        if record and not (writable and self._store_briefing(sid, briefing, kind, last=stored)):
            unrecorded = f"{self.path} is read-only: this briefing is not recorded"
            briefing = replace(briefing, warnings=(*briefing.warnings, unrecorded))
        return briefing

    def _ensure_sentences(self, items: list[StoredArticle], *, settings: Settings) -> bool:
        """Sentences of ``items`` into ``self._sentences``, read from the library or segmented
        and stored (a briefing's offsets index into the stored text); False when the library is
        read-only (nothing stored)."""
        from newsbrief.nlp.sentences import segment

        self._sentences = {}
        writable = True
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if not read_only(exc):
                raise
            writable = False  # a read-only library: sentences segmented here, not stored
            self.conn.execute("BEGIN")
        try:
            for item in items:
                sentences = queries.sentences(self.conn, item.rowid, item.article)
                if not sentences:
                    sentences = segment(item.article, segmenter=settings.segmenter)
                    writable = writable and self._insert_sentences(item.rowid, sentences)
                self._sentences[item.article.id] = sentences
            self.conn.execute("COMMIT")
        except BaseException:
            rollback(self.conn)
            raise
        return writable

    def _insert_sentences(self, rowid: int, sentences: tuple[Sentence, ...]) -> bool:
        """Store an article's sentences; False if the library is read-only."""
        try:
            queries.insert_sentences(self.conn, rowid, sentences)
        except sqlite3.OperationalError as exc:
            if read_only(exc):
                return False
            raise
        return True

    def _store_briefing(
        self, story: int, briefing: Briefing, kind: str, *, last: list[StoredArticle]
    ) -> bool:
        """Record the briefing; False if the library is read-only."""
        from newsbrief.render import render

        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if read_only(exc):
                return False
            raise
        try:
            queries.insert_briefing(
                self.conn,
                story,
                kind=kind,
                last_article=max(s.rowid for s in last),
                articles=[a.id for a in briefing.articles],
                content=render(briefing, "json"),
                now=_now(),
            )
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            rollback(self.conn)
            if read_only(exc):
                return False
            raise
        except BaseException:
            rollback(self.conn)
            raise
        return True


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def prepared(items: Iterable[Article | str], *, limits: Limits) -> Iterator[Outcome]:
    """``prepare`` over ``items``, in order. Inputs of more than ``limits.parallel_from``
    articles are prepared by worker processes (the "process" executor, one per CPU) a few
    chunks ahead of the caller, which clusters and writes meanwhile."""
    from newsbrief.executors import default_workers, get_executor

    iterator = iter(items)
    head = list(itertools.islice(iterator, limits.parallel_from))
    small = len(head) < limits.parallel_from or default_workers() < 2
    with get_executor("local" if small else "process", chunk=limits.ingest_chunk) as executor:
        yield from executor.map(prepare_item, itertools.chain(head, iterator))


def unit_executor(
    name: str, *, workers: int | None = None, scheduler: str | None = None, limits: Limits
) -> Any:
    """The executor called ``name`` set up for ``Library.ingest``: one unit (``prepare.Unit``:
    up to ``ingest_chunk`` files or articles) per task."""
    from newsbrief.executors import get_executor

    return get_executor(
        name, workers=workers, chunk=1, ahead=limits.batch_in_flight, scheduler=scheduler
    )


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(value: str) -> float:
    """Seconds in "90s", "15m", "2h", "1d" (a bare number is minutes); at least one second."""
    import re

    from newsbrief.errors import UsageError

    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value.lower())
    seconds = float(match.group(1)) * _UNITS[match.group(2) or "m"] if match else 0.0
    if seconds < 1:
        raise UsageError(f"--every: not an interval: {value!r} (expected e.g. 30s, 15m, 2h)")
    return seconds


def parse_when(value: str, *, option: str, now: datetime | None = None) -> datetime:
    """A date or time given on the command line: "2016-12-13", "2016-12-13T08:00Z", or relative
    to ``now`` (UTC): "today", "yesterday", "7d", "12h", "30m" (that long ago)."""
    import re

    from newsbrief.errors import UsageError
    from newsbrief.ingest.formats import parse_date

    now = now or _now()
    word = value.strip().lower()
    if word in ("today", "yesterday"):
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight - timedelta(days=1) if word == "yesterday" else midnight
    ago = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([smhd])", word)
    if ago:
        return now - timedelta(seconds=float(ago.group(1)) * _UNITS[ago.group(2)])
    parsed = parse_date(value)
    if parsed is None:
        raise UsageError(
            f"{option}: not a date: {value!r} (expected e.g. 2016-12-13, yesterday or 7d)"
        )
    return parsed
