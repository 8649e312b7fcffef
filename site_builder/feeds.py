"""RSS 2.0 and Atom 1.0 feeds with feedgen: the only module that touches the feed library."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from feedgen.feed import FeedGenerator

from site_builder import __version__
from site_builder.config import SiteConfig
from site_builder.model import Article
from site_builder.textnorm import strip_forbidden
from site_builder.urls import absolute_url, absolutize_html

RSS_NAME = "rss.xml"
ATOM_NAME = "atom.xml"
# An empty feed still needs a date; a fixed one keeps the output reproducible.
EMPTY_FEED_DATE = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class FeedSpec:
    """One feed: what it is called, where it lives (site-relative folder), what it lists."""

    title: str
    folder: str  # "" for the site feed, "tags/energy/" for a tag feed
    articles: tuple[Article, ...]


def feed_id(config: SiteConfig, folder: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{config.authority}{config.base_path}{folder}feed").urn


def _generator(spec: FeedSpec, config: SiteConfig, self_url: str, kind: str) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(feed_id(config, spec.folder))
    fg.title(strip_forbidden(spec.title))
    fg.subtitle(strip_forbidden(config.description or config.title))
    # feedgen uses the last link added as the RSS channel link: add 'self' first.
    fg.link(href=self_url, rel="self", type=kind)
    fg.link(href=absolute_url(config.base_url, spec.folder), rel="alternate", type="text/html")
    fg.language(config.language)
    fg.author(name=config.author or config.title)
    fg.generator("site_builder", version=__version__)
    newest = max((a.updated for a in spec.articles), default=EMPTY_FEED_DATE)
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for article in spec.articles:  # already newest first
        _add_entry(fg, article)
    return fg


def _add_entry(fg: FeedGenerator, article: Article) -> None:
    entry = fg.add_entry(order="append")
    entry.id(article.id)
    entry.guid(article.id, permalink=False)
    entry.title(strip_forbidden(article.title))
    entry.link(href=article.url)
    entry.published(article.date)
    entry.updated(article.updated)
    entry.summary(strip_forbidden(article.summary))
    html = absolutize_html(article.body_html, article.url)
    entry.content(strip_forbidden(html), type="html")
    if article.author:
        entry.author(name=article.author)
        entry.dc.dc_creator(article.author)
    for tag in article.tags:
        entry.category(term=tag)


def render_feeds(spec: FeedSpec, config: SiteConfig) -> dict[str, bytes]:
    """The RSS and Atom files of one feed, keyed by their site-relative output path."""
    rss_path, atom_path = f"{spec.folder}{RSS_NAME}", f"{spec.folder}{ATOM_NAME}"
    rss = _generator(spec, config, absolute_url(config.base_url, rss_path),
                     "application/rss+xml")
    atom = _generator(spec, config, absolute_url(config.base_url, atom_path),
                      "application/atom+xml")
    return {
        rss_path: rss.rss_str(pretty=True),
        atom_path: atom.atom_str(pretty=True),
    }


def newest(articles: Sequence[Article], limit: int) -> tuple[Article, ...]:
    return tuple(articles[:limit])
