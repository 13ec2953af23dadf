"""One registry for every pluggable kind: a ``Registry`` per kind, filled from entry points.

Each kind has an entry-point group, ``newsbrief.<kind>``; a plug-in package declares in its own
``pyproject.toml``::

    [project.entry-points."newsbrief.recognisers"]
    mine = "my_package.ner:recognise"

and ``Settings(entities="mine")`` (or ``--entities mine``) finds it. The built-ins are declared
the same way, as entry points of this package (``BUILTIN`` below, in the form a
``pyproject.toml`` would hold them), and loaded through the same path: nothing is imported until
a name is asked for, so ``import newsbrief`` stays fast and a lower layer never imports the
modules its plug-ins live in. ``Registry.register`` adds an object at run time (tests, notebooks).

Kinds and what a plug-in provides (the Protocols below say it exactly):

=============  ========================================================================
segmenters     a class; its instance's ``spans(text)`` splits a paragraph into sentences
recognisers    ``recognise(texts) -> [[EntityMention, ...], ...]``: names in each text
renderers      ``render(briefing, **options) -> str``
metrics        a class taking ``words=``; its ``score(pairs)`` scores summaries
baselines      ``summarise(documents, *, words) -> [sentence, ...]`` for ``eval``
executors      a class taking ``workers=``; runs work in order (executors.py, dask_engine.py)
llm            a class taking a ``Settings``; its ``complete(messages)`` answers a chat
entailment     ``entail(premise, hypothesis) -> float``: the probability the one entails the other
verification_renderers  ``render(verification, **options) -> str`` (``newsbrief verify``)
=============  ========================================================================
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib.metadata import EntryPoint, entry_points
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

from newsbrief.errors import UsageError
from newsbrief.types import Briefing, EntityMention, Verification

T = TypeVar("T")
R = TypeVar("R")

# The built-in plug-ins, declared as entry points exactly as a third-party package declares its
# own in pyproject.toml. (They are not also listed in this package's pyproject.toml, so that a
# source checkout run without installing finds them too.)
BUILTIN: dict[str, dict[str, str]] = {
    "segmenters": {"nupunkt": "newsbrief.nlp.sentences:Nupunkt"},
    "recognisers": {
        "rules": "newsbrief.facts.entities:rules",
        "spacy": "newsbrief.facts.entities:spacy_ner",
    },
    "renderers": {
        "markdown": "newsbrief.render.markdown:to_markdown",
        "json": "newsbrief.render.json:to_json",
        "html": "newsbrief.render.html:to_html",
    },
    "metrics": {
        "rouge": "newsbrief.eval.metrics:RougeScore",
        "rouge155": "newsbrief.eval.metrics:Rouge155",
    },
    "baselines": {
        "lead": "newsbrief.eval.baselines:lead",
        "lexrank": "newsbrief.eval.baselines:lexrank",
        "textrank": "newsbrief.eval.baselines:textrank",
        "centroid-mmr": "newsbrief.eval.baselines:centroid_mmr",
        "bigram-coverage": "newsbrief.eval.baselines:bigram_coverage",
    },
    "executors": {
        "local": "newsbrief.executors:LocalExecutor",
        "process": "newsbrief.executors:ProcessExecutor",
        "dask": "newsbrief.dask_engine:DaskExecutor",
    },
    "llm": {"openai": "newsbrief.llm.client:OpenAIChat"},
    "entailment": {},  # none built in: a model is a plug-in (see verify/align.py)
    "verification_renderers": {
        "markdown": "newsbrief.render.verification:to_markdown",
        "json": "newsbrief.render.verification:to_json",
        "html": "newsbrief.render.verification:to_html",
    },
}


class Segmenter(Protocol):
    """Splits a paragraph into sentence spans ``(start, end)``, covering it in order."""

    def spans(self, text: str) -> list[tuple[int, int]]: ...


class Recogniser(Protocol):
    """Names in each text, with their kind where the recogniser can tell."""

    def __call__(self, texts: Sequence[str]) -> list[list[EntityMention]]: ...


class Renderer(Protocol):
    def __call__(self, briefing: Briefing, **options: Any) -> str: ...


class Metric(Protocol):
    """Scores (system, references) pairs; see eval/metrics.py for Pair and Scores."""

    def score(self, pairs: Sequence[Any]) -> list[Any]: ...


class Baseline(Protocol):
    def __call__(self, documents: Sequence[str], *, words: int) -> list[str]: ...


class Executor(Protocol):
    """Runs ``fn`` over items in worker(s); results come back in input order, and only a bounded
    number of items is in flight, so memory stays flat however long the input."""

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...


class LLM(Protocol):
    """A chat model: ``messages`` are ``{"role": "system" | "user", "content": text}``; the
    answer's text comes back, or an ``errors.LLMError`` with a one-line message."""

    def complete(self, messages: Sequence[dict[str, str]]) -> str: ...


