"""The outputs of a build, path by path: each is made again, or kept as the live site has
it when the parts it is made from (its render key) are unchanged."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping

from site_builder.core.errors import BuildError
from site_builder.incremental.executors import executor_for
from site_builder.publish.output import FileRecord, check_output_path


class OutputPlan:
    """What a build produces, path by path: new bytes, or, where the inputs of a file
    (its render key) are the same as when the live tree's copy was made, that copy.

    Files are declared with ``add`` and made by ``make_all``, in worker processes when
    there are many."""

    def __init__(
        self,
        previous: Mapping[str, FileRecord] | None = None,
        salt: str = "",
        *,
        workers: int | None = None,
        sink: Callable[[str, str | None, bytes], None] | None = None,
    ) -> None:
        """``sink``: where made files go (path, key, bytes), as soon as each is made, so a
        big site is never all in memory (None: into ``files``)."""
        self.previous = previous or {}
        self.workers, self.sink = workers, sink
        # What every output depends on (configuration, theme, code) starts every key.
        self.salted = hashlib.blake2b(salt.encode() + b"\0", digest_size=16)
        self.files: dict[str, bytes] = {}
        self.kept: dict[str, FileRecord] = {}
        self.keys: dict[str, str] = {}
        self.pending: list[tuple[list[str], Callable[[], dict[str, bytes]]]] = []
        self.declared: set[str] = set()

    def paths(self) -> list[str]:
        return sorted(self.declared)

    def add(
        self, paths: list[str], parts: object | None, make: Callable[[], dict[str, bytes]]
    ) -> None:
        """Outputs ``paths``, made together by ``make``; ``parts`` is everything they are
        made from besides the salt (None: always made again)."""
        for path in paths:
            if path in self.declared:
                raise BuildError(f"two outputs want the same path {path!r}")
            self.declared.add(check_output_path(path))
        if parts is not None:
            key = self.key_of(parts)
            unchanged = True
            for path in paths:  # plain loops: this runs for every page of a large site
                self.keys[path] = key
                old = self.previous.get(path)
                unchanged = unchanged and old is not None and old.key == key
            if unchanged:
                for path in paths:
                    self.kept[path] = self.previous[path]
                return
        self.pending.append((paths, make))

    def key_of(self, parts: object) -> str:
        """The render key of outputs made from ``parts``."""
        hasher = self.salted.copy()
        hasher.update(repr(parts).encode())
        return hasher.hexdigest()

    def add_unnamed(self, folder: str, parts: object, make: Callable[[], dict[str, bytes]]) -> None:
        """Outputs under ``folder`` whose names are known only once made (a search index
        names its files by their hashes): the live tree's files of the same key are kept,
        else they are made at once."""
        key = self.key_of(parts)
        old = sorted(
            p for p, record in self.previous.items() if p.startswith(folder) and record.key == key
        )
        if old:
            self.add(old, parts, make)  # all kept: make is not called
            return
        files = make()
        self.add(sorted(files), parts, lambda: files)

    def make_all(self) -> None:
        """Make every declared file that is neither kept nor made yet."""
        pending, self.pending = self.pending, []
        # Per-page work stays on this machine: the makers are closures (over templates and
        # articles) that forked workers inherit, never pickled.
        with executor_for(len(pending), self.workers) as executor:
            for (paths, _), made in zip(
                pending, executor.map(_call, [m for _, m in pending]), strict=True
            ):
                self._take(paths, made)

    def _take(self, paths: list[str], made: dict[str, bytes]) -> None:
        if sorted(made) != sorted(paths):
            raise BuildError(f"outputs {sorted(made)} instead of {sorted(paths)}")
        if self.sink is None:
            self.files.update(made)
            return
        for path, data in made.items():
            self.sink(path, self.keys.get(path), data)


def _call(make: Callable[[], dict[str, bytes]]) -> dict[str, bytes]:
    return make()
