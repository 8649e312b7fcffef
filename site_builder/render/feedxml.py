"""RSS 2.0 and Atom 1.0 documents of a feed, written with feedgen (the only module that
uses it; ``feeds`` calls it)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from site_builder import __version__
from site_builder.core.config import SiteConfig
from site_builder.core.model import Article, ArticleBody
from site_builder.core.textnorm import strip_forbidden
from site_builder.core.urls import absolute_url
from site_builder.render.entries import (
    EMPTY_FEED_DATE,
    MEDIA_NS,
    XHTML_NS,
    FeedSpec,
    entry_html,
    feed_id,
    original_source,
    whole_seconds,
)
from site_builder.render.views import human_date


class _LeadImageFeed(BaseExtension):  # type: ignore[misc]
    def extend_ns(self) -> dict[str, str]:
        return {"media": MEDIA_NS, "h": XHTML_NS}


class _BrowserView(BaseEntryExtension):  # type: ignore[misc]
    """A linked title and a readable date in XHTML, which browsers render (with links)
    inside a feed shown with its CSS; feed readers skip markup of other namespaces."""

    def __init__(self) -> None:
        self.view: tuple[str, str, str, str] | None = None
        self.source: tuple[str, str] | None = None

    def set(self, url: str, title: str, stamp: str, day: str) -> None:
        self.view = (url, title, stamp, day)

    def set_source(self, name: str, url: str) -> None:
        """RSS ``<source url>``: where a republished item first appeared."""
        self.source = (name, url)

    def _extend(self, parent: Any) -> Any:
        if self.view:
            url, title, stamp, day = self.view
            box = etree.SubElement(parent, f"{{{XHTML_NS}}}div", {"class": "feed-view"})
            link = etree.SubElement(box, f"{{{XHTML_NS}}}a", href=url)
            link.text = title
            time = etree.SubElement(box, f"{{{XHTML_NS}}}time", datetime=stamp)
            time.text = day
        return parent

    def extend_atom(self, entry: Any) -> Any:
        if self.source:  # feedgen's own links lose rel in Atom (its issue 135)
            etree.SubElement(entry, "link", rel="via", href=self.source[1])
        return self._extend(entry)

    def extend_rss(self, item: Any) -> Any:
        if self.source:
            name, url = self.source
            etree.SubElement(item, "source", url=url).text = name
        return self._extend(item)


class _LeadImage(BaseEntryExtension):  # type: ignore[misc]
    """Lead image as a proper enclosure: feedgen's own drops ``rel`` in Atom (its issue 135)."""

    def __init__(self) -> None:
        self.image: tuple[str, str, int | None] | None = None

    def set(self, url: str, mime: str, length: int | None) -> None:
        self.image = (url, mime, length)

    def extend_atom(self, entry: Any) -> Any:
        if self.image:
            url, mime, length = self.image
            link = etree.SubElement(entry, "link", rel="enclosure", href=url, type=mime)
            if length is not None:
                link.set("length", str(length))
        return entry

    def extend_rss(self, item: Any) -> Any:
        if self.image:
            url, mime, length = self.image
            if length is not None:  # RSS requires a length: only files we have
                etree.SubElement(item, "enclosure", url=url, length=str(length), type=mime)
            etree.SubElement(item, f"{{{MEDIA_NS}}}content", url=url, type=mime, medium="image")
        return item


def feed_generator(
    spec: FeedSpec, config: SiteConfig, self_url: str, kind: str, bodies: Mapping[str, ArticleBody]
) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.register_extension("lead", _LeadImageFeed, _LeadImage, atom=True, rss=True)
    fg.register_extension("view", BaseExtension, _BrowserView, atom=True, rss=True)
    fg.id(feed_id(config, spec.folder))
    fg.title(strip_forbidden(spec.title))
    fg.subtitle(strip_forbidden(config.description or config.title))
    # feedgen uses the last link added as the RSS channel link: add 'self' first.
    fg.link(href=self_url, rel="self", type=kind)
    fg.link(href=absolute_url(config.base_url, spec.folder), rel="alternate", type="text/html")
    fg.language(spec.language or config.language)
    fg.author(name=config.author or config.title)
    fg.generator("site_builder", version=__version__)
    newest = whole_seconds(max((a.updated for a in spec.articles), default=EMPTY_FEED_DATE))
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for article in spec.articles:  # already newest first; feedgen would prepend by default
        _add_entry(fg, article, entry_html(article, bodies[article.id], config))
    return fg


def _add_entry(fg: FeedGenerator, article: Article, content: str) -> None:
    entry = fg.add_entry(order="append")
    entry.id(article.id)
    entry.guid(article.id, permalink=False)
    title = strip_forbidden(article.title)
    entry.title(title)
    entry.link(href=article.url)
    if article.original_url:  # a republished story names where it first appeared
        entry.view.set_source(original_source(article), article.original_url)
    entry.published(whole_seconds(article.date))
    entry.updated(whole_seconds(article.updated))
    entry.view.set(
        article.url,
        title,
        whole_seconds(article.date).isoformat(),
        human_date(article.date, article.lang),  # each day formatted once per process
    )
    # RSS readers render <description> as HTML: the plain summary must arrive escaped.
    entry.summary(escape(strip_forbidden(article.summary), quote=False), type="html")
    entry.content(content, type="html")
    if article.author:
        entry.author(name=article.author)  # Atom: <author><name>
        entry.dc.dc_creator(article.author)  # RSS <author> must be an e-mail address
    for tag in article.tags:
        entry.category(term=tag)
    if article.image:
        entry.lead.set(article.image.url, article.image.mime, article.image.length)
