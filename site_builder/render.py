"""Render pages with Jinja2: autoescape on, undefined variables fail, article HTML trusted once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypedDict

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from jinja2 import Environment, FileSystemBytecodeCache, StrictUndefined, TemplateError
from markupsafe import Markup

from site_builder.config import SiteConfig
from site_builder.errors import BuildError
from site_builder.feeds import FEED_TYPES
from site_builder.model import Article, ArticleBody
from site_builder.output import digest_of
from site_builder.plan import OutputPlan
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


def make_environment(config: SiteConfig, compiled: Path | None = None) -> Environment:
    """The theme's templates; ``compiled``: a folder that keeps them compiled between
    builds (Jinja2 checks each against its source)."""
    cache = FileSystemBytecodeCache(str(compiled)) if compiled is not None else None
    env = Environment(loader=template_loader(config), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, bytecode_cache=cache)
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


def _page_path(folder: str) -> str:
    """A page's file: ``folder/index.html``, or the folder itself for a file name."""
    return folder if folder.endswith(".html") else f"{folder}index.html"


class Renderer:
    """Renders one site into ``outputs``: holds the environment and the shared context.

    Each page is declared with the parts it is made from (digests of the articles it shows,
    folders, numbers); a page whose parts are unchanged since the live copy was rendered is
    kept, and its context is never even built."""

    def __init__(self, config: SiteConfig, data: SiteData, bodies: Mapping[str, ArticleBody],
                 outputs: OutputPlan, compiled: Path | None = None) -> None:
        self.config, self.data, self.bodies, self.outputs = config, data, bodies, outputs
        self.env = make_environment(config, compiled)
        self.site = site_context(config)
        self.tag_folders = {g.name: g.folder for g in data.tags}

    def page(self, template: str, folder: str, parts: object,
             context: Callable[[], dict[str, Any]]) -> None:
        """Render ``template`` to ``folder/index.html`` (or a file name ending in .html)."""
        path = _page_path(folder)
        self.outputs.add([path], (template, folder, parts),
                         lambda: {path: self._render(template, path, folder, context())})

    def _render(self, template: str, path: str, folder: str, context: dict[str, Any]) -> bytes:
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
        return html.encode("utf-8")

    def pagination(self, page: Page) -> dict[str, Any]:
        base = self.config.base_path
        return {"number": page.number, "total": page.total,
                "prev": f"{base}{page.folder_of(page.number - 1)}" if page.number > 1 else None,
                "next": (f"{base}{page.folder_of(page.number + 1)}"
                         if page.number < page.total else None)}

    def listing(self, template: str, pages: list[Page], parts: object,
                **context: Any) -> None:
        for page in pages:
            self.page(template, page.folder,
                      (page.number, page.total, page.first_folder, digests(page.items), parts),
                      lambda page=page: {  # type: ignore[misc]
                          "articles": [teaser(a) for a in page.items],
                          "pagination": self.pagination(page), **context})

    def article_context(self, article: Article) -> dict[str, Any]:
        """What a template sees of an article; the sanitised body is marked safe here only."""
        return {
            **teaser(article), "url": article.url, "updated": article.updated,
            "dek": article.dek, "body": Markup(self.bodies[article.id].html),  # sanitised by nh3
            "tags": [{"name": t, "url_path": f"{self.config.base_path}{self.tag_folders[t]}"}
                     for t in article.tags if t in self.tag_folders],
            "keywords": article.keywords, "source": article.source, "credit": article.credit,
            "related": [teaser(a) for a in self.data.related.get(article.id, ())],
            "draft": article.draft,
        }


def digests(articles: Sequence[Article]) -> tuple[str, ...]:
    return tuple(a.digest for a in articles)


def _translations(articles: Sequence[Article]) -> dict[str, list[Article]]:
    found: dict[str, list[Article]] = {}
    for article in articles:
        if article.translation_key:
            found.setdefault(article.translation_key, []).append(article)
    return {k: v for k, v in found.items() if len(v) > 1}


