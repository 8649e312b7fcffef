"""The pages of a site as typed inputs, each with the one function that turns it into its
template's context. An input holds everything its context is made from besides the site's
configuration and theme (and the bodies of its articles, which their digests cover), so
the key made from it (incremental.keys) changes whenever the page would."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from markupsafe import Markup

from site_builder.article.assets import CREDIT_MARK
from site_builder.core.config import SiteConfig
from site_builder.core.freeform import Table
from site_builder.core.model import Article, ArticleBody
from site_builder.core.urls import absolute_url
from site_builder.render.entries import original_source
from site_builder.render.i18n import language_name
from site_builder.render.views import Teaser, feed_links, headlines, teaser, teasers
from site_builder.site.seo import news_article_jsonld, open_graph

# A credit that names what it credits already ("Photo: ...", "Image source: ...", "© ...").
_LABELLED = re.compile(r"(?:[^\W\d_][\w.]*(?: [\w.]+)?\s?:\s|©|\(c\)\s)", re.IGNORECASE)

Context = dict[str, Any]


@dataclass(frozen=True)
class SiteView:
    """What every page shows of the site beyond its configuration."""

    languages: tuple[tuple[str, str], ...]  # (language, folder) of each language of the site
    authors: bool  # the site has author pages
    search: bool  # the site has a search page
    params: Table  # site.toml's [params]


@dataclass(frozen=True)
class Listing:
    """One page of a paginated list of articles (site.taxonomy.Page), as teasers."""

    number: int
    total: int
    folder: str  # site-relative folder of this page
    items: tuple[Teaser, ...]
    first_folder: str

    def folder_of(self, number: int) -> str:
        return self.first_folder if number == 1 else f"{self.first_folder}page/{number}/"


@dataclass(frozen=True)
class ArticlePage:
    article: Article
    newer: Teaser | None
    older: Teaser | None
    alternates: tuple[tuple[str, str], ...]  # (language, URL) of each translation, itself too
    related: tuple[Teaser, ...]
    tag_folders: tuple[tuple[str, str], ...]  # (tag, folder) of each tag that has a page
    author_folder: str | None


@dataclass(frozen=True)
class HomePage:
    """A page of the home listing, or of one language's (``language``) on a multilingual
    site."""

    page: Listing
    hreflang: tuple[tuple[str, str], ...]
    language: str | None = None


@dataclass(frozen=True)
class TagPage:
    page: Listing
    tag: str


@dataclass(frozen=True)
class AuthorPage:
    page: Listing
    author: str


@dataclass(frozen=True)
class Overview:
    """One tag, month or author on an overview page: its articles' number, its folder
    and the newest of them."""

    name: str
    count: int
    folder: str
    newest: tuple[Teaser, ...] = ()
    date: datetime | None = None  # a month's: its newest article's


@dataclass(frozen=True)
class TagsPage:
    tags: tuple[Overview, ...]


@dataclass(frozen=True)
class ArchivePage:
    months: tuple[Overview, ...]


@dataclass(frozen=True)
class MonthPage:
    date: datetime
    articles: tuple[Teaser, ...]


@dataclass(frozen=True)
class AuthorsPage:
    authors: tuple[Overview, ...]


@dataclass(frozen=True)
class SearchPage:
    """A search page: every language's search page is listed on each (the page's own
    language chooses which index Pagefind reads)."""

    languages: tuple[tuple[str, str], ...]  # (language, folder)


@dataclass(frozen=True)
class NotFoundPage:
    pass


@dataclass(frozen=True)
class RedirectPage:
    target: str  # the absolute URL


PageInput = (
    ArticlePage
    | HomePage
    | TagPage
    | AuthorPage
    | TagsPage
    | ArchivePage
    | MonthPage
    | AuthorsPage
    | SearchPage
    | NotFoundPage
    | RedirectPage
)


@dataclass(frozen=True)
class Page:
    """One HTML page to render: ``folder/index.html`` (or ``folder`` itself when it names
    a file), from ``template`` with its strings in ``lang``."""

    folder: str
    template: str
    lang: str
    site: SiteView
    input: PageInput

    @property
    def path(self) -> str:
        return self.folder if self.folder.endswith(".html") else f"{self.folder}index.html"


@dataclass(frozen=True)
class Sources:
    """What page contexts are made from besides their inputs."""

    config: SiteConfig
    bodies: Mapping[str, ArticleBody]  # by article id


def site_context(config: SiteConfig, view: SiteView) -> Context:
    """What every page shows of the site, as ``site``."""
    languages = [
        {"lang": lang, "name": language_name(lang), "url_path": f"{config.base_path}{folder}"}
        for lang, folder in view.languages
    ]
    return {
        "title": config.title,
        "description": config.description,
        "language": config.language,
        "base_path": config.base_path,
        "base_url": config.base_url,
        "feeds": feed_links(config, config.title, ""),
        "languages": languages if len(languages) > 1 else [],
        "authors": view.authors,
        "search": view.search,
        "params": view.params.thawed(),
    }


def _article(p: ArticlePage, s: Sources) -> Context:
    """What a template sees of an article; the sanitised body is marked safe here only."""
    article, base = p.article, s.config.base_path
    body = s.bodies[article.id].html
    # The credit stands under the lead photo, or under the body's first one.
    credit_shown = article.image is not None or CREDIT_MARK in body
    return {
        **teaser(article),
        "url": article.url,
        "updated": article.updated,
        "dek": article.dek,
        "body": Markup(body),  # sanitised by nh3
        "tags": [{"name": t, "url_path": f"{base}{folder}"} for t, folder in p.tag_folders],
        "keywords": article.keywords,
        "source": article.source,
        "credit": article.credit,
        "related": teasers(p.related),
        "draft": article.draft,
        "author_path": f"{base}{p.author_folder}" if p.author_folder else None,
        "original_url": article.original_url,
        "original_source": original_source(article) if article.original_url else None,
        "show_lead_image": article.image is not None,
        "credit_shown": credit_shown and bool(article.credit),
        "credit_labelled": bool(_LABELLED.match(article.credit or "")),
        "translations": [
            {"lang": lang, "href": href, "name": language_name(lang)}
            for lang, href in p.alternates
            if lang != article.lang
        ],
        "extra": article.extra.thawed(),
    }


def _article_page(p: ArticlePage, s: Sources) -> Context:
    config, article = s.config, p.article
    feeds = feed_links(config, config.title, "")
    for tag, folder in p.tag_folders:
        feeds += feed_links(config, f"{config.title}: {tag}", folder)
    canonical = article.url
    if article.original_url and config.canonical == "original":
        canonical = article.original_url  # a syndicated copy points search engines home
    alternates = list(p.alternates)
    return {
        "article": _article(p, s),
        "canonical": canonical,
        "feeds": feeds,
        "newer": teaser(p.newer) if p.newer else None,
        "older": teaser(p.older) if p.older else None,
        "head": {
            "og": open_graph(article, config),
            "hreflang": alternates,
            "jsonld": news_article_jsonld(article, config),
            "keywords": article.keywords,
            "author": article.author,
        },
    }


def _listing(page: Listing, config: SiteConfig) -> Context:
    base = config.base_path
    return {
        "articles": teasers(page.items),
        "pagination": {
            "number": page.number,
            "total": page.total,
            "prev": f"{base}{page.folder_of(page.number - 1)}" if page.number > 1 else None,
            "next": f"{base}{page.folder_of(page.number + 1)}"
            if page.number < page.total
            else None,
        },
    }


def _home(p: HomePage, s: Sources) -> Context:
    config = s.config
    context = {**_listing(p.page, config), "head": {"hreflang": list(p.hreflang)}}
    if p.language is not None:
        title = f"{config.title} ({p.language})"
        context["home_path"] = f"{config.base_path}{p.page.first_folder}"
        context["feeds"] = [
            *feed_links(config, title, p.page.first_folder),
            *feed_links(config, config.title, ""),
        ]
    return context


def _tag(p: TagPage, s: Sources) -> Context:
    config = s.config
    own = feed_links(config, f"{config.title}: {p.tag}", p.page.first_folder)
    return {
        **_listing(p.page, config),
        "tag": p.tag,
        "feeds": [*feed_links(config, config.title, ""), *own],
        "tag_feeds": own,
    }


def _author(p: AuthorPage, s: Sources) -> Context:
    return {**_listing(p.page, s.config), "author": p.author}


def _tags(p: TagsPage, s: Sources) -> Context:
    base = s.config.base_path
    return {
        "tags": [
            {
                "name": t.name,
                "count": t.count,
                "url_path": f"{base}{t.folder}",
                "newest": headlines(t.newest),
            }
            for t in p.tags
        ]
    }


def _archive(p: ArchivePage, s: Sources) -> Context:
    base = s.config.base_path
    return {
        "months": [
            {
                "date": m.date,
                "count": m.count,
                "url_path": f"{base}{m.folder}",
                "articles": headlines(m.newest),
            }
            for m in p.months
        ]
    }


def _month(p: MonthPage, _: Sources) -> Context:
    return {"month": p.date, "articles": teasers(p.articles)}


def _authors(p: AuthorsPage, s: Sources) -> Context:
    base = s.config.base_path
    return {
        "authors": [
            {"name": a.name, "count": a.count, "url_path": f"{base}{a.folder}"} for a in p.authors
        ]
    }


def _search(p: SearchPage, s: Sources) -> Context:
    base = s.config.base_path
    return {
        "search_languages": [
            {"lang": lang, "name": language_name(lang), "url_path": f"{base}{folder}search/"}
            for lang, folder in p.languages
        ]
    }


def _not_found(_: NotFoundPage, __: Sources) -> Context:
    return {"canonical": None}


def _redirect(p: RedirectPage, _: Sources) -> Context:
    return {"target": p.target, "canonical": p.target}


CONTEXTS: dict[type, Callable[[Any, Sources], Context]] = {
    ArticlePage: _article_page,
    HomePage: _home,
    TagPage: _tag,
    AuthorPage: _author,
    TagsPage: _tags,
    ArchivePage: _archive,
    MonthPage: _month,
    AuthorsPage: _authors,
    SearchPage: _search,
    NotFoundPage: _not_found,
    RedirectPage: _redirect,
}


def page_context(page: Page, sources: Sources) -> Context:
    """The context ``page``'s template is rendered with (``site`` aside)."""
    config = sources.config
    context: Context = {"ui_lang": page.lang, **CONTEXTS[type(page.input)](page.input, sources)}
    context.setdefault("canonical", absolute_url(config.base_url, page.folder))
    context.setdefault("feeds", feed_links(config, config.title, ""))
    context.setdefault("head", {})
    context.setdefault("home_path", config.base_path)
    return context
