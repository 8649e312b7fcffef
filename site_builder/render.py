"""Render pages with Jinja2: autoescape on, undefined variables fail, article HTML trusted once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TypedDict

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from jinja2 import Environment, StrictUndefined, TemplateError
from markupsafe import Markup

from site_builder.config import SiteConfig
from site_builder.errors import BuildError
from site_builder.feeds import FEED_TYPES
from site_builder.model import Article
from site_builder.seo import news_article_jsonld, open_graph
from site_builder.taxonomy import Group, Page, paginate
from site_builder.theme import template_loader
from site_builder.urls import absolute_url

FEED_LABELS = {"rss.xml": "RSS", "atom.xml": "Atom", "feed.json": "JSON Feed"}


class FeedLink(TypedDict):
    title: str
    href: str
    type: str
    label: str


@dataclass(frozen=True)
class SiteData:
    """Everything the list and article pages are made from."""

    articles: tuple[Article, ...]
    tags: tuple[Group, ...]
    months: tuple[Group, ...]
    languages: tuple[Group, ...]
    related: dict[str, tuple[Article, ...]]


@lru_cache(maxsize=256)
def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@lru_cache(maxsize=65536)
def _format_day(day: date, lang: str, pattern: str) -> str:
    # Babel is slow and a site repeats the same days thousands of times: format each once.
    return format_date(day, format=pattern, locale=_locale(lang))


def human_date(value: datetime, lang: str) -> str:
    """A date as readers of the article's language write it ("2026. gada 7. janvāris")."""
    return _format_day(value.date(), lang, "long")


def human_month(value: datetime, lang: str) -> str:
    """A month and year in the given language ("January 2026")."""
    return _format_day(value.date().replace(day=1), lang, "LLLL y")


