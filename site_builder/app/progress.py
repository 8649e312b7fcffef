"""A progress bar for long builds, on a terminal only: never in pipes, logs or CI."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TextIO

WIDTH = 24
# Builds that finish sooner never show a bar: no flicker on small sites.
DELAY = 0.5
INTERVAL = 0.1


def wanted(stream: TextIO, env: Mapping[str, str] | None = None) -> bool:
    """A bar only helps a person watching a terminal; CI logs and pipes get none."""
    env = os.environ if env is None else env
    if env.get("CI", "").lower() in ("1", "true", "yes") or env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def render(elapsed: float, done: int | None, total: int | None) -> str:
    """One line: a filled bar when the amount of work is known, a moving block otherwise."""
    if done is not None and total:
        filled = WIDTH * min(done, total) // total
        return f"[{'#' * filled}{'-' * (WIDTH - filled)}] {done}/{total}  {elapsed:.1f} s"
    position = int(elapsed / INTERVAL) % (2 * WIDTH - 6)
    start = position if position < WIDTH - 3 else 2 * WIDTH - 6 - position
    return f"[{' ' * start}###{' ' * (WIDTH - 3 - start)}] {elapsed:.1f} s"


THREAD_NAME = "site-builder-progress"


class _BarThread(threading.Thread):
    # It holds no lock a worker needs: forking while it runs is safe (executors.fork_safe).
    fork_safe = True


class ProgressBar:
    """Redraws one stderr line from a background thread until the work is done.

    ``update(done, total)`` makes it a counting bar; without updates it shows that the
    build is alive and how long it has been running."""

    def __init__(
        self, label: str, stream: TextIO, *, enabled: bool | None = None, delay: float = DELAY
    ) -> None:
        self.label, self.stream, self.delay = label, stream, delay
        self.enabled = wanted(stream) if enabled is None else enabled
        self._done: int | None = None
        self._total: int | None = None
        self._stop = threading.Event()
        self._thread = _BarThread(target=self._run, daemon=True, name=THREAD_NAME)
        self._drawn = False

    def update(self, done: int, total: int) -> None:
        self._done, self._total = done, total

    def __enter__(self) -> ProgressBar:
        if self.enabled:
            self._started = time.monotonic()
            self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.enabled:
            self._stop.set()
            self._thread.join()
            if self._drawn:
                self.stream.write("\r\x1b[2K")  # erase the bar: the summary line follows
                self.stream.flush()

    def _run(self) -> None:
        if self._stop.wait(self.delay):
            return
        while not self._stop.is_set():
            line = render(time.monotonic() - self._started, self._done, self._total)
            self.stream.write(f"\r\x1b[2K{self.label} {line}")
            self.stream.flush()
            self._drawn = True
            self._stop.wait(INTERVAL)
