"""Work spread over the machine's cores: forked worker processes, results in input order
(so the output never depends on scheduling)."""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from site_builder.app.progress import THREAD_NAME
from site_builder.core.errors import BuildError

T = TypeVar("T")

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# Below this many items a process pool costs more than it saves.
POOL_MIN_ITEMS = 64
# What forked workers call: set just before the pool starts, inherited by fork, so closures
# and everything they reach (templates, articles) never need pickling.
_TASKS: Sequence[Callable[[], Any]] = ()


def default_workers(workers: int | None) -> int:
    return workers or min(os.cpu_count() or 1, 8)


def _pool_possible(count: int, workers: int, minimum: int = POOL_MIN_ITEMS) -> bool:
    # Forking a process that runs other threads (serve) can copy a held lock into the
    # workers and hang them: then work serially. The progress bar's thread only writes to
    # the terminal, which workers never do.
    others = [t for t in threading.enumerate()
              if t is not threading.current_thread() and t.name != THREAD_NAME]
    return count >= minimum and workers >= 2 and not others


def _fork_pool(count: int, warm: Callable[[], None] | None = None) -> ProcessPoolExecutor:
    # fork: workers start with every module already imported and cost milliseconds.
    # Imported here: a rebuild that finds little to do never needs a pool.
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    return ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork"),
                               initializer=warm)


class Workers:
    """Worker processes started ahead of their work: each first runs ``warm`` (imports,
    compiled rules) while the caller goes on, then takes tasks. Use as a context manager;
    ``map`` runs here instead when no pool was worth starting."""

    def __init__(self, count: int, workers: int | None, warm: Callable[[], None] | None = None,
                 minimum: int = POOL_MIN_ITEMS) -> None:
        """``count``: how many items are (at most) coming."""
        cores = default_workers(workers)
        self.count = min(cores, count)
        self.pool: ProcessPoolExecutor | None = None
        if _pool_possible(count, cores, minimum):
            self.pool = _fork_pool(self.count, warm)
            self.pool.submit(int)  # with fork, the first task starts every process

    def map(self, function: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        """``map(function, items)``, results in order: in the workers (started now) or,
        without a pool, here as the results are taken."""
        if self.pool is None or not items:
            return map(function, items)
        return self.pool.map(function, items,
                             chunksize=max(1, len(items) // (self.count * 8)))

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *_: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def started_map(function: Callable[[Any], Any], items: Sequence[Any], workers: int | None,
                minimum: int = POOL_MIN_ITEMS) -> Iterator[Any]:
    """``map(function, items)``: with at least ``minimum`` items the work starts now, in
    worker processes, while the caller goes on with something else; below that it runs
    here as the results are taken. Results in order; ``function`` and items must pickle."""
    pool = Workers(len(items), workers, minimum=minimum)
    results = pool.map(function, items)

    def taken() -> Iterator[Any]:
        with pool:
            yield from results
    return taken()


def _pool_map(function: Callable[[Any], Any], items: Sequence[Any], count: int,
              chunksize: int = 1) -> Iterator[Any]:
    with _fork_pool(count) as pool:
        yield from pool.map(function, items, chunksize=chunksize)


def _run_tasks(bounds: tuple[int, int]) -> list[Any]:
    return [task() for task in _TASKS[bounds[0]:bounds[1]]]


def run_all(tasks: Sequence[Callable[[], Any]], workers: int | None) -> Iterator[Any]:
    """Every task's result, in order, as they come; tasks are closures (they run in forked
    copies of this process, so nothing about them is pickled; only results come back)."""
    global _TASKS  # noqa: PLW0603 (how fork hands the closures to the workers)
    count = default_workers(workers)
    if not _pool_possible(len(tasks), count):
        yield from (task() for task in tasks)
        return
    # Small chunks: the pages of a chunk wait in memory until the ones before are taken.
    size = max(1, min(100, len(tasks) // (count * 8)))
    chunks = [(start, min(start + size, len(tasks))) for start in range(0, len(tasks), size)]
    _TASKS = tasks
    try:
        for chunk in _pool_map(_run_tasks, chunks, count):
            yield from chunk
    finally:
        _TASKS = ()


class _Channel:
    """One direction of a pipe between two forked processes: pickled values, each behind
    its length (what multiprocessing's Pipe does, without importing multiprocessing)."""

    def __init__(self, fd: int, mode: str) -> None:
        self.file = os.fdopen(fd, mode)

    def send(self, value: object) -> None:
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        self.file.write(len(data).to_bytes(8, "little") + data)
        self.file.flush()

    def receive(self) -> Any:
        header = self.file.read(8)
        if len(header) < 8:
            raise EOFError
        return pickle.loads(self.file.read(int.from_bytes(header, "little")))

    def send_result(self, call: Callable[[], Any]) -> None:
        """What ``call`` returns, or the exception it raises (its text, if it does not
        pickle): ``receive_result`` gives back the one and raises the other."""
        try:
            outcome: tuple[bool, Any] = (True, call())
        except Exception as exc:  # the receiving side raises it
            outcome = (False, exc)
        try:
            self.send(outcome)
        except Exception as exc:
            self.send((False, BuildError(f"{type(exc).__name__}: {exc}")))

    def receive_result(self) -> Any:
        try:
            ok, value = self.receive()
        except EOFError:
            raise BuildError("a worker process ended without a result") from None
        if not ok:
            raise value
        return value

    def close(self) -> None:
        self.file.close()


def forked(function: Callable[[], T]) -> Callable[[], T]:
    """Start ``function`` now, in a forked copy of this process, and return what waits for
    its result (which must pickle); an exception it raises is raised by the wait. Where a
    fork is not safe (other threads run) or possible, it runs in the wait instead."""
    if not hasattr(os, "fork") or not _pool_possible(2, 2, 1):
        return function
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: one result, then gone without any clean-up of the parent's
        try:
            os.close(reader)
            _Channel(writer, "wb").send_result(function)
        finally:
            os._exit(0)
    os.close(writer)

    def wait() -> T:
        channel = _Channel(reader, "rb")
        try:
            result: T = channel.receive_result()
        finally:
            channel.close()
            os.waitpid(pid, 0)
        return result
    return wait


class Helper:
    """One worker process started before its work is known (while this process finds out
    what changed) and warmed up by ``warm`` meanwhile; ``map`` then hands it one batch.
    ``close`` stops it, used or not. Forked, so ``warm`` and what it reaches need not
    pickle (the batch's function and items must)."""

    def __init__(self, warm: Callable[[], None] | None) -> None:
        """``warm`` None: no process (``map`` runs here)."""
        self.pid = 0
        if warm is None or not hasattr(os, "fork") or not _pool_possible(2, 2, 1):
            return
        tasks, results = os.pipe(), os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(tasks[1])
                os.close(results[0])
                warm()
                function, items = _Channel(tasks[0], "rb").receive()
                out = _Channel(results[1], "wb")
                for item in items:
                    out.send_result(partial(function, item))
            finally:
                os._exit(0)
        os.close(tasks[0])
        os.close(results[1])
        self.tasks, self.results = _Channel(tasks[1], "wb"), _Channel(results[0], "rb")
        self.pid = pid

    def map(self, function: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        """``map(function, items)``, in the helper (once) or, without one, here."""
        if not self.pid or not items:
            return map(function, items)
        self.tasks.send((function, list(items)))

        return (self.results.receive_result() for _ in items)

    def close(self) -> None:
        if self.pid:
            self.tasks.close()
            self.results.close()
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = 0

    def __enter__(self) -> Helper:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
