"""The cleaner on its own (``site-builder clean``): documents in, their cleaned text out,
as plain text, Markdown, or JSON with the metadata found and every removal. It runs the
same loading, cleaning and article stages as a build (``article.document.clean_and_build``),
with the lines that recur across the given documents of one source removed as that
source's boilerplate (``cleaning.repetition``)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from site_builder.cleaning.repetition import DocumentLines, Repetition, told
from site_builder.core.config import SiteConfig
from site_builder.core.errors import SiteBuilderError
from site_builder.core.model import (
    Article,
    ArticleBody,
    CleanDocument,
    FileDates,
    Format,
    SourceDocument,
)

# The cleaner shows text, not dates: an undated document gets a placeholder date.
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
FORMATS = ("text", "markdown", "json")


@dataclass(frozen=True)
class Cleaned:
    name: str  # the file as given ("-" for standard input)
    clean: CleanDocument
    article: Article
    body: ArticleBody
    source: str = ""  # what its lines are grouped by for repetition
    repetition: Repetition | None = None  # the lines repeated across the documents given


def clean_path(path: Path, config: SiteConfig, name: str | None = None) -> Cleaned:
    """Load and clean one document exactly as a build does (ContentError when unusable)."""
    from site_builder.article.document import clean_and_build  # noqa: PLC0415
    from site_builder.source.loader import load_document  # noqa: PLC0415

    if not path.is_relative_to(config.content_dir):
        config = replace(config, content_dir=path.parent)
    doc = load_document(path, config, FileDates(_EPOCH, _EPOCH))
    built = clean_and_build(doc, config)
    return Cleaned(name or str(path), built.clean, built.article, built.body)


@dataclass(frozen=True)
class _Loaded:
    name: str
    doc: SourceDocument
    config: SiteConfig


def _load(path: Path, config: SiteConfig, name: str) -> _Loaded:
    from site_builder.source.loader import load_document  # noqa: PLC0415

    if not path.is_relative_to(config.content_dir):
        config = replace(config, content_dir=path.parent)
    return _Loaded(name, load_document(path, config, FileDates(_EPOCH, _EPOCH)), config)


def _problem(name: str, exc: Exception) -> str:
    return f"{name}: {exc}" if isinstance(exc, OSError) else str(exc)


def clean_files(
    files: Sequence[Path], config: SiteConfig, stdin: Callable[[], bytes]
) -> tuple[list[Cleaned], list[str]]:
    """Clean the files ("-": standard input) as a build does, the lines that recur across
    the documents of one source removed as its boilerplate; a file that cannot be read or
    cleaned is a problem naming it, and the others are still cleaned."""
    from site_builder.article.document import clean_and_build  # noqa: PLC0415
    from site_builder.cleaning.repetition import count_repeated  # noqa: PLC0415

    loaded: list[_Loaded] = []
    problems: list[str] = []
    stdin_copy = ""
    with tempfile.TemporaryDirectory() as folder:
        for file in files:
            try:
                if str(file) == "-":
                    data = stdin()
                    path = Path(folder) / f"stdin{_stdin_suffix(data)}"
                    path.write_bytes(data)
                    stdin_copy = str(path)
                    loaded.append(_load(path, config, "-"))
                else:
                    loaded.append(_load(file.absolute(), config, str(file)))
            except (SiteBuilderError, OSError) as exc:
                problems.append(_problem(str(file), exc))
        repetition = count_repeated(_lines(loaded))
        results = []
        for item in loaded:
            try:
                built = clean_and_build(item.doc, item.config, repetition=repetition)
                results.append(
                    Cleaned(
                        item.name,
                        built.clean,
                        built.article,
                        built.body,
                        built.lines.source,
                        repetition,
                    )
                )
            except SiteBuilderError as exc:
                problems.append(_problem(item.name, exc))
            except Exception as exc:  # one document's failure, whatever it is, is its own
                problems.append(f"{item.name}: unexpected {type(exc).__name__}: {exc}")
        if stdin_copy:  # named "-" as the user wrote it, not by its temporary copy
            problems = [problem.replace(stdin_copy, "-") for problem in problems]
    return results, problems


def _lines(loaded: list[_Loaded]) -> Iterator[DocumentLines]:
    """What repetition counts of each document (one it cannot read counts nothing: its
    cleaning then reports the problem)."""
    from site_builder.cleaning.engine import repeatable_lines  # noqa: PLC0415

    for item in loaded:
        try:
            yield repeatable_lines(item.doc)
        except Exception:  # its cleaning reports it
            continue


def _stdin_suffix(data: bytes) -> str:
    head = data.lstrip()[:200].lower()
    if head.startswith((b"<!doctype", b"<html", b"<")):
        return ".html"
    return ".md" if head.startswith(b"---") else ".txt"


def clean_bytes(data: bytes, config: SiteConfig) -> Cleaned:
    """Clean a document given as bytes (standard input): HTML, Markdown with front matter,
    or plain text, told apart by how it starts."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"stdin{_stdin_suffix(data)}"
        path.write_bytes(data)
        return clean_path(path, config, "-")


def _markdown(cleaned: Cleaned) -> str:
    clean = cleaned.clean
    if clean.source.format is Format.MARKDOWN:
        body = clean.body.strip("\n")
    else:  # plain text and HTML: the blocks the article page shows, one paragraph each
        body = "\n\n".join(line for line in cleaned.body.text.split("\n") if line.strip())
    return f"# {cleaned.article.title}\n\n{body}\n"


def _metadata(article: Article, clean: CleanDocument) -> dict[str, Any]:
    return {
        "title": article.title,
        "lang": article.lang,
        # The document's own date only: a build takes undated ones' dates from git.
        "date": article.date.isoformat() if clean.source.meta.date else None,
        "author": article.author,
        "tags": list(article.tags),
        "keywords": list(clean.keywords),
        "credits": list(clean.credits),
        "sources": list(clean.sources),
        "authors": list(clean.authors),
        "source": article.source,
    }


def as_json(cleaned: Cleaned) -> dict[str, Any]:
    clean = cleaned.clean
    return {
        "file": cleaned.name,
        "text": cleaned.body.text,
        "metadata": _metadata(cleaned.article, clean),
        "removals": [r.fields(told(r, cleaned.source, cleaned.repetition)) for r in clean.removals],
    }


def render(results: list[Cleaned], fmt: str) -> str:
    """What ``clean`` prints for these documents in this format."""
    if fmt == "json":
        data: Any = as_json(results[0]) if len(results) == 1 else [as_json(r) for r in results]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return "\n".join(_markdown(r) for r in results)
    return "\n".join(r.body.text.rstrip("\n") + "\n" for r in results)
