"""Where work runs, behind one interface (``concurrent.futures.Executor``): forked local
processes (the default), the caller itself (tiny work, or where forking is unsafe), or a
dask.distributed cluster (see dask_executor); ``executor_for`` is the one choice."""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from functools import partial
from types import TracebackType
from typing import Any, TypeVar

from site_builder.core.config import Engine

T = TypeVar("T")

# Below this many items a process pool costs more than it saves.
POOL_MIN_ITEMS = 64
# Threads of our own pools hold no lock a forked worker needs (it never touches another
# pool's queues); other harmless threads say so with a true ``fork_safe`` attribute.
_POOL_THREADS = ("_ExecutorManagerThread", "QueueFeederThread")
# What a pool's workers inherit by fork instead of receiving it pickled (see LocalPool).
_INHERITED: dict[int, Callable[..., Any]] = {}
_KEYS = itertools.count()


def default_workers(workers: int | None) -> int:
    return workers or min(os.cpu_count() or 1, 8)


def fork_safe() -> bool:
    """Forking a process that runs other threads (serve's server) can copy a lock one of
    them holds into the child and hang it."""
    if not hasattr(os, "fork"):
        return False
    return all(
        t is threading.current_thread()
        or getattr(t, "fork_safe", False)
        or type(t).__name__ in _POOL_THREADS
        or t.name in _POOL_THREADS
        for t in threading.enumerate()
    )


class Inline(Executor):
    """Runs each call here: ``submit`` at once, ``map`` as its results are taken."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # the caller's result() raises it, as any engine's would
            future.set_exception(exc)
        return future

    def map(
        self,
        fn: Callable[..., T],
        *iterables: Iterable[Any],
        timeout: float | None = None,
        chunksize: int = 1,
    ) -> Iterator[T]:
        return map(fn, *iterables)


def _call_inherited(key: int, *args: Any) -> Any:
    return _INHERITED[key](*args)


def _run_slice(
    fn: Callable[..., T], items: list[tuple[Any, ...]], start: int, stop: int
) -> list[T]:
    return [fn(*item) for item in items[start:stop]]


def _in_order(futures: list[Future[list[T]]]) -> Iterator[T]:
    # Each future let go once taken (as Executor.map does): a site's pages are never all
    # in memory at once.
    futures.reverse()
    try:
        while futures:
            yield from futures.pop().result()
    finally:
        for future in futures:
            future.cancel()


def chunk_size(count: int, workers: int) -> int:
    """Small chunks: the results of a chunk wait in memory until the ones before are taken."""
    return max(1, min(100, count // (workers * 8)))


def _worker_start(parent: int, warm: Callable[[], None] | None) -> None:
    _end_with(parent)
    if warm is not None:
        warm()


def _end_with(parent: int) -> None:
    """End this worker once the build process that forked it is gone (killed, or ended
    without waiting for it): it would otherwise live on, holding the build's locks, which
    it inherited by fork, and every later build would wait for them."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="site-builder-orphan-watch").start()


# How often a worker looks whether its build process is still there.
ORPHAN_CHECK_SECONDS = 0.2


class LocalPool(ProcessPoolExecutor):
    """Worker processes forked from this one, so they start with every module imported
    (milliseconds, not seconds). What the first ``submit`` or ``map`` hands over reaches
    them by fork, never pickled (closures over templates and articles too); after that,
    calls must pickle. ``warm`` runs in each worker before its first call."""

    def __init__(self, workers: int, warm: Callable[[], None] | None = None) -> None:
        import multiprocessing  # noqa: PLC0415 (a rebuild with little to do needs no pool)

        super().__init__(
            workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=partial(_worker_start, os.getpid(), warm),
        )
        self.workers = workers
        self.started = False
        self.used = False  # anything but the start was handed over
        self.keys: list[int] = []

    def start(self) -> LocalPool:
        """Fork the workers now: they warm up while the caller goes on."""
        if not self.started:
            super().submit(int)  # with fork, the first call starts every worker
            self.started = True
        return self

    def _inherit(self, call: Callable[..., Any]) -> int:
        key = next(_KEYS)
        _INHERITED[key] = call
        self.keys.append(key)
        return key

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        self.used = True
        if self.started:
            return super().submit(fn, *args, **kwargs)
        future = super().submit(_call_inherited, self._inherit(partial(fn, *args, **kwargs)))
        self.started = True
        return future

    def map(
        self,
        fn: Callable[..., T],
        *iterables: Iterable[Any],
        timeout: float | None = None,
        chunksize: int = 0,
    ) -> Iterator[T]:
        """Results in order; the work starts now. ``chunksize`` 0: see chunk_size."""
        self.used = True
        items = list(zip(*iterables, strict=True))
        size = chunksize or chunk_size(len(items), self.workers)
        if self.started:
            return super().map(fn, *zip(*items, strict=True), timeout=timeout, chunksize=size)
        key = self._inherit(partial(_run_slice, fn, items))
        futures = [
            super(LocalPool, self).submit(_call_inherited, key, start, start + size)
            for start in range(0, len(items), size)
        ]
        self.started = True
        return _in_order(futures)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """As ProcessPoolExecutor's; with ``wait`` false and ``cancel_futures``, nothing
        more is wanted from the workers: they are ended now (one still warming up too)."""
        if not wait and cancel_futures:
            for process in list((self._processes or {}).values()):
                process.kill()
            wait = True  # only to reap them, which is quick now
        super().shutdown(wait=wait, cancel_futures=cancel_futures)
        for key in self.keys:
            _INHERITED.pop(key, None)
        self.keys = []

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # Leaving the block, every result wanted was taken: a pool never used is ended,
        # not waited for.
        self.shutdown(wait=self.used and exc is None, cancel_futures=True)


def executor_for(
    count: int,
    workers: int | None = None,
    *,
    warm: Callable[[], None] | None = None,
    minimum: int = POOL_MIN_ITEMS,
    engine: Engine | None = None,
) -> Executor:
    """Where ``count`` calls should run: on ``engine`` when it is a dask cluster, in forked
    worker processes when there are at least ``minimum`` and forking is safe (started at
    once when ``warm`` is given), else here. Use it as a context manager."""
    if engine is not None and engine.executor == "dask" and count:
        from site_builder.incremental.dask_executor import DaskExecutor  # noqa: PLC0415

        return DaskExecutor(engine.scheduler or "")
    cores = default_workers(workers)
    if count >= minimum and cores >= 2 and fork_safe():
        pool = LocalPool(min(cores, count), warm)
        return pool.start() if warm is not None else pool
    return Inline()


def isolated() -> Executor:
    """One process of its own for one call that may crash its process: forked where that
    is safe, else started afresh (slower, and never here)."""
    if fork_safe():
        return LocalPool(1)
    import multiprocessing  # noqa: PLC0415

    return ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))


def in_background(function: Callable[[], T]) -> Callable[[], T]:
    """Start ``function`` now in a forked process (it and what it reaches are inherited,
    not pickled; its result must pickle) and return what waits for its result; an
    exception it raises is raised by the wait. Where forking is unsafe it runs here."""
    executor = LocalPool(1) if fork_safe() else Inline()
    future = executor.submit(function)

    def wait() -> T:
        try:
            return future.result()
        finally:
            executor.shutdown(wait=False, cancel_futures=True)

    return wait
