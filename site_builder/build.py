"""The build: load, clean, make articles, render pages and feeds; writing happens last."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from site_builder.articles import build_article, is_published, sort_articles
from site_builder.cleaning.engine import clean_document
from site_builder.cleaning.matcher import build_ruleset
from site_builder.config import SiteConfig
from site_builder.errors import ContentError, Diagnostic, Severity
from site_builder.feeds import FeedSpec, render_feeds
from site_builder.loader import load_documents
from site_builder.model import Article
from site_builder.output import check_output_path, publish
from site_builder.render import render_pages
from site_builder.theme import static_files


@dataclass(frozen=True)
class BuildOptions:
    now: datetime
    drafts: bool = False
    future: bool = False


@dataclass
class BuildResult:
    articles: list[Article] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]


def make_articles(config: SiteConfig) -> tuple[list[Article], list[Diagnostic]]:
    """Load, clean and build every article; a bad document becomes a diagnostic."""
    documents, problems = load_documents(config)
    rules = build_ruleset(config.cleaning.drop, config.cleaning.keep)
    articles: list[Article] = []
    for doc in documents:
        try:
            articles.append(build_article(clean_document(doc, rules), config))
        except ContentError as exc:
            problems.append(exc.diagnostic)
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


def build_site(config: SiteConfig, options: BuildOptions) -> BuildResult:
    """Everything a build produces, in memory: nothing is written here."""
    articles, problems = make_articles(config)
    published = sort_articles([
        a for a in articles
        if is_published(a, options.now, drafts=options.drafts, future=options.future)
    ])
    files = render_pages(published, config)
    site_feed = FeedSpec(config.title, "", tuple(published[: config.feed_limit]))
    files.update(render_feeds(site_feed, config))
    for relpath, path in static_files(config).items():
        files[check_output_path(relpath)] = path.read_bytes()
    return BuildResult(published, files, problems)


def build(config: SiteConfig, options: BuildOptions, *, force: bool = False) -> BuildResult:
    """Build and publish into the output folder (the previous site survives any failure)."""
    result = build_site(config, options)
    publish(result.files, config.output_dir, force=force)
    return result
