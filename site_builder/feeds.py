"""Feeds: RSS 2.0 and Atom 1.0 with feedgen (the only module that touches it), JSON Feed 1.1."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from site_builder import __version__
from site_builder.config import SiteConfig
from site_builder.model import Article, ArticleBody
from site_builder.textnorm import strip_forbidden
from site_builder.urls import absolute_url

RSS_NAME = "rss.xml"
ATOM_NAME = "atom.xml"
JSON_NAME = "feed.json"
FEED_TYPES = {RSS_NAME: "application/rss+xml", ATOM_NAME: "application/atom+xml",
              JSON_NAME: "application/feed+json"}
# Browsers show a feed with this stylesheet (CSS: XSLT is being removed from browsers).
STYLESHEET = "static/feed.css"
# An empty feed still needs a date; a fixed one keeps the output reproducible.
EMPTY_FEED_DATE = datetime(1970, 1, 1, tzinfo=UTC)
MEDIA_NS = "http://search.yahoo.com/mrss/"


@dataclass(frozen=True)
class FeedSpec:
    """One feed: its title, its site-relative folder ("" or "tags/energy/"), its articles."""

    title: str
    folder: str
    articles: tuple[Article, ...]
    language: str | None = None


def feed_id(config: SiteConfig, folder: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{config.authority}{config.base_path}{folder}feed").urn


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


def _generator(spec: FeedSpec, config: SiteConfig, self_url: str, kind: str,
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


def _with_stylesheet(xml: bytes, config: SiteConfig) -> bytes:
    href = f"{config.base_path}{STYLESHEET}"
    declaration, rest = xml.split(b"\n", 1)
    instruction = f'<?xml-stylesheet type="text/css" href="{href}"?>'.encode()
    return b"\n".join((declaration, instruction, rest))


def _json_feed(spec: FeedSpec, config: SiteConfig, bodies: Mapping[str, ArticleBody]) -> bytes:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) from the same data."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": spec.title,
        "home_page_url": absolute_url(config.base_url, spec.folder),
        "feed_url": absolute_url(config.base_url, f"{spec.folder}{JSON_NAME}"),
        "description": config.description or config.title,
        "language": spec.language or config.language,
        "authors": [{"name": config.author or config.title}],
        "items": [_json_item(a, bodies[a.id].feed_html) for a in spec.articles],
    }
    text = json.dumps(feed, ensure_ascii=False, indent=2, sort_keys=False)
    return strip_forbidden(text).encode("utf-8") + b"\n"


def _json_item(article: Article, content: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": article.id,
        "url": article.url,
        "title": strip_forbidden(article.title),
        "content_html": content,
        "summary": strip_forbidden(article.summary),
        "date_published": article.date.isoformat(),
        "date_modified": article.updated.isoformat(),
        "language": article.lang,
    }
    if article.author:
        item["authors"] = [{"name": article.author}]
    if article.tags:
        item["tags"] = list(article.tags)
    if article.image:
        item["image"] = article.image.url
    return item


def render_feeds(spec: FeedSpec, config: SiteConfig,
                 bodies: Mapping[str, ArticleBody]) -> dict[str, bytes]:
    """The RSS, Atom and JSON files of one feed, keyed by site-relative output path;
    ``bodies`` holds the body of each article by id."""
    bodies = {a.id: bodies[a.id] for a in spec.articles}  # each read once, not per format
    paths = {name: f"{spec.folder}{name}" for name in FEED_TYPES}
    rss = _generator(spec, config, absolute_url(config.base_url, paths[RSS_NAME]),
                     FEED_TYPES[RSS_NAME], bodies)
    atom = _generator(spec, config, absolute_url(config.base_url, paths[ATOM_NAME]),
                      FEED_TYPES[ATOM_NAME], bodies)
    return {
        paths[RSS_NAME]: _with_stylesheet(rss.rss_str(pretty=True), config),
        paths[ATOM_NAME]: _with_stylesheet(atom.atom_str(pretty=True), config),
        paths[JSON_NAME]: _json_feed(spec, config, bodies),
    }
