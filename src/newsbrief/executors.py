"""Executors: where the work of many items runs. One abstraction, chosen by name (plug-in group
"executors"): ``local`` runs in this process, ``process`` in a pool of worker processes on this
machine, ``dask`` on a Dask cluster (dask_engine.py); another engine registers the same way.

An executor's ``map(fn, items)`` yields ``fn(item)`` for each item **in input order**, with only
a bounded number of items in flight, so memory stays flat however long the input; ``fn`` must be
a module-level function (it is pickled to the workers) and should not raise. Items go to a
worker ``chunk`` at a time (a task costs a hand-over; a few items amortise it), and each worker
has ``ahead`` chunks queued so that none waits.
"""

from __future__ import annotations

import inspect
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from newsbrief.errors import UsageError
from newsbrief.plugins import EXECUTORS, Executor, ExecutorBase, apply_chunk
from newsbrief.plugins import chunks as in_chunks

T = TypeVar("T")
R = TypeVar("R")


def get_executor(
    name: str,
    *,
    workers: int | None = None,
    chunk: int = 4,
    ahead: int = 2,
    scheduler: str | None = None,
) -> Any:
    """The executor called ``name``, for ``workers`` workers (None: one per CPU). ``scheduler``:
    the address of a running cluster, for an engine that has one (``dask``); UsageError for one
    that does not."""
    factory = EXECUTORS.get(name)
    if scheduler is None:
        return factory(workers=workers, chunk=chunk, ahead=ahead)
    if "scheduler" not in inspect.signature(factory).parameters:
        raise UsageError(f"engine {name!r} takes no scheduler address (the dask engine does)")
    return factory(workers=workers, chunk=chunk, ahead=ahead, scheduler=scheduler)


def default_workers() -> int:
    return os.cpu_count() or 1


class LocalExecutor(ExecutorBase):
    """Everything in this process, one item after another."""

    def __init__(self, *, workers: int | None = None, chunk: int = 4, ahead: int = 2) -> None:
        self.workers = 1

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        return map(fn, items)

    def close(self) -> None:
        pass


class ProcessExecutor(ExecutorBase):
    """A pool of worker processes, started on first use.

    Workers are started with "spawn", the same way on every platform, never forking a process
    that runs threads (a progress bar's); the caller's ``__main__`` must be guarded, which the
    console script is. Workers ignore Ctrl-C (the parent stops the pool, not a traceback each)
    and, on Linux, die with the parent, so a killed run leaves no idle workers behind.
    """

    def __init__(self, *, workers: int | None = None, chunk: int = 4, ahead: int = 2) -> None:
        self.workers = max(1, workers or default_workers())
        self.chunk = max(1, chunk)
        self.ahead = max(1, ahead)
        self._pool: Any = None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        if self.workers == 1:
            yield from map(fn, items)
            return
        pool = self._started()
        chunks = in_chunks(iter(items), self.chunk)
        window: deque[Any] = deque(
            pool.submit(apply_chunk, fn, chunk)
            for chunk in itertools.islice(chunks, self.ahead * self.workers)
        )
        while window:
            done = window.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                window.append(pool.submit(apply_chunk, fn, chunk))
            yield from done

    def _started(self) -> Any:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init,
            )
        return self._pool

    def close(self) -> None:
        """Stop the workers now (queued work is dropped: on Ctrl-C nothing should linger)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _worker_init() -> None:
    import signal
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import contextlib
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


__all__ = ["Executor", "LocalExecutor", "ProcessExecutor", "default_workers", "get_executor"]
