"""Find and read documents under content/: the only stage that reads the content folder."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from site_builder.cleaning.selectors import strip_selectors
from site_builder.config import SiteConfig
from site_builder.decoding import decode, line_of
from site_builder.errors import ContentError, Diagnostic, Severity
from site_builder.frontmatter import (
    check_nesting,
    key_lines,
    split_front_matter,
    toml_error_line,
)
from site_builder.gitdates import FileDates, git_file_dates
from site_builder.limits import check_limits
from site_builder.metadata import parse_metadata
from site_builder.model import Format, Metadata, Removal, SourceDocument
from site_builder.textnorm import strip_forbidden
from site_builder.urls import source_domain

SUFFIXES: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
}
# Plain text carries no metadata of its own: it may sit next to it in "<file>.meta.toml"
# (HTML pages may have one too, to correct what the page says).
SIDECAR_SUFFIX = ".meta.toml"
MAX_BYTES = 20 * 1024 * 1024
def _walk(content_dir: Path) -> tuple[list[tuple[str, os.stat_result]], list[Path]]:
    """Every file under content/ with its status, in a stable order, skipping hidden files
    and folders (and those starting with "_"); and the links that lead out of it.

    Linked folders are not walked; a linked file is used when it stays inside content/."""
    root = content_dir.resolve()
    files: list[tuple[str, os.stat_result]] = []
    outside: list[Path] = []
    folders = [("", str(content_dir))]
    while folders:
        prefix, folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith((".", "_")):
                continue
            relpath = prefix + entry.name
            try:
                if entry.is_symlink():
                    if not _inside(Path(entry.path), root):
                        outside.append(Path(entry.path))
                    elif entry.is_file():
                        files.append((relpath, entry.stat()))
                elif entry.is_dir(follow_symlinks=False):
                    folders.append((relpath + "/", entry.path))
                elif entry.is_file(follow_symlinks=False):
                    files.append((relpath, entry.stat(follow_symlinks=False)))
            except OSError:
                continue  # vanished while we looked
    files.sort(key=lambda item: item[0])
    return files, sorted(outside, key=lambda p: p.relative_to(content_dir).as_posix())


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False


def _read_sidecar(path: Path, config: SiteConfig) -> Metadata:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return Metadata()
    if not _inside(sidecar, config.content_dir.resolve()):
        raise ContentError(sidecar, "metadata sidecar is a link to a file outside content/",
                           hint="copy the file into content/ instead of linking it")
    data = sidecar.read_bytes()
    try:
        # TOML is UTF-8 by definition; a decode error used to escape as a crash.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(sidecar, "metadata sidecar is not UTF-8",
                           line=line_of(data, exc.start), hint="save it as UTF-8") from exc
    check_nesting(text, sidecar, 1)  # tomllib would raise RecursionError, and crash the build
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(sidecar, f"invalid TOML: {exc}", line=toml_error_line(exc)) from exc
    return parse_metadata(raw, sidecar, config.tz, key_lines(text, 1))


# What a reader returns: body, the line the body starts on, metadata, removals made.
Read = tuple[str, int, Metadata, tuple[Removal, ...]]


def _read_text(path: Path, text: str, config: SiteConfig) -> Read:
    return text, 1, _read_sidecar(path, config), ()


def _read_markdown(path: Path, text: str, config: SiteConfig) -> Read:
    front = split_front_matter(text, path)
    meta = parse_metadata(front.data, path, config.tz, front.key_lines)
    return front.body, front.body_line, meta, ()


def _read_html(path: Path, text: str, config: SiteConfig) -> Read:
    """A saved web page: the article body extracted, metadata from the page, then any
    sidecar on top (the editor's word wins over the page's)."""
    # Imported here: the extractor (trafilatura) is heavy and only HTML input needs it.
    from site_builder.html_extract import extract_page  # noqa: PLC0415

    sidecar = _read_sidecar(path, config)
    page = extract_page(text)
    domain = source_domain(sidecar.original_url, page.canonical_url, sidecar.source)
    selectors = config.cleaning.for_document(sidecar.lang or page.language or config.language,
                                             domain).selectors
    stripped, removals = strip_selectors(text, selectors, domain)
    if removals:
        page = extract_page(stripped)
    if not page.body_html.strip() and page.title:
        # Otherwise the page's title went out as an article with nothing under it.
        raise ContentError(path, "no article text found in the page (only navigation or page "
                           "furniture)", hint="save the article page itself, or convert it "
                           "to Markdown")
    raw = {k: v for k, v in {
        "title": page.title, "author": page.author, "date": page.date,
        "updated": page.modified, "description": page.description, "lang": page.language,
        "image": page.image, "tags": list(page.tags) or None,
        "original_url": page.canonical_url,
    }.items() if v}
    # A page's own metadata may be malformed (an odd date, a bogus language such as
    # "../.."): keep what parses, key by key.
    usable = {}
    for key, value in raw.items():
        try:
            parse_metadata({key: value}, path, config.tz)
        except ContentError:
            continue
        usable[key] = value
    found = parse_metadata(usable, path, config.tz)
    return page.body_html, 1, _merge(found, sidecar), removals


def _merge(base: Metadata, override: Metadata) -> Metadata:
    changes = {f.name: getattr(override, f.name) for f in fields(Metadata)
               if getattr(override, f.name) not in (None, (), False)}
    return replace(base, **changes)


_READERS: dict[Format, Callable[[Path, str, SiteConfig], Read]] = {
    Format.TEXT: _read_text,
    Format.MARKDOWN: _read_markdown,
    Format.HTML: _read_html,
}


def load_document(path: Path, config: SiteConfig, dates: FileDates | None) -> SourceDocument:
    """Read one document; raise ContentError with file and line when it cannot be used."""
    if path.stat().st_size > MAX_BYTES:
        raise ContentError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB",
                           hint="split it or remove embedded data")
    if not _inside(path, config.content_dir.resolve()):
        raise ContentError(path, "document is a link to a file outside content/; not read",
                           hint="copy the file into content/ instead of linking it")
    fmt = SUFFIXES[path.suffix.lower()]
    # A plain text's sidecar may name its language, which decides a legacy encoding.
    language = (_read_sidecar(path, config).lang if fmt is Format.TEXT else None)
    data = path.read_bytes()
    if not data.strip():
        raise ContentError(path, "document is empty", hint="add text or delete the file")
    text = strip_forbidden(decode(data, path, language or config.language).replace("\r\n", "\n"))
    if not text.strip():
        raise ContentError(path, "document is empty", hint="add text or delete the file")
    check_limits(text, path, fmt)
    body, body_line, meta, removals = _READERS[fmt](path, text, config)
    relpath = path.relative_to(config.content_dir).as_posix()
    return SourceDocument(path, relpath, fmt, body, body_line, meta, dates, removals)


Stamp = tuple[str, int, int, int]  # relative path, size, modification time (ns), inode


@dataclass(frozen=True)
class ContentScan:
    """What is in content/: the documents with their dates, and a stamp of every file
    (documents, sidecars, images) that tells a rebuild whether anything changed."""

    documents: list[tuple[Path, FileDates]]
    stamps: tuple[Stamp, ...]
    problems: list[Diagnostic]


def _file_dates(path: Path, status: os.stat_result, git_dates: dict[Path, FileDates]
                ) -> FileDates:
    """Git's dates when the file is committed; else its modification time (outside git)."""
    known = git_dates.get(path.resolve()) if git_dates else None
    if known is not None:
        return known
    stamp = datetime.fromtimestamp(status.st_mtime, tz=UTC)
    return FileDates(stamp, stamp)


