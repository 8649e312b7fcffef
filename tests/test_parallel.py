"""Work spread over processes: same results, same order, and really in other processes.

Run in a fresh interpreter: the pool is (rightly) not used while other threads run, and
earlier tests in this process may have left some (servers, watchers)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

SCRIPT = r"""
import json, os, time
from functools import partial
from site_builder.incremental.parallel import (
    POOL_MIN_ITEMS, Helper, Workers, forked, run_all, started_map)

def tagged(n):
    return n, os.getpid()

READY = []

def warm():  # what a worker does before its first task
    READY.append(True)

def ready(n):
    return bool(READY), os.getpid()

with Workers(1, 2, warm, minimum=1) as workers:
    warmed = list(workers.map(ready, [1]))

def fails():
    raise ValueError("boom")

with Helper(warm) as helper:
    helped = list(helper.map(ready, [1, 2]))
with Helper(lambda: time.sleep(1000)):  # never used, still warming up: stopped, not awaited
    pass

elsewhere = forked(os.getpid)
failing = forked(fails)
try:
    failing()
    raised = None
except ValueError as exc:
    raised = str(exc)

offset = 7  # a closure over local state: run_all must not need to pickle it
closures = [partial(lambda n: (n + offset, os.getpid()), n) for n in range(500)]
print(json.dumps({
    "me": os.getpid(),
    "run_all": list(run_all(closures, workers=2)),
    "big": list(started_map(tagged, range(POOL_MIN_ITEMS * 4), 2)),
    "small": list(started_map(tagged, range(3), 2)),
    "started_one": list(started_map(tagged, [5], 2, minimum=1)),
    "warmed": warmed,
    "helped": helped,
    "forked": elsewhere(),
    "raised": raised,
}))
"""


def _run() -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_work_runs_in_worker_processes_in_order_and_small_jobs_stay_here() -> None:
    found = _run()
    me = found["me"]
    for name, expected in (("run_all", [n + 7 for n in range(500)]),
                           ("big", list(range(64 * 4))), ("small", [0, 1, 2]),
                           ("started_one", [5]), ("warmed", [True]),
                           ("helped", [True, True])):
        pairs = found[name]
        assert isinstance(pairs, list)
        assert [value for value, _ in pairs] == expected, name
        pids = {pid for _, pid in pairs}
        if name == "small":
            assert pids == {me}, "three items are not worth a process"
        else:
            assert pids - {me}, f"{name}: nothing ran in a worker process"


def test_forked_work_runs_in_a_child_and_its_exception_comes_back() -> None:
    found = _run()
    assert isinstance(found["forked"], int) and found["forked"] != found["me"]
    assert found["raised"] == "boom"
