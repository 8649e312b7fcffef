"""sitemap.xml (with lastmod) and robots.txt pointing to it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from xml.sax.saxutils import escape

from site_builder.core.config import SiteConfig
from site_builder.core.urls import absolute_url


def render_sitemap(pages: Iterable[tuple[str, datetime | None]], config: SiteConfig) -> bytes:
    """``pages`` are (site-relative folder, last modification) pairs."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for folder, lastmod in sorted(pages, key=lambda p: p[0]):
        lines.append(f"  <url><loc>{escape(absolute_url(config.base_url, folder))}</loc>"
                     + (f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else "")
                     + "</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def render_robots(config: SiteConfig) -> bytes:
    sitemap = absolute_url(config.base_url, "sitemap.xml")
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n".encode()
