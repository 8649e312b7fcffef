"""The build: load, clean, make articles, render pages and feeds, publish."""

from __future__ import annotations

import gc
import itertools
import pickle
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from site_builder.cache import Bodies, BuildCache, fingerprint
from site_builder.config import SiteConfig
from site_builder.errors import ContentError, Diagnostic, DiagnosticsView, Severity
from site_builder.gitdates import FileDates
from site_builder.model import Article, ArticleBody, CleanDocument, Format, SourceDocument
from site_builder.output import (
    FileRecord,
    Manifest,
    Publisher,
    digest_of,
    folder_token,
    verified_manifest,
)
from site_builder.parallel import (
    POOL_MIN_ITEMS,
    Helper,
    Workers,
    default_workers,
    forked,
    started_map,
)
from site_builder.plan import OutputPlan
from site_builder.scan import SUFFIXES, ContentScan, scan_content
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


Progress = Callable[[int, int], None]
Job = tuple[Path, FileDates, SiteConfig]
# A worker's result; the body comes pickled, as the cache stores it (pickling it again in
# the main process took a core's worth of time from the workers in a cold build).
Made = tuple[Article | None, list[Diagnostic], bytes | None]
_Result = tuple[Article | None, list[Diagnostic]]


def clean_and_build(doc: SourceDocument, config: SiteConfig,
                    warnings: list[Diagnostic] | None = None
                    ) -> tuple[CleanDocument, Article, ArticleBody]:
    """The cleaning and article stages for one loaded document (build and explain)."""
    from site_builder.articles import build_article  # noqa: PLC0415
    from site_builder.cleaning.engine import clean_document, document_rules  # noqa: PLC0415

    clean = clean_document(doc, document_rules(doc, config.cleaning, config.language))
    return clean, *build_article(clean, config, warnings)


def _make_article(job: Job) -> Made:
    """Load, clean and build one article (runs in a worker process for large sites)."""
    from site_builder.loader import load_source  # noqa: PLC0415

    path, dates, config = job
    doc, problem = load_source(path, dates, config)
    if doc is None:
        return None, [problem] if problem else [], None
    warnings: list[Diagnostic] = []
    try:
        _, article, body = clean_and_build(doc, config, warnings)
        return article, warnings, pickle.dumps(body, pickle.HIGHEST_PROTOCOL)
    except ContentError as exc:
        return None, [*warnings, exc.diagnostic], None
    except Exception as exc:
        problem = Diagnostic(Severity.ERROR, f"unexpected {type(exc).__name__}: {exc}", path,
                             hint="please report this document as a site_builder bug")
        return None, [*warnings, problem], None


def _warm_up(config: SiteConfig, markdown: bool) -> None:
    """What a worker process does before its first article: the imports (Python-Markdown
    only for Markdown documents), and the cleaning rules compiled for the site's language
    (a quarter of a second, which the rebuild after an edit would otherwise wait for)."""
    with suppress(Exception):  # the articles themselves report any problem, by file
        import site_builder.cleaning.engine  # noqa: PLC0415
        import site_builder.loader  # noqa: F401, PLC0415
        from site_builder.articles import markdown_to_html  # noqa: PLC0415
        from site_builder.cleaning.matcher import build_ruleset  # noqa: PLC0415

        patterns = config.cleaning.for_document(config.language, None)
        build_ruleset(patterns.drop, patterns.keep)
        if markdown:
            markdown_to_html("")


@contextmanager
def _collector_paused(paused: bool) -> Iterator[None]:
    """While the main process only unpickles and stores articles (from workers or from
    the cache: plain data without reference cycles), the garbage collector would walk them
    over and over (7 s of a 100,000-article build, 30x its 10,000-article share). What was
    made meanwhile is frozen on the way out: it stays to the end of the build (see
    ``_settled``), and the first collection after the pause would otherwise walk it all
    (70 ms of a rebuild of 10,000 articles)."""
    was_enabled = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.freeze()
        if was_enabled:
            gc.enable()


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


@dataclass
class _Articles:
    articles: list[Article]
    bodies: Mapping[str, ArticleBody]
    problems: list[Diagnostic]


