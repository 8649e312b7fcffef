"""One document from content/ to an Article: loaded, cleaned, built; any failure is the
document's diagnostic."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from site_builder.core.config import SiteConfig
from site_builder.core.errors import ContentError, Diagnostic, unexpected_error
from site_builder.core.model import Article, ArticleBody, CleanDocument, FileDates, SourceDocument

if TYPE_CHECKING:
    from site_builder.cleaning.repetition import DocumentLines, Repetition

# The stages are imported where they run: a rebuild that finds nothing changed needs none.


class Built(NamedTuple):
    """One document through the cleaning and article stages."""

    clean: CleanDocument
    article: Article
    body: ArticleBody
    lines: DocumentLines  # what repetition counts of it
    held: bytes  # which of those were removed as repeated, if boilerplate (Repetition.held)


def clean_and_build(
    doc: SourceDocument,
    config: SiteConfig,
    warnings: list[Diagnostic] | None = None,
    *,
    folder: str | None = None,
    repetition: Repetition | None = None,
) -> Built:
    """The cleaning and article stages for one loaded document (build and explain);
    ``folder``: where its page goes, instead of where it would (see _unique_folders);
    ``repetition``: the lines that recur across the documents of each source
    (``cleaning.repetition.count_repeated``)."""
    from site_builder.article.articles import build_article  # noqa: PLC0415
    from site_builder.cleaning.engine import (  # noqa: PLC0415
        clean_document,
        document_rules,
        repeatable_lines,
    )
    from site_builder.cleaning.language import with_language  # noqa: PLC0415
    from site_builder.cleaning.repetition import RepeatedLines  # noqa: PLC0415

    doc = with_language(doc)  # a document without lang: detected from its text
    lines = repeatable_lines(doc)
    held = repetition.held(lines) if repetition is not None else b""
    repeated = RepeatedLines(lines.source, held) if held else None
    clean = clean_document(doc, document_rules(doc, config.cleaning, config.language), repeated)
    article, body = build_article(clean, config, warnings, folder=folder)
    return Built(clean, article, body, lines, held)


class Made(NamedTuple):
    """A document made for a build: its article and body (None when it failed), what it
    reported, and what repetition counts of it and removed from it (``Built``)."""

    article: Article | None
    body: ArticleBody | None
    diagnostics: list[Diagnostic]
    lines: DocumentLines | None = None
    held: bytes = b""


def document_article(
    path: Path,
    dates: FileDates,
    config: SiteConfig,
    folder: str | None = None,
    repetition: Repetition | None = None,
) -> Made:
    """Load, clean and build one document. Any exception becomes this document's
    diagnostic: one document never stops a build."""
    warnings: list[Diagnostic] = []
    try:
        from site_builder.source.loader import load_source  # noqa: PLC0415

        doc, problem = load_source(path, dates, config)
        if doc is None:
            return Made(None, None, [problem] if problem else [])
        warnings.extend(doc.warnings)
        built = clean_and_build(doc, config, warnings, folder=folder, repetition=repetition)
        return Made(built.article, built.body, warnings, built.lines, built.held)
    except ContentError as exc:
        return Made(None, None, [*warnings, exc.diagnostic])
    except Exception as exc:
        return Made(None, None, [*warnings, unexpected_error(exc, path)])
