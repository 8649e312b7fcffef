"""One document from content/ to an Article: loaded, cleaned, built; any failure is the
document's diagnostic."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from site_builder.core.config import SiteConfig
from site_builder.core.errors import ContentError, Diagnostic, unexpected_error
from site_builder.core.model import Article, ArticleBody, CleanDocument, FileDates, SourceDocument

if TYPE_CHECKING:
    from site_builder.cleaning.repetition import RepeatedLines

# The stages are imported where they run: a rebuild that finds nothing changed needs none.


def clean_and_build(
    doc: SourceDocument,
    config: SiteConfig,
    warnings: list[Diagnostic] | None = None,
    *,
    folder: str | None = None,
    repeated: RepeatedLines | None = None,
) -> tuple[CleanDocument, Article, ArticleBody]:
    """The cleaning and article stages for one loaded document (build and explain);
    ``folder``: where its page goes, instead of where it would (see _unique_folders);
    ``repeated``: the lines that recur across its source's documents
    (``cleaning.repetition.find_repeated``)."""
    from site_builder.article.articles import build_article  # noqa: PLC0415
    from site_builder.cleaning.engine import clean_document, document_rules  # noqa: PLC0415
    from site_builder.cleaning.language import with_language  # noqa: PLC0415

    doc = with_language(doc)  # a document without lang: detected from its text
    clean = clean_document(doc, document_rules(doc, config.cleaning, config.language), repeated)
    return clean, *build_article(clean, config, warnings, folder=folder)


def document_article(
    path: Path, dates: FileDates, config: SiteConfig, folder: str | None = None
) -> tuple[Article | None, ArticleBody | None, list[Diagnostic]]:
    """Load, clean and build one document. Any exception becomes this document's
    diagnostic: one document never stops a build."""
    warnings: list[Diagnostic] = []
    try:
        from site_builder.source.loader import load_source  # noqa: PLC0415

        doc, problem = load_source(path, dates, config)
        if doc is None:
            return None, None, [problem] if problem else []
        warnings.extend(doc.warnings)
        _, article, body = clean_and_build(doc, config, warnings, folder=folder)
        return article, body, warnings
    except ContentError as exc:
        return None, None, [*warnings, exc.diagnostic]
    except Exception as exc:
        return None, None, [*warnings, unexpected_error(exc, path)]
