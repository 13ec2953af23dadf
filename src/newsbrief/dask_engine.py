"""The ``dask`` executor: the same ordered, bounded ``map`` as executors.py, on a Dask cluster.

``scheduler=None`` starts a ``LocalCluster`` of ``workers`` worker processes (one thread each,
listening on 127.0.0.1 only) on first use and stops it on ``close()``; ``scheduler="tcp://HOST:
8786"`` connects to a running ``dask scheduler`` (whose workers need newsbrief installed, the
same version, since ``fn`` and the items are pickled to them) and leaves it running.

Items go ``chunk`` at a time, one task per chunk, with ``ahead`` chunks per worker in flight:
a new chunk is submitted only when the oldest one's results have been handed back, so memory is
flat however long the input, and results come back in input order. A task whose worker dies is
run again elsewhere (``retries``), so a lost worker costs time, never output. dask and
distributed are imported here only, on first use: ``import newsbrief`` never pays for them.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from newsbrief.errors import NewsbriefError
from newsbrief.plugins import ExecutorBase, apply_chunk
from newsbrief.plugins import chunks as in_chunks

T = TypeVar("T")
R = TypeVar("R")

# A task is re-run this many times when its worker dies (a killed or out-of-memory worker);
# an exception raised by ``fn`` itself is not retried (it would raise again).
RETRIES = 3
# Seconds to wait for a remote scheduler, and for a LocalCluster's workers, to answer.
CONNECT_TIMEOUT = 30

MISSING_EXTRA = "the dask engine needs the [dask] extra: pip install 'newsbrief[dask]'"


class DaskExecutor(ExecutorBase):
    """Runs ``fn`` over items on a Dask cluster, in order, a bounded number of chunks at a time."""

    def __init__(
        self,
        *,
        workers: int | None = None,
        chunk: int = 4,
        ahead: int = 2,
        scheduler: str | None = None,
        retries: int = RETRIES,
    ) -> None:
        self.requested = workers
        self.chunk = max(1, chunk)
        self.ahead = max(1, ahead)
        self.scheduler = scheduler
        self.retries = retries
        self._cluster: Any = None
        self._client: Any = None

    # -- the cluster ------------------------------------------------------------------------
    @property
    def client(self) -> Any:
        """The ``distributed.Client``, connecting (or starting a LocalCluster) on first use."""
        if self._client is None:
            self._client = self._connect()
        return self._client

    @property
    def workers(self) -> int:
        """Worker threads the cluster has now (at least one, so a window is never empty)."""
        if self._client is None:
            return max(1, self.requested or _cpus())
        threads: dict[str, int] = self._client.nthreads()
        return max(1, sum(threads.values()))

    def _connect(self) -> Any:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise NewsbriefError(MISSING_EXTRA) from None
        if self.scheduler is not None:
            try:
                return Client(self.scheduler, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
            except (OSError, TimeoutError) as exc:
                message = " ".join(str(exc).split())
                raise NewsbriefError(
                    f"cannot reach dask scheduler {self.scheduler}: {message}"
                ) from None
        self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=max(1, self.requested or _cpus()),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # its HTTP endpoint: loopback, any free port
            silence_logs=40,  # logging.ERROR: a worker restarted is not news on the terminal
        )
        return Client(self._cluster, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]

    def worker_pids(self) -> list[int]:
        """The process id of each worker (on its host): for monitoring, and for tests."""
        import os

        return sorted(self.client.run(os.getpid).values())

    # -- the work ---------------------------------------------------------------------------
    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """``fn(item)`` for each item, in input order; an exception in ``fn`` is raised here."""
        client = self.client
        chunks = in_chunks(iter(items), self.chunk)
        window: deque[Any] = deque(
            self._submit(client, fn, chunk)
            for chunk in itertools.islice(chunks, self.ahead * self.workers)
        )
        try:
            while window:
                future = window.popleft()
                done = future.result()
                future.release()
                for chunk in itertools.islice(chunks, 1):
                    window.append(self._submit(client, fn, chunk))
                yield from done
        finally:
            for future in window:  # stopped early (an error, Ctrl-C, a closed generator)
                future.cancel()

    def _submit(self, client: Any, fn: Callable[[T], R], chunk: list[T]) -> Any:
        # pure=False: two equal chunks are two tasks (a re-run must not be served from memory).
        return client.submit(apply_chunk, fn, chunk, pure=False, retries=self.retries)

    def close(self) -> None:
        """Disconnect; a LocalCluster started here is stopped (its workers with it)."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


__all__ = ["MISSING_EXTRA", "DaskExecutor"]
