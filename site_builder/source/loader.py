"""Read one document under content/ (plain text, Markdown or a saved page, with its sidecar
or front matter) into a SourceDocument; the scan finds them, this reads them."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from contextlib import suppress
from dataclasses import fields, replace
from datetime import datetime
from pathlib import Path, PurePosixPath

from site_builder.core.config import SiteConfig
from site_builder.core.errors import ContentError, Diagnostic, Severity
from site_builder.core.model import FileDates, Format, Metadata, Removal, SourceDocument
from site_builder.core.permalinks import BUNDLE_NAMES, FILE_NAME_DATE
from site_builder.core.textnorm import strip_forbidden
from site_builder.core.urls import source_domain
from site_builder.source.decoding import line_of, read_text
from site_builder.source.frontmatter import (
    check_nesting,
    key_lines,
    split_front_matter,
    toml_error_line,
)
from site_builder.source.headers import split_header
from site_builder.source.html_decoding import decode_page
from site_builder.source.limits import check_limits
from site_builder.source.metadata import parse_metadata
from site_builder.source.scan import (
    SIDECAR_SUFFIX,
    SUFFIXES,
    inside,
    is_jekyll_draft,
    is_jekyll_post,
)
from site_builder.source.shortcodes import convert_shortcodes

MAX_BYTES = 20 * 1024 * 1024


def _read_sidecar(path: Path, config: SiteConfig) -> Metadata:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return Metadata()
    if sidecar.is_symlink() and not inside(sidecar, config.content_dir.resolve()):
        raise ContentError(
            sidecar,
            "metadata sidecar is a link to a file outside content/",
            hint="copy the file into content/ instead of linking it",
        )
    data = sidecar.read_bytes()
    try:
        # TOML is UTF-8 by definition; a decode error used to escape as a crash.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(
            sidecar,
            "metadata sidecar is not UTF-8",
            line=line_of(data, exc.start),
            hint="save it as UTF-8",
        ) from exc
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
    if not front.data and front.body_line == 1:
        front = split_header(text) or front  # Pelican's "Title: ..." lines
    data = front.data
    if is_jekyll_post(path.relative_to(config.content_dir).as_posix()):
        # Jekyll reads "categories: jekyll update" as two, split at spaces.
        data = {
            k: v.split()
            if k.lower() in _JEKYLL_LISTS and isinstance(v, str) and "," not in v
            else v
            for k, v in data.items()
        }
    meta = parse_metadata(data, path, config.tz, front.key_lines)
    return front.body, front.body_line, meta, ()


_JEKYLL_LISTS = frozenset({"categories", "category", "tags"})


def _read_html(path: Path, text: str, config: SiteConfig) -> Read:
    """A saved web page: the article body extracted, metadata from the page, then any
    sidecar on top (the editor's word wins over the page's)."""
    # Imported here: the extractor (trafilatura) is heavy and only HTML input needs it.
    from site_builder.source.html_extract import extract_page  # noqa: PLC0415

    sidecar = _read_sidecar(path, config)
    page = extract_page(text)
    domain = source_domain(sidecar.original_url, page.canonical_url, sidecar.source)
    selectors = config.cleaning.for_document(
        sidecar.lang or page.language or config.language, domain
    ).selectors
    from site_builder.cleaning.selectors import strip_selectors  # noqa: PLC0415 (bs4: only for HTML)

    stripped, removals = strip_selectors(text, selectors, domain)
    if removals:
        page = extract_page(stripped)
    if not page.body_html.strip() and page.title:
        # Otherwise the page's title went out as an article with nothing under it.
        raise ContentError(
            path,
            "no article text found in the page (only navigation or page furniture)",
            hint="save the article page itself, or convert it to Markdown",
        )
    raw = {
        k: v
        for k, v in {
            "title": page.title,
            "author": page.author,
            "date": page.date,
            "updated": page.modified,
            "description": page.description,
            "lang": page.language,
            "image": page.image,
            "tags": list(page.tags) or None,
            "original_url": page.canonical_url,
        }.items()
        if v
    }
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
    changes = {
        f.name: getattr(override, f.name)
        for f in fields(Metadata)
        if getattr(override, f.name) not in (None, (), False)
    }
    return replace(base, **changes)


_READERS: dict[Format, Callable[[Path, str, SiteConfig], Read]] = {
    Format.TEXT: _read_text,
    Format.MARKDOWN: _read_markdown,
    Format.HTML: _read_html,
}


def load_document(path: Path, config: SiteConfig, dates: FileDates | None) -> SourceDocument:
    """Read one document; raise ContentError with file and line when it cannot be used."""
    if path.stat().st_size > MAX_BYTES:
        raise ContentError(
            path,
            f"file is larger than {MAX_BYTES // (1024 * 1024)} MB",
            hint="split it or remove embedded data",
        )
    # Only a link can lead out (the scan does not enter linked folders).
    if path.is_symlink() and not inside(path, config.content_dir.resolve()):
        raise ContentError(
            path,
            "document is a link to a file outside content/; not read",
            hint="copy the file into content/ instead of linking it",
        )
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:  # explain or clean asked for a sidecar, an image, ...
        raise ContentError(
            path,
            "not a document site_builder reads",
            hint=f"documents end in {', '.join(sorted(SUFFIXES))}",
        )
    # The sidecar may name the encoding; a plain text's, its language, which decides a
    # legacy encoding.
    sidecar = _read_sidecar(path, config)
    language = sidecar.lang if fmt is Format.TEXT else None
    data = path.read_bytes()
    if not data.strip():
        raise ContentError(path, "document is empty", hint="add text or delete the file")
    warnings: tuple[Diagnostic, ...] = ()
    if fmt is Format.HTML and sidecar.encoding is None:
        # A saved web page is read as a browser reads it: never refused for its bytes.
        page = decode_page(data)
        decoded = page.text
        warnings = tuple(Diagnostic(Severity.WARNING, problem, path) for problem in page.problems)
    else:
        reading = read_text(data, path, language or config.language, sidecar.encoding)
        decoded = reading.text
        if uncertain := reading.warning():  # how it was read: an encoding told by a guess
            warnings = (Diagnostic(Severity.WARNING, uncertain, path, hint=reading.hint),)
    text = strip_forbidden(decoded.replace("\r\n", "\n"))
    if not text.strip():
        raise ContentError(path, "document is empty", hint="add text or delete the file")
    check_limits(text, path, fmt)
    body, body_line, meta, removals = _READERS[fmt](path, text, config)
    relpath = path.relative_to(config.content_dir).as_posix()
    if fmt is Format.MARKDOWN:
        converted = convert_shortcodes(body)
        body = converted.text
        warnings += tuple(
            Diagnostic(
                Severity.WARNING,
                message,
                path,
                body_line + line - 1,
                hint="replace it with Markdown or HTML",
            )
            for line, message in converted.problems
        )
    meta = _from_file_name(meta, relpath, config)
    return SourceDocument(path, relpath, fmt, body, body_line, meta, dates, removals, warnings)


def _from_file_name(meta: Metadata, relpath: str, config: SiteConfig) -> Metadata:
    """What Jekyll and Pelican read from where a document is: the date its name starts
    with ("2024-05-01-title.md", or a bundle folder so named), draft in _drafts/."""
    path = PurePosixPath(relpath)
    name = path.parent.name if path.stem in BUNDLE_NAMES else path.name
    found = FILE_NAME_DATE.match(name)
    if meta.date is None and found:
        year, month, day = map(int, found.groups())
        with suppress(ValueError):  # "2024-02-30-x.md": not a date after all
            meta = replace(meta, date=datetime(year, month, day, tzinfo=config.tz))
    if is_jekyll_draft(relpath) and not meta.draft:
        meta = replace(meta, draft=True)
    return meta


def load_source(
    path: Path, dates: FileDates, config: SiteConfig
) -> tuple[SourceDocument | None, Diagnostic | None]:
    """One document, or the diagnostic that says why it cannot be used."""
    try:
        return load_document(path, config, dates), None
    except ContentError as exc:
        return None, exc.diagnostic
    except OSError as exc:
        return None, Diagnostic(Severity.ERROR, f"cannot read: {exc.strerror}", path)
