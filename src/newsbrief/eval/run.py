"""Run newsbrief and the baselines over a dataset, time them and score them with one metric."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from newsbrief.config import Settings
from newsbrief.errors import NewsbriefError
from newsbrief.eval.baselines import System
from newsbrief.eval.dataset import EvalCluster
from newsbrief.eval.metrics import Metric, Pair
from newsbrief.plugins import BASELINES


def newsbrief_system(
    documents: Sequence[str], *, words: int, settings: Settings | None = None
) -> list[str]:
    """newsbrief itself with ``settings`` (default: the defaults) at ``words`` words, read and
    briefed exactly as ``newsbrief batch`` does; its summary's sentences (an item that ends on a
    sentence leaning on its first is two: summarize.core.runs; ROUGE-Lsum counts sentences)."""
    from newsbrief.batch import brief_cluster
    from newsbrief.nlp.sentences import segment
    from newsbrief.types import Article

    chosen = replace(settings or Settings(), words=words, facts=False, title=False)
    briefing = brief_cluster(documents, settings=chosen)
    out: list[str] = []
    for item in briefing.summary.sentences:
        parts = segment(Article(id="item", text=item.text, source=""), segmenter=chosen.segmenter)
        out.extend([p.text for p in parts] or [item.text])
    return out


def all_systems(settings: Settings | None = None) -> dict[str, System]:
    """newsbrief (with ``settings``) first, then the baselines (plug-in group "baselines")."""
    mine = partial(newsbrief_system, settings=settings) if settings else newsbrief_system
    return {"newsbrief": mine, **{n: BASELINES.get(n) for n in BASELINES.names()}}


@dataclass(frozen=True, slots=True)
class ClusterScore:
    id: Any
    system: str
    r1: float
    r2: float
    rl: float


@dataclass(frozen=True, slots=True)
class SystemResult:
    name: str
    r1: float  # means over clusters, 0-100
    r2: float
    rl: float
    seconds: tuple[float, ...]  # per cluster, read to summary

    @property
    def median_ms(self) -> float:
        return 1000 * statistics.median(self.seconds)

    @property
    def clusters_per_second(self) -> float:
        return len(self.seconds) / sum(self.seconds) if sum(self.seconds) else float("inf")


@dataclass(frozen=True, slots=True)
class Evaluation:
    clusters: int
    words: int
    metric: str  # the metric's one-line description
    systems: tuple[SystemResult, ...]
    scores: tuple[ClusterScore, ...]  # cluster by cluster, systems in order


def evaluate(
    clusters: Iterable[EvalCluster],
    *,
    metric: Metric,
    words: int,
    warn: Callable[[str], None],
    systems: Mapping[str, System] | None = None,
    settings: Settings | None = None,
    done: Callable[[], None] = lambda: None,
) -> Evaluation:
    """Summarise every cluster with every system (``done`` after each cluster), then score all
    summaries in one go; newsbrief runs with ``settings`` (its words set to ``words``, as every
    system's). A cluster newsbrief cannot brief (no article) is ``warn``-ed and left out for
    every system."""
    chosen = dict(systems or all_systems(settings))
    run = _summarise(clusters, chosen, words=words, warn=warn, done=done)
    n = len(run.ids)
    flat = metric.score([pair for name in chosen for pair in run.pairs[name]])
    per_system = {name: flat[k * n : (k + 1) * n] for k, name in enumerate(chosen)}
    results = tuple(
        SystemResult(
            name=name,
            r1=_mean(s.r1 for s in mine),
            r2=_mean(s.r2 for s in mine),
            rl=_mean(s.rl for s in mine),
            seconds=tuple(run.seconds[name]),
        )
        for name, mine in per_system.items()
    )
    scores = []
    for k, cluster_id in enumerate(run.ids):
        for name, mine in per_system.items():
            scores.append(ClusterScore(cluster_id, name, mine[k].r1, mine[k].r2, mine[k].rl))
    return Evaluation(
        clusters=n, words=words, metric=metric.description, systems=results, scores=tuple(scores)
    )


@dataclass(frozen=True, slots=True)
class _Run:
    ids: list[Any]
    pairs: dict[str, list[Pair]]  # per system, per cluster
    seconds: dict[str, list[float]]


def _summarise(
    clusters: Iterable[EvalCluster],
    systems: Mapping[str, System],
    *,
    words: int,
    warn: Callable[[str], None],
    done: Callable[[], None],
) -> _Run:
    """Each system runs once untimed on the first cluster, so that start-up costs (imports,
    models) stay out of the timings."""
    run = _Run(ids=[], pairs={n: [] for n in systems}, seconds={n: [] for n in systems})
    warmed = False
    for cluster in clusters:
        summaries, seconds = {}, {}
        try:
            if not warmed:
                for system in systems.values():
                    system(cluster.documents, words=words)
                warmed = True
            for name, system in systems.items():
                start = time.perf_counter()
                summaries[name] = system(cluster.documents, words=words)
                seconds[name] = time.perf_counter() - start
        except NewsbriefError as exc:
            warn(f"{cluster.where}: skipped: {exc.message}")
            continue
        run.ids.append(cluster.id)
        for name, summary in summaries.items():
            run.pairs[name].append(Pair(candidate=summary, references=cluster.references))
            run.seconds[name].append(seconds[name])
        done()
    return run


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return statistics.fmean(values) if values else 0.0


def write_scores(evaluation: Evaluation, path: Path) -> None:
    """Per-cluster scores as JSON Lines: ``{"id", "system", "r1", "r2", "rl"}``, 0-100."""
    with path.open("w", encoding="utf-8") as out:
        for s in evaluation.scores:
            row: dict[str, Any] = {"id": s.id, "system": s.system}
            row |= {"r1": round(s.r1, 4), "r2": round(s.r2, 4), "rl": round(s.rl, 4)}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
