"""Work spread over processes: same results, same order, and really in other processes."""

from __future__ import annotations

import os
from functools import partial

from site_builder.parallel import POOL_MIN_ITEMS, run_all, started_map


def _square(n: int) -> int:
    return n * n


def _tagged(n: int) -> tuple[int, int]:
    return n, os.getpid()


def test_run_all_runs_closures_in_worker_processes_and_keeps_their_order() -> None:
    offset = 7  # a closure over local state: run_all must not need to pickle it
    tasks = [partial(lambda n: (n + offset, os.getpid()), n) for n in range(500)]
    results = list(run_all(tasks, workers=2))
    assert [value for value, _ in results] == [n + offset for n in range(500)]
    assert {pid for _, pid in results} - {os.getpid()}, "no task ran in a worker process"


def test_started_map_keeps_order_in_processes_and_runs_small_jobs_here() -> None:
    big = list(started_map(_tagged, range(POOL_MIN_ITEMS * 4), workers=2))
    assert [n for n, _ in big] == list(range(POOL_MIN_ITEMS * 4))
    assert {pid for _, pid in big} - {os.getpid()}
    small = list(started_map(_tagged, range(3), workers=2))
    assert {pid for _, pid in small} == {os.getpid()}
    assert list(started_map(_square, [3, 1, 2], workers=1)) == [9, 1, 4]
