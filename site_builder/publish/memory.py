"""Where a build's files go when nothing is written (check, serve, tests): memory."""

from __future__ import annotations

from collections.abc import Mapping

from site_builder.publish.output import FileRecord, Manifest, Start


class MemoryTree:
    """Takes a build's files as a Publisher does, and keeps them in ``files``. There is no
    live tree to compare with, so every file is made."""

    live: Manifest | None = None
    unfinished: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def start_check(self, start: Start | None = None) -> None:
        """Nothing to check: there is no live tree."""

    def check_live(self) -> None:
        """Nothing to check: there is no live tree."""

    def take(self, path: str, key: str | None, data: bytes) -> None:
        self.files[path] = data

    def keep(self, kept: Mapping[str, FileRecord]) -> None:
        """Nothing is kept (nothing was live)."""

    def finish(self) -> int:
        return len(self.files)

    def abort(self) -> None:
        self.files.clear()
