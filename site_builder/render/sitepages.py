"""Which pages a site has: each declared by its path with the Page (folder, template,
language, typed input) it is made from, made only when asked for (a rebuild that keeps
most pages never makes their inputs); nothing is rendered here (see render.render_page)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
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
    PageInput,
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

# A page by its path, and how to make its input when it is wanted.
Declared = tuple[str, Callable[[], Page]]


class Teasers(dict[str, Teaser]):
    """Each article's teaser by id, made when first asked for (a rebuild that keeps most
    list pages needs few of them), and the article each teaser made is of, by digest."""

    def __init__(self, articles: Iterable[Article]) -> None:
        super().__init__()
        self.articles = {a.id: a for a in articles}
        self.by_digest: dict[str, str] = {}

    def __missing__(self, article_id: str) -> Teaser:
        made = self[article_id] = Teaser.of(self.articles[article_id])
        self.by_digest[made.digest] = article_id
        return made


def _path(folder: str) -> str:
    return folder if folder.endswith(".html") else f"{folder}index.html"


def made(pages: Iterable[Declared]) -> list[Page]:
    """Every declared page's input, made."""
    return [make() for _, make in pages]


@dataclass(frozen=True)
class SiteData:
    """Everything the list and article pages are made from (the articles newest first)."""

    articles: tuple[Article, ...]
    tags: tuple[Group, ...]
    months: tuple[Group, ...]
    languages: tuple[Group, ...]
    authors: tuple[Group, ...]
    # What pages that list an article show of it, by article id (each made once per build).
    teasers: Teasers = field(default_factory=lambda: Teasers(()), compare=False)

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
        Teasers(articles),
    )


def site_view(data: SiteData, config: SiteConfig, search: bool) -> SiteView:
    return SiteView(
        tuple((g.name, g.folder) for g in data.languages), bool(data.authors), search, config.params
    )


def list_pages(data: SiteData, config: SiteConfig, view: SiteView) -> list[Declared]:
    """Every page but the articles' and redirects: homes, topics, archive, authors,
    search, 404."""
    return [
        *_homes(data, config, view),
        *_topics(data, config, view),
        *_archive(data, config, view),
        *_authors(data, config, view),
        *_search(config, view),
        ("404.html", partial(Page, "404.html", "404.html", config.language, view, NotFoundPage())),
    ]


def _listed(
    data: SiteData,
    view: SiteView,
    page: ListPage,
    *,
    template: str,
    lang: str,
    kind: Callable[[Listing], PageInput],
) -> Page:
    return Page(page.folder, template, lang, view, kind(data.listing(page)))


def _home_page(
    hreflang: tuple[tuple[str, str], ...], language: str | None
) -> Callable[[Listing], HomePage]:
    return lambda listing: HomePage(listing, hreflang, language)


def _homes(data: SiteData, config: SiteConfig, view: SiteView) -> list[Declared]:
    """The home page, and one per language when the site has several (with hreflang)."""
    per_page, languages = config.paginate, data.languages
    homes = [(g.name, absolute_url(config.base_url, g.folder)) for g in languages]
    hreflang = (("x-default", config.base_url), *homes) if len(languages) > 1 else ()
    site_home = _home_page(hreflang, None)
    pages: list[Declared] = [
        (
            _path(p.folder),
            partial(
                _listed, data, view, p, template="index.html", lang=config.language, kind=site_home
            ),
        )
        for p in paginate(data.articles, "", per_page)
    ]
    if len(languages) > 1:
        for g in languages:
            home = _home_page(hreflang, g.name)
            pages += [
                (
                    _path(p.folder),
                    partial(_listed, data, view, p, template="index.html", lang=g.name, kind=home),
                )
                for p in paginate(g.articles, g.folder, per_page)
            ]
    return pages


def _overview(data: SiteData, group: Group) -> Overview:
    newest = data.teased(group.articles[:OVERVIEW_HEADLINES])
    return Overview(group.name, len(group.articles), group.folder, newest)


def _tag_page(tag: str) -> Callable[[Listing], TagPage]:
    return lambda listing: TagPage(listing, tag)


def _tags_page(data: SiteData, config: SiteConfig, view: SiteView) -> Page:
    tags = TagsPage(tuple(_overview(data, t) for t in data.tags))
    return Page("tags/", "tags.html", config.language, view, tags)


def _topics(data: SiteData, config: SiteConfig, view: SiteView) -> list[Declared]:
    lang = config.language
    pages: list[Declared] = []
    for tag in data.tags:
        kind = _tag_page(tag.name)
        pages += [
            (
                _path(p.folder),
                partial(_listed, data, view, p, template="tag.html", lang=lang, kind=kind),
            )
            for p in paginate(tag.articles, tag.folder, config.paginate)
        ]
    return [*pages, ("tags/index.html", partial(_tags_page, data, config, view))]


