"""Feeds: which a site has, and each one's files: RSS 2.0 and Atom 1.0 (written by
``feedxml``, the only module that uses feedgen) and JSON Feed 1.1."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from site_builder.core.config import SiteConfig
from site_builder.core.model import Article, ArticleBody
from site_builder.core.textnorm import strip_forbidden
from site_builder.core.urls import absolute_url
from site_builder.render.entries import (
    ATOM_NAME,
    FEED_TYPES,
    JSON_NAME,
    RSS_NAME,
    STYLESHEET,
    FeedSpec,
    entry_html,
    whole_seconds,
)
from site_builder.site.taxonomy import Group


def feed_specs(
    articles: tuple[Article, ...],
    tags: Sequence[Group],
    languages: Sequence[Group],
    config: SiteConfig,
) -> list[FeedSpec]:
    """The site feed, one per tag, and one per language when the site has several."""
    limit = config.feed_limit
    specs = [FeedSpec(config.title, "", articles[:limit])]
    specs += [
        FeedSpec(f"{config.title}: {tag.name}", tag.folder, tag.articles[:limit]) for tag in tags
    ]
    if len(languages) > 1:
        specs += [
            FeedSpec(f"{config.title} ({lang.name})", lang.folder, lang.articles[:limit], lang.name)
            for lang in languages
        ]
    return specs


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


def render_feeds(
    spec: FeedSpec, config: SiteConfig, bodies: Mapping[str, ArticleBody]
) -> dict[str, bytes]:
    """The RSS, Atom and JSON files of one feed, keyed by site-relative output path;
    ``bodies`` holds the body of each article by id."""
    # Imported when a feed is made: a rebuild that changes no feed skips feedgen and lxml.
    from site_builder.render.feedxml import feed_generator  # noqa: PLC0415

    bodies = {a.id: bodies[a.id] for a in spec.articles}  # each read once, not per format
    paths = {name: f"{spec.folder}{name}" for name in FEED_TYPES}
    rss = feed_generator(
        spec, config, absolute_url(config.base_url, paths[RSS_NAME]), FEED_TYPES[RSS_NAME], bodies
    )
    atom = feed_generator(
        spec, config, absolute_url(config.base_url, paths[ATOM_NAME]), FEED_TYPES[ATOM_NAME], bodies
    )
    return {
        paths[RSS_NAME]: _with_stylesheet(rss.rss_str(pretty=True), config),
        paths[ATOM_NAME]: _with_stylesheet(atom.atom_str(pretty=True), config),
        paths[JSON_NAME]: _json_feed(spec, config, bodies),
    }