def make_environment(config: SiteConfig) -> Environment:
    env = Environment(loader=template_loader(config), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters["human_date"] = human_date
    env.filters["human_month"] = human_month
    return env


def feed_links(config: SiteConfig, title: str, folder: str) -> list[FeedLink]:
    return [{"title": f"{title} ({FEED_LABELS[name]})", "label": FEED_LABELS[name],
             "href": absolute_url(config.base_url, f"{folder}{name}"), "type": kind}
            for name, kind in FEED_TYPES.items()]


def site_context(config: SiteConfig) -> dict[str, Any]:
    return {"title": config.title, "description": config.description,
            "language": config.language, "base_path": config.base_path,
            "base_url": config.base_url, "feeds": feed_links(config, config.title, "")}


def teaser(article: Article) -> dict[str, Any]:
    return {"title": article.title, "url_path": article.url_path, "date": article.date,
            "lang": article.lang, "summary": article.summary, "author": article.author,
            "image": article.image.url if article.image else None}


class Renderer:
    """Renders one site: holds the environment and the context every page shares."""

    def __init__(self, config: SiteConfig, data: SiteData) -> None:
        self.config, self.data = config, data
        self.env = make_environment(config)
        self.site = site_context(config)
        self.tag_folders = {g.name: g.folder for g in data.tags}
        self.files: dict[str, bytes] = {}

    def page(self, template: str, folder: str, **context: Any) -> None:
        """Render ``template`` to ``folder/index.html`` (or a file name ending in .html)."""
        path = folder if folder.endswith(".html") else f"{folder}index.html"
        if path in self.files:
            raise BuildError(f"two pages want the same path {path!r}")
        context.setdefault("canonical", absolute_url(self.config.base_url, folder))
        context.setdefault("feeds", self.site["feeds"])
        context.setdefault("head", {})
        try:
            html = self.env.get_template(template).render(site=self.site, **context)
        except TemplateError as exc:
            where = f"{getattr(exc, 'filename', None) or template}:{getattr(exc, 'lineno', '?')}"
            raise BuildError(f"{where}: template error: {exc}") from exc
        except Exception as exc:  # a runtime error inside a template expression
            raise BuildError(f"{template}: template error while rendering {path}: "
                             f"{type(exc).__name__}: {exc}") from exc
        self.files[path] = html.encode("utf-8")

    def pagination(self, page: Page) -> dict[str, Any]:
        base = self.config.base_path
        return {"number": page.number, "total": page.total,
                "prev": f"{base}{page.folder_of(page.number - 1)}" if page.number > 1 else None,
                "next": (f"{base}{page.folder_of(page.number + 1)}"
                         if page.number < page.total else None)}

    def listing(self, template: str, pages: list[Page], **context: Any) -> None:
        for page in pages:
            self.page(template, page.folder, articles=[teaser(a) for a in page.items],
                      pagination=self.pagination(page), **context)

    def article_context(self, article: Article) -> dict[str, Any]:
        """What a template sees of an article; the sanitised body is marked safe here only."""
        return {
            **teaser(article), "url": article.url, "updated": article.updated,
            "dek": article.dek, "body": Markup(article.body_html),  # sanitised by nh3
            "tags": [{"name": t, "url_path": f"{self.config.base_path}{self.tag_folders[t]}"}
                     for t in article.tags if t in self.tag_folders],
            "keywords": article.keywords, "source": article.source, "credit": article.credit,
            "related": [teaser(a) for a in self.data.related.get(article.id, ())],
        }


def _translations(articles: Sequence[Article]) -> dict[str, list[Article]]:
    found: dict[str, list[Article]] = {}
    for article in articles:
        if article.translation_key:
            found.setdefault(article.translation_key, []).append(article)
    return {k: v for k, v in found.items() if len(v) > 1}


def _render_articles(r: Renderer) -> None:
    articles = r.data.articles
    translations = _translations(articles)
    for index, article in enumerate(articles):
        feeds = list(r.site["feeds"])
        for tag in article.tags:
            if tag in r.tag_folders:
                feeds += feed_links(r.config, f"{r.config.title}: {tag}", r.tag_folders[tag])
        alternates = [(a.lang, a.url) for a in translations.get(article.translation_key or "", [])]
        r.page("article.html", f"{article.slug}/", article=r.article_context(article),
               canonical=article.url, feeds=feeds,
               newer=teaser(articles[index - 1]) if index > 0 else None,
               older=teaser(articles[index + 1]) if index + 1 < len(articles) else None,
               head={"og": open_graph(article, r.config), "hreflang": alternates,
                     "jsonld": news_article_jsonld(article, r.config),
                     "keywords": article.keywords, "author": article.author})


def _render_lists(r: Renderer) -> None:
    per_page = r.config.paginate
    r.listing("index.html", paginate(r.data.articles, "", per_page))
    for tag in r.data.tags:
        title = f"{r.config.title}: {tag.name}"
        r.listing("tag.html", paginate(tag.articles, tag.folder, per_page), tag=tag.name,
                  feeds=[*r.site["feeds"], *feed_links(r.config, title, tag.folder)],
                  tag_feeds=feed_links(r.config, title, tag.folder))
    r.page("tags.html", "tags/", tags=[
        {"name": t.name, "count": len(t.articles),
         "url_path": f"{r.config.base_path}{t.folder}"} for t in r.data.tags])
    r.page("archive.html", "archive/", months=[
        {"date": m.articles[0].date, "count": len(m.articles),
         "url_path": f"{r.config.base_path}{m.folder}"} for m in r.data.months])
    for month in r.data.months:
        r.page("month.html", month.folder, month=month.articles[0].date,
               articles=[teaser(a) for a in month.articles])
    r.page("404.html", "404.html", canonical=None)


def render_site(data: SiteData, config: SiteConfig) -> dict[str, bytes]:
    """Every HTML page of the site, keyed by its output path."""
    renderer = Renderer(config, data)
    _render_lists(renderer)
    _render_articles(renderer)
    return renderer.files
