"""sitemap.xml (with lastmod) and robots.txt pointing to it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from site_builder.core.config import SiteConfig
from site_builder.core.model import Article
from site_builder.core.urls import absolute_url


@dataclass(frozen=True)
class Sitemap:
    """What sitemap.xml lists: (site-relative folder, last modification) of each page."""

    pages: tuple[tuple[str, datetime | None], ...]


@dataclass(frozen=True)
class Robots:
    """robots.txt: made from the configuration alone."""


def sitemap(paths: Iterable[str], articles: Sequence[Article]) -> Sitemap:
    """The folders of the pages among ``paths``, each dated by its article's last update
    (other pages: by the newest article's)."""
    updated = {a.slug + "/": a.updated for a in articles}
    newest = articles[0].updated if articles else None
    folders = [name.removesuffix("index.html") for name in paths if name.endswith("index.html")]
    return Sitemap(tuple((f, updated.get(f, newest)) for f in folders))


def render_sitemap(pages: Iterable[tuple[str, datetime | None]], config: SiteConfig) -> bytes:
    """``pages`` are (site-relative folder, last modification) pairs."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for folder, lastmod in sorted(pages, key=lambda p: p[0]):
        lines.append(
            f"  <url><loc>{escape(absolute_url(config.base_url, folder))}</loc>"
            + (f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else "")
            + "</url>"
        )
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def render_robots(config: SiteConfig) -> bytes:
    sitemap = absolute_url(config.base_url, "sitemap.xml")
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n".encode()
