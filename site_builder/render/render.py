"""Render pages with Jinja2: autoescape on, undefined variables fail, article HTML trusted once."""

from __future__ import annotations

import re
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

from site_builder.article.assets import CREDIT_MARK
from site_builder.core.config import SiteConfig
from site_builder.core.errors import BuildError
from site_builder.core.model import Article, ArticleBody, Image
from site_builder.core.urls import absolute_url
from site_builder.incremental.plan import OutputPlan
from site_builder.publish.output import digest_of
from site_builder.render.feeds import FEED_TYPES, original_source
from site_builder.render.i18n import install, language_name
from site_builder.render.search import available as search_available
from site_builder.render.theme import template_loader, theme_dirs
from site_builder.site.seo import news_article_jsonld, open_graph
from site_builder.site.taxonomy import Group, Page, group_by_author, paginate

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


# A credit that names what it credits already ("Photo: ...", "Image source: ...", "© ...").
_LABELLED = re.compile(r"(?:[^\W\d_][\w.]*(?: [\w.]+)?\s?:\s|©|\(c\)\s)", re.IGNORECASE)


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
    install(env, theme_dirs(config), config.language)
    return env


def feed_links(config: SiteConfig, title: str, folder: str) -> list[FeedLink]:
    return [{"title": f"{title} ({FEED_LABELS[name]})", "label": FEED_LABELS[name],
             "href": absolute_url(config.base_url, f"{folder}{name}"), "type": kind}
            for name, kind in FEED_TYPES.items()]


def site_context(config: SiteConfig, data: SiteData, authors: bool,
                 search: bool = False) -> dict[str, Any]:
    """What every page shows of the site (its parts are in every page's key)."""
    languages = [{"lang": g.name, "name": language_name(g.name),
                  "url_path": f"{config.base_path}{g.folder}"} for g in data.languages]
    return {"title": config.title, "description": config.description,
            "language": config.language, "base_path": config.base_path,
            "base_url": config.base_url, "feeds": feed_links(config, config.title, ""),
            "languages": languages if len(languages) > 1 else [],
            "authors": authors, "search": search}


def image_view(image: Image | None) -> dict[str, Any] | None:
    """An image as templates show it: the source, its resized copies, its size."""
    if image is None:
        return None
    srcset = ", ".join(f"{url} {width}w" for width, url in image.variants)
    return {"src": image.url, "srcset": srcset, "width": image.width, "height": image.height,
            "alt": "", "caption": image.caption}


