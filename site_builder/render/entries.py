"""What every feed format says of a feed and its entries: names, ids, dates, entry HTML
(shared by the JSON Feed in ``feeds`` and the XML feeds in ``feedxml``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

from site_builder.core.config import SiteConfig
from site_builder.core.model import Article, ArticleBody
from site_builder.core.textnorm import strip_forbidden
from site_builder.core.urls import source_domain

RSS_NAME = "rss.xml"
ATOM_NAME = "atom.xml"
JSON_NAME = "feed.json"
FEED_TYPES = {
    RSS_NAME: "application/rss+xml",
    ATOM_NAME: "application/atom+xml",
    JSON_NAME: "application/feed+json",
}
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
            "Originally published by %(source)s at %(link)s"
        )
        html += f"\n<p>{credit % {'source': escape(source), 'link': link}}</p>"
    return strip_forbidden(html)
