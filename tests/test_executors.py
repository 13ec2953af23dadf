"""Executors: results in input order, a bounded number of items in flight, chosen by name."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from newsbrief.errors import UsageError
from newsbrief.executors import LocalExecutor, ProcessExecutor, get_executor

# Work sent to worker processes must be importable there: a built-in stands in for it.
WORK = str


@pytest.mark.parametrize("name", ["local", "process"])
def test_results_come_back_in_input_order(name: str) -> None:
    with get_executor(name, workers=2, chunk=3, ahead=2) as executor:
        assert list(executor.map(WORK, range(400))) == [str(n) for n in range(400)]


def test_the_input_is_read_lazily_with_bounded_work_in_flight() -> None:
    consumed = 0

    def endless() -> Iterator[int]:
        nonlocal consumed
        for n in itertools.count():
            consumed += 1
            yield n

    with ProcessExecutor(workers=2, chunk=3, ahead=2) as executor:
        first = list(itertools.islice(executor.map(WORK, endless()), 5))
    assert first == ["0", "1", "2", "3", "4"]
    # The chunks queued ahead (ahead x workers), plus one more for each of the two chunks that
    # the five results came from: 6 chunks of 3, however long the input.
    assert consumed <= (2 * 2 + 2) * 3


def test_one_worker_runs_in_this_process() -> None:
    calls: list[int] = []

    def record(n: int) -> int:  # a closure: could not be sent to a worker process
        calls.append(n)
        return n

    assert list(ProcessExecutor(workers=1).map(record, [1, 2])) == [1, 2]
    assert list(LocalExecutor().map(record, [3])) == [3]
    assert calls == [1, 2, 3]


def test_an_unknown_engine_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match=r"unknown engine 'gpu' \(known: local, process"):
        get_executor("gpu")