def teaser(article: Article) -> dict[str, Any]:
    return {"title": article.title, "url_path": article.url_path, "date": article.date,
            "lang": article.lang, "summary": article.summary, "author": article.author,
            "image": image_view(article.image)}


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
        self.authors = group_by_author(data.articles)
        self.author_folders = {g.name: g.folder for g in self.authors}
        self.site = site_context(config, data, bool(self.authors),
                                 config.search and search_available())
        # What every page shows of the site beyond the configuration: in every page's key.
        self.site_parts = digest_of(repr(self.site).encode())
        self.tag_folders = {g.name: g.folder for g in data.tags}

    def page(self, template: str, folder: str, parts: object,
             context: Callable[[], dict[str, Any]], lang: str | None = None) -> None:
        """Render ``template`` to ``folder/index.html`` (or a file name ending in .html),
        its strings in ``lang`` (the site's language by default)."""
        path = _page_path(folder)
        ui_lang = lang or self.config.language
        self.outputs.add([path], (template, folder, ui_lang, self.site_parts, parts),
                         lambda: {path: self._render(template, path, folder,
                                                     {"ui_lang": ui_lang, **context()})})

    def _render(self, template: str, path: str, folder: str, context: dict[str, Any]) -> bytes:
        context.setdefault("canonical", absolute_url(self.config.base_url, folder))
        context.setdefault("feeds", self.site["feeds"])
        context.setdefault("head", {})
        context.setdefault("home_path", self.config.base_path)
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
                lang: str | None = None, **context: Any) -> None:
        for page in pages:
            self.page(template, page.folder,
                      (page.number, page.total, page.first_folder, digests(page.items), parts),
                      lambda page=page: {  # type: ignore[misc]
                          "articles": [teaser(a) for a in page.items],
                          "pagination": self.pagination(page), **context}, lang)

    def article_context(self, article: Article,
                        translations: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
        """What a template sees of an article; the sanitised body is marked safe here only."""
        author = self.author_folders.get(article.author or "")
        body = self.bodies[article.id].html
        # The credit stands under the lead photo, or under the body's first one.
        credit_shown = article.image is not None or CREDIT_MARK in body
        return {
            **teaser(article), "url": article.url, "updated": article.updated,
            "dek": article.dek, "body": Markup(body),  # sanitised by nh3
            "tags": [{"name": t, "url_path": f"{self.config.base_path}{self.tag_folders[t]}"}
                     for t in article.tags if t in self.tag_folders],
            "keywords": article.keywords, "source": article.source, "credit": article.credit,
            "related": [teaser(a) for a in self.data.related.get(article.id, ())],
            "draft": article.draft,
            "author_path": f"{self.config.base_path}{author}" if author else None,
            "original_url": article.original_url,
            "original_source": original_source(article) if article.original_url else None,
            "show_lead_image": article.image is not None,
            "credit_shown": credit_shown and bool(article.credit),
            "credit_labelled": bool(_LABELLED.match(article.credit or "")),
            "translations": [{"lang": lang, "href": href, "name": language_name(lang)}
                             for lang, href in translations if lang != article.lang],
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
    canonical = article.url
    if article.original_url and r.config.canonical == "original":
        canonical = article.original_url  # a syndicated copy points search engines home
    return {"article": r.article_context(article, alternates), "canonical": canonical,
            "feeds": feeds,
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
                   r, p.article, p.newer, p.older, p.alternates), page.article.lang)


# How many headlines a topic or an archive month shows on its overview page.
OVERVIEW_HEADLINES = 5


def _headlines(articles: Sequence[Article]) -> list[dict[str, Any]]:
    return [teaser(a) for a in articles[:OVERVIEW_HEADLINES]]


def _render_homes(r: Renderer) -> None:
    """The home page, and one per language when the site has several (with hreflang)."""
    per_page, languages = r.config.paginate, r.data.languages
    homes = [(g.name, absolute_url(r.config.base_url, g.folder)) for g in languages]
    hreflang = [("x-default", r.config.base_url), *homes] if len(languages) > 1 else []
    r.listing("index.html", paginate(r.data.articles, "", per_page), hreflang,
              head={"hreflang": hreflang})
    if len(languages) < 2:
        return
    for group in languages:
        title = f"{r.config.title} ({group.name})"
        r.listing("index.html", paginate(group.articles, group.folder, per_page),
                  (group.name, hreflang), group.name, head={"hreflang": hreflang},
                  home_path=f"{r.config.base_path}{group.folder}",
                  feeds=[*feed_links(r.config, title, group.folder), *r.site["feeds"]])


def _render_topics(r: Renderer) -> None:
    per_page = r.config.paginate
    for tag in r.data.tags:
        title = f"{r.config.title}: {tag.name}"
        r.listing("tag.html", paginate(tag.articles, tag.folder, per_page), tag.name,
                  tag=tag.name,
                  feeds=[*r.site["feeds"], *feed_links(r.config, title, tag.folder)],
                  tag_feeds=feed_links(r.config, title, tag.folder))
    tags = [(t.name, len(t.articles), t.folder, t.articles[:OVERVIEW_HEADLINES])
            for t in r.data.tags]
    r.page("tags.html", "tags/", [(n, c, f, digests(a)) for n, c, f, a in tags],
           lambda: {"tags": [
               {"name": name, "count": count, "url_path": f"{r.config.base_path}{folder}",
                "newest": _headlines(newest)} for name, count, folder, newest in tags]})


def _render_archive(r: Renderer) -> None:
    months = [(m.articles[0], len(m.articles), m.folder, m.articles[:OVERVIEW_HEADLINES])
              for m in r.data.months]
    r.page("archive.html", "archive/", [(a.digest, n, f, digests(h)) for a, n, f, h in months],
           lambda: {"months": [{"date": a.date, "count": n, "url_path": f"{r.config.base_path}{f}",
                                "articles": _headlines(h)} for a, n, f, h in months]})
    for month in r.data.months:
        r.page("month.html", month.folder, digests(month.articles),
               lambda m=month: {"month": m.articles[0].date,  # type: ignore[misc]
                                "articles": [teaser(a) for a in m.articles]})


def _render_authors(r: Renderer) -> None:
    if not r.authors:
        return
    for group in r.authors:
        r.listing("author.html", paginate(group.articles, group.folder, r.config.paginate),
                  group.name, author=group.name)
    authors = [(g.name, len(g.articles), g.folder) for g in r.authors]
    r.page("authors.html", "authors/", authors, lambda: {"authors": [
        {"name": name, "count": count, "url_path": f"{r.config.base_path}{folder}"}
        for name, count, folder in authors]})


def _render_search(r: Renderer) -> None:
    """The search page, and one per language on a multilingual site (the page's language
    chooses which index Pagefind reads)."""
    if not r.site["search"]:
        return
    languages = [{**language, "url_path": f"{language['url_path']}search/"}
                 for language in r.site["languages"]]
    r.page("search.html", "search/", languages, lambda: {"search_languages": languages})
    for language in r.site["languages"]:
        folder = f"lang/{language['lang']}/search/"
        r.page("search.html", folder, languages, lambda: {"search_languages": languages},
               language["lang"])


def _render_lists(r: Renderer) -> None:
    _render_homes(r)
    _render_topics(r)
    _render_archive(r)
    _render_authors(r)
    _render_search(r)
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

