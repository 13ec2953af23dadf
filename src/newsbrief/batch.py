"""Many stories at once: a JSON Lines file of clusters in, one cited summary per line out.

Each input line is a cluster ``{"id", "documents": [str, ...]}`` (other keys are ignored). Each
document is read with the same readers as ``newsbrief brief`` (format detected by content, then
cleaned), and is one article whose id is its index in ``documents``, so a citation
``{"article": 2, "start", "end"}`` points into the cleaned text of ``documents[2]``
(``read_cluster`` + ``newsbrief.clean.clean_articles`` give that text).

The file is read lazily and an executor (executors.py) summarises at most
``Limits.batch_in_flight * workers`` chunks of ``Limits.batch_chunk`` lines at any time, so
memory stays constant however long the input is; results are written in input order. A bad line
is reported and skipped, never fatal. The executor is any engine (``local``, ``process``,
``dask`` on a cluster): the output is the same, byte for byte, on every one.

Input is one JSON Lines file, standard input, a glob of shards or a folder of them, or Parquet
(a table with ``documents`` and, optionally, ``id`` columns), all read by ``read_inputs`` into the
same ``Line``s. To resume a run that stopped, ``finished(OUTPUT)`` gives the ids already written
(cutting a half-written last line) and ``run_batch(..., skip=those)`` does only the rest.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsbrief.config import Settings
from newsbrief.errors import InputError, NewsbriefError, NoArticlesError
from newsbrief.ingest import ReadResult, read
from newsbrief.ingest.formats import JSONError, loads
from newsbrief.shards import (
    Line,
    finished,
    line_key,
    read_inputs,
    read_lines,
    record_key,
    shard_paths,
)
from newsbrief.types import Article, Briefing

if TYPE_CHECKING:
    from newsbrief.plugins import Executor


@dataclass(frozen=True, slots=True)
class Cluster:
    id: Any  # the input's "id" (any JSON value), else the line number
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LineResult:
    """What became of one line: an output record (``None`` when the line failed) and messages."""

    where: str
    size: int
    record: str | None
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BatchReport:
    ok: int
    failed: int
    skipped: int = 0  # lines whose id was in ``skip`` (already in the output)


def parse_line(line: Line) -> dict[str, Any]:
    """The JSON object on a line; InputError (naming the line) when it is not one."""
    try:
        data = loads(line.data.decode("utf-8").strip())
    except UnicodeDecodeError:
        raise InputError(f"{line.where}: not UTF-8") from None
    except JSONError as exc:
        raise InputError(f"{line.where}: malformed JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(data, dict):
        raise InputError(f"{line.where}: expected a JSON object, got {type(data).__name__}")
    return data


def cluster_from(data: Mapping[str, Any], *, where: str) -> Cluster:
    documents = data.get("documents")
    if documents is None:
        raise InputError(f'{where}: no "documents" key')
    if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
        raise InputError(f'{where}: "documents" must be a list of strings')
    if not documents:
        raise InputError(f'{where}: "documents" is empty')
    number = int(where.rsplit(":", 1)[1])
    return Cluster(id=data.get("id", number), documents=tuple(documents))


def read_cluster(documents: Sequence[str], *, name: str = "") -> ReadResult:
    """Raw articles of a cluster, one per document, with id ``str(index)``; problems per document
    (each starts with ``name``, then ``documents[INDEX]``).

    Documents go through ``read`` as streams, never as paths: a document that happens to
    look like a file name is still text.
    """
    articles: list[Article] = []
    problems: list[str] = []
    for k, document in enumerate(documents):
        stream = io.BytesIO(document.encode("utf-8"))
        stream.name = f"{name}: documents[{k}]" if name else f"documents[{k}]"
        result = read([stream], fetch=False)
        problems.extend(result.problems)
        if len(result.articles) > 1:
            problems.append(
                f"{stream.name}: holds {len(result.articles)} articles; give one per document"
            )
        elif result.articles:
            articles.append(replace(result.articles[0], id=str(k)))
    return ReadResult(articles=tuple(articles), problems=tuple(problems))


def cleaned_texts(documents: Sequence[str]) -> list[str | None]:
    """Per document, the cleaned text that citations index into; None for a document that
    newsbrief does not brief (no article in it, empty once cleaned, or a duplicate)."""
    from newsbrief.clean import read_clean

    texts: list[str | None] = [None] * len(documents)
    for article in read_clean(read_cluster(documents).articles).articles:
        texts[int(article.id)] = article.text
    return texts


def brief_cluster(documents: Sequence[str], *, settings: Settings, name: str = "") -> Briefing:
    """Brief one cluster; raises NoArticlesError when no document yields an article. With
    ``settings.one_story``, a cluster that looks like several stories gives a briefing of the
    largest alone, with a warning saying which documents it leaves out. The briefing's warnings
    start with ``name`` (the line's INPUT:LINENO) when given, as the reading problems do."""
    from newsbrief.pipeline import SPLIT_HINT, brief_inputs

    read = read_cluster(documents, name=name)
    if not read.articles:
        raise NoArticlesError(f"no article to brief: {'; '.join(read.problems)}")
    briefing = brief_inputs(read.articles, settings=settings)
    at = f"{name}: " if name else ""
    warnings = tuple(at + w.replace(SPLIT_HINT, _BATCH_HINT) for w in briefing.warnings)
    return replace(briefing, warnings=read.problems + warnings)


# The one-story warning names brief's way to brief each story; batch has its own way out.
_BATCH_HINT = "(batch --all-documents briefs every document)"


def record(cluster_id: Any, briefing: Briefing) -> dict[str, Any]:
    """The output object for one cluster."""
    sentences = briefing.summary.sentences
    return {
        "id": cluster_id,
        "summary": " ".join(s.text for s in sentences),
        "sentences": [
            {
                "text": s.text,
                "citations": [
                    {"article": int(c.article_id), "start": c.start, "end": c.end}
                    for c in s.citations
                ],
            }
            for s in sentences
        ],
    }


def process_line(line: Line, settings: Settings) -> LineResult:
    """Summarise one line. Never raises: every failure becomes a warning on a failed result."""
    try:
        cluster = cluster_from(parse_line(line), where=line.where)
        briefing = brief_cluster(
            cluster.documents,
            settings=replace(settings, facts=False, title=False),
            name=line.where,
        )
    except NewsbriefError as exc:
        # Messages from inside name the line already; say it once, at the start.
        message = f"{line.where}: " + exc.message.replace(f"{line.where}: ", "")
        return LineResult(line.where, line.size, None, (message,))
    except Exception as exc:  # a bug on one line must not lose the others
        message = " ".join(str(exc).split()) or type(exc).__name__
        failure = f"{line.where}: internal error: {type(exc).__name__}: {message}"
        return LineResult(line.where, line.size, None, (failure,))
    text = json.dumps(record(cluster.id, briefing), ensure_ascii=False)
    return LineResult(line.where, line.size, text, briefing.warnings)


def run_batch(
    lines: Iterable[Line],
    *,
    settings: Settings,
    write: Callable[[str], object],
    warn: Callable[[str], None],
    advance: Callable[[int], None] = lambda size: None,
    engine: str | Executor = "process",
    workers: int | None = None,
    scheduler: str | None = None,
    skip: Collection[str] = (),
) -> BatchReport:
    """Summarise every line, in order, on the executor called ``engine`` (``process`` with one
    worker: in this process) or on an open executor (left open: one cluster for many runs):
    ``write`` each output record (one JSON text), ``warn`` each problem, ``advance`` by each
    line's size in bytes once it is done. ``scheduler``: a running Dask cluster's address, for
    ``engine="dask"``. ``skip``: keys (``record_key``) of clusters not to brief again."""
    from newsbrief.executors import get_executor

    ok = failed = 0
    skipped: list[int] = []
    if skip:
        lines = _unfinished(lines, skip, skipped=skipped, advance=advance)
    if not isinstance(engine, str):
        results = engine.map(partial(process_line, settings=settings), lines)
        ok, failed = _write_results(results, write=write, warn=warn, advance=advance)
        return BatchReport(ok=ok, failed=failed, skipped=len(skipped))
    name = "local" if workers == 1 and engine == "process" else engine
    limits = settings.limits
    with get_executor(
        name,
        workers=workers,
        chunk=limits.batch_chunk,
        ahead=limits.batch_in_flight,
        scheduler=scheduler,
    ) as executor:
        results = executor.map(partial(process_line, settings=settings), lines)
        ok, failed = _write_results(results, write=write, warn=warn, advance=advance)
    return BatchReport(ok=ok, failed=failed, skipped=len(skipped))


def _write_results(
    results: Iterable[LineResult],
    *,
    write: Callable[[str], object],
    warn: Callable[[str], None],
    advance: Callable[[int], None],
) -> tuple[int, int]:
    ok = failed = 0
    for result in results:
        for message in result.warnings:
            warn(message)
        if result.record is None:
            failed += 1
        else:
            write(result.record)
            ok += 1
        advance(result.size)
    return ok, failed


def _unfinished(
    lines: Iterable[Line],
    skip: Collection[str],
    *,
    skipped: list[int],
    advance: Callable[[int], None],
) -> Iterator[Line]:
    """The lines whose cluster is not in ``skip`` (appending each skipped line's size to
    ``skipped``). Only the id is read here; a line that is not JSON goes on, to be reported."""
    for line in lines:
        if line_key(line) in skip:
            skipped.append(line.size)
            advance(line.size)
        else:
            yield line


def input_size(path: Path) -> int | None:
    """Bytes to read, for a progress bar; None for a pipe or terminal."""
    try:
        return path.stat().st_size if path.is_file() else None
    except OSError:
        return None


__all__ = [
    "BatchReport",
    "Cluster",
    "Line",
    "LineResult",
    "brief_cluster",
    "cleaned_texts",
    "finished",
    "input_size",
    "process_line",
    "read_cluster",
    "read_inputs",
    "read_lines",
    "record",
    "record_key",
    "run_batch",
    "shard_paths",
]