def _article_page(r: Renderer, article: Article, newer: Article | None, older: Article | None,
                  alternates: list[tuple[str, str]]) -> dict[str, Any]:
    feeds = list(r.site["feeds"])
    for tag in article.tags:
        if tag in r.tag_folders:
            feeds += feed_links(r.config, f"{r.config.title}: {tag}", r.tag_folders[tag])
    return {"article": r.article_context(article), "canonical": article.url, "feeds": feeds,
            "newer": teaser(newer) if newer else None, "older": teaser(older) if older else None,
            "head": {"og": open_graph(article, r.config), "hreflang": alternates,
                     "jsonld": news_article_jsonld(article, r.config),
                     "keywords": article.keywords, "author": article.author}}


@dataclass(frozen=True)
class _ArticlePage:
    article: Article
    newer: Article | None
    older: Article | None
    alternates: list[tuple[str, str]]
    parts: str  # digest of what the page is made from, related coverage aside


def _article_pages(r: Renderer) -> list[_ArticlePage]:
    """Every article page with what it is made from, short of related coverage (so this
    can run while that is found elsewhere)."""
    articles = r.data.articles
    translations = _translations(articles)
    pages = []
    for index, article in enumerate(articles):
        newer = articles[index - 1] if index > 0 else None
        older = articles[index + 1] if index + 1 < len(articles) else None
        alternates = [(a.lang, a.url) for a in translations.get(article.translation_key or "", [])]
        parts = (article.digest, newer.digest if newer else None,
                 older.digest if older else None,
                 tuple((t, r.tag_folders.get(t)) for t in article.tags), alternates)
        pages.append(_ArticlePage(article, newer, older, alternates,
                                  digest_of(repr(parts).encode())))
    return pages


def _render_articles(r: Renderer, pages: list[_ArticlePage]) -> None:
    for page in pages:
        r.page("article.html", f"{page.article.slug}/",
               (page.parts, digests(r.data.related.get(page.article.id, ()))),
               lambda p=page: _article_page(  # type: ignore[misc]
                   r, p.article, p.newer, p.older, p.alternates))


def _render_lists(r: Renderer) -> None:
    per_page = r.config.paginate
    r.listing("index.html", paginate(r.data.articles, "", per_page), None)
    for tag in r.data.tags:
        title = f"{r.config.title}: {tag.name}"
        r.listing("tag.html", paginate(tag.articles, tag.folder, per_page), tag.name,
                  tag=tag.name,
                  feeds=[*r.site["feeds"], *feed_links(r.config, title, tag.folder)],
                  tag_feeds=feed_links(r.config, title, tag.folder))
    tags = [(t.name, len(t.articles), t.folder) for t in r.data.tags]
    r.page("tags.html", "tags/", tags, lambda: {"tags": [
        {"name": name, "count": count, "url_path": f"{r.config.base_path}{folder}"}
        for name, count, folder in tags]})
    months = [(m.articles[0], len(m.articles), m.folder) for m in r.data.months]
    r.page("archive.html", "archive/", [(a.digest, n, f) for a, n, f in months],
           lambda: {"months": [{"date": a.date, "count": n, "url_path": f"{r.config.base_path}{f}"}
                               for a, n, f in months]})
    for month in r.data.months:
        r.page("month.html", month.folder, digests(month.articles),
               lambda m=month: {"month": m.articles[0].date,  # type: ignore[misc]
                                "articles": [teaser(a) for a in m.articles]})
    r.page("404.html", "404.html", (), lambda: {"canonical": None})


class SiteRender:
    """The HTML pages of a site, into ``outputs`` (kept where unchanged), in two steps:
    the list pages at once, and the article pages with ``articles`` once related coverage
    is known (it may be found elsewhere meanwhile); ``compiled``: see
    ``make_environment``."""

    def __init__(self, data: SiteData, config: SiteConfig, bodies: Mapping[str, ArticleBody],
                 outputs: OutputPlan, *, compiled: Path | None = None) -> None:
        self.renderer = Renderer(config, data, bodies, outputs, compiled)
        _render_lists(self.renderer)
        self.pages = _article_pages(self.renderer)

    def page_paths(self) -> list[str]:
        """Every page's path, the article pages' included."""
        outputs = self.renderer.outputs
        return sorted([*outputs.declared,
                       *(_page_path(f"{p.article.slug}/") for p in self.pages)])

    def articles(self, related: dict[str, tuple[Article, ...]]) -> None:
        self.renderer.data = replace(self.renderer.data, related=related)
        _render_articles(self.renderer, self.pages)

