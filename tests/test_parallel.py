"""Work run elsewhere through the one executor interface: same results, same order, really
in other processes where it pays, here where it does not or where forking is unsafe.

Run in a fresh interpreter: the pool is (rightly) not used while other threads run, and
earlier tests in this process may have left some (servers, watchers)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SCRIPT = r"""
import json, os, threading, time
from functools import partial
from site_builder.incremental.executors import (
    POOL_MIN_ITEMS, Inline, LocalPool, executor_for, in_background, isolated)

def tagged(n):
    return n, os.getpid()

READY = []

def warm():  # what a worker does before its first task
    READY.append(True)

def ready(n):
    return bool(READY), os.getpid()

def fails():
    raise ValueError("boom")

found = {"me": os.getpid()}
with executor_for(1, 2, warm=warm, minimum=1) as pool:  # started at once, warmed
    found["warmed"] = list(pool.map(ready, [1]))
    found["after_start"] = pool.submit(tagged, 5).result()  # pickled: the pool runs
with LocalPool(1, warm).start() as helper:  # a worker started before its work is known
    found["helped"] = list(helper.map(ready, [1, 2]))
began = time.monotonic()
with LocalPool(1, lambda: time.sleep(1000)).start():  # never used, still warming up
    pass
found["stopped_in"] = time.monotonic() - began  # ended, not awaited

offset = 7  # closures over local state: the first map hands them over by fork, unpickled
closures = [partial(lambda n: (n + offset, os.getpid()), n) for n in range(500)]
with executor_for(len(closures), 2) as pool:
    found["closures"] = list(pool.map(lambda make: make(), closures))
    found["closures_engine"] = type(pool).__name__
with executor_for(POOL_MIN_ITEMS * 4, 2) as pool:
    found["big"] = list(pool.map(tagged, range(POOL_MIN_ITEMS * 4)))
with executor_for(3, 2) as pool:
    found["small"] = list(pool.map(tagged, range(3)))
    found["small_engine"] = type(pool).__name__
with executor_for(1, 2, minimum=1) as pool:
    found["started_one"] = list(pool.map(tagged, [5]))

found["background"] = in_background(os.getpid)()
try:
    in_background(fails)()
    found["raised"] = None
except ValueError as exc:
    found["raised"] = str(exc)
with isolated() as alone:
    found["isolated"] = alone.submit(os.getpid).result()

# Another thread (as serve's server): forking is unsafe, so everything runs here.
stop = threading.Event()
other = threading.Thread(target=stop.wait)
other.start()
with executor_for(POOL_MIN_ITEMS * 4, 2) as pool:
    found["threaded"] = list(pool.map(tagged, range(POOL_MIN_ITEMS * 4)))
    found["threaded_engine"] = type(pool).__name__
found["threaded_background"] = in_background(os.getpid)()
with isolated() as alone:  # a process of its own all the same (started afresh)
    found["threaded_isolated"] = alone.submit(os.getpid).result()
stop.set()
other.join()
print(json.dumps(found))
"""


def _run() -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_work_runs_in_worker_processes_in_order_and_small_jobs_stay_here() -> None:
    found = _run()
    me = found["me"]
    for name, expected in (
        ("closures", [n + 7 for n in range(500)]),
        ("big", list(range(64 * 4))),
        ("small", [0, 1, 2]),
        ("started_one", [5]),
        ("warmed", [True]),
        ("helped", [True, True]),
        ("threaded", list(range(64 * 4))),
    ):
        pairs = found[name]
        assert isinstance(pairs, list)
        assert [value for value, _ in pairs] == expected, name
        pids = {pid for _, pid in pairs}
        if name in ("small", "threaded"):
            assert pids == {me}, f"{name}: should have run here"
        else:
            assert pids - {me}, f"{name}: nothing ran in a worker process"
    assert found["closures_engine"] == "LocalPool"
    assert found["small_engine"] == found["threaded_engine"] == "Inline"
    value, pid = found["after_start"]
    assert value == 5 and pid != me


def test_an_unused_warming_pool_is_ended_not_awaited() -> None:
    assert _run()["stopped_in"] < 10


def test_background_work_runs_in_a_child_and_its_exception_comes_back() -> None:
    found = _run()
    assert isinstance(found["background"], int) and found["background"] != found["me"]
    assert found["raised"] == "boom"
    assert found["isolated"] != found["me"]
    # With another thread running, background work runs here, but an isolated call still
    # gets a process of its own (a crash there must not end the build).
    assert found["threaded_background"] == found["me"]
    assert found["threaded_isolated"] != found["me"]


ORPHAN_SCRIPT = r"""
import os, sys, time
from site_builder.incremental.executors import LocalPool
pool = LocalPool(1)
future = pool.submit(time.sleep, 60)
time.sleep(0.5)
print(" ".join(str(pid) for pid in pool._processes), flush=True)
os._exit(0)  # as the command line ends, without waiting for the worker
"""


def test_a_worker_ends_when_its_build_process_is_gone() -> None:
    """A worker left running by a build that ended (or was killed) would hold the locks it
    inherited, and every later build would wait for them."""
    run = subprocess.run(
        [sys.executable, "-c", ORPHAN_SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    [pid] = [int(p) for p in run.stdout.split()]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    assert not _alive(pid), "the worker outlived its build process"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie that init has not reaped yet counts as gone.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    return True
