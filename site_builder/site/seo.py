"""Search-engine and social metadata for the page head: OpenGraph, Twitter, JSON-LD."""

from __future__ import annotations

from typing import Any

from site_builder.core.config import SiteConfig
from site_builder.core.model import Article


def news_article_jsonld(article: Article, config: SiteConfig) -> dict[str, Any]:
    """A schema.org NewsArticle, as search engines read it."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.summary,
        "datePublished": article.date.isoformat(),
        "dateModified": article.updated.isoformat(),
        "inLanguage": article.lang,
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.url},
        "url": article.url,
        "publisher": {"@type": "Organization", "name": config.title, "url": config.base_url},
    }
    author = article.author or config.author
    if author:
        data["author"] = [
            {"@type": "Person" if article.author else "Organization", "name": name.strip()}
            for name in author.split(",")
        ]
    if article.image:
        data["image"] = [article.image.url]
    if article.keywords or article.tags:
        data["keywords"] = list(dict.fromkeys((*article.keywords, *article.tags)))
    return data


def open_graph(article: Article, config: SiteConfig) -> list[tuple[str, str]]:
    """(property, content) pairs for OpenGraph and Twitter card meta tags."""
    tags = [
        ("og:type", "article"),
        ("og:site_name", config.title),
        ("og:title", article.title),
        ("og:description", article.summary),
        ("og:url", article.url),
        ("og:locale", article.lang.replace("-", "_")),
        ("article:published_time", article.date.isoformat()),
        ("article:modified_time", article.updated.isoformat()),
    ]
    tags += [("article:tag", tag) for tag in article.tags]
    if article.image:
        tags.append(("og:image", article.image.url))
    card = "summary_large_image" if article.image else "summary"
    tags += [
        ("twitter:card", card),
        ("twitter:title", article.title),
        ("twitter:description", article.summary),
    ]
    return tags
