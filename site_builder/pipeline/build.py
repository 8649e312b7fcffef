"""The build: load, clean, make articles, render pages and feeds, publish."""

from __future__ import annotations

import gc
import pickle
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Executor
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from site_builder.core.config import SiteConfig
from site_builder.core.errors import Diagnostic, DiagnosticsView, Severity
from site_builder.core.faults import cache_damaged, describe, reported
from site_builder.core.lock import held
from site_builder.core.model import Article, ArticleBody
from site_builder.core.timings import NO_TIMINGS, Timings
from site_builder.incremental.cache import (
    CACHE_DIR,
    BuildCache,
    cache_file,
    discard_cache,
    fingerprint,
)
from site_builder.incremental.collect import Articles, Progress, make_articles, warm_up
from site_builder.incremental.executors import default_workers, executor_for, in_background
from site_builder.incremental.parallel import forked
from site_builder.incremental.plan import OutputPlan
from site_builder.publish.output import (
    FileRecord,
    Manifest,
    Publisher,
    digest_of,
    folder_token,
    verified_manifest,
)
from site_builder.render.theme import static_files, theme_dirs
from site_builder.source.scan import ContentScan, scan_content

if TYPE_CHECKING:
    from site_builder.render.feeds import FeedSpec
    from site_builder.render.render import SiteData, SiteRender
    from site_builder.site.redirects import Record
    from site_builder.source.sitestatic import Occupied

# The stages below (loading, cleaning, articles, rendering, feeds) are imported where they
# are used: a rebuild that finds nothing changed needs none of them, and their imports
# (Markdown, lxml, Beautiful Soup, Jinja2, Babel, feedgen) cost more than the rest of it.


@dataclass(frozen=True)
class BuildOptions:
    now: datetime
    drafts: bool = False
    future: bool = False
    workers: int | None = None  # processes for per-article work; None: one per core
    cache: bool = True  # reuse what did not change since the last build (.site-builder-cache/)
    wait: bool = True  # another build of the site is running: wait for it (False: refuse)


@dataclass
class BuildResult(DiagnosticsView):
    articles: list[Article] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # made (build_site only: build
    # hands each file to the publisher as it is made)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    feeds: int = 0
    kept: dict[str, FileRecord] = field(default_factory=dict)  # live files that stay as they are
    bodies: Mapping[str, ArticleBody] = field(default_factory=dict)  # by article id
    pages: int = 0  # HTML pages of the site, made or kept
    drafts: int = 0  # articles left out as drafts (without --drafts)
    scheduled: int = 0  # articles left out as dated in the future (without --future)
    written: int = 0  # files written by publishing (0: the site was up to date)
    article_count: int = 0


