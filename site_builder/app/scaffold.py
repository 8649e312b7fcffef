"""Start a site (``init``) or an article (``new``): files written once, never over an
existing one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import yaml

from site_builder.core.config import CONFIG_NAME, SiteConfig
from site_builder.core.errors import SiteBuilderError, shown
from site_builder.core.urls import make_slug


def front_matter(title: str, when: datetime) -> str:
    """The new document's text: metadata only, the body is the author's to write."""
    # safe_dump quotes a title that YAML would otherwise misread ("Yes", "1990", "a: b").
    title_yaml = yaml.safe_dump({"title": title}, allow_unicode=True, width=1_000_000)
    return (
        f"---\n{title_yaml}date: {when.replace(microsecond=0).isoformat()}\n"
        "draft: true\ntags: []\n---\n\n"
    )


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
            "(edit that file, or choose a different title)"
        ) from None
    return path


SITE_TOML = """\
# site_builder settings. Every key is optional; the commented values are the defaults.

title = "My news site"
# description = ""
# The address the site is published at. Links and feeds are absolute, so set it before
# publishing (until then they point at the preview server, and build warns).
# base_url = "https://example.org/"
# language = "en"                # the articles' default language
# timezone = "UTC"               # for dates written without one, e.g. "Europe/Riga"
# author = ""                    # the byline of articles that name no author
# content_dir = "content"        # the documents: .md, .txt (+ .txt.meta.toml), .html
# output_dir = "public"          # where build writes the site
# static_dir = "static"          # copied into the site as it is (CNAME, favicon.ico)
# theme_dir = "theme"            # templates that replace the default theme's
# feed_limit = 30                # entries per feed
# paginate = 20                  # articles per list page
# id_authority = ""              # scopes the feed entry ids (default: base_url's host)

# Page addresses by section (the first folder in content/; "*" for every other):
# tokens :year :month :day :slug :title :filename :section :sections.
# [permalinks]
# posts = "/:year/:month/:slug/"

# Free-form values for your templates, read there as {{ site.params.tagline }}.
# [params]
# tagline = "News from the region"

# Your own boilerplate patterns (regular expressions, matched against whole lines).
# [cleaning]
# drop = ['^Sponsored by .*']
# keep = ['^Follow us on the map']
"""

GITIGNORE = """\
# Made by site-builder build (urls.lock is not here: commit it, it keeps old links working).
/public/
/.public.*
/.site-builder-cache/
"""


def _example(now: datetime) -> str:
    when = now.replace(microsecond=0).isoformat()
    return (
        f"---\ntitle: Hello from site_builder\ndate: {when}\ntags: [example]\n---\n\n"
        "This is an example article. Edit it, or delete it and write your own with "
        '`site-builder new "A title"`.\n\nEvery Markdown file in `content/` becomes a '
        "page, and the newest ones make the front page and the feeds.\n"
    )


def init_site(folder: Path, now: datetime) -> list[Path]:
    """Write ``site.toml``, ``content/`` with an example article and ``.gitignore`` into
    ``folder``; refuse when it already holds a site. Returns the files written."""
    if (folder / CONFIG_NAME).exists():
        raise SiteBuilderError(
            f"{shown(folder / CONFIG_NAME)}: error: already exists: "
            "this folder is a site already (edit that file)"
        )
    files = {
        folder / CONFIG_NAME: SITE_TOML,
        folder / "content" / "hello-from-site-builder.md": _example(now),
    }
    if not (folder / ".gitignore").exists():
        files[folder / ".gitignore"] = GITIGNORE
    written = []
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with path.open("x", encoding="utf-8") as out:
                out.write(text)
        except FileExistsError:
            continue  # an article of that name is the user's: leave it
        written.append(path)
    return written
