"""The build: load, clean, make articles, render pages and feeds, publish."""

from __future__ import annotations

import gc
import pickle
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from site_builder.cache import BuildCache, fingerprint
from site_builder.collect import Articles, Progress, make_articles, warm_up
from site_builder.config import SiteConfig
from site_builder.errors import Diagnostic, DiagnosticsView
from site_builder.model import Article, ArticleBody
from site_builder.output import (
    FileRecord,
    Manifest,
    Publisher,
    digest_of,
    folder_token,
    verified_manifest,
)
from site_builder.parallel import Helper, default_workers, forked
from site_builder.plan import OutputPlan
from site_builder.scan import ContentScan, scan_content
from site_builder.theme import static_files, theme_dirs

if TYPE_CHECKING:
    from site_builder.feeds import FeedSpec
    from site_builder.render import SiteData

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


@contextmanager
def _opened_cache(config: SiteConfig, options: BuildOptions) -> Iterator[BuildCache | None]:
    cache = None
    if options.cache:
        with suppress(OSError, sqlite3.Error):  # a read-only site folder: no cache
            cache = BuildCache(config.root)
    try:
        yield cache
    finally:
        if cache is not None:
            cache.close()


def _feed_specs(data: SiteData, config: SiteConfig) -> list[FeedSpec]:
    """The site feed, one per tag, and one per language when the site has several."""
    from site_builder.feeds import FeedSpec  # noqa: PLC0415

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
    from site_builder import search  # noqa: PLC0415

    if not search.available():  # no Pagefind binary for this platform: pages still build
        return
    outputs.add_unnamed(search.FOLDER, search.index_parts(published),
                        partial(search.search_index, published, bodies))


def _resize_settings() -> tuple[str, str]:
    from site_builder.images import SETTINGS, pillow_version  # noqa: PLC0415

    return SETTINGS, pillow_version()


def _resize(output: str, source: Path, width: int) -> dict[str, bytes]:
    from site_builder.images import resized  # noqa: PLC0415

    return {output: resized(source, width)}


def _site_key(config: SiteConfig) -> str:
    theme = [p for d in theme_dirs(config) if d.is_dir() for p in sorted(d.rglob("*"))
             if p.is_file()]
    return fingerprint(config, theme)


def _render(config: SiteConfig, options: BuildOptions, made: Articles,
            previous: Manifest | None, *,
            sink: Callable[[str, str | None, bytes], None] | None = None,
            cache: BuildCache | None = None) -> BuildResult:
    # Imported here: see the note on imports at the top of this module.
    from site_builder.articles import is_published, sort_articles  # noqa: PLC0415
    from site_builder.feeds import FEED_TYPES, render_feeds  # noqa: PLC0415
    from site_builder.related import by_id, related_indices  # noqa: PLC0415
    from site_builder.render import SiteData, SiteRender, digests  # noqa: PLC0415
    from site_builder.sitemap import render_robots, render_sitemap  # noqa: PLC0415
    from site_builder.taxonomy import (  # noqa: PLC0415
        group_by_language,
        group_by_month,
        group_by_tag,
    )

    published = tuple(sort_articles([
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
    outputs.make_all()
    site.articles(by_id(published, related()))
    outputs.make_all()
    return BuildResult(list(published), outputs.files, made.problems, len(specs),
                       outputs.kept, made.bodies,
                       sum(1 for p in outputs.declared if p.endswith(".html")),
                       article_count=len(published))


def build_site(config: SiteConfig, options: BuildOptions,
               progress: Progress | None = None) -> BuildResult:
    """Everything a build produces, in memory: nothing is written here."""
    with _opened_cache(config, options) as cache:
        started = cache.scan_started() if cache is not None else 0
        with _settled():
            made = make_articles(config, scan_content(config), cache, started=started,
                                 progress=progress, workers=options.workers)
            return _render(config, options, made, None, cache=cache)


@dataclass(frozen=True)
class _Outcome:
    """What a build reported, replayed by a rebuild that finds nothing changed."""

    token: str | None
    due: datetime | None  # the earliest future-dated article: then the site changes
    diagnostics: list[Diagnostic]
    articles: int
    pages: int
    feeds: int


def _signature(config: SiteConfig, options: BuildOptions, scan: ContentScan,
               site_key: str) -> str:
    return digest_of(pickle.dumps((site_key, options.drafts, options.future, scan.stamps,
                                   scan.history, [str(d) for d in scan.problems])))


def _meanwhile(publisher: Publisher) -> None:
    """What the main process does while workers build the changed articles: take the live
    tree's check (see Publisher.start_check), and import what rendering needs (Jinja2,
    Babel)."""
    publisher.check_live()
    import site_builder.related  # noqa: PLC0415
    import site_builder.render  # noqa: PLC0415
    import site_builder.sitemap  # noqa: F401, PLC0415


def _helper(config: SiteConfig, options: BuildOptions) -> Helper:
    """A worker process started before the content is even scanned, for the few documents
    a rebuild finds changed: by the time they are known, it has imported and compiled
    what building them needs (otherwise a quarter of a second the rebuild waits for)."""
    wanted = options.cache and default_workers(options.workers) >= 2
    return Helper(partial(warm_up, config, False) if wanted else None)


def build(config: SiteConfig, options: BuildOptions, *, force: bool = False,
          progress: Progress | None = None, replay: bool = True) -> BuildResult:
    """Build and publish into the output folder (the previous site survives any failure).

    With the cache, a rebuild makes only what changed: unchanged articles come from the
    cache, unchanged pages and feeds stay as published, and a build whose inputs are all
    as they were when the live site was published ends after checking that, reporting
    what that build reported (``replay``; without it, such a build still makes every
    article, for callers that need them, and writes nothing)."""
    folder = config.output_dir.absolute()
    with _opened_cache(config, options) as cache, _helper(config, options) as helper:
        started = cache.scan_started() if cache is not None else 0
        scan = scan_content(config)
        signature = _signature(config, options, scan, _site_key(config))
        last = cache.outcome(folder, signature) if cache is not None else None
        if (replay and isinstance(last, _Outcome) and last.token == folder_token(folder)
                and (last.due is None or options.now < last.due)
                and cache is not None and verified_manifest(folder, cache) is not None):
            return BuildResult(diagnostics=last.diagnostics, feeds=last.feeds,
                               pages=last.pages, article_count=last.articles)
        publisher = Publisher(folder, force=force, store=cache)
        publisher.start_check()
        try:
            with _settled():
                made = make_articles(config, scan, cache, started=started, progress=progress,
                                     workers=options.workers, helper=helper,
                                     meanwhile=partial(_meanwhile, publisher))
                helper.close()
                result = _render(config, options, made, publisher.live,
                                 sink=publisher.take, cache=cache)
                publisher.keep(result.kept)
                result.written = publisher.finish()
        except BaseException:
            publisher.abort()
            raise
        if cache is not None:
            due = min((a.date for a in made.articles if not options.future
                       and a.date > options.now), default=None)
            cache.save_outcome(folder, signature, _Outcome(
                folder_token(folder), due, result.diagnostics, result.article_count,
                result.pages, result.feeds))
    return result
