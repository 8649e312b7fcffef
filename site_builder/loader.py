"""Find and read documents under content/: the only stage that reads the content folder."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path

import charset_normalizer

from site_builder.config import SiteConfig
from site_builder.errors import ContentError, Diagnostic, Severity
from site_builder.frontmatter import key_lines, split_front_matter
from site_builder.gitdates import FileDates, git_file_dates
from site_builder.metadata import parse_metadata
from site_builder.model import Format, Metadata, SourceDocument
from site_builder.textnorm import strip_forbidden

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
# Legacy encodings by language: byte-level detection cannot tell Baltic text in cp1257 from
# German in cp1252 (both score equally), so among equally good guesses the site's language
# decides.
LEGACY_ENCODINGS: dict[str, tuple[str, ...]] = {
    "lv": ("cp1257", "iso8859_13", "iso8859_4"),
    "lt": ("cp1257", "iso8859_13", "iso8859_4"),
    "et": ("cp1257", "iso8859_15"),
    "ru": ("cp1251", "koi8_r", "iso8859_5"),
    "uk": ("cp1251", "koi8_u", "iso8859_5"),
    "pl": ("cp1250", "iso8859_2"),
    "de": ("cp1252", "iso8859_15"),
    "fr": ("cp1252", "iso8859_15"),
    "es": ("cp1252", "iso8859_15"),
    "en": ("cp1252",),
}
_TIE = 0.01


def discover(content_dir: Path) -> list[Path]:
    """Document files in a stable order, skipping hidden files and folders."""
    found = [
        p for p in content_dir.rglob("*")
        if p.suffix.lower() in SUFFIXES and p.is_file()
        and not any(part.startswith((".", "_")) for part in p.relative_to(content_dir).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(content_dir).as_posix())


def _detect(data: bytes, language: str) -> str | None:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    lowest = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= lowest + _TIE]
    preferred = LEGACY_ENCODINGS.get(language.split("-", maxsplit=1)[0], ())
    for encoding in preferred:
        for match in tied:
            if match.encoding == encoding:
                return str(match)
    return str(tied[0])


def decode(data: bytes, path: Path, language: str = "en") -> str:
    """Text from bytes: UTF-8 (with or without BOM), else a detected encoding, else an error."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError(path, "file looks binary (it contains NUL bytes)",
                           hint="only text, Markdown and HTML documents belong in content/")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _detect(data, language)
        if text is None:
            line = data[: exc.start].count(b"\n") + 1
            raise ContentError(path, "text is not UTF-8 and its encoding could not be detected",
                               line=line, hint="save the file as UTF-8") from exc
        return text


def _read_sidecar(path: Path, config: SiteConfig) -> Metadata:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return Metadata()
    text = sidecar.read_text(encoding="utf-8")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(sidecar, f"invalid TOML: {exc}") from exc
    return parse_metadata(raw, sidecar, config.tz, key_lines(text, 1))


def _read_text(path: Path, text: str, config: SiteConfig) -> tuple[str, int, Metadata]:
    return text, 1, _read_sidecar(path, config)


def _read_markdown(path: Path, text: str, config: SiteConfig) -> tuple[str, int, Metadata]:
    front = split_front_matter(text, path)
    meta = parse_metadata(front.data, path, config.tz, front.key_lines)
    return front.body, front.body_line, meta


def _read_html(path: Path, text: str, config: SiteConfig) -> tuple[str, int, Metadata]:
    """A saved web page: the article body extracted, metadata from the page, then any
    sidecar on top (the editor's word wins over the page's)."""
    # Imported here: the extractor (trafilatura) is heavy and only HTML input needs it.
    from site_builder.html_extract import extract_page  # noqa: PLC0415

    page = extract_page(text)
    raw = {k: v for k, v in {
        "title": page.title, "author": page.author, "date": page.date,
        "updated": page.modified, "description": page.description, "lang": page.language,
        "image": page.image, "tags": list(page.tags) or None,
        "original_url": page.canonical_url,
    }.items() if v}
    try:
        found = parse_metadata(raw, path, config.tz)
    except ContentError:
        # A page's own metadata may be malformed (an odd date): keep what parses.
        found = parse_metadata({k: v for k, v in raw.items() if k not in ("date", "updated")},
                               path, config.tz)
    sidecar = _read_sidecar(path, config)
    return page.body_html, 1, _merge(found, sidecar)


def _merge(base: Metadata, override: Metadata) -> Metadata:
    changes = {f.name: getattr(override, f.name) for f in fields(Metadata)
               if getattr(override, f.name) not in (None, (), False)}
    return replace(base, **changes)


_READERS: dict[Format, Callable[[Path, str, SiteConfig], tuple[str, int, Metadata]]] = {
    Format.TEXT: _read_text,
    Format.MARKDOWN: _read_markdown,
    Format.HTML: _read_html,
}


def load_document(path: Path, config: SiteConfig, dates: FileDates | None) -> SourceDocument:
    """Read one document; raise ContentError with file and line when it cannot be used."""
    if path.stat().st_size > MAX_BYTES:
        raise ContentError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB",
                           hint="split it or remove embedded data")
    fmt = SUFFIXES[path.suffix.lower()]
    text = strip_forbidden(decode(path.read_bytes(), path, config.language).replace("\r\n", "\n"))
    if not text.strip():
        raise ContentError(path, "document is empty", hint="add text or delete the file")
    body, body_line, meta = _READERS[fmt](path, text, config)
    relpath = path.relative_to(config.content_dir).as_posix()
    return SourceDocument(path, relpath, fmt, body, body_line, meta, dates)


def _file_dates(path: Path, git_dates: dict[Path, FileDates]) -> FileDates:
    """Git's dates when the file is committed; else its modification time (outside git)."""
    known = git_dates.get(path.resolve())
    if known is not None:
        return known
    stamp = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    return FileDates(stamp, stamp)


def find_sources(config: SiteConfig) -> tuple[list[tuple[Path, FileDates]], list[Diagnostic]]:
    """Every document file with its dates, ready for load_source (which may run elsewhere)."""
    if not config.content_dir.is_dir():
        problem = Diagnostic(Severity.ERROR, "content folder not found", config.content_dir,
                             hint="create it or set content_dir in site.toml")
        return [], [problem]
    git_dates = git_file_dates(config.content_dir)
    return [(path, _file_dates(path, git_dates)) for path in discover(config.content_dir)], []


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
