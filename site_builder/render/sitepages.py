"""Which pages a site has: each declared as a Page (folder, template, language, typed
input); nothing is rendered here (see render.render_page)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from site_builder.core.config import SiteConfig
from site_builder.core.model import Article
from site_builder.core.urls import absolute_url
from site_builder.render.pages import (
    ArchivePage,
    ArticlePage,
    AuthorPage,
    AuthorsPage,
    HomePage,
    Listing,
    MonthPage,
    NotFoundPage,
    Overview,
    Page,
    RedirectPage,
    SearchPage,
    SiteView,
    TagPage,
    TagsPage,
)
from site_builder.render.views import OVERVIEW_HEADLINES, Teaser
from site_builder.site.taxonomy import Group, group_by_author, paginate
from site_builder.site.taxonomy import Page as ListPage

if TYPE_CHECKING:  # redirects reaches, through sitestatic, the output stage at run time
    from site_builder.site.redirects import Redirect


@dataclass(frozen=True)
class SiteData:
    """Everything the list and article pages are made from (the articles newest first)."""

    articles: tuple[Article, ...]
    tags: tuple[Group, ...]
    months: tuple[Group, ...]
    languages: tuple[Group, ...]
    authors: tuple[Group, ...]
    # What pages that list an article show of it, by article id (made once per build).
    teasers: dict[str, Teaser] = field(default_factory=dict, compare=False)

    def teased(self, articles: Iterable[Article]) -> tuple[Teaser, ...]:
        return tuple(self.teasers[a.id] for a in articles)

    def listing(self, page: ListPage) -> Listing:
        items = self.teased(page.items)
        return Listing(page.number, page.total, page.folder, items, page.first_folder)


def site_data(
    articles: tuple[Article, ...],
    tags: Iterable[Group],
    months: Iterable[Group],
    languages: Iterable[Group],
) -> SiteData:
    return SiteData(
        articles,
        tuple(tags),
        tuple(months),
        tuple(languages),
        tuple(group_by_author(articles)),
        {a.id: Teaser.of(a) for a in articles},
    )


def site_view(data: SiteData, config: SiteConfig, search: bool) -> SiteView:
    return SiteView(
        tuple((g.name, g.folder) for g in data.languages), bool(data.authors), search, config.params
    )


def list_pages(data: SiteData, config: SiteConfig, view: SiteView) -> list[Page]:
    """Every page but the articles' and redirects: homes, topics, archive, authors,
    search, 404."""
    return [
        *_homes(data, config, view),
        *_topics(data, config, view),
        *_archive(data, config, view),
        *_authors(data, config, view),
        *_search(config, view),
        Page("404.html", "404.html", config.language, view, NotFoundPage()),
    ]


def _homes(data: SiteData, config: SiteConfig, view: SiteView) -> list[Page]:
    """The home page, and one per language when the site has several (with hreflang)."""
    per_page, languages = config.paginate, data.languages
    homes = [(g.name, absolute_url(config.base_url, g.folder)) for g in languages]
    hreflang = (("x-default", config.base_url), *homes) if len(languages) > 1 else ()
    pages = [
        Page(p.folder, "index.html", config.language, view, HomePage(data.listing(p), hreflang))
        for p in paginate(data.articles, "", per_page)
    ]
    if len(languages) > 1:
        pages += [
            Page(p.folder, "index.html", g.name, view, HomePage(data.listing(p), hreflang, g.name))
            for g in languages
            for p in paginate(g.articles, g.folder, per_page)
        ]
    return pages


def _overview(data: SiteData, group: Group) -> Overview:
    newest = data.teased(group.articles[:OVERVIEW_HEADLINES])
    return Overview(group.name, len(group.articles), group.folder, newest)


def _topics(data: SiteData, config: SiteConfig, view: SiteView) -> list[Page]:
    pages = [
        Page(p.folder, "tag.html", config.language, view, TagPage(data.listing(p), tag.name))
        for tag in data.tags
        for p in paginate(tag.articles, tag.folder, config.paginate)
    ]
    tags = TagsPage(tuple(_overview(data, t) for t in data.tags))
    return [*pages, Page("tags/", "tags.html", config.language, view, tags)]


def _archive(data: SiteData, config: SiteConfig, view: SiteView) -> list[Page]:
    months = tuple(
        Overview(
            m.name,
            len(m.articles),
            m.folder,
            data.teased(m.articles[:OVERVIEW_HEADLINES]),
            m.articles[0].date,
        )
        for m in data.months
    )
    lang = config.language
    return [
        Page("archive/", "archive.html", lang, view, ArchivePage(months)),
        *(
            Page(
                m.folder,
                "month.html",
                lang,
                view,
                MonthPage(m.articles[0].date, data.teased(m.articles)),
            )
            for m in data.months
        ),
    ]


def _authors(data: SiteData, config: SiteConfig, view: SiteView) -> list[Page]:
    if not data.authors:
        return []
    lang = config.language
    pages = [
        Page(p.folder, "author.html", lang, view, AuthorPage(data.listing(p), g.name))
        for g in data.authors
        for p in paginate(g.articles, g.folder, config.paginate)
    ]
    authors = AuthorsPage(tuple(Overview(g.name, len(g.articles), g.folder) for g in data.authors))
    return [*pages, Page("authors/", "authors.html", lang, view, authors)]


def _search(config: SiteConfig, view: SiteView) -> list[Page]:
    """The search page, and one per language on a multilingual site (the page's language
    chooses which index Pagefind reads)."""
    if not view.search:
        return []
    languages = view.languages if len(view.languages) > 1 else ()
    search = SearchPage(languages)
    return [
        Page("search/", "search.html", config.language, view, search),
        *(
            Page(f"{folder}search/", "search.html", lang, view, search)
            for lang, folder in languages
        ),
    ]


def article_folders(data: SiteData) -> list[str]:
    """The article pages' folders (known before related coverage is)."""
    return [f"{a.slug}/" for a in data.articles]


def _translations(articles: Sequence[Article]) -> dict[str, list[Article]]:
    found: dict[str, list[Article]] = {}
    for article in articles:
        if article.translation_key:
            found.setdefault(article.translation_key, []).append(article)
    return {k: v for k, v in found.items() if len(v) > 1}


def article_pages(
    data: SiteData, view: SiteView, related: Mapping[str, tuple[Article, ...]]
) -> list[Page]:
    """Every article's page, with the articles before and after it, its translations and
    ``related`` coverage (by article id)."""
    articles = data.articles
    translations = _translations(articles)
    tag_folders = {g.name: g.folder for g in data.tags}
    author_folders = {g.name: g.folder for g in data.authors}
    teasers = data.teasers
    pages = []
    for index, article in enumerate(articles):
        alternates = tuple(
            (a.lang, a.url) for a in translations.get(article.translation_key or "", ())
        )
        page = ArticlePage(
            article,
            newer=teasers[articles[index - 1].id] if index > 0 else None,
            older=teasers[articles[index + 1].id] if index + 1 < len(articles) else None,
            alternates=alternates,
            related=data.teased(related.get(article.id, ())),
            tag_folders=tuple((t, tag_folders[t]) for t in article.tags if t in tag_folders),
            author_folder=author_folders.get(article.author or ""),
        )
        pages.append(Page(f"{article.slug}/", "article.html", article.lang, view, page))
    return pages


def redirect_pages(found: Sequence[Redirect], config: SiteConfig, view: SiteView) -> list[Page]:
    return [
        Page(
            r.path.removesuffix("index.html"),
            "redirect.html",
            config.language,
            view,
            RedirectPage(r.target),
        )
        for r in found
    ]
