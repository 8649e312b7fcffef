"""Render pages with Jinja2: autoescape on, undefined variables fail, article HTML trusted once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypedDict

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date
from jinja2 import Environment, StrictUndefined, TemplateError
from markupsafe import Markup

from site_builder.config import SiteConfig
from site_builder.errors import BuildError
from site_builder.feeds import ATOM_NAME, RSS_NAME
from site_builder.model import Article
from site_builder.theme import template_loader
from site_builder.urls import absolute_url


class FeedLink(TypedDict):
    title: str
    href: str
    type: str


class SiteContext(TypedDict):
    title: str
    description: str
    language: str
    base_path: str
    base_url: str
    feeds: list[FeedLink]


def human_date(value: datetime, lang: str) -> str:
    """A date as readers of the article's language write it ("7 janvāris 2026")."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return format_date(value, format="long", locale=locale)


def make_environment(config: SiteConfig) -> Environment:
    env = Environment(
        loader=template_loader(config),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["human_date"] = human_date
    return env


def site_context(config: SiteConfig) -> SiteContext:
    def feed(name: str, kind: str, label: str) -> FeedLink:
        href = absolute_url(config.base_url, name)
        return {"title": f"{config.title} ({label})", "href": href, "type": kind}

    return {
        "title": config.title,
        "description": config.description,
        "language": config.language,
        "base_path": config.base_path,
        "base_url": config.base_url,
        "feeds": [feed(RSS_NAME, "application/rss+xml", "RSS"),
                  feed(ATOM_NAME, "application/atom+xml", "Atom")],
    }


def article_context(article: Article) -> dict[str, Any]:
    """What a template sees of an article; the sanitised body is marked safe here only."""
    return {
        "title": article.title, "url": article.url, "url_path": article.url_path,
        "date": article.date, "updated": article.updated, "lang": article.lang,
        "summary": article.summary, "dek": article.dek, "body": Markup(article.body_html),
        "tags": article.tags, "keywords": article.keywords, "author": article.author,
        "image": article.image, "source": article.source, "credit": article.credit,
    }


def render_template(env: Environment, name: str, **context: Any) -> bytes:
    try:
        return env.get_template(name).render(**context).encode("utf-8")
    except TemplateError as exc:
        where = f"{getattr(exc, 'filename', None) or name}:{getattr(exc, 'lineno', '?')}"
        raise BuildError(f"{where}: template error: {exc}") from exc


def render_pages(articles: Sequence[Article], config: SiteConfig) -> dict[str, bytes]:
    """Every HTML page of the site, keyed by its output path."""
    env = make_environment(config)
    site = site_context(config)
    items = [article_context(a) for a in articles]
    pages = {
        "index.html": render_template(env, "index.html", site=site, articles=items,
                                      canonical=config.base_url),
        "404.html": render_template(env, "404.html", site=site, canonical=None),
    }
    for article, item in zip(articles, items, strict=True):
        pages[f"{article.slug}/index.html"] = render_template(
            env, "article.html", site=site, article=item, canonical=article.url)
    return pages
