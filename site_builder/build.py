"""The build: load, clean, make articles, render pages and feeds; writing happens last."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from site_builder.articles import build_article, is_published, sort_articles
from site_builder.cache import ArticleCache, Result, document_key, fingerprint
from site_builder.cleaning.engine import clean_document, document_rules
from site_builder.config import SiteConfig
from site_builder.errors import BuildError, ContentError, Diagnostic, DiagnosticsView, Severity
from site_builder.feeds import FeedSpec, feed_contents, render_feeds
from site_builder.gitdates import FileDates
from site_builder.loader import find_sources, load_source
from site_builder.model import Article, CleanDocument, SourceDocument
from site_builder.output import check_output_path, publish
from site_builder.related import find_related
from site_builder.render import SiteData, render_site
from site_builder.sitemap import render_robots, render_sitemap
from site_builder.taxonomy import group_by_language, group_by_month, group_by_tag
from site_builder.theme import static_files


@dataclass(frozen=True)
class BuildOptions:
    now: datetime
    drafts: bool = False
    future: bool = False
    workers: int | None = None  # processes for per-article work; None: one per core
    cache: bool = True  # reuse articles whose inputs did not change (.site-builder-cache/)


@dataclass
class BuildResult(DiagnosticsView):
    articles: list[Article] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    feeds: int = 0


Progress = Callable[[int, int], None]
# Below this many documents a process pool costs more than it saves.
POOL_MIN_DOCUMENTS = 64
Job = tuple[Path, FileDates, SiteConfig]


def clean_and_build(doc: SourceDocument, config: SiteConfig,
                    warnings: list[Diagnostic] | None = None) -> tuple[CleanDocument, Article]:
    """The cleaning and article stages for one loaded document (build and explain)."""
    clean = clean_document(doc, document_rules(doc, config.cleaning, config.language))
    return clean, build_article(clean, config, warnings)


def _make_article(job: Job) -> tuple[Article | None, list[Diagnostic]]:
    """Load, clean and build one article (runs in a worker process for large sites)."""
    path, dates, config = job
    doc, problem = load_source(path, dates, config)
    if doc is None:
        return None, [problem] if problem else []
    warnings: list[Diagnostic] = []
    try:
        return clean_and_build(doc, config, warnings)[1], warnings
    except ContentError as exc:
        return None, [*warnings, exc.diagnostic]
    except Exception as exc:
        problem = Diagnostic(Severity.ERROR, f"unexpected {type(exc).__name__}: {exc}", path,
                             hint="please report this document as a site_builder bug")
        return None, [*warnings, problem]


def _run_jobs(jobs: list[Job], workers: int | None
              ) -> Iterator[tuple[Article | None, list[Diagnostic]]]:
    """Results in job order (so output never depends on scheduling)."""
    workers = workers or min(os.cpu_count() or 1, 8)
    # Forking a process that runs other threads (serve) can copy a held lock into the
    # workers and hang them: then work serially.
    if len(jobs) < POOL_MIN_DOCUMENTS or workers < 2 or threading.active_count() > 1:
        yield from map(_make_article, jobs)
        return
    # fork: workers start with every module already imported and cost milliseconds.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from pool.map(_make_article, jobs, chunksize=max(1, len(jobs) // (workers * 8)))


def _open_cache(config: SiteConfig) -> ArticleCache | None:
    try:
        return ArticleCache(config.root)
    except (OSError, sqlite3.Error):
        return None  # a read-only site folder: build without a cache


def _results(jobs: list[Job], workers: int | None, use_cache: bool,
             progress: Progress | None) -> list[Result]:
    """One result per job, in job order: from the cache where the inputs are unchanged."""
    cache = _open_cache(jobs[0][2]) if use_cache and jobs else None
    keys: list[str | None] = [None] * len(jobs)
    hits: dict[str, Result] = {}
    if cache is not None:
        site = fingerprint(jobs[0][2])
        keys = [document_key(path, dates, site) for path, dates, _ in jobs]
        hits = cache.get_many(k for k in keys if k)
    results: list[Result | None] = [hits.get(k) if k else None for k in keys]
    misses = [i for i, result in enumerate(results) if result is None]
    for done, (index, result) in enumerate(
            zip(misses, _run_jobs([jobs[i] for i in misses], workers), strict=True)):
        results[index] = result
        if progress is not None:
            progress(done, len(misses))
    if cache is not None:
        fresh = {k: r for i in misses if (k := keys[i]) is not None and (r := results[i])}
        cache.replace_all(fresh, {k for k in keys if k})
        cache.close()
    return [r for r in results if r is not None]


def make_articles(config: SiteConfig, progress: Progress | None = None,
                  workers: int | None = None, *, use_cache: bool = True
                  ) -> tuple[list[Article], list[Diagnostic]]:
    """Load, clean and build every article; a bad document becomes a diagnostic."""
    sources, problems = find_sources(config)
    jobs = [(path, dates, config) for path, dates in sources]
    articles: list[Article] = []
    for article, diagnostics in _results(jobs, workers, use_cache, progress):
        problems.extend(diagnostics)
        if article is not None:
            articles.append(article)
    return _drop_collisions(articles, problems), problems


def _drop_collisions(articles: list[Article], problems: list[Diagnostic]) -> list[Article]:
    """Two articles must never share a URL or an id: keep the first, report the second."""
    by_slug: dict[str, Article] = {}
    by_id: dict[str, Article] = {}
    kept = []
    for article in sorted(articles, key=lambda a: str(a.source_path)):
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
    limit = config.feed_limit
    specs = [FeedSpec(config.title, "", data.articles[:limit])]
    specs += [FeedSpec(f"{config.title}: {tag.name}", tag.folder, tag.articles[:limit])
              for tag in data.tags]
    if len(data.languages) > 1:
        specs += [FeedSpec(f"{config.title} ({lang.name})", lang.folder,
                           lang.articles[:limit], lang.name) for lang in data.languages]
    return specs


def _sitemap_pages(files: dict[str, bytes], data: SiteData) -> list[tuple[str, datetime | None]]:
    updated = {a.slug + "/": a.updated for a in data.articles}
    newest = data.articles[0].updated if data.articles else None
    folders = [name.removesuffix("index.html") for name in files
               if name.endswith("index.html")]
    return [(f, updated.get(f, newest)) for f in folders]


def _add(files: dict[str, bytes], more: dict[str, bytes]) -> None:
    """Add output files; two producers of the same path is a bug or a slug clash."""
    for path, data in more.items():
        if path in files:
            raise BuildError(f"two outputs want the same path {path!r}")
        files[check_output_path(path)] = data


def build_site(config: SiteConfig, options: BuildOptions,
               progress: Progress | None = None) -> BuildResult:
    """Everything a build produces, in memory: nothing is written here."""
    articles, problems = make_articles(config, progress, options.workers,
                                       use_cache=options.cache)
    published = tuple(sort_articles([
        a for a in articles
        if is_published(a, options.now, drafts=options.drafts, future=options.future)
    ]))
    data = SiteData(published, tuple(group_by_tag(published)),
                    tuple(group_by_month(published)), tuple(group_by_language(published)),
                    find_related(published))
    files: dict[str, bytes] = {}
    _add(files, render_site(data, config))
    specs = _feed_specs(data, config)
    in_feeds = {a.id: a for spec in specs for a in spec.articles}
    contents = feed_contents(list(in_feeds.values()))
    for spec in specs:
        _add(files, render_feeds(spec, config, contents))
    _add(files, {"sitemap.xml": render_sitemap(_sitemap_pages(files, data), config),
                 "robots.txt": render_robots(config)})
    _add(files, {out: src.read_bytes() for a in published for out, src in a.assets})
    _add(files, {rel: path.read_bytes() for rel, path in static_files(config).items()})
    return BuildResult(list(published), files, problems, len(specs))


def build(config: SiteConfig, options: BuildOptions, *, force: bool = False,
          progress: Progress | None = None) -> BuildResult:
    """Build and publish into the output folder (the previous site survives any failure)."""
    result = build_site(config, options, progress)
    publish(result.files, config.output_dir, force=force)
    return result
