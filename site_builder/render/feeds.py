"""Feeds: RSS 2.0 and Atom 1.0 with feedgen (the only module that touches it), JSON Feed 1.1."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any

from site_builder.core.config import SiteConfig
from site_builder.core.model import Article, ArticleBody
from site_builder.core.textnorm import strip_forbidden
from site_builder.core.urls import absolute_url, source_domain

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
XHTML_NS = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class FeedSpec:
    """One feed: its title, its site-relative folder ("" or "tags/energy/"), its articles."""

    title: str
    folder: str
    articles: tuple[Article, ...]
    language: str | None = None


def feed_id(config: SiteConfig, folder: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{config.authority}{config.base_path}{folder}feed").urn


def whole_seconds(moment: datetime) -> datetime:
    """Feed dates without microseconds (a file time has them; newsboat 2.21 then misreads
    the zone and shows the entry an hour off)."""
    return moment.replace(microsecond=0)


def readable_date(moment: datetime, lang: str) -> str:
    """A date as the article's readers write it, for the browser view of a feed."""
    from babel.core import Locale, UnknownLocaleError  # noqa: PLC0415
    from babel.dates import format_date  # noqa: PLC0415

    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return str(format_date(moment.date(), format="long", locale=locale))


def original_source(article: Article) -> str:
    """Who first published a republished article: its source, else the original's host."""
    url = article.original_url or ""
    return article.source or source_domain(url) or url


def entry_html(article: Article, body: ArticleBody, config: SiteConfig) -> str:
    """An entry's HTML content: the lead image first (many readers ignore enclosures), the
    body, and for a republished story the credit to the original."""
    html = body.feed_html
    if article.image and article.image.url not in html:
        html = f'<p><img src="{escape(article.image.url)}" alt=""></p>\n{html}'
    if article.original_url:
        from site_builder.render.i18n import translations  # noqa: PLC0415
        from site_builder.render.theme import theme_dirs  # noqa: PLC0415

        source = original_source(article)
        link = f'<a href="{escape(article.original_url)}">{escape(article.original_url)}</a>'
        credit = translations(article.lang, tuple(theme_dirs(config))).gettext(
            "Originally published by %(source)s at %(link)s")
        html += f"\n<p>{credit % {'source': escape(source), 'link': link}}</p>"
    return strip_forbidden(html)


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
        "items": [_json_item(a, entry_html(a, bodies[a.id], config)) for a in spec.articles],
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
        "date_published": whole_seconds(article.date).isoformat(),
        "date_modified": whole_seconds(article.updated).isoformat(),
        "language": article.lang,
    }
    if article.original_url:
        item["external_url"] = article.original_url
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
    # feedgen (with lxml and dateutil) is imported only when a feed is made: a tenth of a
    # second that a rebuild which changes no feed does not pay.
    from site_builder.render.feedxml import feed_generator  # noqa: PLC0415

    bodies = {a.id: bodies[a.id] for a in spec.articles}  # each read once, not per format
    paths = {name: f"{spec.folder}{name}" for name in FEED_TYPES}
    rss = feed_generator(spec, config, absolute_url(config.base_url, paths[RSS_NAME]),
                     FEED_TYPES[RSS_NAME], bodies)
    atom = feed_generator(spec, config, absolute_url(config.base_url, paths[ATOM_NAME]),
                      FEED_TYPES[ATOM_NAME], bodies)
    return {
        paths[RSS_NAME]: _with_stylesheet(rss.rss_str(pretty=True), config),
        paths[ATOM_NAME]: _with_stylesheet(atom.atom_str(pretty=True), config),
        paths[JSON_NAME]: _json_feed(spec, config, bodies),
    }
