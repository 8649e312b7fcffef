"""RSS 2.0 and Atom 1.0 documents of a feed, written with feedgen (see ``feeds``)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from site_builder import __version__
from site_builder.config import SiteConfig
from site_builder.feeds import EMPTY_FEED_DATE, MEDIA_NS, FeedSpec, feed_id
from site_builder.model import Article, ArticleBody
from site_builder.textnorm import strip_forbidden
from site_builder.urls import absolute_url


class _LeadImageFeed(BaseExtension):  # type: ignore[misc]
    def extend_ns(self) -> dict[str, str]:
        return {"media": MEDIA_NS}


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
            etree.SubElement(item, f"{{{MEDIA_NS}}}content", url=url, type=mime,
                             medium="image")
        return item


def feed_generator(spec: FeedSpec, config: SiteConfig, self_url: str, kind: str,
               bodies: Mapping[str, ArticleBody]) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.register_extension("lead", _LeadImageFeed, _LeadImage, atom=True, rss=True)
    fg.id(feed_id(config, spec.folder))
    fg.title(strip_forbidden(spec.title))
    fg.subtitle(strip_forbidden(config.description or config.title))
    # feedgen uses the last link added as the RSS channel link: add 'self' first.
    fg.link(href=self_url, rel="self", type=kind)
    fg.link(href=absolute_url(config.base_url, spec.folder), rel="alternate", type="text/html")
    fg.language(spec.language or config.language)
    fg.author(name=config.author or config.title)
    fg.generator("site_builder", version=__version__)
    newest = max((a.updated for a in spec.articles), default=EMPTY_FEED_DATE)
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for article in spec.articles:  # already newest first; feedgen would prepend by default
        _add_entry(fg, article, bodies[article.id].feed_html)
    return fg


def _add_entry(fg: FeedGenerator, article: Article, content: str) -> None:
    entry = fg.add_entry(order="append")
    entry.id(article.id)
    entry.guid(article.id, permalink=False)
    entry.title(strip_forbidden(article.title))
    entry.link(href=article.url)
    entry.published(article.date)
    entry.updated(article.updated)
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
