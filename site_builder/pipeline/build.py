"""The build: load, clean and build every article, render its pages and feeds, publish.

One orchestration serves ``build``, ``check``, ``serve`` and the tests; they differ only in
where the files go (a folder, swapped in atomically, or memory). What makes a rebuild
fast (the cache, worker processes, kept pages) wraps the stages from ``incremental``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from site_builder.core.config import SiteConfig
from site_builder.core.errors import Diagnostic, DiagnosticsView
from site_builder.core.faults import describe, reported
from site_builder.core.lock import held
from site_builder.core.model import Article, ArticleBody
from site_builder.core.timings import NO_TIMINGS, Timings
from site_builder.incremental.cache import BuildCache, cache_file
from site_builder.incremental.session import (
    Outcome,
    Session,
    Waiting,
    opened_cache,
    site_key,
    warning,
    with_fresh_cache,
)
from site_builder.publish.memory import MemoryTree
from site_builder.publish.output import FileRecord, Manifest, Publisher, folder_token
from site_builder.source.scan import scan_content

if TYPE_CHECKING:
    from site_builder.cleaning.repetition import Repetition
    from site_builder.incremental.collect import Articles, Progress
    from site_builder.site.redirects import Record

# The stages below (loading, cleaning, articles, rendering, feeds) are imported where they
# are used: a rebuild that finds nothing changed needs none of them.


@dataclass(frozen=True)
class BuildOptions:
    now: datetime
    drafts: bool = False
    future: bool = False
    workers: int | None = None  # processes for per-article work; None: one per core
    cache: bool = True  # reuse what did not change since the last build (.site-builder-cache/)
    wait: bool = True  # another build of the site is running: wait for it (False: refuse)


@dataclass(frozen=True)
class Folder:
    """Publish into this folder (``build``); ``force``: replace a folder site_builder did
    not create; ``replay``: a rebuild that finds every input as it was when the live site
    was published ends there, reporting what that build reported."""

    path: Path
    force: bool = False
    replay: bool = True


@dataclass(frozen=True)
class InMemory:
    """Keep every file in memory and write nothing (``check``, ``serve``, tests)."""


Destination = Folder | InMemory


@dataclass
class BuildResult(DiagnosticsView):
    articles: list[Article] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # the files (InMemory only)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    feeds: int = 0
    kept: dict[str, FileRecord] = field(default_factory=dict)  # live files that stay as they are
    bodies: Mapping[str, ArticleBody] = field(default_factory=dict)  # by article id
    pages: int = 0  # HTML pages of the site, made or kept
    drafts: int = 0  # articles left out as drafts (without --drafts)
    scheduled: int = 0  # articles left out as dated in the future (without --future)
    written: int = 0  # files written by publishing (0: the site was up to date)
    article_count: int = 0
    planned: int = 0  # pages, feeds and sitemaps whose inputs were made and keyed anew
    # The lines repeated across each source's documents (for the removal report).
    repetition: Repetition | None = None


def lock_file(folder: Path) -> Path:
    """The lock builds into ``folder`` take, beside it (the folder itself is swapped)."""
    return folder.parent / f".{folder.name}.lock"


def build(
    config: SiteConfig,
    options: BuildOptions,
    into: Destination | None = None,
    *,
    progress: Progress | None = None,
    waiting: Waiting | None = None,
    timings: Timings = NO_TIMINGS,
) -> BuildResult:
    """Build the site ``into`` a folder (by default the configured output folder) or memory.

    Every document is loaded, cleaned and made an article; the published ones are rendered
    into pages and feeds; the files go to the destination, which for a folder becomes the
    live site in one step (the previous site survives any failure). A bad document is a
    diagnostic, never the end of the build.

    One build at a time uses a site's cache or publishes into a folder: another one waits
    (``waiting`` is told), or with ``options.wait`` false, refuses (BuildLockedError). A
    full disk, a read-only folder or a file in the way is one BuildError."""
    into = into if into is not None else Folder(config.output_dir)
    folder = into.path.absolute() if isinstance(into, Folder) else None
    notes: list[Diagnostic] = []
    with reported(folder, cache_file(config.root) if options.cache else None), ExitStack() as stack:
        if folder is not None:
            folder.parent.mkdir(parents=True, exist_ok=True)
            stack.enter_context(
                held(
                    lock_file(folder),
                    f"the output folder {folder}",
                    wait=options.wait,
                    waiting=waiting,
                )
            )
        cache = stack.enter_context(
            opened_cache(config.root, notes, use=options.cache, wait=options.wait, waiting=waiting)
        )
        timings.mark("lock and open the cache")
        result = with_fresh_cache(
            partial(_run, config, options, into, progress=progress, notes=notes, timings=timings),
            cache,
            notes,
        )
    if notes:
        result.diagnostics = [*notes, *result.diagnostics]
    return result


def _run(
    config: SiteConfig,
    options: BuildOptions,
    into: Destination,
    cache: BuildCache | None,
    *,
    progress: Progress | None,
    notes: list[Diagnostic],
    timings: Timings,
) -> BuildResult:
    with Session(config, cache, options.workers) as session:
        scan = scan_content(config)
        inputs = session.signature(scan, drafts=options.drafts, future=options.future)
        timings.mark("scan content/")
        replayed = _replayed(into, inputs, cache, options.now)
        if replayed is not None:
            timings.mark("check the published site (nothing changed)")
            return replayed
        tree = session.watched(
            Publisher(into.path, force=into.force, store=cache)
            if isinstance(into, Folder)
            else MemoryTree()
        )
        try:
            made = session.articles(scan, progress=progress, meanwhile=partial(_meanwhile, tree))
            timings.mark("articles (load, clean, build; cache)")
            result = _render(
                config, options, made, tree.live, sink=tree.take, cache=cache, timings=timings
            )
            tree.keep(result.kept)
            result.written = tree.finish()
            timings.mark("publish (swap the tree in)")
        except BaseException:
            tree.abort()
            raise
        if isinstance(tree, MemoryTree):
            result.files = tree.files
            return result
        # Published: from here on a failure only costs the next build time.
        notes.extend(warning(note) for note in tree.unfinished)
        if _record_addresses(config, result, made.record):
            # The record is an input too: the next build compares against it as written.
            inputs = session.signature(scan, drafts=options.drafts, future=options.future)
        _save_outcome(
            tree.folder, inputs, cache, options=options, made=made, result=result, notes=notes
        )
        timings.mark("record addresses and the outcome")
    return result


def _replayed(
    into: Destination, inputs: str, cache: BuildCache | None, now: datetime
) -> BuildResult | None:
    """What the last build into the folder reported, if its inputs are all as they were
    and the live tree is as that build left it (None: build)."""
    from site_builder.publish.output import verified_manifest  # noqa: PLC0415

    if not isinstance(into, Folder) or not into.replay or cache is None:
        return None
    folder = into.path.absolute()
    last = cache.outcome(folder, inputs)
    if (
        not isinstance(last, Outcome)
        or last.token != folder_token(folder)
        or (last.due is not None and now >= last.due)
        or verified_manifest(folder, cache) is None
    ):
        return None
    return BuildResult(
        diagnostics=last.diagnostics,
        feeds=last.feeds,
        pages=last.pages,
        article_count=last.articles,
        drafts=last.drafts,
        scheduled=last.scheduled,
    )


def _save_outcome(
    folder: Path,
    inputs: str,
    cache: BuildCache | None,
    *,
    options: BuildOptions,
    made: Articles,
    result: BuildResult,
    notes: list[Diagnostic],
) -> None:
    """Record what this build reported, for a rebuild that finds nothing changed. A build
    that met an unexpected failure is not replayed: the next one retries."""
    import sqlite3  # noqa: PLC0415

    if cache is None or any(d.unexpected for d in result.diagnostics):
        return
    due = min(
        (a.date for a in made.articles if not options.future and a.date > options.now), default=None
    )
    try:
        cache.save_outcome(
            folder,
            inputs,
            Outcome(
                folder_token(folder),
                due,
                result.diagnostics,
                result.article_count,
                result.pages,
                result.feeds,
                result.drafts,
                result.scheduled,
            ),
        )
    except (OSError, sqlite3.Error) as exc:
        notes.append(
            warning(
                f"the site was published, but {describe(exc, cache.path)}; "
                "the next build takes longer"
            )
        )


def _meanwhile(tree: Publisher | MemoryTree, cached: list[Article]) -> None:
    """What the main process does while workers build the changed articles (``cached``:
    the articles the cache held): take the live tree's check (see Publisher.start_check),
    import what rendering needs, and read the locale data of the languages pages will
    name (the articles' own: a draft's may go unused)."""
    tree.check_live()
    import site_builder.incremental.relatedstore  # noqa: PLC0415
    import site_builder.render.render  # noqa: PLC0415
    import site_builder.render.sitemap  # noqa: F401, PLC0415
    from site_builder.render.i18n import warm_language_names  # noqa: PLC0415

    warm_language_names(a.lang for a in cached if not a.draft)


def _record_addresses(config: SiteConfig, result: BuildResult, record: Record | None) -> bool:
    """Add the published articles' folders to the site's record of past addresses (see
    redirects); True when the file changed."""
    from site_builder.site.redirects import save_record, updated_record  # noqa: PLC0415

    if record is None:
        return False  # unreadable: reported by the build, and never overwritten
    updated = updated_record(record, result.articles)
    if updated == record:
        return False
    problem = save_record(config.root, updated)
    if problem is not None:
        result.diagnostics.append(problem)
    return True


def _render(
    config: SiteConfig,
    options: BuildOptions,
    made: Articles,
    previous: Manifest | None,
    *,
    sink: Callable[[str, str | None, bytes], None] | None = None,
    cache: BuildCache | None = None,
    timings: Timings = NO_TIMINGS,
) -> BuildResult:
    # Imported here: see the note on imports at the top of this module.
    from site_builder.pipeline.outputs import render_outputs  # noqa: PLC0415

    done = render_outputs(
        config,
        made,
        previous,
        salt=site_key(config),
        now=options.now,
        drafts=options.drafts,
        future=options.future,
        workers=options.workers,
        sink=sink,
        compiled=cache.templates() if cache else None,
        kept=cache.folder if cache else None,
        timings=timings,
    )
    drafts = sum(1 for a in made.articles if a.draft and not options.drafts)
    scheduled = sum(
        1
        for a in made.articles
        if a.date > options.now and not options.future and not (a.draft and not options.drafts)
    )
    return BuildResult(
        list(done.published),
        done.files,
        done.problems,
        done.feeds,
        done.kept,
        made.bodies,
        done.pages,
        drafts=drafts,
        scheduled=scheduled,
        article_count=len(done.published),
        planned=done.planned,
        repetition=made.repetition,
    )