def _archive_page(data: SiteData, config: SiteConfig, view: SiteView) -> Page:
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
    return Page("archive/", "archive.html", config.language, view, ArchivePage(months))


def _month_page(data: SiteData, config: SiteConfig, view: SiteView, month: Group) -> Page:
    page = MonthPage(month.articles[0].date, data.teased(month.articles))
    return Page(month.folder, "month.html", config.language, view, page)


def _archive(data: SiteData, config: SiteConfig, view: SiteView) -> list[Declared]:
    return [
        ("archive/index.html", partial(_archive_page, data, config, view)),
        *((_path(m.folder), partial(_month_page, data, config, view, m)) for m in data.months),
    ]


def _author_page(author: str) -> Callable[[Listing], AuthorPage]:
    return lambda listing: AuthorPage(listing, author)


def _authors_page(data: SiteData, config: SiteConfig, view: SiteView) -> Page:
    authors = AuthorsPage(tuple(Overview(g.name, len(g.articles), g.folder) for g in data.authors))
    return Page("authors/", "authors.html", config.language, view, authors)


def _authors(data: SiteData, config: SiteConfig, view: SiteView) -> list[Declared]:
    if not data.authors:
        return []
    lang = config.language
    pages: list[Declared] = []
    for g in data.authors:
        kind = _author_page(g.name)
        pages += [
            (
                _path(p.folder),
                partial(_listed, data, view, p, template="author.html", lang=lang, kind=kind),
            )
            for p in paginate(g.articles, g.folder, config.paginate)
        ]
    return [*pages, ("authors/index.html", partial(_authors_page, data, config, view))]


def _search(config: SiteConfig, view: SiteView) -> list[Declared]:
    """The search page, and one per language on a multilingual site (the page's language
    chooses which index Pagefind reads)."""
    if not view.search:
        return []
    languages = view.languages if len(view.languages) > 1 else ()
    search = SearchPage(languages)
    return [
        (
            "search/index.html",
            partial(Page, "search/", "search.html", config.language, view, search),
        ),
        *(
            (
                f"{folder}search/index.html",
                partial(Page, f"{folder}search/", "search.html", lang, view, search),
            )
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


def _neighbours(articles: Sequence[Article]) -> tuple[tuple[int | None, int | None], ...]:
    """For each article (newest first), the index of the next newer and next older article
    in its own language: a reader of one language pages through that language, as in a
    multilingual Hugo site, where each language is a site of its own."""
    newer: list[int | None] = []
    last: dict[str, int] = {}
    for index, article in enumerate(articles):
        newer.append(last.get(article.lang))
        last[article.lang] = index
    older: list[int | None] = [None] * len(articles)
    for index, before in enumerate(newer):
        if before is not None:
            older[before] = index
    return tuple(zip(newer, older, strict=True))


def article_pages(
    data: SiteData, view: SiteView, related: Mapping[str, tuple[Article, ...]]
) -> list[Declared]:
    """Every article's page, with the articles before and after it in its language, its
    translations and ``related`` coverage (by article id)."""
    around = _Around(
        data,
        view,
        related,
        _translations(data.articles),
        {g.name: g.folder for g in data.tags},
        {g.name: g.folder for g in data.authors},
        _neighbours(data.articles),
    )
    return [(f"{a.slug}/index.html", partial(around.page, i)) for i, a in enumerate(data.articles)]


@dataclass(frozen=True)
class _Around:
    """What an article's page is made from besides the article."""

    data: SiteData
    view: SiteView
    related: Mapping[str, tuple[Article, ...]]
    translations: Mapping[str, list[Article]]
    tag_folders: Mapping[str, str]
    author_folders: Mapping[str, str]
    neighbours: Sequence[tuple[int | None, int | None]]

    def page(self, index: int) -> Page:
        data, tag_folders = self.data, self.tag_folders
        articles, teasers = data.articles, data.teasers
        article = articles[index]
        translations = self.translations.get(article.translation_key or "", ())
        newer, older = self.neighbours[index]
        page = ArticlePage(
            article,
            newer=teasers[articles[newer].id] if newer is not None else None,
            older=teasers[articles[older].id] if older is not None else None,
            alternates=tuple((a.lang, a.url) for a in translations),
            related=data.teased(self.related.get(article.id, ())),
            tag_folders=tuple((t, tag_folders[t]) for t in article.tags if t in tag_folders),
            author_folder=self.author_folders.get(article.author or ""),
        )
        return Page(f"{article.slug}/", "article.html", article.lang, self.view, page)


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
