"""One build at a time per output folder and per build cache: an advisory lock file.

A cron build overlapping a manual one (or ``build`` while ``serve`` rebuilds) exchanged the
same spare tree and rewrote the same cache under each other. The lock is ``flock`` on a
small file: the kernel lets it go when its holder ends, however it ends (even SIGKILL), so
a stale lock never needs clearing by hand."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from site_builder.core.errors import BuildError


class BuildLockedError(BuildError):
    """Another build holds the lock, and this one was told not to wait."""


def _holder(handle: int) -> str:
    """Who holds the lock, as its holder wrote it ("pid 1234"), for the message."""
    with contextlib.suppress(OSError, ValueError):
        text = os.pread(handle, 64, 0).decode("ascii").strip()
        if text.isdigit():
            return f" (process {text})"
    return ""


@contextlib.contextmanager
def held(
    path: Path, what: str, *, wait: bool, waiting: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the lock in ``path`` (``what``: what it guards, for messages). When another
    build holds it: wait for it (saying so through ``waiting``), or with ``wait`` false
    raise BuildLockedError. The lock file cannot be made: OSError, as for any file."""
    handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            holder = _holder(handle)
            if not wait:
                raise BuildLockedError(
                    f"error: another build of {what} is running{holder}; not waiting for "
                    "it (--no-wait): nothing was published, try again when it has finished"
                ) from None
            if waiting is not None:
                waiting(f"Waiting for another build of {what} to finish{holder} …")
            fcntl.flock(handle, fcntl.LOCK_EX)
        with contextlib.suppress(OSError):  # who holds it: only for the message above
            os.ftruncate(handle, 0)
            os.pwrite(handle, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(handle)  # lets the lock go
