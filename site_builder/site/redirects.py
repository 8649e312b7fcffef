"""Old addresses that keep working: an article's ``aliases`` (Hugo) and every folder it had
before (a plain-text headline edited changes its slug) become small redirect pages.

The folders articles have had live in ``urls.lock`` in the site folder, by entry id. The
build cache cannot hold them (a fresh clone or a deleted cache would forget every old
address), so ``build`` keeps that file up to date, and it is committed with the content,
like a lock file. ``check`` and ``serve`` read it and never write it. Entries are only
ever added and the file is written sorted, so the same site gives the same file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from site_builder.core.errors import Diagnostic, Severity
from site_builder.core.files import replace_atomically
from site_builder.core.model import Article
from site_builder.source.sitestatic import Occupied

RECORD_NAME = "urls.lock"
Record = dict[str, tuple[str, ...]]  # entry id -> folders ("x/") its page has had
_HEADER = """\
# Every address each article's page has had: entry id, a tab, the folder. Written by
# `site-builder build`; commit it with the content. An address listed here redirects to
# the article's current page after its slug changes (an edited headline), on every clone.
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
    so that a build never overwrites it). One line per address: a large site's record is
    read in milliseconds (TOML took seconds for 10,000 articles)."""
    path = root / RECORD_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError) as exc:
        return None, [_unreadable(path, None, str(exc))]
    found: dict[str, list[str]] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line or line.startswith("#"):
            continue
        key, tab, folder = line.partition("\t")
        if not tab or not key or not folder.endswith("/") or "\t" in folder:
            return None, [_unreadable(path, number, "expected an entry id, a tab, a folder")]
        found.setdefault(key, []).append(folder)
    return {key: tuple(folders) for key, folders in found.items()}, []


def _unreadable(path: Path, line: int | None, why: str) -> Diagnostic:
    return Diagnostic(
        Severity.WARNING,
        f"cannot read the record of past addresses ({why}): "
        "old addresses do not redirect, and build leaves the file alone",
        path,
        line,
        hint="fix it, or restore it from version control",
    )


def updated_record(record: Record, articles: Iterable[Article]) -> Record:
    """The record with each published article's current folder added."""
    merged = {key: set(value) for key, value in record.items()}
    for article in articles:
        if not article.draft:
            merged.setdefault(article.id, set()).add(f"{article.slug}/")
    return {key: tuple(sorted(value)) for key, value in sorted(merged.items())}


def record_text(record: Record) -> str:
    lines = [f"{key}\t{folder}\n" for key, folders in record.items() for folder in folders]
    return _HEADER + "".join(lines)


def save_record(root: Path, record: Record) -> Diagnostic | None:
    """Write the record (atomically: a killed build leaves the old one)."""
    path = root / RECORD_NAME
    try:
        replace_atomically(path, record_text(record).encode("utf-8"))
    except OSError as exc:
        return Diagnostic(
            Severity.WARNING,
            f"cannot write the record of past addresses: {exc.strerror}",
            path,
            hint="old addresses may stop redirecting",
        )
    return None


def redirects(
    articles: Iterable[Article],
    record: Mapping[str, tuple[str, ...]],
    taken: Occupied,
    base_url: str,
) -> tuple[list[Redirect], list[Diagnostic]]:
    """Redirect pages for the articles' aliases and past folders, none over a file the
    site already has (``taken``: output paths), nor two on one address."""
    made: dict[str, Redirect] = {}
    problems: list[Diagnostic] = []
    for article in articles:
        current = f"{article.slug}/"
        asked: list[tuple[str, Path | None]] = [(a, article.source_path) for a in article.aliases]
        asked += [(f, None) for f in record.get(article.id, ()) if f != current]
        for address, source in asked:
            path = page_file(address)
            if path in made or taken.collides(path):
                if source is not None and path != page_file(current):
                    problems.append(
                        Diagnostic(
                            Severity.WARNING,
                            f"alias '/{address}' is already an address of the "
                            "site: no redirect made",
                            source,
                            hint="remove the alias",
                        )
                    )
                continue
            made[path] = Redirect(path, article.url, source)
    return sorted(made.values(), key=lambda r: r.path), problems