def scan_content(config: SiteConfig) -> ContentScan:
    """Every document file with its dates, ready for load_source (which may run elsewhere)."""
    if not config.content_dir.is_dir():
        problem = Diagnostic(Severity.ERROR, "content folder not found", config.content_dir,
                             hint="create it or set content_dir in site.toml")
        return ContentScan([], (), [problem])
    git_dates = git_file_dates(config.content_dir)
    files, outside = _walk(config.content_dir)
    # Links out of content/ are never followed: say so, by name.
    skipped = [Diagnostic(Severity.WARNING, "link to a file or folder outside content/ (or to "
                          "nothing): not read", link, hint="copy what it points to into content/")
               for link in outside]
    documents = [(path, _file_dates(path, status, git_dates))
                 for rel, status in files
                 if PurePosixPath(rel).suffix.lower() in SUFFIXES
                 for path in [config.content_dir / rel]]
    stamps = tuple((rel, s.st_size, s.st_mtime_ns, s.st_ino) for rel, s in files)
    return ContentScan(documents, stamps, skipped)


def find_sources(config: SiteConfig) -> tuple[list[tuple[Path, FileDates]], list[Diagnostic]]:
    """Every document file with its dates, and warnings about links that are not read."""
    scan = scan_content(config)
    return scan.documents, scan.problems


def load_source(path: Path, dates: FileDates, config: SiteConfig
                ) -> tuple[SourceDocument | None, Diagnostic | None]:
    """One document, or the diagnostic that says why it cannot be used."""
    try:
        return load_document(path, config, dates), None
    except ContentError as exc:
        return None, exc.diagnostic
    except OSError as exc:
        return None, Diagnostic(Severity.ERROR, f"cannot read: {exc.strerror}", path)


def load_documents(config: SiteConfig) -> tuple[list[SourceDocument], list[Diagnostic]]:
    """Every readable document, and a diagnostic for each one that is not."""
    sources, problems = find_sources(config)
    documents: list[SourceDocument] = []
    for path, dates in sources:
        doc, problem = load_source(path, dates, config)
        if doc is not None:
            documents.append(doc)
        if problem is not None:
            problems.append(problem)
    return documents, problems