def make_articles(config: SiteConfig, scan: ContentScan, cache: BuildCache | None, *,
                  started: int = 0, progress: Progress | None = None,
                  workers: int | None = None, helper: Helper | None = None,
                  meanwhile: Callable[[], None] | None = None) -> _Articles:
    """Load, clean and build every article (from the cache where the inputs are unchanged);
    a bad document becomes a diagnostic. ``meanwhile`` runs while worker processes build
    the changed articles of a large site (a few go to ``helper``, started earlier)."""
    relpaths = scan.relpaths
    site = fingerprint(config)
    with _collector_paused(True):  # see below
        stale = cache.stale(scan, site) if cache is not None else relpaths
    large = len(relpaths) >= POOL_MIN_ITEMS
    use_helper = bool(helper is not None and helper.pid and large
                      and len(stale) < POOL_MIN_ITEMS)
    if helper is not None and not use_helper:
        helper.close()  # not worth it here: none, or a pool of them
    # A pool for many stale documents starts now, and gets ready while this process
    # finds their keys.
    markdown = any(SUFFIXES.get(PurePath(rel).suffix.lower()) is Format.MARKDOWN
                   for rel in stale)
    with Workers(0 if use_helper else len(stale), workers, partial(_warm_up, config, markdown),
                 minimum=1 if large else POOL_MIN_ITEMS) as pool:
        keys: dict[str, str] = {}
        # Plain data by the thousand and no cycles: the collector would only walk it again
        # and again (half the time of taking 10,000 articles from the cache).
        with _collector_paused(True):
            if cache is not None:
                keys = cache.document_keys(scan, site, started, stale)
                cache.load_index()
        # Made at once: what the cache does not hold (new and changed documents, and any a
        # build killed before storing them; an unreadable one reports why).
        first = [rel for rel in relpaths if keys.get(rel) not in _cache_index(cache)]
        jobs = [_job(scan, rel, config) for rel in first]
        if helper is not None and use_helper and len(first) < POOL_MIN_ITEMS:
            running = helper.map(_make_article, jobs)
        elif pool.pool is not None:
            running = pool.map(_make_article, jobs)
        else:
            running = started_map(_make_article, jobs, workers,
                                  minimum=1 if large else POOL_MIN_ITEMS)
        started_first = set(first)
        with _collector_paused(True):
            if meanwhile is not None:
                meanwhile()
            hits = cache.results(key for rel, key in keys.items()
                                 if rel not in started_first) if cache is not None else {}
            results = {rel: found for rel in relpaths
                       if rel not in started_first and (found := hits.get(keys.get(rel, "")))}
        # Cache entries that no longer fit (an image the article copies changed).
        late = [rel for rel in relpaths if rel not in results and rel not in started_first]
        made = itertools.chain(running, started_map(
            _make_article, [_job(scan, rel, config) for rel in late], workers))
        # Paused only while the articles are made elsewhere (a map runs them here).
        with _collector_paused(not isinstance(running, map)):
            fresh = _take_made(zip(first + late, made, strict=True), len(first) + len(late),
                               results, keys=keys, cache=cache, progress=progress)
    with _collector_paused(True):  # plain data from here on (see above)
        if cache is not None:
            cache.save_results({keys[rel]: r for rel, r in results.items() if rel in keys},
                               {keys[rel] for rel in first + late if rel in keys})
        return _assembled(relpaths, results, keys=keys, fresh=fresh, cache=cache,
                          problems=list(scan.problems))


def _take_made(made: Iterable[tuple[str, Made]], total: int, results: dict[str, _Result], *,
               keys: Mapping[str, str], cache: BuildCache | None,
               progress: Progress | None) -> dict[str, ArticleBody]:
    """Each article as it is made, into ``results``; its body into the cache or, without
    one, into the bodies returned."""
    fresh: dict[str, ArticleBody] = {}
    for done, (rel, (article, diagnostics, body)) in enumerate(made):
        results[rel] = (article, diagnostics)
        key = keys.get(rel)
        if cache is not None and key is not None and body is not None:
            cache.store_body(key, body)
        elif article is not None and body is not None:
            fresh[article.id] = pickle.loads(body)
        if progress is not None:
            progress(done, total)
    return fresh


