"""Where an article's page lives: a folder under the site, from its own ``url`` (Hugo) or
``permalink`` (Jekyll), a site pattern per section (Hugo's ``:year/:month/:slug``
tokens), or its slug."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from site_builder.core.urls import RESERVED_SLUGS, make_slug

# Jekyll's and Pelican's default file names start with the date: "2024-05-01-title.md".
FILE_NAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:-|_|$)")
# A segment of an address kept as it was written (an old URL must keep working): letters,
# digits and the few marks URLs carry, never "." or ".." or a separator.
_SEGMENT = re.compile(r"[\w~+-][\w.~+-]{0,199}", re.UNICODE)
TOKENS = (
    "year",
    "month",
    "day",
    "slug",
    "title",
    "filename",
    "contentbasename",
    "section",
    "sections",
)
_TOKEN = re.compile(r":([a-z]+)")
BUNDLE_NAMES = frozenset({"index", "_index"})  # Hugo's page bundle: the folder names it


@dataclass(frozen=True)
class Placement:
    """An article's folder (no slash at either end), whether the document chose it (its
    ``slug``, ``url`` or ``permalink``), and addresses that must redirect to it."""

    folder: str
    chosen: bool
    aliases: tuple[str, ...] = ()
    refused: str | None = None  # an own address that could not be used, and why


def unknown_tokens(pattern: str) -> list[str]:
    return [name for name in _TOKEN.findall(pattern) if name not in TOKENS]


def file_name_stem(relpath: str) -> str:
    """The document's name without suffix and date prefix; a page bundle's (index.md)
    is its folder's name."""
    path = PurePosixPath(relpath)
    stem = path.name.split(".", 1)[0]
    if stem in BUNDLE_NAMES and len(path.parts) > 1:
        stem = path.parent.name
    found = FILE_NAME_DATE.match(stem)
    return stem[found.end() :] if found else stem


def literal_path(address: str) -> str | None:
    """A site-relative output path for an address written in metadata ("/old/x.html",
    "/posts/x/", "posts/x"): "old/x.html", "posts/x/"; None when a part of it is unsafe."""
    try:
        path = unquote(urlsplit(address.strip()).path)
    except ValueError:
        return None
    parts = [p for p in path.split("/") if p]
    if not parts or not all(_SEGMENT.fullmatch(p) for p in parts):
        return None
    joined = "/".join(parts)
    return joined if parts[-1].endswith((".html", ".htm")) else joined + "/"


def _safe(segment: str) -> str:
    return segment if _SEGMENT.fullmatch(segment) else make_slug(segment)


def _expand(pattern: str, values: dict[str, str]) -> str:
    return _TOKEN.sub(lambda m: values.get(m.group(1), m.group(0)), pattern)


def _folder_of(path: str) -> tuple[str, tuple[str, ...]]:
    """A page folder for a literal path; an old ".html" address is kept as a redirect to
    the folder (each page's images live in its own folder)."""
    if path.endswith((".html", ".htm")):
        return path.rsplit(".", 1)[0], (path,)
    return path.rstrip("/"), ()


def _unreserved(folder: str) -> str:
    """The site's own top-level folders (tags/, archive/, ...) are never an article's."""
    first, _, rest = folder.partition("/")
    return f"{first}-article/{rest}".rstrip("/") if first in RESERVED_SLUGS else folder


def place_article(
    *,
    relpath: str,
    section: str,
    title: str,
    slug: str | None,
    address: str | None,
    date: datetime,
    patterns: dict[str, str],
) -> Placement:
    """Where the page of the document at ``relpath`` goes (see the module's docstring)."""
    refused = None
    if address:
        literal = literal_path(_expand(address, _values(relpath, section, title, slug, date)))
        if literal is not None:
            folder, aliases = _folder_of(literal)
            return Placement(_unreserved(folder), True, aliases)
        refused = (
            f"address {address!r} cannot be a page's (only letters, digits and "
            "'.~+-_' between slashes): not used"
        )
    pattern = patterns.get(section) or patterns.get("*")
    if pattern:
        literal = literal_path(_expand(pattern, _values(relpath, section, title, slug, date)))
        if literal is not None:
            folder, aliases = _folder_of(literal)
            return Placement(_unreserved(folder), bool(slug), aliases, refused)
    return Placement(slug or make_slug(title), bool(slug), refused=refused)


def _values(
    relpath: str, section: str, title: str, slug: str | None, date: datetime
) -> dict[str, str]:
    folders = [
        _safe(p) for p in PurePosixPath(relpath).parent.parts if p not in ("_posts", "_drafts")
    ]
    if PurePosixPath(relpath).name.split(".", 1)[0] in BUNDLE_NAMES and folders:
        folders = folders[:-1]  # a bundle's own folder is its name, not a section
    stem = _safe(file_name_stem(relpath)) if file_name_stem(relpath) else make_slug(title)
    return {
        "year": f"{date.year:04d}",
        "month": f"{date.month:02d}",
        "day": f"{date.day:02d}",
        "slug": slug or make_slug(title),
        "title": make_slug(title),
        "filename": stem,
        "contentbasename": stem,
        "section": _safe(section) if section else "",
        "sections": "/".join(folders),
    }
