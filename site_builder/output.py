"""Write the built site: collect every file first, then publish atomically next to the old one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath

from site_builder.errors import BuildError

# Marks a folder as ours, so a build never wipes a folder it did not create.
MARKER = ".site-builder"


def check_output_path(path: str) -> str:
    """Reject paths that could land outside the output folder."""
    pure = PurePosixPath(path)
    if "\\" in path or pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise BuildError(f"refusing to write unsafe output path {path!r}")
    return pure.as_posix()


def _is_ours_or_empty(folder: Path) -> bool:
    return not folder.exists() or (folder / MARKER).is_file() or not any(folder.iterdir())


def _remove_leftovers(folder: Path) -> None:
    """Staging folders of an interrupted earlier build: safe to delete, ours by name."""
    for stale in folder.parent.glob(f".{folder.name}.*-build"):
        shutil.rmtree(stale, ignore_errors=True)


def _write_tree(files: dict[str, bytes], target: Path) -> None:
    for relpath, data in sorted(files.items()):
        path = target / check_output_path(relpath)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (target / MARKER).write_text("This folder is written by site_builder.\n", encoding="utf-8")


def publish(files: dict[str, bytes], folder: Path, *, force: bool = False) -> None:
    """Write ``files`` into a staging folder, then swap it in; the old site stays intact
    until the new one is complete."""
    folder = folder.absolute()
    if not force and not _is_ours_or_empty(folder):
        raise BuildError(f"{folder} exists and was not created by site_builder; "
                         "refusing to replace it (use --force, or choose another output)")
    folder.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(folder)
    staging = folder.parent / f".{folder.name}.{os.getpid()}.new-build"
    retired = folder.parent / f".{folder.name}.{os.getpid()}.old-build"
    try:
        _write_tree(files, staging)
        if folder.exists():
            folder.rename(retired)
        staging.rename(folder)
    except BaseException:
        if retired.exists() and not folder.exists():
            retired.rename(folder)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