def _assembled(relpaths: list[str], results: Mapping[str, _Result], *,
               keys: Mapping[str, str], fresh: dict[str, ArticleBody],
               cache: BuildCache | None, problems: list[Diagnostic]) -> _Articles:
    """The articles in document order, their problems after the scan's, their bodies."""
    articles: list[Article] = []
    stored: dict[str, str] = {}
    for rel in relpaths:
        article, diagnostics = results.get(rel) or (None, [])
        problems.extend(diagnostics)
        if article is not None:
            articles.append(article)
            if rel in keys and article.id not in fresh:
                stored[article.id] = keys[rel]
    bodies = Bodies(fresh, cache.path if cache is not None else None, stored)
    return _Articles(_drop_collisions(articles, problems), bodies, problems)


def _job(scan: ContentScan, relpath: str, config: SiteConfig) -> Job:
    return scan.path(relpath), scan.dates(relpath), config


def _cache_index(cache: BuildCache | None) -> Mapping[str, object]:
    return cache.index if cache is not None else {}


def _drop_collisions(articles: list[Article], problems: list[Diagnostic]) -> list[Article]:
    """Two articles must never share a URL or an id: keep the first, report the second."""
    by_slug: dict[str, Article] = {}
    by_id: dict[str, Article] = {}
    kept = []
    for article in sorted(articles, key=lambda a: a.source_file):
        clash = by_slug.get(article.slug) or by_id.get(article.id)
        if clash is not None:
            what = "slug" if clash.slug == article.slug else "id"
            problems.append(Diagnostic(
                Severity.ERROR,
                f"{what} '{getattr(article, what)}' is already used by {clash.source_path}",
                article.source_path, hint="set a different 'slug' (or 'id') in its metadata"))
            continue
        by_slug[article.slug] = by_id[article.id] = article
        kept.append(article)
    return kept


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


def _site_key(config: SiteConfig) -> str:
    theme = [p for d in theme_dirs(config) if d.is_dir() for p in sorted(d.rglob("*"))
             if p.is_file()]
    return fingerprint(config, theme)


def _render(config: SiteConfig, options: BuildOptions, made: _Articles,
            previous: Manifest | None, *,
            sink: Callable[[str, str | None, bytes], None] | None = None,
            cache: BuildCache | None = None) -> BuildResult:
    # Imported here: see the note on imports at the top of this module.
    from site_builder.articles import is_published, sort_articles  # noqa: PLC0415
    from site_builder.feeds import FEED_TYPES, render_feeds  # noqa: PLC0415
    from site_builder.related import related_indices  # noqa: PLC0415
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
    for rel, path in static_files(config).items():
        outputs.add([rel], ("static", _file_parts(path)), partial(_read, rel, path))
    site = SiteRender(data, config, made.bodies, outputs,
                      compiled=cache.templates() if cache else None)
    pages = site.page_paths()
    outputs.add(["sitemap.xml"], None, lambda: {
        "sitemap.xml": render_sitemap(_sitemap_pages(pages, data), config)})
    outputs.make_all()
    site.articles({published[i].id: tuple(published[j] for j in found)
                   for i, found in enumerate(related())})
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
    """What the main process does while workers build the changed articles: check the live
    tree, and import what rendering needs (Jinja2, Babel, feedgen, lxml)."""
    publisher.check_live()
    import site_builder.related  # noqa: PLC0415
    import site_builder.render  # noqa: PLC0415
    import site_builder.sitemap  # noqa: F401, PLC0415


def _helper(config: SiteConfig, options: BuildOptions) -> Helper:
    """A worker process started before the content is even scanned, for the few documents
    a rebuild finds changed: by the time they are known, it has imported and compiled
    what building them needs (otherwise a quarter of a second the rebuild waits for)."""
    wanted = options.cache and default_workers(options.workers) >= 2
    return Helper(partial(_warm_up, config, False) if wanted else None)


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
