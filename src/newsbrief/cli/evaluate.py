"""``newsbrief eval``: score newsbrief and the baselines against reference summaries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsbrief.cli.console import EXIT_INPUT, count_lines, fail, note, open_input, progress, warn
from newsbrief.cli.library import TableFormat
from newsbrief.cli.options import DEFAULTS, AllDocuments, Metric, Words, settings_from
from newsbrief.errors import NewsbriefError

if TYPE_CHECKING:
    from newsbrief.config import Settings
    from newsbrief.eval.metrics import Metric as Scorer
    from newsbrief.eval.run import Evaluation

Dataset = Annotated[
    str,
    typer.Argument(
        metavar="DATASET.jsonl",
        help='Clusters with references, one per line: {"id", "documents": [text, ...], '
        '"summary": text} (or "summaries": [text, ...]); - for standard input.',
        show_default=False,
    ),
]
Limit = Annotated[
    int | None,
    typer.Option(
        "--limit", "-n", min=1, help="Evaluate the first N clusters only.", show_default=False
    ),
]
Scores = Annotated[
    Path | None,
    typer.Option(
        "--scores",
        metavar="FILE",
        help="Also write per-cluster scores (JSON Lines) to FILE (default: not written).",
        show_default=False,
    ),
]


EvalFormat = Annotated[
    TableFormat,
    typer.Option(
        "--format",
        "-f",
        help="A table, or JSON for programs: the scores on standard output.",
    ),
]


class _Problems:
    """``warn``, counting: a dataset with a bad line exits with status 1."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        warn(message)


def evaluate(
    dataset: Dataset,
    words: Words = DEFAULTS.words,
    metric: Metric = "rouge",
    limit: Limit = None,
    scores: Scores = None,
    fmt: EvalFormat = TableFormat.table,
    all_documents: AllDocuments = False,
) -> None:
    """Score newsbrief and baselines (lead, LexRank, TextRank, centroid-MMR, bigram coverage)
    against reference summaries with ROUGE. Bad lines are reported and skipped; the exit status
    is 1 if any was."""
    from newsbrief.eval.metrics import get_metric

    settings = settings_from(words=words, one_story=not all_documents)
    problems = _Problems()
    try:
        scorer = get_metric(metric, words=settings.words)
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)
    result = _run(dataset, scorer=scorer, settings=settings, limit=limit, warn=problems)
    if not result.clusters:
        fail(f"{dataset}: no cluster to evaluate", EXIT_INPUT)
    if fmt is TableFormat.json:
        typer.echo(json.dumps(_result_dict(result, dataset=dataset, rl_label=scorer.rl_label)))
    else:
        _print_table(result, dataset=dataset, rl_label=scorer.rl_label)
    if scores is not None:
        _write_scores(result, scores)
    if problems.count:
        raise typer.Exit(EXIT_INPUT)


def _run(
    dataset: str, *, scorer: Scorer, settings: Settings, limit: int | None, warn: _Problems
) -> Evaluation:
    """Read the dataset as it is scored, with a progress bar on a terminal."""
    from newsbrief.batch import read_lines
    from newsbrief.eval.dataset import read_dataset
    from newsbrief.eval.run import evaluate as run_evaluation

    with open_input(dataset) as stream:
        total = limit if dataset == "-" else count_lines(Path(dataset), limit)
        clusters = read_dataset(read_lines(stream, name=dataset), warn=warn, limit=limit)
        with progress("evaluating", total) as advance:
            try:
                return run_evaluation(
                    clusters,
                    metric=scorer,
                    words=settings.words,
                    settings=settings,
                    warn=warn,
                    done=lambda: advance(1),
                )
            except NewsbriefError as exc:
                fail(exc.message, EXIT_INPUT)


def _write_scores(result: Evaluation, path: Path) -> None:
    from newsbrief.eval.run import write_scores

    try:
        write_scores(result, path)
    except OSError as exc:
        fail(f"{path}: cannot write ({exc.strerror or exc})", EXIT_INPUT)
    note(f"wrote {path}")


def _result_dict(result: Evaluation, *, dataset: str, rl_label: str) -> dict[str, object]:
    """The table for programs (eval --format json; the fields as in README), unrounded."""
    return {
        "dataset": dataset,
        "clusters": result.clusters,
        "words": result.words,
        "metric": result.metric,
        "rl": rl_label,
        "systems": [
            {"name": s.name, "r1": s.r1, "r2": s.r2, "rl": s.rl, "median_ms": s.median_ms}
            for s in result.systems
        ],
    }


def _print_table(result: Evaluation, *, dataset: str, rl_label: str) -> None:
    from rich.console import Console
    from rich.table import Table

    name = "standard input" if dataset == "-" else Path(dataset).name
    table = Table(title=f"{result.clusters} clusters from {name}, {result.words} words")
    table.add_column("system")
    for label in ("R-1", "R-2", rl_label, "median ms"):
        table.add_column(label, justify="right")
    best = {key: max(getattr(s, key) for s in result.systems) for key in ("r1", "r2", "rl")}
    for system in result.systems:
        cells = [
            f"[bold]{getattr(system, k):.2f}[/]"
            if getattr(system, k) == best[k]
            else f"{getattr(system, k):.2f}"
            for k in ("r1", "r2", "rl")
        ]
        table.add_row(system.name, *cells, f"{system.median_ms:.1f}")
    console = Console(highlight=False)
    console.print(table)
    console.print(f"{result.metric}; mean over clusters, 0-100", markup=False, soft_wrap=True)
