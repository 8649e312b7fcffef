"""A build's outputs: every page, feed and file, declared with the typed input it is made
from into an OutputPlan, which keeps what the live site has of it and makes the rest.
Pages, feeds and the sitemap go through the plan the last build kept (keptplan): while
the site's shape is unchanged, only those that hold a changed article have their inputs
made and keyed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from site_builder.article.articles import is_published, sort_articles
from site_builder.core.config import SiteConfig
from site_builder.core.errors import Diagnostic, Severity
from site_builder.core.model import Article, ArticleBody
from site_builder.core.timings import NO_TIMINGS, Timings
from site_builder.incremental import keptplan
from site_builder.incremental.collect import Articles
from site_builder.incremental.executors import in_background
from site_builder.incremental.keptplan import Recorder
from site_builder.incremental.plan import Output, OutputPlan
from site_builder.incremental.relatedstore import related_coverage
from site_builder.publish.output import FileRecord, Manifest
from site_builder.render import search
from site_builder.render.entries import FEED_TYPES
from site_builder.render.feeds import feed_specs, render_feeds
from site_builder.render.pages import Page, SiteView
from site_builder.render.render import Rendering, render_page
from site_builder.render.sitemap import Robots, render_robots, render_sitemap, sitemap
from site_builder.render.sitepages import (
    SiteData,
    article_folders,
    article_pages,
    list_pages,
    redirect_pages,
    site_data,
    site_view,
)
from site_builder.render.theme import static_files
from site_builder.site.redirects import Record, redirects
from site_builder.site.related import by_id
from site_builder.site.taxonomy import fold_tags, group_by_language, group_by_month, group_by_tag
from site_builder.source.sitestatic import Occupied, site_static_files


@dataclass(frozen=True)
class FileStamp:
    """A source file as far as a copy of it depends on it."""

    path: Path
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp:
        stat = path.stat()
        return cls(path, stat.st_size, stat.st_mtime_ns)


@dataclass(frozen=True)
class Copy:
    """A file copied into the site as it is (an article's image, a theme or site file)."""

    source: FileStamp


@dataclass(frozen=True)
class Resize:
    """A smaller copy of an image, made with Pillow (whose version and settings shape it)."""

    source: FileStamp
    width: int
    settings: str
    pillow: str


@dataclass(frozen=True)
class Rendered:
    """What the outputs of a build came to."""

    published: tuple[Article, ...]
    files: dict[str, bytes]  # made (with no sink: see OutputPlan)
    problems: list[Diagnostic]
    feeds: int
    kept: dict[str, FileRecord]  # live files that stay as they are
    pages: int  # HTML pages, made or kept
    planned: int = 0  # pages, feeds and sitemaps whose inputs were made and keyed


def _read(output: str, source: Path) -> dict[str, bytes]:
    return {output: source.read_bytes()}


def _copy(output: str, source: Path) -> Output:
    return Output((output,), Copy(FileStamp.of(source)), partial(_read, output, source))


def _resize(output: str, source: Path, width: int) -> dict[str, bytes]:
    from site_builder.article.images import resized  # noqa: PLC0415 (only sites with images)

    return {output: resized(source, width)}


def _resizes(published: Sequence[Article]) -> list[Output]:
    wanted = [copy for article in published for copy in article.resized]
    if not wanted:
        return []
    from site_builder.article.images import SETTINGS, pillow_version  # noqa: PLC0415

    pillow = pillow_version()
    return [
        Output(
            (out,),
            Resize(FileStamp.of(src), width, SETTINGS, pillow),
            partial(_resize, out, src, width),
        )
        for out, src, width in wanted
    ]


def _page(rendering: Rendering, page: Page) -> Output:
    return Output((page.path,), page, lambda: {page.path: render_page(rendering, page)})


def published_articles(
    articles: Sequence[Article], now: datetime, *, drafts: bool, future: bool
) -> tuple[Article, ...]:
    """The articles a build publishes, newest first, each tag in one spelling."""
    return fold_tags(
        sort_articles([a for a in articles if is_published(a, now, drafts=drafts, future=future)])
    )


def _feeds(config: SiteConfig, data: SiteData, bodies: Mapping[str, ArticleBody]) -> list[Output]:
    return [
        Output(
            tuple(f"{spec.folder}{name}" for name in FEED_TYPES),
            spec,
            partial(render_feeds, spec, config, bodies),
        )
        for spec in feed_specs(data.articles, data.tags, data.languages, config)
    ]


def _files(config: SiteConfig, data: SiteData) -> list[Output]:
    """robots.txt, images and the theme's static files."""
    outputs = [Output(("robots.txt",), Robots(), lambda: {"robots.txt": render_robots(config)})]
    outputs += [_copy(out, src) for article in data.articles for out, src in article.assets]
    outputs += _resizes(data.articles)
    outputs += [_copy(rel, path) for rel, path in static_files(config).items()]
    return outputs


class _Declare:
    """Declares pages, feeds and the sitemap: kept by the key the last build's plan
    recorded when they hold nothing that changed (``affected``: those that do; None: the
    site's shape changed, all are keyed anew), else made and keyed."""

    def __init__(
        self, outputs: OutputPlan, recorder: Recorder | None, affected: set[str] | None
    ) -> None:
        self.outputs, self.recorder, self.affected = outputs, recorder, affected

    def __call__(self, paths: tuple[str, ...], later: Callable[[], Output]) -> None:
        recorder, first, affected = self.recorder, paths[0], self.affected
        if recorder is None:
            self.outputs.add(later())
            return
        # Written out (no helper calls): this runs for each of a large site's 19,000 pages
        # and feeds, nearly all kept.
        plan = recorder.plan
        if affected is not None and plan is not None and first not in affected:
            found = plan.outputs.get(first)
            if found is not None and self.outputs.add_kept(paths, found[0]):
                recorder.outputs[first] = found
                return
        self.outputs.add(later(), seen=partial(recorder.seen, first))


def _later_page(rendering: Rendering, later: Callable[[], Page]) -> Output:
    return _page(rendering, later())


def _sitemap(config: SiteConfig, pages: list[str], published: Sequence[Article]) -> Output:
    listed = sitemap(pages, published)
    return Output(
        ("sitemap.xml",), listed, lambda: {"sitemap.xml": render_sitemap(listed.pages, config)}
    )


def _add_search(outputs: OutputPlan, data: SiteData, bodies: Mapping[str, ArticleBody]) -> None:
    if not search.available():  # no Pagefind binary for this platform: pages still build
        return
    outputs.add_unnamed(
        search.FOLDER,
        search.SearchIndex(search.version(), data.articles),
        partial(search.search_index, data.articles, bodies),
    )


def render_outputs(
    config: SiteConfig,
    made: Articles,
    previous: Manifest | None,
    *,
    salt: str,
    now: datetime,
    drafts: bool,
    future: bool,
    workers: int | None,
    sink: Callable[[str, str | None, bytes], None] | None = None,
    compiled: Path | None = None,
    kept: Path | None = None,
    timings: Timings = NO_TIMINGS,
) -> Rendered:
    """Declare every output of the site into a plan against ``previous`` (the live tree's
    manifest; ``salt``: what every output depends on) and make what changed: files go to
    ``sink`` (path, key, bytes) as they are made, or into ``Rendered.files``. ``kept``:
    the folder where related coverage is kept between builds (None: found anew)."""
    published = published_articles(made.articles, now, drafts=drafts, future=future)
    # Related coverage (the largest share of a small rebuild) is found in another process
    # while the list pages, feeds and files that do not show it are made here.
    # Kept between builds, only what an edit touches is scored again (see relatedstore).
    related = in_background(partial(related_coverage, kept, salt, published))
    data = site_data(
        published, group_by_tag(published), group_by_month(published), group_by_language(published)
    )
    searching = config.search and search.available()
    plan_salt = f"{salt}\0{drafts}\0{future}\0{searching}"
    last = keptplan.load(kept, plan_salt) if previous else None
    found = keptplan.changes(last, published, data.teasers) if last is not None else None
    recorder = (
        Recorder(plan_salt, published, data.teasers, last if found is not None else None)
        if kept is not None
        else None
    )
    outputs = OutputPlan(previous, salt, workers=workers, sink=sink)
    declare = _Declare(outputs, recorder, found.affected if found is not None else None)
    feeds = _feeds(config, data, made.bodies)
    for feed in feeds:
        declare(feed.paths, partial(lambda f: f, feed))
    for output in _files(config, data):
        outputs.add(output)
    if config.search:
        _add_search(outputs, data, made.bodies)
    rendering = Rendering(config, made.bodies, compiled)
    view = site_view(data, config, searching)
    for path, page in list_pages(data, config, view):
        declare((path,), partial(_later_page, rendering, page))
    pages = sorted([*outputs.declared, *(f"{f}index.html" for f in article_folders(data))])
    declare(("sitemap.xml",), partial(_sitemap, config, pages, published))
    # Listed nowhere (not in the sitemap): the site's own static files, then redirects,
    # each only where the site has no file of its own.
    taken = Occupied([*pages, *outputs.declared])
    problems = made.problems + _add_site_static(config, outputs, taken)
    moved, found_redirects = _redirects(
        config, view, published, taken=taken, record=made.record or {}
    )
    for moved_page in moved:
        outputs.add(_page(rendering, moved_page))
    problems += found_redirects
    timings.mark("plan pages (taxonomies, keys)")
    outputs.make_all()
    timings.mark("list pages, feeds, files, search")
    coverage = related()
    if found is not None and last is not None:
        for i in keptplan.related_changed(last, coverage):
            found.affected.add(f"{published[i].slug}/index.html")
    for path, page in article_pages(data, view, by_id(published, coverage)):
        declare((path,), partial(_later_page, rendering, page))
    timings.mark("related coverage")
    outputs.make_all()
    timings.mark("article pages")
    if recorder is not None:
        recorder.save(kept, coverage, same_shape=found is not None)
    return Rendered(
        published,
        outputs.files,
        problems,
        len(feeds),
        outputs.kept,
        sum(1 for p in outputs.declared if p.endswith(".html")),
        recorder.made if recorder is not None else len(outputs.keys),
    )


def _add_site_static(config: SiteConfig, outputs: OutputPlan, taken: Occupied) -> list[Diagnostic]:
    files, problems = site_static_files(config)
    for rel, path in files.items():
        if taken.collides(rel):
            problems.append(
                Diagnostic(
                    Severity.WARNING,
                    f"not copied: the site makes '{rel}' itself",
                    path,
                    hint="rename or remove it",
                )
            )
            continue
        outputs.add(_copy(rel, path))
        taken.add(rel)
    return problems


def _redirects(
    config: SiteConfig,
    view: SiteView,
    published: Sequence[Article],
    *,
    taken: Occupied,
    record: Record,
) -> tuple[list[Page], list[Diagnostic]]:
    found, problems = redirects(published, record, taken, config.base_url)
    return redirect_pages(found, config, view), problems
