"""Evaluation datasets: JSON Lines of clusters with references, read lazily.

A line is ``{"id", "documents": [str, ...], "summary": str}`` or, with several references,
``"summaries": [str, ...]`` (Multi-News exports as produced for ``../shared/data``). Other keys are
ignored. References are split into sentences with newsbrief's segmenter (ROUGE-L works per
sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from newsbrief.batch import Line, cluster_from, parse_line
from newsbrief.errors import InputError
from newsbrief.types import Article


@dataclass(frozen=True, slots=True)
class EvalCluster:
    id: Any
    where: str  # INPUT:LINENO, for messages
    documents: tuple[str, ...]
    references: tuple[tuple[str, ...], ...]  # each reference as its sentences


def read_dataset(
    lines: Iterable[Line], *, warn: Callable[[str], None], limit: int | None = None
) -> Iterator[EvalCluster]:
    """Clusters in file order, at most ``limit`` of them; each bad line is ``warn``-ed and
    skipped (it does not count towards the limit)."""
    taken = 0
    for line in lines:
        if limit is not None and taken >= limit:
            return
        try:
            data = parse_line(line)
            cluster = cluster_from(data, where=line.where)
            references = _references(data, where=line.where)
        except InputError as exc:
            warn(exc.message)
            continue
        taken += 1
        yield EvalCluster(
            id=cluster.id,
            where=line.where,
            documents=cluster.documents,
            references=tuple(sentences(r) for r in references),
        )


def _references(data: Mapping[str, Any], *, where: str) -> list[str]:
    if "summaries" in data:
        value = data["summaries"]
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        if not ok:
            raise InputError(f'{where}: "summaries" must be a list of strings')
        references = value
    elif "summary" in data:
        if not isinstance(data["summary"], str):
            raise InputError(f'{where}: "summary" must be a string')
        references = [data["summary"]]
    else:
        raise InputError(f'{where}: no reference ("summary" or "summaries")')
    references = [r for r in references if r.strip()]
    if not references:
        raise InputError(f"{where}: the reference summary is empty")
    return references


def sentences(text: str) -> tuple[str, ...]:
    """``text`` split into sentences by newsbrief's segmenter."""
    from newsbrief.nlp.sentences import segment

    return tuple(s.text for s in segment(Article(id="reference", text=text)))
