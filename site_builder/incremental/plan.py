"""The outputs of a build, path by path: each is made again, or kept as the live site has
it when the input it is made from (its key, see keys) is unchanged."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from site_builder.core.errors import BuildError
from site_builder.incremental.keys import input_key
from site_builder.incremental.parallel import run_all
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

    def add(self, output: Output) -> None:
        """Declare ``output``: kept when the live tree's copies of all its paths were made
        from an equal input, else made by ``make_all``."""
        paths = output.paths
        for path in paths:
            if path in self.declared:
                raise BuildError(f"two outputs want the same path {path!r}")
            self.declared.add(check_output_path(path))
        key = self.key_of(output.input)
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

    def key_of(self, value: object) -> str:
        """The key of outputs made from ``value``."""
        return input_key(value, self.salt)

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
        for (paths, _), made in zip(
            pending, run_all([m for _, m in pending], self.workers), strict=True
        ):
            if sorted(made) != sorted(paths):
                raise BuildError(f"outputs {sorted(made)} instead of {sorted(paths)}")
            if self.sink is None:
                self.files.update(made)
                continue
            for path, data in made.items():
                self.sink(path, self.keys.get(path), data)
