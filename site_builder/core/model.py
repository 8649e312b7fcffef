"""Core data types that flow through the pipeline: documents, removals and articles."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from site_builder.core.errors import Diagnostic
from site_builder.core.freeform import Table


@dataclass(frozen=True)
class FileDates:
    """A document's dates from git history (the same on every clone), else its file's."""

    added: datetime  # author date of the commit that first added the file
    changed: datetime  # author date of the newest commit that touched it
    from_git: bool = True  # False: the file's modification time (not in git)


class Format(Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True)
class Metadata:
    """Per-article metadata from front matter, a sidecar or the page itself."""

    title: str | None = None
    date: datetime | None = None
    updated: datetime | None = None
    tags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    draft: bool = False
    slug: str | None = None
    description: str | None = None
    author: str | None = None
    id: str | None = None
    lang: str | None = None
    image: str | None = None
    source: str | None = None
    credit: str | None = None
    translation_key: str | None = None
    original_url: str | None = None  # where the article was first published
    url: str | None = None  # the page's own address (Hugo's url, Jekyll's permalink)
    aliases: tuple[str, ...] = ()  # earlier addresses, published as redirects (Hugo)
    encoding: str | None = None  # of the document's bytes (a sidecar's word: no guessing)
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Removal:
    """One piece of text the cleaner removed, with the rule that removed it and why."""

    text: str
    rule: str
    category: str
    reason: str
    line: int | None = None
    layer: str = "rule"  # which cleaning layer: rule, classifier, repetition or selector

    def fields(self, reason: str | None = None) -> dict[str, str | int | None]:
        """As reports list it (``build --report``, ``clean --format json``); ``reason``: as
        the report tells it, when that differs from the recorded one."""
        return {
            "text": self.text,
            "layer": self.layer,
            "rule": self.rule,
            "category": self.category,
            "reason": self.reason if reason is None else reason,
            "line": self.line,
        }


@dataclass(frozen=True)
class SourceDocument:
    """A document as loaded: its body in its own format, its metadata, where it came from."""

    path: Path
    relpath: str
    format: Format
    body: str
    body_line: int
    meta: Metadata
    file_dates: FileDates | None = None  # when the file was added and last changed
    removals: tuple[Removal, ...] = ()  # made while reading (per-source page selectors)
    warnings: tuple[Diagnostic, ...] = ()  # what reading found but could work around


@dataclass(frozen=True)
class CleanDocument:
    """A document after cleaning: the body without boilerplate, and what was removed."""

    source: SourceDocument
    body: str
    removals: tuple[Removal, ...] = ()
    keywords: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()  # from byline lines ("By Jane Doe", "Jane Doe, correspondent")
    # A caption's credit cut under a body image: (the image's src, the credit as written,
    # the credit's value), so the page can show it under that image.
    image_credits: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Image:
    """A lead image as feeds need it: absolute URL, MIME type, size in bytes if known."""

    url: str
    mime: str
    length: int | None = None
    width: int | None = None  # pixels, for local images (read at build time)
    height: int | None = None
    variants: tuple[tuple[int, str], ...] = ()  # (width, URL) of each resized copy
    caption: str | None = None  # from the body's copy of it, when the body led with it


@dataclass(frozen=True)
class WordCounts:
    """How often each word occurs in an article (``article.terms.count_terms``), the raw
    material of related coverage: "word count word count ..." in one string, sorted by
    word (ten thousand of them load from the build cache in a blink; as tuples of pairs
    they took most of a rebuild's loading time)."""

    packed: str = ""

    def words(self) -> list[str]:
        return self.packed.split()[::2]

    def counts(self) -> Iterator[tuple[str, int]]:
        flat = self.packed.split()
        return zip(flat[::2], map(int, flat[1::2]), strict=True)


NO_WORDS = WordCounts()


@dataclass(frozen=True)
class ArticleBody:
    """The large parts of an article, kept apart so list pages, feeds of other articles and
    rebuilds never hold every body in memory."""

    html: str  # sanitised body HTML, as the article page shows it
    text: str  # plain text of the body, one block per line (explain, checks)
    removals: tuple[Removal, ...] = ()
    absolute_html: str | None = None  # the HTML with absolute URLs, when that differs

    @property
    def feed_html(self) -> str:
        """The body as feeds carry it (every URL absolute)."""
        return self.html if self.absolute_html is None else self.absolute_html


@dataclass(frozen=True)
class Article:
    """A publishable article: typed metadata, and a digest of everything it is made of
    (metadata and body) that changes whenever any of it changes."""

    id: str
    slug: str  # the page's folder under the site: "x", or "posts/x", "2024/05/x" (a pattern)
    url_path: str
    url: str
    title: str
    date: datetime
    updated: datetime
    lang: str
    summary: str
    dek: str | None
    source_file: str  # the document's path (a string: cheaper to cache than a Path)
    tags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    author: str | None = None
    image: Image | None = None
    assets: tuple[tuple[str, Path], ...] = ()
    resized: tuple[tuple[str, Path, int], ...] = ()  # (output, source image, width) copies
    source: str | None = None
    credit: str | None = None
    draft: bool = False
    translation_key: str | None = None
    aliases: tuple[str, ...] = ()  # other addresses of the page ("old/", "x.html")
    chosen: bool = False  # the document chose its folder (slug, url or permalink)
    original_url: str | None = None  # where a republished article first appeared
    extra: Table = field(default_factory=Table)  # unknown front matter keys, for templates
    digest: str = ""
    terms: WordCounts = field(default=NO_WORDS, compare=False)

    @property
    def source_path(self) -> Path:
        return Path(self.source_file)
