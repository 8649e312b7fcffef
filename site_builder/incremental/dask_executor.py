"""Work on a dask.distributed cluster, behind ``concurrent.futures.Executor``: calls go to
the cluster's workers (which must see the site's files at the same paths), results come
back in order. Needs the optional ``dask`` extra."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

from site_builder.core.errors import BuildError

T = TypeVar("T")

# A call that raises is tried this many more times; a call whose worker dies (the
# out-of-memory killer, a crash) is moved to another worker by the scheduler itself, up to
# its ``distributed.scheduler.allowed-failures`` (3 by default), then fails as KilledWorker.
RETRIES = 2
EXTRA_HINT = "pip install 'site_builder[dask]'"


class _Calls:
    """Calls of one function, sent as one task (a plain object: dask looks into lists,
    tuples and dataclasses for tasks of its own, and the arguments are none)."""

    __slots__ = ("fn", "items")

    def __init__(self, fn: Callable[..., Any], items: list[tuple[Any, ...]]) -> None:
        self.fn, self.items = fn, items


def _run(calls: _Calls) -> list[Any]:
    return [calls.fn(*item) for item in calls.items]


def connected(address: str) -> Any:  # distributed.Client (distributed is not typed)
    """A client of the scheduler at ``address``; a clear BuildError when the extra is not
    installed or the scheduler cannot be reached."""
    if not address:
        raise BuildError(
            "the dask executor needs the scheduler's address: --scheduler "
            'tcp://HOST:8786, or scheduler = "tcp://..." under [build] in '
            "site.toml"
        )
    try:
        from distributed import Client  # noqa: PLC0415
    except ImportError as exc:
        raise BuildError(
            f"the dask executor needs the 'dask' extra ({EXTRA_HINT}): {exc}"
        ) from None
    try:
        # How long to try: dask's own setting (distributed.comm.timeouts.connect).
        return Client(address, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise BuildError(f"cannot reach the dask scheduler at {address}: {exc}") from None


class DaskExecutor(Executor):
    """Each call a task that is never taken as known (``pure=False``: documents are read
    anew), retried where it raises; ``map`` sends chunks of calls, and a chunk that fails
    is sent again call by call, so that a failure is that one call's."""

    def __init__(self, address: str) -> None:
        self.client = connected(address)

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        # A concurrent.futures.Future that follows the dask one.
        future: Future[T] = self.client.get_executor(pure=False, retries=RETRIES).submit(
            fn, *args, **kwargs
        )
        return future

    def map(
        self,
        fn: Callable[..., T],
        *iterables: Iterable[Any],
        timeout: float | None = None,
        chunksize: int = 0,
    ) -> Iterator[T]:
        """Results in order; the work starts now. ``chunksize`` 0: about eight chunks per
        worker thread, at most 50 calls each."""
        items = list(zip(*iterables, strict=True))
        threads = sum(self.client.nthreads().values()) or 1
        size = chunksize or max(1, min(50, len(items) // (threads * 8)))
        chunks = [items[start : start + size] for start in range(0, len(items), size)]
        futures = deque(self._sent(fn, chunk) for chunk in chunks)
        return self._in_order(fn, deque(chunks), futures)

    def _sent(self, fn: Callable[..., Any], items: list[tuple[Any, ...]]) -> Any:
        return self.client.submit(_run, _Calls(fn, items), pure=False, retries=RETRIES)

    def _in_order(
        self, fn: Callable[..., T], chunks: deque[list[tuple[Any, ...]]], futures: deque[Any]
    ) -> Iterator[T]:
        try:
            while futures:
                future, chunk = futures.popleft(), chunks.popleft()  # taken: let them go
                try:
                    done: list[T] = future.result()
                except Exception:  # each call of the chunk alone: the failure is one call's
                    for single in [self._sent(fn, [item]) for item in chunk]:
                        yield from single.result()
                    continue
                yield from done
        finally:
            self.client.cancel(list(futures))  # left untaken

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.client.close()
