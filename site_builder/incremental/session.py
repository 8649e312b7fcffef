"""A build's incremental session: the cache it holds (opened, locked, replaced when
damaged), the signature of its inputs, the outcome a rebuild with nothing changed
replays, and the garbage collector's policy while articles are alive."""

from __future__ import annotations

import gc
import pickle
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from site_builder.core.config import SiteConfig
from site_builder.core.errors import Diagnostic, Severity
from site_builder.core.faults import cache_damaged, describe
from site_builder.core.lock import held
from site_builder.incremental.cache import CACHE_DIR, BuildCache, discard_cache, fingerprint
from site_builder.publish.memory import MemoryTree
from site_builder.publish.output import Publisher, digest_of
from site_builder.render.theme import theme_dirs
from site_builder.site.redirects import RECORD_NAME
from site_builder.source.scan import ContentScan
from site_builder.source.sitestatic import site_static_files

if TYPE_CHECKING:
    from site_builder.incremental.collect import Articles, Meanwhile, Progress

T = TypeVar("T")
# Says that this build waits for another one (see lock.held).
Waiting = Callable[[str], None]


def warning(message: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message)


class Session:
    """The incremental layer around one build's stages: its cache (or None), where articles
    are made (see collect) and the collector policy. Use it as a context manager; the
    stages never see any of it."""

    def __init__(self, config: SiteConfig, cache: BuildCache | None, workers: int | None) -> None:
        self.config, self.cache, self.workers = config, cache, workers
        self.started = cache.scan_started() if cache is not None else 0
        self.frozen = False

    def signature(self, scan: ContentScan, *, drafts: bool, future: bool) -> str:
        return signature(self.config, scan, drafts=drafts, future=future)

    def watched(self, tree: Publisher | MemoryTree) -> Publisher | MemoryTree:
        """``tree``, its live files being checked against their record meanwhile (in
        another process: see Publisher.start_check)."""
        from site_builder.incremental.executors import in_background  # noqa: PLC0415

        tree.start_check(in_background)
        return tree

    def articles(
        self,
        scan: ContentScan,
        *,
        progress: Progress | None = None,
        meanwhile: Meanwhile | None = None,
    ) -> Articles:
        """Every article of ``scan``: from the cache where its inputs are unchanged, made
        anew elsewhere (``meanwhile`` runs here while they are made, given the cached
        ones)."""
        # Imported here: a rebuild that finds nothing changed makes no article, and starts
        # no process.
        from site_builder.incremental.collect import make_articles  # noqa: PLC0415

        # The articles stay to the end of the build: the collector need not walk them
        # again and again (see PERFORMANCE.md).
        gc.freeze()
        self.frozen = True
        return make_articles(
            self.config,
            scan,
            self.cache,
            started=self.started,
            progress=progress,
            workers=self.workers,
            meanwhile=meanwhile,
        )

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *_: object) -> None:
        if self.frozen:
            gc.unfreeze()


def _cache_or_none(root: Path, notes: list[Diagnostic]) -> BuildCache | None:
    """The build cache; a damaged one is replaced by an empty one, an unusable one (a
    read-only folder, a file in its place) is done without: both with a warning."""
    try:
        try:
            return BuildCache(root)
        except sqlite3.DatabaseError as exc:
            if not cache_damaged(exc):
                raise
            discard_cache(root)
            notes.append(
                warning(
                    f"the build cache in {root / CACHE_DIR} was damaged "
                    f"({exc}): it is made anew, and this build takes longer"
                )
            )
            return BuildCache(root)
    except (OSError, sqlite3.Error) as exc:
        notes.append(warning(f"building without the cache: {describe(exc)}"))
        return None


@contextmanager
def opened_cache(
    root: Path, notes: list[Diagnostic], *, use: bool, wait: bool, waiting: Waiting | None = None
) -> Iterator[BuildCache | None]:
    """The build cache of the site in ``root``, held by this build alone (see lock.held),
    or None (``use`` false, or unusable); warnings about it go to ``notes``."""
    with ExitStack() as stack:
        cache = None
        if use:
            folder = root / CACHE_DIR
            try:
                folder.mkdir(exist_ok=True)
                stack.enter_context(
                    held(folder / "lock", f"the site in {root}", wait=wait, waiting=waiting)
                )
            except OSError as exc:
                notes.append(warning(f"building without the cache: {describe(exc)}"))
            else:
                cache = _cache_or_none(root, notes)
        try:
            yield cache
        except BaseException:
            if cache is not None:
                cache.close(commit=False)
            raise
        if cache is not None:
            try:
                cache.close()
            except sqlite3.Error as exc:
                notes.append(warning(f"{describe(exc, cache.path)}; the next build takes longer"))


def with_fresh_cache(
    attempt: Callable[[BuildCache | None], T], cache: BuildCache | None, notes: list[Diagnostic]
) -> T:
    """``attempt`` with the cache; once more with an emptied cache if it turned out to be
    damaged (a page of the database unreadable: found only when it is read)."""
    try:
        return attempt(cache)
    except sqlite3.DatabaseError as exc:
        if cache is None or not cache_damaged(exc):
            raise
        cache.reset()
        notes.append(
            warning(
                f"the build cache {cache.path} was damaged ({exc}): it is "
                "made anew, and this build takes longer"
            )
        )
        return attempt(cache)


@dataclass(frozen=True)
class Outcome:
    """What a build reported, replayed by a rebuild that finds nothing changed."""

    token: str | None
    due: datetime | None  # the earliest future-dated article: then the site changes
    diagnostics: list[Diagnostic]
    articles: int
    pages: int
    feeds: int
    drafts: int = 0
    scheduled: int = 0


def file_parts(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path), stat.st_size, stat.st_mtime_ns


def site_key(config: SiteConfig) -> str:
    """What every output depends on: the configuration, the theme's files, the code."""
    theme = [
        p for d in theme_dirs(config) if d.is_dir() for p in sorted(d.rglob("*")) if p.is_file()
    ]
    return fingerprint(config, theme)


def signature(config: SiteConfig, scan: ContentScan, *, drafts: bool, future: bool) -> str:
    """Everything a build's output depends on, short of reading the documents: equal
    signatures, equal sites (the site's static files by stamp, the record of past
    addresses by content)."""
    static = {rel: file_parts(path) for rel, path in site_static_files(config)[0].items()}
    with suppress(OSError):
        static[RECORD_NAME] = (digest_of((config.root / RECORD_NAME).read_bytes()), 0, 0)
    problems = [(d.severity.value, d.message, str(d.path), d.line, d.hint) for d in scan.problems]
    return digest_of(
        pickle.dumps(
            (
                site_key(config),
                drafts,
                future,
                scan.stamps,
                scan.history,
                problems,
                sorted(static.items()),
            )
        )
    )
