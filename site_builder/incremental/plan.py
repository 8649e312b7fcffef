"""The outputs of a build, path by path: each is made again, or kept as the live site has
it when the input it is made from (its key, see keys) is unchanged."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from site_builder.core.errors import BuildError
from site_builder.incremental.executors import executor_for
from site_builder.incremental.keys import Parts, key_of, key_parts
from site_builder.publish.output import FileRecord, check_output_path

Make = Callable[[], dict[str, bytes]]


@dataclass(frozen=True)
class Output:
    """Files of a build (``paths``), made together by ``make`` from ``input``: a typed
    value holding everything they are made from besides the plan's salt."""

    paths: tuple[str, ...]
    input: object
    make: Make


class OutputPlan:
    """What a build produces, path by path: new bytes, or, where the inputs of a file
    (its render key) are the same as when the live tree's copy was made, that copy.

    Outputs are declared with ``add`` and made by ``make_all``, in worker processes when
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
        self.salt = salt
        self.files: dict[str, bytes] = {}
        self.kept: dict[str, FileRecord] = {}
        self.keys: dict[str, str] = {}
        self.pending: list[tuple[tuple[str, ...], Make]] = []
        self.declared: set[str] = set()

    def paths(self) -> list[str]:
        return sorted(self.declared)

    def add(self, output: Output, *, seen: Callable[[Parts], None] | None = None) -> None:
        """Declare ``output``: kept when the live tree's copies of all its paths were made
        from an equal input, else made by ``make_all``. ``seen`` is given what its key is
        made of."""
        paths = output.paths
        self._declare(paths)
        parts = key_parts(output.input, self.salt)
        if seen is not None:
            seen(parts)
        key = key_of(parts)
        unchanged = True
        for path in paths:  # plain loops: this runs for every page of a large site
            self.keys[path] = key
            old = self.previous.get(path)
            unchanged = unchanged and old is not None and old.key == key
        if unchanged:
            for path in paths:
                self.kept[path] = self.previous[path]
            return
        self.pending.append((paths, output.make))

    def _declare(self, paths: tuple[str, ...]) -> None:
        for path in paths:
            if path in self.declared:
                raise BuildError(f"two outputs want the same path {path!r}")
            self.declared.add(check_output_path(path))

    def add_kept(self, paths: tuple[str, ...], key: str) -> bool:
        """Declare outputs known to have ``key`` (its input is not made): True when the
        live tree's copies of all ``paths`` were made from it and are kept, else False,
        and nothing is declared (the caller adds the output itself)."""
        previous = self.previous
        for path in paths:
            old = previous.get(path)
            if old is None or old.key != key:
                return False
        self._declare(paths)
        for path in paths:
            self.keys[path] = key
            self.kept[path] = previous[path]
        return True

    def key_of(self, value: object) -> str:
        """The key of outputs made from ``value``."""
        return key_of(key_parts(value, self.salt))

    def add_unnamed(self, folder: str, value: object, make: Make) -> None:
        """Outputs under ``folder`` made from ``value`` whose names are known only once
        made (a search index names its files by their hashes): the live tree's files of
        the same key are kept, else they are made at once."""
        key = self.key_of(value)
        old = tuple(
            sorted(
                p
                for p, record in self.previous.items()
                if p.startswith(folder) and record.key == key
            )
        )
        if old:
            self.add(Output(old, value, make))  # all kept: make is not called
            return
        files = make()
        self.add(Output(tuple(sorted(files)), value, lambda: files))

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

    def _take(self, paths: tuple[str, ...], made: dict[str, bytes]) -> None:
        if sorted(made) != sorted(paths):
            raise BuildError(f"outputs {sorted(made)} instead of {sorted(paths)}")
        if self.sink is None:
            self.files.update(made)
            return
        for path, data in made.items():
            self.sink(path, self.keys.get(path), data)


def _call(make: Callable[[], dict[str, bytes]]) -> dict[str, bytes]:
    return make()
