"""Write the built site: collect every file first, then publish atomically next to the old one."""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
from pathlib import Path, PurePosixPath

from site_builder.errors import BuildError

# Marks a folder as ours, so a build never wipes a folder it did not create.
MARKER = ".site-builder"


def check_output_path(path: str) -> str:
    """Reject paths that could land outside the output folder."""
    pure = PurePosixPath(path)
    # Control characters too: a NUL would otherwise surface as a ValueError mid-publish.
    if ("\\" in path or pure.is_absolute() or ".." in pure.parts or not pure.parts
            or any(ord(c) < 32 for c in path)):
        raise BuildError(f"refusing to write unsafe output path {path!r}")
    return pure.as_posix()


def _is_ours_or_empty(folder: Path) -> bool:
    return not folder.exists() or (folder / MARKER).is_file() or not any(folder.iterdir())


def _remove_leftovers(folder: Path) -> None:
    """Staging folders of an interrupted earlier build: safe to delete, ours by name.

    A build killed between moving the old site aside and moving the new one in (possible
    only where folders cannot be exchanged atomically) left no site at all: the old one
    is put back first, so a re-run never needs a manual clean-up."""
    retired = sorted(folder.parent.glob(f".{folder.name}.*.old-build"),
                     key=lambda p: p.stat().st_mtime)
    if retired and not folder.exists() and (retired[-1] / MARKER).is_file():
        retired[-1].rename(folder)
    for stale in folder.parent.glob(f".{folder.name}.*-build"):
        shutil.rmtree(stale, ignore_errors=True)


_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step (Linux renameat2); False where unsupported.

    Two renames leave a moment with no output folder at all: a build killed there lost
    the published site, and a web server serving it showed nothing meanwhile."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                       _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EPERM):
        return False  # an old kernel or a file system without exchange: fall back
    raise OSError(code, os.strerror(code), str(second))


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.is_file() and not path.is_symlink() and path.stat().st_size == len(data) \
            and path.read_bytes() == data
    except OSError:
        return False


def _write_tree(files: dict[str, bytes], target: Path, previous: Path | None) -> int:
    """Write the site into ``target``; a file identical to the previous site's is hard-linked
    instead, so it keeps its modification time (sync-based deploys skip it). Returns the
    number of files actually written."""
    written = 0
    for relpath, data in sorted(files.items()):
        safe = check_output_path(relpath)
        path = target / safe
        path.parent.mkdir(parents=True, exist_ok=True)
        old = previous / safe if previous is not None else None
        if old is not None and _same(old, data):
            try:
                os.link(old, path)
                continue
            except OSError:
                pass  # a file system without hard links: write a copy
        path.write_bytes(data)
        written += 1
    (target / MARKER).write_text("This folder is written by site_builder.\n", encoding="utf-8")
    return written


def _unchanged(files: dict[str, bytes], folder: Path) -> bool:
    """The published site is already exactly ``files`` (nothing to write at all)."""
    if not (folder / MARKER).is_file():
        return False
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*")
               if p.is_file() or p.is_symlink()}
    present.discard(MARKER)
    return present == set(files) and all(_same(folder / name, data)
                                         for name, data in files.items())


def publish(files: dict[str, bytes], folder: Path, *, force: bool = False) -> int:
    """Write ``files`` into a staging folder, then swap it in; the old site stays intact
    until the new one is complete. Returns how many files were written (0: the site was
    already up to date and was not touched)."""
    folder = folder.absolute()
    if not force and not _is_ours_or_empty(folder):
        raise BuildError(f"{folder} exists and was not created by site_builder; "
                         "refusing to replace it (use --force, or choose another output)")
    folder.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(folder)
    if _unchanged(files, folder):
        return 0
    staging = folder.parent / f".{folder.name}.{os.getpid()}.new-build"
    retired = folder.parent / f".{folder.name}.{os.getpid()}.old-build"
    previous = folder if (folder / MARKER).is_file() and not folder.is_symlink() else None
    try:
        written = _write_tree(files, staging, previous)
        if folder.is_dir() and not folder.is_symlink() and _exchange(staging, folder):
            shutil.rmtree(staging, ignore_errors=True)  # it now holds the previous site
            return written
        if folder.exists():
            folder.rename(retired)
        staging.rename(folder)
    except BaseException:
        if retired.exists() and not folder.exists():
            retired.rename(folder)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
    return written
