"""Publish the built site atomically: the live site stays whole until the new one is complete.

The new site is assembled in a spare folder next to the output folder (``.public.spare``),
then the two are exchanged in one atomic step: the previous site stays whole until the new
one is complete, and afterwards it is the spare, ready to be brought up to date by the next
build. A manifest of each tree (see ``FileRecord``) lets that next build write only the
files that changed; unchanged files are hard links shared by both trees, so they keep their
modification times and sync-based deploys skip them."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path, PurePosixPath
from typing import NamedTuple, Protocol

from site_builder.core.config import OUTPUT_MARKER
from site_builder.core.errors import BuildError
from site_builder.core.faults import describe

# Marks a folder as ours, so a build never wipes a folder it did not create; it also names
# the tree's manifest ("build TOKEN").
MARKER = OUTPUT_MARKER
_MARKER_TEXT = "This folder is written by site_builder.\n"


class FileRecord(NamedTuple):
    """One published file: what it was made from, what it holds, and its status on disk
    (a named tuple: a large site's manifests load in milliseconds)."""

    key: str | None  # the render key of its inputs (None: made again by every build)
    digest: str  # of its bytes
    size: int
    mtime: int
    inode: int


Manifest = dict[str, FileRecord]


class TreeStore(Protocol):
    """Where manifests are kept between builds (the build cache)."""

    def tree(self, token: str) -> Manifest | None: ...
    def save_tree(self, token: str, manifest: Manifest) -> None: ...
    def keep_trees(self, tokens: Iterable[str]) -> None: ...


def spare_folder(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.spare"


def digest_of(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def folder_token(folder: Path) -> str | None:
    try:
        text = (folder / MARKER).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    last = text.rstrip("\n").rsplit("\n", 1)[-1]
    return last.removeprefix("build ") if last.startswith("build ") else None


def recorded_manifest(folder: Path, store: TreeStore) -> Manifest | None:
    """The manifest the marker in ``folder`` names, as the store recorded it."""
    token = folder_token(folder) if not folder.is_symlink() else None
    return store.tree(token) if token else None


def verified_manifest(folder: Path, store: TreeStore) -> Manifest | None:
    """The manifest of the tree in ``folder``, if every file in it is still as recorded
    (any file edited, replaced or deleted by hand: None, and the tree is rewritten)."""
    manifest = recorded_manifest(folder, store)
    return manifest if manifest is not None and _as_recorded(folder, manifest) else None


def _as_recorded(folder: Path, manifest: Manifest) -> bool:
    base = f"{folder}/"
    for path, record in manifest.items():
        try:
            stat = os.lstat(base + path)
        except OSError:
            return False
        if (stat.st_size, stat.st_mtime_ns, stat.st_ino) != (
            record.size,
            record.mtime,
            record.inode,
        ):
            return False
    return True


_CONTROL_OR_BACKSLASH = re.compile(r"[\x00-\x1f\\]")


def check_output_path(path: str) -> str:
    """Reject paths that could land outside the output folder."""
    parts = path.split("/")
    if (
        "" not in parts
        and "." not in parts
        and ".." not in parts
        and not _CONTROL_OR_BACKSLASH.search(path)
    ):
        return path  # already plain and safe (every path a build makes)
    pure = PurePosixPath(path)
    # Control characters too: a NUL would otherwise surface as a ValueError mid-publish.
    if (
        "\\" in path
        or pure.is_absolute()
        or ".." in pure.parts
        or not pure.parts
        or any(ord(c) < 32 for c in path)
    ):
        raise BuildError(f"refusing to write unsafe output path {path!r}")
    return pure.as_posix()


def _is_ours_or_empty(folder: Path) -> bool:
    return not folder.exists() or (folder / MARKER).is_file() or not any(folder.iterdir())


def _remove_leftovers(folder: Path) -> None:
    """Staging folders of an interrupted earlier build: safe to delete, ours by name.

    A build killed between moving the old site aside and moving the new one in (possible
    only where folders cannot be exchanged atomically) left no site at all: the old one
    is put back first, so a re-run never needs a manual clean-up."""
    retired = sorted(
        folder.parent.glob(f".{folder.name}.*.old-build"), key=lambda p: p.stat().st_mtime
    )
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
    import ctypes  # noqa: PLC0415 (only publishing needs it)

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EPERM):
        return False  # an old kernel or a file system without exchange: fall back
    raise OSError(code, os.strerror(code), str(second))


def _same(path: Path, data: bytes) -> bool:
    try:
        return (
            path.is_file()
            and not path.is_symlink()
            and path.stat().st_size == len(data)
            and path.read_bytes() == data
        )
    except OSError:
        return False


def _write(target: Path, data: bytes) -> None:
    target.write_bytes(data)


def _link_or_copy(source: Path) -> Callable[[Path], None]:
    def link(target: Path) -> None:
        try:
            os.link(source, target)
        except FileExistsError:  # put there by hand: never written into (it may be shared)
            target.unlink()
            link(target)
        except OSError:  # a file system without hard links: a copy, with its time
            shutil.copy2(source, target)

    return link


def _prune(folder: Path, relpath: str) -> None:
    """Remove a file and the folders it leaves empty."""
    path = folder / relpath
    path.unlink(missing_ok=True)
    for parent in path.parents:
        if parent == folder:
            break
        try:
            parent.rmdir()
        except OSError:
            break


def tree_token(manifest: Manifest) -> str:
    return digest_of("\n".join(f"{p}\0{r.digest}" for p, r in sorted(manifest.items())).encode())


def _swap_in(spare: Path, folder: Path) -> None:
    """Make ``spare`` the output folder; the previous site becomes the spare."""
    if folder.is_dir() and not folder.is_symlink() and _exchange(spare, folder):
        return
    retired = folder.parent / f".{folder.name}.{os.getpid()}.old-build"
    if folder.exists() or folder.is_symlink():
        folder.rename(retired)
    spare.rename(folder)
    if retired.exists() or retired.is_symlink():
        retired.rename(spare) if retired.is_dir() and not retired.is_symlink() else retired.unlink()


# Starts a call elsewhere and returns what waits for its result (executors.in_background).
Start = Callable[[Callable[[], bool]], Callable[[], bool]]


def _here(call: Callable[[], bool]) -> Callable[[], bool]:
    return call  # made when waited for


class Publisher:
    """Publishes one build into ``folder``: files arrive as they are made (``take``), go
    straight into the spare tree, and ``finish`` swaps the spare in, atomically; until then
    the live site is untouched, and if the build fails it stays as it was."""

    def __init__(
        self, folder: Path, *, force: bool = False, store: TreeStore | None = None
    ) -> None:
        self.folder = folder.absolute()
        if not force and self.folder.is_file():
            raise BuildError(
                f"error: the output path {self.folder} is a file, not a folder; "
                "nothing was published (choose another output, or use --force "
                "to replace the file)"
            )
        if not force and not _is_ours_or_empty(self.folder):
            raise BuildError(
                f"{self.folder} exists and was not created by site_builder; "
                "refusing to replace it (use --force, or choose another output)"
            )
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(self.folder)
        self.store = store
        self.ours = (self.folder / MARKER).is_file() and not self.folder.is_symlink()
        self.live: Manifest | None = None  # see check_live
        self.live_token: str | None = None  # the token its marker names
        self.checked = False
        self.checking: tuple[Manifest, Callable[[], bool]] | None = None  # see start_check
        self.shared: Manifest = {}  # files identical to the live tree's: hard-linked
        self.written: Manifest = {}  # files written into the spare by this build
        self.spare = spare_folder(self.folder)
        self.spare_manifest: Manifest | None = None  # set once the spare is opened
        self.folders: set[Path] = set()  # folders of the spare known to exist
        self.unfinished: list[str] = []  # what went wrong after the site was published

    def start_check(self, start: Start = _here) -> None:
        """Start ``check_live`` with ``start`` (the build's, in another process: a large
        site's files are looked at there, one by one, while this process goes on)."""
        if self.store is not None and self.ours and self.checking is None:
            manifest = recorded_manifest(self.folder, self.store)
            if manifest is not None:
                self.checking = manifest, start(partial(_as_recorded, self.folder, manifest))

    def check_live(self) -> None:
        """Find out what the live tree holds (its manifest, if every file is as recorded);
        before any ``take``."""
        if not self.checked:
            self.start_check()
            if self.checking is not None:
                manifest, as_recorded = self.checking
                self.live = manifest if as_recorded() else None
            self.live_token = folder_token(self.folder) if self.live is not None else None
        self.checked = True

    def keep(self, kept: Mapping[str, FileRecord]) -> None:
        """Files of the live tree that stay as they are."""
        self.shared.update(kept)

    def take(self, path: str, key: str | None, data: bytes) -> None:
        """A file this build made."""
        self.check_live()
        path = check_output_path(path)
        digest = digest_of(data)
        old = self.live.get(path) if self.live is not None else None
        if old is not None and old.digest == digest:
            self.shared[path] = old._replace(key=key)
            return
        if old is None and self.live is None and self.ours and _same(self.folder / path, data):
            stat = (self.folder / path).stat()
            self.shared[path] = FileRecord(key, digest, stat.st_size, stat.st_mtime_ns, stat.st_ino)
            return
        self._open_spare()
        stat = self._put(path, partial(_write, data=data)).lstat()
        self.written[path] = FileRecord(key, digest, stat.st_size, stat.st_mtime_ns, stat.st_ino)

    def _put(self, path: str, write: Callable[[Path], None], *, replace: bool = True) -> Path:
        """A new file at ``path`` in the spare tree. The old one may be a hard link shared
        with the live site: it is unlinked, never written into (the spare is not served,
        and untrusted until complete, so no temporary file is needed)."""
        target = self.spare / path
        if target.parent not in self.folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(target.parent)
        if replace:
            target.unlink(missing_ok=True)
        try:
            write(target)
        except OSError as exc:
            if exc.filename is not None:
                raise
            # A failed write() names no file (a full disk): the message must.
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        return target

    def _open_spare(self) -> Manifest:
        # The spare is trusted by its marker alone, not checked file by file like the live
        # tree (that took as long as the rest of publishing): a file edited in place in
        # public/ is caught there, as the spare shares it, and the spare is hidden and only
        # ever written by builds, which remove its marker first.
        if self.spare_manifest is None:
            trusted = recorded_manifest(self.spare, self.store) if self.store else None
            if trusted is None:
                shutil.rmtree(self.spare, ignore_errors=True)
                self.spare.mkdir()
            (self.spare / MARKER).unlink(missing_ok=True)  # untrusted until complete
            self.spare_manifest = trusted or {}
        return self.spare_manifest

    def finish(self) -> int:
        """Swap the new site in; returns how many files were written (0: the site was
        already up to date and was not touched)."""
        self.check_live()
        live, store = self.live, self.store
        if not self.written and live is not None and set(self.shared) == set(live):
            if store is not None and any(live[p].key != r.key for p, r in self.shared.items()):
                store.save_tree(tree_token(live), self.shared)
            return 0
        if (
            not self.written
            and live is None
            and self.ours
            and _no_extra_files(self.folder, self.shared)
        ):
            # Up to date, but unknown to the store (its cache was deleted): record it, or
            # every later build would have to compare every file again.
            token = tree_token(self.shared)
            if store is None:
                return 0
            if folder_token(self.folder) == token:
                store.save_tree(token, self.shared)
                return 0
        held = self._open_spare()
        manifest = {**self.shared, **self.written}
        for path, record in self.shared.items():
            if path not in held or held[path].inode != record.inode:
                self._put(path, _link_or_copy(self.folder / path), replace=path in held)
        for path in sorted(set(held) - set(manifest)):
            _prune(self.spare, path)
        token = tree_token(manifest)
        if store is not None:
            store.save_tree(token, manifest)
        (self.spare / MARKER).write_text(f"{_MARKER_TEXT}build {token}\n", encoding="utf-8")
        _swap_in(self.spare, self.folder)
        try:
            self._tidy(manifest, token)
        except (OSError, sqlite3.Error) as exc:  # a full disk, say: the site is published
            self.unfinished.append(
                f"the site was published, but {describe(exc)}; the next build takes longer"
            )
        return len(self.written)

    def _tidy(self, manifest: Manifest, token: str) -> None:
        """After the swap: the spare made ready for the next build, old manifests dropped."""
        store = self.store
        if store is None or not self.ours:
            shutil.rmtree(self.spare, ignore_errors=True)  # nothing could trust it, or not ours
        if store is not None:
            if not self.spare.exists():
                self._mirror(manifest, token)
            store.keep_trees([token, *([self.live_token] if self.live_token else [])])

    def _mirror(self, manifest: Manifest, token: str) -> None:
        """Make the spare a hard-link copy of the tree just published, when there was no
        previous tree to become the spare (a first build): the next build then writes only
        what it changes."""
        self.spare.mkdir()
        self.folders = set()
        for path in manifest:
            self._put(path, _link_or_copy(self.folder / path), replace=False)
        (self.spare / MARKER).write_text(f"{_MARKER_TEXT}build {token}\n", encoding="utf-8")

    def abort(self) -> None:
        """The build failed: the live site stays as it was; the half-made spare goes."""
        if self.checking is not None and not self.checked:
            with contextlib.suppress(Exception):
                self.checking[1]()  # the checking process is waited for, not left behind
        if self.spare_manifest is not None:
            shutil.rmtree(self.spare, ignore_errors=True)


def publish(
    files: Mapping[str, bytes], folder: Path, *, force: bool = False, store: TreeStore | None = None
) -> int:
    """Publish a site made of ``files`` into ``folder``, atomically (see ``Publisher``)."""
    publisher = Publisher(folder, force=force, store=store)
    try:
        for path, data in files.items():
            publisher.take(path, None, data)
        return publisher.finish()
    except BaseException:
        publisher.abort()
        raise


def _no_extra_files(folder: Path, shared: Mapping[str, FileRecord]) -> bool:
    present = {
        p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink()
    }
    present.discard(MARKER)
    return present == set(shared)