class Entailment(Protocol):
    """The probability (0-1) that ``premise`` (source passages) entails ``hypothesis``."""

    def __call__(self, premise: str, hypothesis: str) -> float: ...


class VerificationRenderer(Protocol):
    def __call__(self, verification: Verification, **options: Any) -> str: ...


class ExecutorBase:
    """What every executor shares: a context manager that closes it on the way out, and the
    chunking of items into tasks (``chunks``, ``apply_chunk``, which workers import by name)."""

    def close(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def chunks(items: Iterator[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def apply_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    """One task on a worker: ``fn`` over a chunk, in order."""
    return [fn(item) for item in chunk]


class Registry(Generic[T]):
    """The plug-ins of one kind, by name: built-ins first, then installed packages' entry points
    (a package may replace a built-in by registering its name), then run-time registrations."""

    def __init__(self, kind: str, noun: str) -> None:
        self.kind = kind
        self.group = f"newsbrief.{kind}"
        self.noun = noun  # for messages: "unknown entity recogniser 'x'"
        self._found: dict[str, EntryPoint] | None = None
        self._added: dict[str, T] = {}
        self._loaded: dict[str, T] = {}

    def register(self, name: str, plugin: T) -> None:
        """Make ``plugin`` available under ``name`` in this process."""
        self._added[name] = plugin
        self._loaded.pop(name, None)

    def get(self, name: str) -> T:
        """The plug-in called ``name``, loaded on first use; UsageError naming the known ones."""
        if name in self._added:
            return self._added[name]
        if name not in self._loaded:
            point = self._entry_points().get(name)
            if point is None:
                known = ", ".join(self.names())
                raise UsageError(f"unknown {self.noun} {name!r} (known: {known})")
            self._loaded[name] = point.load()
        return self._loaded[name]

    def names(self) -> list[str]:
        """Built-ins in their stated order, then the others by name."""
        builtin = list(BUILTIN.get(self.kind, {}))
        others = sorted({*self._entry_points(), *self._added} - set(builtin))
        return builtin + others

    def refresh(self) -> None:
        """Look for installed plug-ins again (after installing one at run time)."""
        self._found = None
        self._loaded.clear()

    def _entry_points(self) -> dict[str, EntryPoint]:
        if self._found is None:
            found = {
                name: EntryPoint(name=name, value=value, group=self.group)
                for name, value in BUILTIN.get(self.kind, {}).items()
            }
            for point in entry_points(group=self.group):
                found[point.name] = point
            self._found = found
        return self._found


SEGMENTERS: Registry[Callable[[], Segmenter]] = Registry("segmenters", "segmenter")
RECOGNISERS: Registry[Recogniser] = Registry("recognisers", "entity recogniser")
RENDERERS: Registry[Renderer] = Registry("renderers", "format")
METRICS: Registry[Callable[..., Metric]] = Registry("metrics", "metric")
BASELINES: Registry[Baseline] = Registry("baselines", "baseline")
EXECUTORS: Registry[Callable[..., Executor]] = Registry("executors", "engine")
# An LLM client is made from the Settings (endpoint, model, key variable, Limits).
LLMS: Registry[Callable[[Any], LLM]] = Registry("llm", "LLM client")
ENTAILMENT: Registry[Entailment] = Registry("entailment", "entailment backend")
VERIFICATION_RENDERERS: Registry[VerificationRenderer] = Registry(
    "verification_renderers", "format"
)

_SEGMENTER_INSTANCES: dict[str, Segmenter] = {}


def segmenter(name: str) -> Segmenter:
    """The segmenter called ``name``, made once per process (a model may take time to load)."""
    if name not in _SEGMENTER_INSTANCES:
        _SEGMENTER_INSTANCES[name] = SEGMENTERS.get(name)()
    return _SEGMENTER_INSTANCES[name]
