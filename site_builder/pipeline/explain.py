"""Explain cleaning: a document's cleaned text and every removal, with rule and reason."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from site_builder.article.document import clean_and_build
from site_builder.core.config import SiteConfig
from site_builder.core.errors import plural
from site_builder.core.model import Article, ArticleBody, FileDates, Removal
from site_builder.source.loader import load_document

# explain shows cleaning, not dates: an undated document gets a placeholder date.
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _describe(removal: Removal) -> str:
    where = f"line {removal.line}" if removal.line else "element"
    # Which layer decided (rule, classifier, repetition, selector), unless the reason says it.
    reason = removal.reason
    if not reason.startswith(removal.layer):
        reason = f"{removal.layer}: {reason}"
    return (
        f"- {where}: [{removal.category}: {removal.rule}] {reason}\n    removed: {removal.text!r}"
    )


def explain_file(path: Path, config: SiteConfig) -> str:
    """A readable report: title, cleaned text, then each removal."""
    if not path.is_relative_to(config.content_dir):
        config = replace(config, content_dir=path.parent)
    doc = load_document(path, config, FileDates(_EPOCH, _EPOCH))
    clean, article, body = clean_and_build(doc, config)
    lines = [f"# {article.title}", "", body.text, ""]
    lines.append(f"Removed {plural(len(clean.removals), 'piece')} of boilerplate:")
    lines.extend(_describe(r) for r in clean.removals)
    if clean.keywords:
        lines.append(f"Kept as metadata: keywords = {', '.join(clean.keywords)}")
    return "\n".join(lines)


def removal_report(
    articles: Sequence[Article], bodies: Mapping[str, ArticleBody], content_dir: Path
) -> bytes:
    """Every removal of a build as JSON: per source file, what was removed, by which rule,
    why, and where."""
    report = {
        "documents": [
            {
                "source": a.source_path.relative_to(content_dir).as_posix()
                if a.source_path.is_relative_to(content_dir)
                else str(a.source_path),
                "url": a.url,
                "removals": [
                    {
                        "text": r.text,
                        "layer": r.layer,
                        "rule": r.rule,
                        "category": r.category,
                        "reason": r.reason,
                        "line": r.line,
                    }
                    for r in bodies[a.id].removals
                ],
            }
            for a in sorted(articles, key=lambda a: str(a.source_path))
        ]
    }
    return json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
