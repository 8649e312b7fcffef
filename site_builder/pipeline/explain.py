"""Explain cleaning: a document's cleaned text and every removal, with rule and reason."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from site_builder.article.document import clean_and_build
from site_builder.cleaning.engine import repeatable_lines
from site_builder.cleaning.repetition import DocumentLines, Repetition, count_repeated, told
from site_builder.core.config import SiteConfig
from site_builder.core.errors import plural
from site_builder.core.model import Article, ArticleBody, FileDates, Removal
from site_builder.core.urls import source_domain
from site_builder.incremental.cache import BuildCache, Lines, cache_file, fingerprint
from site_builder.source.loader import load_document, load_source
from site_builder.source.scan import Identity, scan_content

# explain shows cleaning, not dates: an undated document gets a placeholder date.
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _describe(removal: Removal, reason: str) -> str:
    where = f"line {removal.line}" if removal.line else "element"
    # Which layer decided (rule, classifier, repetition, selector), unless it is said.
    if removal.layer not in (removal.category, removal.rule) and not reason.startswith(
        removal.layer
    ):
        reason = f"{removal.layer}: {reason}"
    return (
        f"- {where}: [{removal.category}: {removal.rule}] {reason}\n    removed: {removal.text!r}"
    )


def _recorded(config: SiteConfig) -> dict[str, tuple[Identity, Lines]]:
    """The last build's record of each document's lines (nothing without a build cache)."""
    if not cache_file(config.root).is_file():
        return {}
    try:
        cache = BuildCache(config.root)
    except sqlite3.Error:
        return {}
    try:
        return cache.recorded_lines(fingerprint(config))
    finally:
        cache.close(commit=False)


def site_repetition(config: SiteConfig, path: Path) -> Repetition:
    """The lines repeated across the site's documents as a build counts them, ``path`` as
    it is now: each document's lines from the last build's record where its files are
    unchanged, the others read again."""
    scan = scan_content(config)
    recorded = _recorded(config)
    found = []
    for rel in scan.relpaths:
        identity, lines = recorded.get(rel) or (None, None)
        if lines is not None and identity == scan.identity(rel) and scan.path(rel) != path:
            found.append(DocumentLines(*lines))
            continue
        try:
            doc, _ = load_source(scan.path(rel), scan.dates(rel), config)
            if doc is not None:
                found.append(repeatable_lines(doc))
        except Exception:  # the build reports it; here it only does not count
            continue
    return count_repeated(found)


def explain_file(path: Path, config: SiteConfig) -> str:
    """A readable report: title, cleaned text, then each removal (as a build makes it:
    with the lines repeated across the site's documents)."""
    repetition = site_repetition(config, path) if path.is_relative_to(config.content_dir) else None
    if not path.is_relative_to(config.content_dir):
        config = replace(config, content_dir=path.parent)
    doc = load_document(path, config, FileDates(_EPOCH, _EPOCH))
    clean, article, body, lines, _ = clean_and_build(doc, config, repetition=repetition)
    text = [f"# {article.title}", "", body.text, ""]
    text.append(f"Removed {plural(len(clean.removals), 'piece')} of boilerplate:")
    text.extend(_describe(r, told(r, lines.source, repetition)) for r in clean.removals)
    if clean.keywords:
        text.append(f"Kept as metadata: keywords = {', '.join(clean.keywords)}")
    return "\n".join(text)


def removal_report(
    articles: Sequence[Article],
    bodies: Mapping[str, ArticleBody],
    content_dir: Path,
    repetition: Repetition | None = None,
) -> bytes:
    """Every removal of a build as JSON: per source file, what was removed, by which rule,
    why (a repeated line: in how many of its source's documents), and where."""
    report = {
        "documents": [
            {
                "source": a.source_path.relative_to(content_dir).as_posix()
                if a.source_path.is_relative_to(content_dir)
                else str(a.source_path),
                "url": a.url,
                "removals": [
                    r.fields(told(r, _source(a), repetition)) for r in bodies[a.id].removals
                ],
            }
            for a in sorted(articles, key=lambda a: str(a.source_path))
        ]
    }
    return json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _source(article: Article) -> str:
    """What the article's lines were grouped by (``engine.document_source``)."""
    return source_domain(article.original_url, article.source) or ""