@contextmanager
def _settled() -> Iterator[None]:
    """Around a whole build: the articles are made and stay until the end, so the garbage
    collector need not walk them again and again while pages are rendered and published
    (a large site's full collections grew faster than the site; one while the manifest
    of 10,000 files was written cost a tenth of a second), and forked workers do not
    touch their memory. Frozen objects are given back to the collector at the end."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


# Says that this build waits for another one (see lock.held).
Waiting = Callable[[str], None]


def _warning(message: str) -> Diagnostic:
    return Diagnostic(Severity.WARNING, message)


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
            notes.append(_warning(f"the build cache in {root / CACHE_DIR} was damaged "
                                  f"({exc}): it is made anew, and this build takes longer"))
            return BuildCache(root)
    except (OSError, sqlite3.Error) as exc:
        notes.append(_warning(f"building without the cache: {describe(exc)}"))
        return None


@contextmanager
def _opened_cache(config: SiteConfig, options: BuildOptions, notes: list[Diagnostic],
                  waiting: Waiting | None = None) -> Iterator[BuildCache | None]:
    """The build cache, held by this build alone (see lock.held), or None; warnings about
    it go to ``notes``."""
    with ExitStack() as stack:
        cache = None
        if options.cache:
            folder = config.root / CACHE_DIR
            try:
                folder.mkdir(exist_ok=True)
                stack.enter_context(held(folder / "lock", f"the site in {config.root}",
                                         wait=options.wait, waiting=waiting))
            except OSError as exc:
                notes.append(_warning(f"building without the cache: {describe(exc)}"))
            else:
                cache = _cache_or_none(config.root, notes)
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
                notes.append(_warning(f"{describe(exc, cache.path)}; the next build takes "
                                      "longer"))


def _feed_specs(data: SiteData, config: SiteConfig) -> list[FeedSpec]:
    """The site feed, one per tag, and one per language when the site has several."""
    from site_builder.render.feeds import FeedSpec  # noqa: PLC0415

    limit = config.feed_limit
    specs = [FeedSpec(config.title, "", data.articles[:limit])]
    specs += [FeedSpec(f"{config.title}: {tag.name}", tag.folder, tag.articles[:limit])
              for tag in data.tags]
    if len(data.languages) > 1:
        specs += [FeedSpec(f"{config.title} ({lang.name})", lang.folder,
                           lang.articles[:limit], lang.name) for lang in data.languages]
    return specs


def _sitemap_pages(paths: list[str], data: SiteData) -> list[tuple[str, datetime | None]]:
    updated = {a.slug + "/": a.updated for a in data.articles}
    newest = data.articles[0].updated if data.articles else None
    folders = [name.removesuffix("index.html") for name in paths
               if name.endswith("index.html")]
    return [(f, updated.get(f, newest)) for f in folders]


def _file_parts(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path), stat.st_size, stat.st_mtime_ns


def _read(output: str, source: Path) -> dict[str, bytes]:
    return {output: source.read_bytes()}


def _add_search(outputs: OutputPlan, published: tuple[Article, ...],
                bodies: Mapping[str, ArticleBody], config: SiteConfig) -> None:
    from site_builder.render import search  # noqa: PLC0415

    if not search.available():  # no Pagefind binary for this platform: pages still build
        return
    outputs.add_unnamed(search.FOLDER, search.index_parts(published),
                        partial(search.search_index, published, bodies))


def _resize_settings() -> tuple[str, str]:
    from site_builder.article.images import SETTINGS, pillow_version  # noqa: PLC0415

    return SETTINGS, pillow_version()


def _resize(output: str, source: Path, width: int) -> dict[str, bytes]:
    from site_builder.article.images import resized  # noqa: PLC0415

    return {output: resized(source, width)}


def _site_key(config: SiteConfig) -> str:
    theme = [p for d in theme_dirs(config) if d.is_dir() for p in sorted(d.rglob("*"))
             if p.is_file()]
    return fingerprint(config, theme)


def _render(config: SiteConfig, options: BuildOptions, made: Articles,
            previous: Manifest | None, *,
            sink: Callable[[str, str | None, bytes], None] | None = None,
            cache: BuildCache | None = None, timings: Timings = NO_TIMINGS) -> BuildResult:
    # Imported here: see the note on imports at the top of this module.
    from site_builder.article.articles import is_published, sort_articles  # noqa: PLC0415
    from site_builder.render.feeds import FEED_TYPES, render_feeds  # noqa: PLC0415
    from site_builder.render.render import SiteData, SiteRender, digests  # noqa: PLC0415
    from site_builder.render.sitemap import render_robots, render_sitemap  # noqa: PLC0415
    from site_builder.site.related import by_id, related_indices  # noqa: PLC0415
    from site_builder.site.taxonomy import (  # noqa: PLC0415
        fold_tags,
        group_by_language,
        group_by_month,
        group_by_tag,
    )

    published = fold_tags(sort_articles([
        a for a in made.articles
        if is_published(a, options.now, drafts=options.drafts, future=options.future)
    ]))
    # Related coverage (the largest share of a small rebuild) is found in another process
    # while the list pages, feeds and files that do not show it are made here.
    related = forked(partial(related_indices, published))
    data = SiteData(published, tuple(group_by_tag(published)),
                    tuple(group_by_month(published)), tuple(group_by_language(published)),
                    {})
    outputs = OutputPlan(previous, _site_key(config), workers=options.workers, sink=sink)
    specs = _feed_specs(data, config)
    for spec in specs:
        outputs.add([f"{spec.folder}{name}" for name in FEED_TYPES],
                    ("feed", spec.title, spec.folder, spec.language, digests(spec.articles)),
                    partial(render_feeds, spec, config, made.bodies))
    outputs.add(["robots.txt"], None, lambda: {"robots.txt": render_robots(config)})
    for article in published:
        for out, src in article.assets:
            outputs.add([out], ("asset", _file_parts(src)), partial(_read, out, src))
        for out, src, width in article.resized:
            outputs.add([out], ("resized", _file_parts(src), width, *_resize_settings()),
                        partial(_resize, out, src, width))
    for rel, path in static_files(config).items():
        outputs.add([rel], ("static", _file_parts(path)), partial(_read, rel, path))
    if config.search:
        _add_search(outputs, published, made.bodies, config)
    site = SiteRender(data, config, made.bodies, outputs,
                      compiled=cache.templates() if cache else None)
    pages = site.page_paths()
    outputs.add(["sitemap.xml"], None, lambda: {
        "sitemap.xml": render_sitemap(_sitemap_pages(pages, data), config)})
    # Listed nowhere (not in the sitemap): the site's own static files, then redirects,
    # each only where the site has no file of its own.
    from site_builder.source.sitestatic import Occupied  # noqa: PLC0415

    taken = Occupied([*pages, *outputs.declared])
    problems = made.problems + _add_site_static(config, outputs, taken)
    problems += _add_redirects(config, site, published, taken, made.record or {})
    timings.mark("plan pages (taxonomies, keys)")
    outputs.make_all()
    timings.mark("list pages, feeds, files, search")
    site.articles(by_id(published, related()))
    timings.mark("related coverage")
    outputs.make_all()
    timings.mark("article pages")
    drafts = sum(1 for a in made.articles if a.draft and not options.drafts)
    scheduled = sum(1 for a in made.articles if a.date > options.now and not options.future
                    and not (a.draft and not options.drafts))
    return BuildResult(list(published), outputs.files, problems, len(specs),
                       outputs.kept, made.bodies,
                       sum(1 for p in outputs.declared if p.endswith(".html")),
                       drafts=drafts, scheduled=scheduled, article_count=len(published))


def _add_site_static(config: SiteConfig, outputs: OutputPlan, taken: Occupied
                     ) -> list[Diagnostic]:
    from site_builder.source.sitestatic import site_static_files  # noqa: PLC0415

    files, problems = site_static_files(config)
    for rel, path in files.items():
        if taken.collides(rel):
            problems.append(Diagnostic(Severity.WARNING, f"not copied: the site makes "
                                       f"'{rel}' itself", path, hint="rename or remove it"))
            continue
        outputs.add([rel], ("site static", _file_parts(path)), partial(_read, rel, path))
        taken.add(rel)
    return problems


def _add_redirects(config: SiteConfig, site: SiteRender, published: Sequence[Article],
                   taken: Occupied, record: Record) -> list[Diagnostic]:
    from site_builder.site.redirects import redirects  # noqa: PLC0415

    found, problems = redirects(published, record, taken, config.base_url)
    for redirect in found:
        site.renderer.page("redirect.html", redirect.path.removesuffix("index.html"),
                           redirect.target, lambda r=redirect: {  # type: ignore[misc]
                               "target": r.target, "canonical": r.target})
    return problems


def _with_fresh_cache(attempt: Callable[[BuildCache | None], BuildResult],
                      cache: BuildCache | None, notes: list[Diagnostic]) -> BuildResult:
    """``attempt`` with the cache; once more with an emptied cache if it turned out to be
    damaged (a page of the database unreadable: found only when it is read)."""
    try:
        return attempt(cache)
    except sqlite3.DatabaseError as exc:
        if cache is None or not cache_damaged(exc):
            raise
        cache.reset()
        notes.append(_warning(f"the build cache {cache.path} was damaged ({exc}): it is "
                              "made anew, and this build takes longer"))
        return attempt(cache)


def _noted(result: BuildResult, notes: list[Diagnostic]) -> BuildResult:
    if notes:
        result.diagnostics = [*notes, *result.diagnostics]
    return result


def build_site(config: SiteConfig, options: BuildOptions,
               progress: Progress | None = None) -> BuildResult:
    """Everything a build produces, in memory: nothing is written here (but the cache)."""
    notes: list[Diagnostic] = []

    def attempt(cache: BuildCache | None) -> BuildResult:
        started = cache.scan_started() if cache is not None else 0
        with _settled():
            made = make_articles(config, scan_content(config), cache, started=started,
                                 progress=progress, workers=options.workers)
            return _render(config, options, made, None, cache=cache)

    with reported(None, None), _opened_cache(config, options, notes) as cache:
        result = _with_fresh_cache(attempt, cache, notes)
    return _noted(result, notes)


@dataclass(frozen=True)
class _Outcome:
    """What a build reported, replayed by a rebuild that finds nothing changed."""

    token: str | None
    due: datetime | None  # the earliest future-dated article: then the site changes
    diagnostics: list[Diagnostic]
    articles: int
    pages: int
    feeds: int
    drafts: int = 0
    scheduled: int = 0


def _signature(config: SiteConfig, options: BuildOptions, scan: ContentScan,
               site_key: str) -> str:
    """Everything a build's output depends on, short of reading the documents: equal
    signatures, equal sites (the site's static files by stamp, the record of past
    addresses by content)."""
    from site_builder.site.redirects import RECORD_NAME  # noqa: PLC0415
    from site_builder.source.sitestatic import site_static_files  # noqa: PLC0415

    static = {rel: _file_parts(path) for rel, path in site_static_files(config)[0].items()}
    with suppress(OSError):
        static[RECORD_NAME] = (digest_of((config.root / RECORD_NAME).read_bytes()), 0, 0)
    problems = [(d.severity.value, d.message, str(d.path), d.line, d.hint)
                for d in scan.problems]
    return digest_of(pickle.dumps((site_key, options.drafts, options.future, scan.stamps,
                                   scan.history, problems, sorted(static.items()))))


def _meanwhile(publisher: Publisher) -> None:
    """What the main process does while workers build the changed articles: take the live
    tree's check (see Publisher.start_check), and import what rendering needs (Jinja2,
    Babel)."""
    publisher.check_live()


def _helper(config: SiteConfig, options: BuildOptions) -> Executor:
    """A worker process started before the content is even scanned, for the few documents
    a rebuild finds changed: by the time they are known, it has imported and compiled
    what building them needs (otherwise a quarter of a second the rebuild waits for)."""
    wanted = (options.cache and default_workers(options.workers) >= 2
              and config.engine.executor == "local")
    return executor_for(1 if wanted else 0, options.workers, minimum=1,
                        warm=partial(warm_up, config, False))


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


def lock_file(folder: Path) -> Path:
    """The lock builds into ``folder`` take, beside it (the folder itself is swapped)."""
    return folder.parent / f".{folder.name}.lock"


def build(config: SiteConfig, options: BuildOptions, *, force: bool = False,
          progress: Progress | None = None, replay: bool = True,
          waiting: Waiting | None = None, timings: Timings = NO_TIMINGS) -> BuildResult:
    """Build and publish into the output folder (the previous site survives any failure).

    With the cache, a rebuild makes only what changed: unchanged articles come from the
    cache, unchanged pages and feeds stay as published, and a build whose inputs are all
    as they were when the live site was published ends after checking that, reporting
    what that build reported (``replay``; without it, such a build still makes every
    article, for callers that need them, and writes nothing).

    One build at a time publishes into a folder or uses a cache: another one waits
    (``waiting`` is told), or with ``options.wait`` false, refuses (BuildLockedError). A
    full disk, a read-only folder or a file in the way is one BuildError, and the
    published site stays as it was."""
    folder = config.output_dir.absolute()
    notes: list[Diagnostic] = []
    with reported(folder, cache_file(config.root)), ExitStack() as stack:
        folder.parent.mkdir(parents=True, exist_ok=True)
        stack.enter_context(held(lock_file(folder), f"the output folder {folder}",
                                 wait=options.wait, waiting=waiting))
        cache = stack.enter_context(_opened_cache(config, options, notes, waiting))
        timings.mark("lock and open the cache")
        result = _with_fresh_cache(partial(_publish, config, options, folder, force=force,
                                           progress=progress, replay=replay, notes=notes,
                                           timings=timings),
                                   cache, notes)
    return _noted(result, notes)


def _publish(config: SiteConfig, options: BuildOptions, folder: Path,
             cache: BuildCache | None, *, force: bool, progress: Progress | None,
             replay: bool, notes: list[Diagnostic], timings: Timings) -> BuildResult:
    with _helper(config, options) as helper:
        started = cache.scan_started() if cache is not None else 0
        scan = scan_content(config)
        signature = _signature(config, options, scan, _site_key(config))
        last = cache.outcome(folder, signature) if cache is not None else None
        timings.mark("scan content/")
        if (replay and isinstance(last, _Outcome) and last.token == folder_token(folder)
                and (last.due is None or options.now < last.due)
                and cache is not None and verified_manifest(folder, cache) is not None):
            timings.mark("check the published site (nothing changed)")
            return BuildResult(diagnostics=last.diagnostics, feeds=last.feeds,
                               pages=last.pages, article_count=last.articles,
                               drafts=last.drafts, scheduled=last.scheduled)
        publisher = Publisher(folder, force=force, store=cache)
        publisher.start_check(in_background)
        try:
            with _settled():
                made = make_articles(config, scan, cache, started=started, progress=progress,
                                     workers=options.workers, helper=helper,
                                     meanwhile=partial(_meanwhile, publisher))
                helper.shutdown(wait=False, cancel_futures=True)
                timings.mark("articles (load, clean, build; cache)")
                result = _render(config, options, made, publisher.live,
                                 sink=publisher.take, cache=cache, timings=timings)
                publisher.keep(result.kept)
                result.written = publisher.finish()
                timings.mark("publish (swap the tree in)")
        except BaseException:
            publisher.abort()
            raise
        if _record_addresses(config, result, made.record):
            # The record is an input too: the next build compares against it as written.
            signature = _signature(config, options, scan, _site_key(config))
        # Published: from here on a failure only costs the next build time.
        notes.extend(_warning(note) for note in publisher.unfinished)
        # A build that met an unexpected failure is not replayed: the next one retries.
        if cache is not None and not any(d.unexpected for d in result.diagnostics):
            due = min((a.date for a in made.articles if not options.future
                       and a.date > options.now), default=None)
            try:
                cache.save_outcome(folder, signature, _Outcome(
                    folder_token(folder), due, result.diagnostics, result.article_count,
                    result.pages, result.feeds, result.drafts, result.scheduled))
            except (OSError, sqlite3.Error) as exc:
                notes.append(_warning(f"the site was published, but {describe(exc, cache.path)}"
                                      "; the next build takes longer"))
        timings.mark("record addresses and the outcome")
    return result
