"""What templates see of articles, images, dates and feed links (plain dicts and strings)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TypedDict

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date

from site_builder.core.config import SiteConfig
from site_builder.core.model import Article, Image
from site_builder.core.urls import absolute_url
from site_builder.render.entries import FEED_TYPES

FEED_LABELS = {"rss.xml": "RSS", "atom.xml": "Atom", "feed.json": "JSON Feed"}

# How many headlines a topic or an archive month shows on its overview page.
OVERVIEW_HEADLINES = 5


class FeedLink(TypedDict):
    title: str
    href: str
    type: str
    label: str


@lru_cache(maxsize=256)
def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@lru_cache(maxsize=65536)
def _format_day(day: date, lang: str, pattern: str) -> str:
    # Babel is slow and a site repeats the same days thousands of times: format each once.
    return format_date(day, format=pattern, locale=_locale(lang))


def human_date(value: datetime, lang: str) -> str:
    """A date as readers of the article's language write it ("2026. gada 7. janvāris")."""
    return _format_day(value.date(), lang, "long")


def human_month(value: datetime, lang: str) -> str:
    """A month and year in the given language ("January 2026")."""
    return _format_day(value.date().replace(day=1), lang, "LLLL y")


def feed_links(config: SiteConfig, title: str, folder: str) -> list[FeedLink]:
    return [
        {
            "title": f"{title} ({FEED_LABELS[name]})",
            "label": FEED_LABELS[name],
            "href": absolute_url(config.base_url, f"{folder}{name}"),
            "type": kind,
        }
        for name, kind in FEED_TYPES.items()
    ]


def image_view(image: Image | None) -> dict[str, Any] | None:
    """An image as templates show it: the source, its resized copies, its size."""
    if image is None:
        return None
    srcset = ", ".join(f"{url} {width}w" for width, url in image.variants)
    return {
        "src": image.url,
        "srcset": srcset,
        "width": image.width,
        "height": image.height,
        "alt": "",
        "caption": image.caption,
    }


@dataclass(frozen=True)
class Teaser:
    """What a list, an overview or another article's page shows of an article. Its key is
    its digest, of every field (see incremental.keys): such a page is made again when what
    it shows of an article changes, not whenever the article's body does."""

    title: str
    url_path: str
    date: datetime
    lang: str
    summary: str
    author: str | None
    image: Image | None
    digest: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        shown = repr(tuple(getattr(self, f.name) for f in fields(self) if f.init))
        digest = hashlib.blake2b(shown.encode(), digest_size=16).hexdigest()
        object.__setattr__(self, "digest", digest)

    @classmethod
    def of(cls, article: Article) -> Teaser:
        return cls(
            article.title,
            article.url_path,
            article.date,
            article.lang,
            article.summary,
            article.author,
            article.image,
        )


def teaser(article: Article | Teaser) -> dict[str, Any]:
    return {
        "title": article.title,
        "url_path": article.url_path,
        "date": article.date,
        "lang": article.lang,
        "summary": article.summary,
        "author": article.author,
        "image": image_view(article.image),
    }


def teasers(articles: Sequence[Teaser]) -> list[dict[str, Any]]:
    return [teaser(a) for a in articles]


def headlines(articles: Sequence[Teaser]) -> list[dict[str, Any]]:
    return teasers(articles[:OVERVIEW_HEADLINES])
