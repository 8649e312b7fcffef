"""What a failing disk or damaged build state means for the publisher, as one message.

A full disk, a read-only folder or a damaged cache database is not a bug in site_builder:
it is reported as what could not be written or read, and that the published site was
left as it was (publishing swaps a complete tree in, or nothing)."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from site_builder.core.errors import BuildError

# sqlite's primary result codes (sqlite3.h) for a damaged file, a full disk, no access.
_SQLITE_CORRUPT = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_SQLITE_FULL = 13
_SQLITE_UNWRITABLE = frozenset({3, 8, 14})  # SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
_READ_ONLY = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def _sqlite_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def cache_damaged(exc: BaseException) -> bool:
    """Whether ``exc`` says the cache database is damaged (truncated, overwritten): sqlite
    says so, or a value it holds cannot be read back (a text that is not UTF-8)."""
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(exc, sqlite3.ProgrammingError):
        return False
    code = _sqlite_code(exc)
    return (
        code in _SQLITE_CORRUPT
        if code is not None
        else "decode" in str(exc) or ("malformed" in str(exc) or "not a database" in str(exc))
    )


def describe(exc: OSError | sqlite3.Error, cache: Path | None = None) -> str:
    """What went wrong, in the publisher's terms: "the disk is full: could not write X"."""
    if isinstance(exc, sqlite3.Error):
        return _described_sqlite(exc, cache)
    name = exc.filename if exc.filename is not None else "a file"
    if exc.errno in _FULL:
        return f"the disk is full: could not write {name}"
    if exc.errno in _READ_ONLY:
        return f"could not write {name}: {exc.strerror}"
    if exc.errno == errno.ENOTDIR:
        return f"a file stands where a folder must be: {name}"
    if exc.errno == errno.EBUSY:  # renaming a mount point, say
        return f"could not replace {name}: {exc.strerror} (is it a mount point?)"
    return f"could not use {name}: {exc.strerror or exc}"


def _described_sqlite(exc: sqlite3.Error, cache: Path | None) -> str:
    code = _sqlite_code(exc)
    where = f"the build cache {cache}" if cache else "the build cache"
    if code == _SQLITE_FULL:
        return f"the disk is full: could not write {where}"
    verb = "write" if code in _SQLITE_UNWRITABLE else "use"
    return f"could not {verb} {where}: {exc}"


@contextmanager
def reported(folder: Path | None, cache: Path | None) -> Iterator[None]:
    """Around a build publishing into ``folder`` (None: one that publishes nothing): a
    file system or cache failure becomes one BuildError saying what could not be done,
    and that the published site is as it was."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        hint = " (free some space and build again)" if _is_full(exc) else ""
        untouched = (
            f"; nothing was published: {folder} is as the last build left it"
            if folder is not None
            else ""
        )
        raise BuildError(f"error: {describe(exc, cache)}{untouched}{hint}") from exc


def _is_full(exc: OSError | sqlite3.Error) -> bool:
    if isinstance(exc, sqlite3.Error):
        return _sqlite_code(exc) == _SQLITE_FULL
    return exc.errno in _FULL
