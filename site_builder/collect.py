"""Every article of a build: taken from the cache where its inputs are unchanged, made
anew (loaded, cleaned, built) where they are not, by worker processes in a large site."""

from __future__ import annotations

import gc
import itertools
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePath

from site_builder.cache import Bodies, BuildCache, fingerprint
from site_builder.config import SiteConfig
from site_builder.errors import ContentError, Diagnostic, Severity
from site_builder.gitdates import FileDates
from site_builder.model import Article, ArticleBody, CleanDocument, Format, SourceDocument
from site_builder.parallel import POOL_MIN_ITEMS, Helper, Workers, started_map
from site_builder.scan import SUFFIXES, ContentScan

# Loading, cleaning and article building are imported where they run: a rebuild that
# finds nothing changed needs none of them.

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
    warnings: list[Diagnostic] = list(doc.warnings)
    try:
        _, article, body = clean_and_build(doc, config, warnings)
        return article, warnings, pickle.dumps(body, pickle.HIGHEST_PROTOCOL)
    except ContentError as exc:
        return None, [*warnings, exc.diagnostic], None
    except Exception as exc:
        problem = Diagnostic(Severity.ERROR, f"unexpected {type(exc).__name__}: {exc}", path,
                             hint="please report this document as a site_builder bug")
        return None, [*warnings, problem], None


def warm_up(config: SiteConfig, markdown: bool) -> None:
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
    made meanwhile is frozen on the way out: it stays to the end of the build (which
    unfreezes it: ``build._settled``), and the first collection after the pause would
    otherwise walk it all (70 ms of a rebuild of 10,000 articles)."""
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


@dataclass
class Articles:
    """A build's articles (in document order, without collisions), their bodies by article
    id, and every problem found on the way (the scan's first)."""

    articles: list[Article]
    bodies: Mapping[str, ArticleBody]
    problems: list[Diagnostic]


def make_articles(config: SiteConfig, scan: ContentScan, cache: BuildCache | None, *,
                  started: int = 0, progress: Progress | None = None,
                  workers: int | None = None, helper: Helper | None = None,
                  meanwhile: Callable[[], None] | None = None) -> Articles:
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
    with Workers(0 if use_helper else len(stale), workers, partial(warm_up, config, markdown),
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
               cache: BuildCache | None, problems: list[Diagnostic]) -> Articles:
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
    return Articles(_drop_collisions(articles, problems), bodies, problems)


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
