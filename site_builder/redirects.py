"""Old addresses that keep working: an article's ``aliases`` (Hugo) and every folder it had
before (a plain-text headline edited changes its slug) become small redirect pages.

The folders articles have had live in ``urls.toml`` in the site folder, by entry id. The
build cache cannot hold them (a fresh clone or a deleted cache would forget every old
address), so ``build`` keeps that file up to date, and it is committed with the content,
like a lock file. ``check`` and ``serve`` read it and never write it. Entries are only
ever added and the file is written sorted, so the same site gives the same file."""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from site_builder.errors import Diagnostic, Severity
from site_builder.model import Article
from site_builder.sitestatic import taken_by_the_site

RECORD_NAME = "urls.toml"
Record = dict[str, tuple[str, ...]]  # entry id -> folders ("x/") its page has had
_HEADER = """\
# Every address each article's page has had, by entry id: written by `site-builder build`.
# Commit this file with the content: an address listed here redirects to the article's
# current page after its slug changes (an edited headline), on every clone.
"""


@dataclass(frozen=True)
class Redirect:
    path: str  # the file written: "old/index.html" or "2024/05/01/x.html"
    target: str  # the absolute URL it leads to
    source: Path | None  # the document that asked for it (None: from the record)


def page_file(path: str) -> str:
    """The file serving an address: "old/" -> "old/index.html"; "x.html" as it is."""
    return path if path.endswith((".html", ".htm")) else f"{path.rstrip('/')}/index.html"


def read_record(root: Path) -> tuple[Record | None, list[Diagnostic]]:
    """The record of past folders ({} when there is none yet; None when it cannot be read,
    so that a build never overwrites it)."""
    path = root / RECORD_NAME
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return None, [Diagnostic(Severity.WARNING, f"cannot read the record of past "
                                 f"addresses ({exc}): old addresses do not redirect", path,
                                 hint="fix it, or restore it from version control")]
    record: Record = {}
    for key, value in raw.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            record[key] = tuple(value)
    return record, []


def updated_record(record: Record, articles: Iterable[Article]) -> Record:
    """The record with each published article's current folder added."""
    merged = {key: set(value) for key, value in record.items()}
    for article in articles:
        if not article.draft:
            merged.setdefault(article.id, set()).add(f"{article.slug}/")
    return {key: tuple(sorted(value)) for key, value in sorted(merged.items())}


def record_text(record: Record) -> str:
    lines = [_HEADER]
    for key, folders in record.items():
        # JSON strings are valid TOML basic strings (escapes included).
        values = ", ".join(json.dumps(f, ensure_ascii=False) for f in folders)
        lines.append(f"{json.dumps(key, ensure_ascii=False)} = [{values}]\n")
    return "".join(lines)


def save_record(root: Path, record: Record) -> Diagnostic | None:
    """Write the record when it changed (atomically: a killed build leaves the old one)."""
    path = root / RECORD_NAME
    text = record_text(record)
    try:
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return None
        if not record and not path.exists():
            return None
        spare = path.with_name(f".{RECORD_NAME}.{os.getpid()}.tmp")
        spare.write_text(text, encoding="utf-8")
        spare.replace(path)
    except OSError as exc:
        return Diagnostic(Severity.WARNING, f"cannot write the record of past addresses: "
                          f"{exc.strerror}", path, hint="old addresses may stop redirecting")
    return None


def redirects(articles: Iterable[Article], record: Mapping[str, tuple[str, ...]],
              taken: set[str], base_url: str) -> tuple[list[Redirect], list[Diagnostic]]:
    """Redirect pages for the articles' aliases and past folders, none over a file the
    site already has (``taken``: output paths), nor two on one address."""
    made: dict[str, Redirect] = {}
    problems: list[Diagnostic] = []
    for article in articles:
        current = f"{article.slug}/"
        asked: list[tuple[str, Path | None]] = [(a, article.source_path)
                                                for a in article.aliases]
        asked += [(f, None) for f in record.get(article.id, ()) if f != current]
        for address, source in asked:
            path = page_file(address)
            if path in made or taken_by_the_site(path, taken):
                if source is not None and path != page_file(current):
                    problems.append(Diagnostic(
                        Severity.WARNING, f"alias '/{address}' is already an address of the "
                        "site: no redirect made", source, hint="remove the alias"))
                continue
            made[path] = Redirect(path, article.url, source)
    return sorted(made.values(), key=lambda r: r.path), problems

