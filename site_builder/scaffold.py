"""Start a new article: a Markdown file with YAML front matter, never over an existing one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import yaml

from site_builder.config import SiteConfig
from site_builder.errors import SiteBuilderError
from site_builder.urls import make_slug


def front_matter(title: str, when: datetime) -> str:
    """The new document's text: metadata only, the body is the author's to write."""
    # safe_dump quotes a title that YAML would otherwise misread ("Yes", "1990", "a: b").
    title_yaml = yaml.safe_dump({"title": title}, allow_unicode=True, width=1_000_000)
    return (f"---\n{title_yaml}date: {when.replace(microsecond=0).isoformat()}\n"
            "draft: true\ntags: []\n---\n\n")


def new_article(config: SiteConfig, title: str, now: datetime) -> Path:
    """Create ``content/<slug>.md`` dated ``now`` in the site's time zone; return its path."""
    if not title.strip():
        raise SiteBuilderError("error: the title is empty (give the article a title)")
    path = config.content_dir / f"{make_slug(title)}.md"
    config.content_dir.mkdir(parents=True, exist_ok=True)
    text = front_matter(title.strip(), now.astimezone(config.tz))
    try:
        # Mode "x" refuses an existing file atomically: no check-then-write race.
        with path.open("x", encoding="utf-8") as out:
            out.write(text)
    except FileExistsError:
        raise SiteBuilderError(
            f"{path}: error: already exists; refusing to overwrite it "
            "(edit that file, or choose a different title)") from None
    return path
